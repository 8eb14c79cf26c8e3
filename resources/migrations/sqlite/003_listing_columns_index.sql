-- Schema 3: what a table shows of a paper, in an index of its own.
-- A paper's row holds its abstract (most of its bytes), so reading the titles of a whole library
-- read the whole file: 700 MB at 200,000 papers. This covering index holds only the columns a
-- table row needs (about 5% of the file), and LibraryQuery::listedPapers() reads from it alone.
CREATE INDEX papers_listing ON papers(id, title, authors, categories, primary_category, first_announced);
