-- Schema 6: the search vectors in a narrow table of their own, kept in line with the row.
-- In papers a vector (about 2.5 kB for an abstract) went to the TOAST table, so ranking a common
-- word or checking a phrase fetched every candidate's vector from there one by one: 1 s for the
-- top 200 of 100,000 matches in a library of 200,000. Here the vector stays in its row (STORAGE
-- MAIN; out of line only when a row cannot fit on a page), with the paper's id beside it, and
-- the searches read this table alone. Nothing changes in what matches or how it ranks.
CREATE TABLE paper_search (
    pk     bigint   PRIMARY KEY REFERENCES papers(pk) ON DELETE CASCADE,
    id     text     COLLATE "C" NOT NULL,
    search tsvector NOT NULL
);
ALTER TABLE paper_search ALTER COLUMN search SET STORAGE MAIN;
INSERT INTO paper_search (pk, id, search) SELECT pk, id, search FROM papers WHERE search IS NOT NULL;

DROP TRIGGER papers_search ON papers;
DROP INDEX papers_search_index;
ALTER TABLE papers DROP COLUMN search;

-- Whoever may write papers keeps the search table in step through this trigger, which runs as
-- the library's owner: the colleagues of a lab were granted the tables that existed before.
CREATE OR REPLACE FUNCTION papersift_search_vector() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO paper_search (pk, id, search)
    VALUES (NEW.pk, NEW.id, setweight(to_tsvector('simple', unaccent(NEW.title)), 'A')
                         || setweight(to_tsvector('simple', unaccent(NEW.authors)), 'B')
                         || setweight(to_tsvector('simple', unaccent(NEW.abstract)), 'C'))
    ON CONFLICT (pk) DO UPDATE SET id = excluded.id, search = excluded.search;
    RETURN NULL;
END
$$;
CREATE TRIGGER papers_search AFTER INSERT OR UPDATE OF id, title, authors, abstract ON papers
    FOR EACH ROW EXECUTE FUNCTION papersift_search_vector();

CREATE INDEX paper_search_index ON paper_search USING gin (search);

-- Whoever could read the papers may search them, as before the upgrade.
DO $$
DECLARE
    reader record;
BEGIN
    FOR reader IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
                  WHERE c.oid = 'papers'::regclass AND a.privilege_type = 'SELECT' AND a.grantee <> c.relowner LOOP
        IF reader.grantee = 0 THEN
            GRANT SELECT ON paper_search TO PUBLIC;
        ELSE
            EXECUTE 'GRANT SELECT ON paper_search TO ' || reader.grantee::regrole::text; -- quoted by regrole
        END IF;
    END LOOP;
END
$$;
