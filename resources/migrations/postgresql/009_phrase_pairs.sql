-- Schema 9: each paper's adjacent word pairs, in a GIN index of their own, for phrase searches.
-- GIN keeps no positions, so for "neural network" it found every paper holding both words (a
-- third of a library of 200,000) and PostgreSQL checked each one's positions: 12 times as long as
-- SQLite, whose FTS5 index holds the positions. The pair "neural network" is one lexeme here, so
-- the index finds the few papers that have it, and the phrase is checked for those alone.
-- Nothing changes in what matches or how it ranks: the pairs are a filter in front of `search`.
-- SQLite's schema 9 is the listing index of All days (its FTS5 already knows positions).

-- The pairs of lexemes at adjacent positions of a search vector, each as one lexeme "a b",
-- without positions (a phrase of n words needs its n - 1 pairs; `search` then checks the order).
CREATE FUNCTION papersift_word_pairs(v tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
    FROM (SELECT u.lexeme, unnest(u.positions) AS pos FROM unnest(v) u) a
    JOIN (SELECT u.lexeme, unnest(u.positions) AS pos FROM unnest(v) u) b ON b.pos = a.pos + 1
$$;

ALTER TABLE paper_search ADD COLUMN pairs tsvector NOT NULL DEFAULT '';
ALTER TABLE paper_search ALTER COLUMN pairs SET STORAGE MAIN;
UPDATE paper_search SET pairs = papersift_word_pairs(search);

CREATE OR REPLACE FUNCTION papersift_search_vector() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    v tsvector := setweight(to_tsvector('simple', unaccent(NEW.title)), 'A')
               || setweight(to_tsvector('simple', unaccent(NEW.authors)), 'B')
               || setweight(to_tsvector('simple', unaccent(NEW.abstract)), 'C');
BEGIN
    INSERT INTO paper_search (pk, id, search, pairs)
    VALUES (NEW.pk, NEW.id, v, papersift_word_pairs(v))
    ON CONFLICT (pk) DO UPDATE SET id = excluded.id, search = excluded.search, pairs = excluded.pairs;
    RETURN NULL;
END
$$;

CREATE INDEX paper_search_pairs ON paper_search USING gin (pairs);
