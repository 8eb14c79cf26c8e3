-- Schema 5: the personal ranking ("Yours"), kept per database user like the reader's marks.
-- The trained model, with the ratings it was trained on (a JSON list of [paper id, liked]) and
-- how well it did on them.
CREATE TABLE learned_models (
    db_user           TEXT    NOT NULL DEFAULT '' PRIMARY KEY,
    version           TEXT    NOT NULL,
    trained           TEXT    NOT NULL,
    liked             INTEGER NOT NULL,
    disliked          INTEGER NOT NULL,
    folds             INTEGER NOT NULL,
    precision_learned REAL,
    precision_keyword REAL,
    trained_on        TEXT    NOT NULL,
    model             BLOB    NOT NULL
) WITHOUT ROWID;

-- Ratings of papers that are not in the library (years of history imported from a CSV file),
-- with the text to learn from. A paper that arrives later keeps its rating here and gets it in
-- user_state as well.
CREATE TABLE outside_ratings (
    db_user    TEXT    NOT NULL DEFAULT '',
    paper_id   TEXT    NOT NULL,
    liked      INTEGER NOT NULL,
    title      TEXT    NOT NULL,
    authors    TEXT    NOT NULL DEFAULT '[]',
    abstract   TEXT    NOT NULL DEFAULT '',
    categories TEXT    NOT NULL DEFAULT '[]',
    rated      TEXT    NOT NULL,
    PRIMARY KEY (db_user, paper_id)
) WITHOUT ROWID;
