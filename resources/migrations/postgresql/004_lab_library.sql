-- Schema 4: what a lab's shared library needs (see the SQLite file for the same tables).
-- The reader's marks are kept per database user, the one who wrote them; everyone may read them
-- (the lab's stars are counted), and row-level security lets each user write only their own.
ALTER TABLE user_state ADD COLUMN db_user text COLLATE "C" NOT NULL DEFAULT current_user;
ALTER TABLE user_state DROP CONSTRAINT user_state_pkey;
ALTER TABLE user_state ADD PRIMARY KEY (db_user, paper_id);
DROP INDEX user_state_starred;
CREATE INDEX user_state_starred ON user_state(starred, paper_id) WHERE starred = 1;
CREATE INDEX user_state_paper ON user_state(paper_id);
ALTER TABLE user_state ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_state_read ON user_state FOR SELECT USING (true);
CREATE POLICY user_state_insert ON user_state FOR INSERT WITH CHECK (db_user = current_user);
CREATE POLICY user_state_update ON user_state FOR UPDATE USING (db_user = current_user);
CREATE POLICY user_state_delete ON user_state FOR DELETE USING (db_user = current_user);

CREATE TABLE score_claims (
    paper_id        text    COLLATE "C" NOT NULL,
    paper_version   integer NOT NULL,
    criteria_sha256 text    COLLATE "C" NOT NULL,
    model           text    NOT NULL,
    prompt_version  text    NOT NULL,
    holder          text    NOT NULL,
    expires         bigint  NOT NULL,
    PRIMARY KEY (paper_id, paper_version, criteria_sha256, model, prompt_version)
);
CREATE INDEX score_claims_holder ON score_claims(holder);

-- Every stored score is announced to the listening windows (LISTEN papersift_scores), with the
-- paper's id; identical notifications of one transaction arrive once.
CREATE FUNCTION papersift_announce_score() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('papersift_scores', NEW.paper_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER scores_announce AFTER INSERT OR UPDATE ON scores
    FOR EACH ROW EXECUTE FUNCTION papersift_announce_score();
