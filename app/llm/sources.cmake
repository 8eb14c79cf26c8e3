# Scoring, the pure parts: prompts, reply parsing, batching, prices, the keyword scorer.
target_sources(papersift_core PRIVATE
    llm/authormatcher.cpp llm/authormatcher.h
    llm/batching.cpp llm/batching.h
    llm/chatmessage.h
    llm/keywordscorer.cpp llm/keywordscorer.h
    llm/pricetable.cpp llm/pricetable.h
    llm/promptbuilder.cpp llm/promptbuilder.h
    llm/replyparser.cpp llm/replyparser.h
    llm/textfold.cpp llm/textfold.h
)

list(APPEND PAPERSIFT_CORE_RESOURCES
    ${CMAKE_SOURCE_DIR}/prompts/titlefilter.md
    ${CMAKE_SOURCE_DIR}/resources/prices.json
)
