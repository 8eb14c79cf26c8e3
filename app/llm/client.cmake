# The OpenAI-compatible client: endpoint presets, API key lookup, the chat client with retries.
target_sources(papersift_core PRIVATE
    llm/apikey.cpp llm/apikey.h
    llm/chatclient.cpp llm/chatclient.h
    llm/endpoint.cpp llm/endpoint.h
    llm/llmerror.cpp llm/llmerror.h
)
target_link_libraries(papersift_core PRIVATE qt6keychain)
