-- Schema 9: each paper's adjacent word pairs, in a GIN index of their own, for phrase searches.
-- GIN keeps no positions, so for "neural network" it found every paper holding both words (a
-- third of a library of 200,000) and PostgreSQL checked each one's positions: 12 times as long as
-- SQLite, whose FTS5 index holds the positions. Here the pair "neural network" is one key, so the
-- index finds the few papers that have it, and the phrase is checked for those alone.
-- Nothing changes in what matches or how it ranks: the pairs are a filter in front of `search`.
--
-- A pair is kept as the first five hex digits of its MD5 (about a million keys): as text, 200,000
-- papers made 20 million distinct keys and an index ten times the size of the words' own. Two
-- pairs sharing a key only let a paper through to the check of `search`, never drop one.
-- In a table of their own, so paper_search's rows stay as narrow as schema 6 made them: ranking
-- a common word reads them all.
-- SQLite's schema 9 is the listing index of All days (its FTS5 already knows positions).

-- The keys of the pairs of lexemes at adjacent positions of a search vector ("a b" -> md5 prefix),
-- without positions (a phrase of n words needs its n - 1 pairs; `search` then checks the order).
-- PostgresEngine::phrasePairs() makes the same keys from a phrase.
CREATE FUNCTION papersift_word_pairs(v tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT left(md5(a.lexeme || ' ' || b.lexeme), 5))), ''::tsvector)
    FROM (SELECT u.lexeme, unnest(u.positions) AS pos FROM unnest(v) u) a
    JOIN (SELECT u.lexeme, unnest(u.positions) AS pos FROM unnest(v) u) b ON b.pos = a.pos + 1
$$;

CREATE TABLE paper_pairs (
    pk    bigint   PRIMARY KEY REFERENCES papers(pk) ON DELETE CASCADE,
    pairs tsvector NOT NULL
);
ALTER TABLE paper_pairs ALTER COLUMN pairs SET STORAGE MAIN;
INSERT INTO paper_pairs (pk, pairs) SELECT pk, papersift_word_pairs(search) FROM paper_search;

CREATE OR REPLACE FUNCTION papersift_search_vector() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    v tsvector := setweight(to_tsvector('simple', unaccent(NEW.title)), 'A')
               || setweight(to_tsvector('simple', unaccent(NEW.authors)), 'B')
               || setweight(to_tsvector('simple', unaccent(NEW.abstract)), 'C');
BEGIN
    INSERT INTO paper_search (pk, id, search) VALUES (NEW.pk, NEW.id, v)
    ON CONFLICT (pk) DO UPDATE SET id = excluded.id, search = excluded.search;
    INSERT INTO paper_pairs (pk, pairs) VALUES (NEW.pk, papersift_word_pairs(v))
    ON CONFLICT (pk) DO UPDATE SET pairs = excluded.pairs;
    RETURN NULL;
END
$$;

CREATE INDEX paper_pairs_index ON paper_pairs USING gin (pairs);

-- Whoever may search the papers may read their pairs.
DO $$
DECLARE
    reader record;
BEGIN
    FOR reader IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
                  WHERE c.oid = 'paper_search'::regclass AND a.privilege_type = 'SELECT' AND a.grantee <> c.relowner LOOP
        IF reader.grantee = 0 THEN
            GRANT SELECT ON paper_pairs TO PUBLIC;
        ELSE
            EXECUTE 'GRANT SELECT ON paper_pairs TO ' || reader.grantee::regrole::text; -- quoted by regrole
        END IF;
    END LOOP;
END
$$;
