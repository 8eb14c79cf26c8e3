-- Schema 9: All days reads every listing in the order it wants them, from one index.
-- LibraryQuery::listedPapers() walks the listings by paper, newest day first, the new listing
-- before a cross-list, then by category. From listings_paper (paper_id, day) SQLite looked up each
-- listing's announce type in the table and sorted every paper's listings again: 340 ms of SQL for
-- the 200,000 papers of bench_ui. This index holds that order and the type itself (the category
-- comes with the key): 260 ms, no table lookups, no sorting. It serves every lookup by paper_id
-- that listings_paper did, so that one goes.
-- The CASE is sqlsupport's typeRank() word for word: SQLite uses the index only for that
-- expression (tst_libraryquery checks the plan).
-- PostgreSQL's schema 9 is the word-pair index of phrase searches.
CREATE INDEX listings_paper_order ON listings(
    paper_id,
    day DESC,
    (CASE announce_type WHEN 'new' THEN 0 WHEN 'cross' THEN 1 WHEN 'replace' THEN 2 WHEN 'replace-cross' THEN 3 ELSE 4 END),
    category,
    announce_type
);
DROP INDEX listings_paper;
