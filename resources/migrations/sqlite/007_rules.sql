-- Schema 7: the reader's rules, "always keep" and "never show", in the search box's language
-- (papersift rules, Settings → Rules). Personal, like the reader's marks.
CREATE TABLE rules (
    id      INTEGER PRIMARY KEY,
    db_user TEXT    NOT NULL DEFAULT '',
    action  TEXT    NOT NULL CHECK (action IN ('keep', 'mute')),
    query   TEXT    NOT NULL,
    created TEXT    NOT NULL,
    UNIQUE (db_user, action, query)
);
