-- Schema 4: what a lab's shared library needs, the same on both engines.
-- The reader's marks are kept per database user (db_user; always '' in an SQLite file, which has
-- one reader), so two people on one library never see each other's unread marks.
CREATE TABLE user_state_v4 (
    db_user  TEXT    NOT NULL DEFAULT '',
    paper_id TEXT    NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    read     INTEGER NOT NULL DEFAULT 0,
    starred  INTEGER NOT NULL DEFAULT 0,
    rating   INTEGER CHECK (rating BETWEEN 1 AND 5),
    note     TEXT    NOT NULL DEFAULT '',
    updated  TEXT    NOT NULL,
    PRIMARY KEY (db_user, paper_id)
) WITHOUT ROWID;
INSERT INTO user_state_v4 (db_user, paper_id, read, starred, rating, note, updated)
    SELECT '', paper_id, read, starred, rating, note, updated FROM user_state;
DROP TABLE user_state;
ALTER TABLE user_state_v4 RENAME TO user_state;
CREATE INDEX user_state_starred ON user_state(starred, paper_id) WHERE starred = 1;
CREATE INDEX user_state_paper ON user_state(paper_id);

-- Who is scoring which key right now, until when (milliseconds since 1970 by the database's
-- clock): a scorer pays only for the keys it claimed, and a crashed scorer's claims expire.
CREATE TABLE score_claims (
    paper_id        TEXT    NOT NULL,
    paper_version   INTEGER NOT NULL,
    criteria_sha256 TEXT    NOT NULL,
    model           TEXT    NOT NULL,
    prompt_version  TEXT    NOT NULL,
    holder          TEXT    NOT NULL,
    expires         INTEGER NOT NULL,
    PRIMARY KEY (paper_id, paper_version, criteria_sha256, model, prompt_version)
) WITHOUT ROWID;
CREATE INDEX score_claims_holder ON score_claims(holder);
