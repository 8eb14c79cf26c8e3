-- Schema 5: the personal ranking ("Yours"), kept per database user like the reader's marks
-- (row-level security: each reader reads and writes only their own).
CREATE TABLE learned_models (
    db_user           text    COLLATE "C" NOT NULL DEFAULT current_user PRIMARY KEY,
    version           text    NOT NULL,
    trained           text    NOT NULL,
    liked             integer NOT NULL,
    disliked          integer NOT NULL,
    folds             integer NOT NULL,
    precision_learned double precision,
    precision_keyword double precision,
    trained_on        text    NOT NULL,
    model             bytea   NOT NULL
);
ALTER TABLE learned_models ENABLE ROW LEVEL SECURITY;
CREATE POLICY learned_models_own ON learned_models USING (db_user = current_user)
    WITH CHECK (db_user = current_user);

CREATE TABLE outside_ratings (
    db_user    text    COLLATE "C" NOT NULL DEFAULT current_user,
    paper_id   text    COLLATE "C" NOT NULL,
    liked      integer NOT NULL,
    title      text    NOT NULL,
    authors    text    NOT NULL DEFAULT '[]',
    abstract   text    NOT NULL DEFAULT '',
    categories text    NOT NULL DEFAULT '[]',
    rated      text    NOT NULL,
    PRIMARY KEY (db_user, paper_id)
);
ALTER TABLE outside_ratings ENABLE ROW LEVEL SECURITY;
CREATE POLICY outside_ratings_own ON outside_ratings USING (db_user = current_user)
    WITH CHECK (db_user = current_user);
