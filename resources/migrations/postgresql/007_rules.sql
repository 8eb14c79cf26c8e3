-- Schema 7: the reader's rules, "always keep" and "never show", in the search box's language
-- (papersift rules, Settings → Rules). Personal, like the reader's marks (row-level security:
-- each reader reads and writes only their own).
CREATE TABLE rules (
    id      bigserial PRIMARY KEY,
    db_user text      COLLATE "C" NOT NULL DEFAULT current_user,
    action  text      NOT NULL CHECK (action IN ('keep', 'mute')),
    query   text      NOT NULL,
    created text      NOT NULL,
    UNIQUE (db_user, action, query)
);
ALTER TABLE rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY rules_own ON rules USING (db_user = current_user) WITH CHECK (db_user = current_user);
