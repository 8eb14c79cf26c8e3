-- Schema 2: look scores up by criteria and paper, whatever the model.
-- The table and the day list ask for "the scores of these papers under this criteria" without a
-- model. With (criteria_sha256, model, paper_id) SQLite could use only the criteria column for that,
-- and scanned every score of the criteria for each listing: quadratic in the size of the library
-- (minutes at 200,000 papers). With paper_id second, the same lookups are one index probe, and the
-- lookups that do name the model still use all three columns.
DROP INDEX scores_criteria_model;
CREATE INDEX scores_criteria_paper ON scores(criteria_sha256, paper_id, model);
