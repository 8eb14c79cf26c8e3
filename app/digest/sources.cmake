# Digest area: the Markdown digest and the JSON/BibTeX exports (pure formatting, no I/O).
target_sources(papersift_core PRIVATE
    digest/digest.cpp digest/digest.h
    digest/markdowndigest.cpp digest/markdowndigest.h
    digest/jsonexport.cpp digest/jsonexport.h
    digest/bibtexexport.cpp digest/bibtexexport.h
    # Gathering a digest's data from the store, and `papersift export`.
    digest/digestbuilder.cpp digest/digestbuilder.h
    cli/exportcommand.cpp
)
