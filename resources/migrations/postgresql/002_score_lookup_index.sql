-- Schema 2: look scores up by criteria and paper, whatever the model (see the SQLite file).
DROP INDEX scores_criteria_model;
CREATE INDEX scores_criteria_paper ON scores(criteria_sha256, paper_id, model);
