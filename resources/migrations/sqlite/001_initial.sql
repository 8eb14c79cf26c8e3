-- PaperSift schema 1. Applied in one transaction; PRAGMA user_version is set by the code.
-- Dates are ISO 8601 text: days 'YYYY-MM-DD' (arXiv's feed day, US Eastern), instants
-- 'YYYY-MM-DDTHH:MM:SSZ' (UTC). Lists of names are JSON arrays; categories are space-separated.

-- One row per arXiv id (without version); the newest version seen wins.
-- `pk` is an explicit INTEGER PRIMARY KEY so the FTS index's rowids survive VACUUM.
CREATE TABLE papers (
    pk               INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    version          INTEGER NOT NULL DEFAULT 0,
    title            TEXT    NOT NULL DEFAULT '',
    title_raw        TEXT    NOT NULL DEFAULT '',    -- as arXiv sent it; '' when equal to title
    authors          TEXT    NOT NULL DEFAULT '[]',  -- JSON array of decoded names, in order
    authors_raw      TEXT    NOT NULL DEFAULT '',
    affiliations     TEXT    NOT NULL DEFAULT '[]',  -- JSON array parallel to authors
    abstract         TEXT    NOT NULL DEFAULT '',
    abstract_raw     TEXT    NOT NULL DEFAULT '',    -- '' when equal to abstract
    categories       TEXT    NOT NULL DEFAULT '',    -- space-separated, primary first
    primary_category TEXT    NOT NULL DEFAULT '',
    comments         TEXT    NOT NULL DEFAULT '',
    journal_ref      TEXT    NOT NULL DEFAULT '',
    doi              TEXT    NOT NULL DEFAULT '',
    published        TEXT,                           -- first version (API)
    updated          TEXT,                           -- this version (API)
    first_announced  TEXT,                           -- earliest feed day that listed it
    last_seen        TEXT,                           -- latest feed day that listed it
    updated_flag     INTEGER NOT NULL DEFAULT 0,     -- a newer version replaced the one we had
    replaced_at      TEXT                            -- when that happened (UTC)
);
CREATE INDEX papers_first_announced ON papers(first_announced);

-- Every version seen of every paper. The text columns hold the text of superseded versions; the
-- current version's text lives in papers (no copy of every abstract).
CREATE TABLE paper_versions (
    paper_id     TEXT    NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    title        TEXT    NOT NULL DEFAULT '',
    authors      TEXT    NOT NULL DEFAULT '[]',
    abstract     TEXT    NOT NULL DEFAULT '',
    comments     TEXT    NOT NULL DEFAULT '',
    updated      TEXT,
    announced    TEXT,                                -- the feed day that listed this version
    first_seen   TEXT    NOT NULL,                    -- when PaperSift first stored it (UTC)
    PRIMARY KEY (paper_id, version)
) WITHOUT ROWID;

-- Which feed day announced which paper in which category, and how.
CREATE TABLE listings (
    day           TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    paper_id      TEXT    NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    announce_type TEXT    NOT NULL DEFAULT '',       -- new, cross, replace, replace-cross
    version       INTEGER NOT NULL DEFAULT 0,        -- the version that listing announced
    PRIMARY KEY (day, category, paper_id)
) WITHOUT ROWID;
CREATE INDEX listings_paper ON listings(paper_id, day);
CREATE INDEX listings_day_type ON listings(day, announce_type);

-- Conditional GET and "not updated yet" for each feed URL.
CREATE TABLE feed_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    feed_day      TEXT,
    ids_hash      TEXT NOT NULL DEFAULT '',          -- SHA-256 of the sorted ids
    ids           TEXT NOT NULL DEFAULT '[]',        -- JSON array of the ids last fetched
    fetched_at    TEXT
) WITHOUT ROWID;

-- Every criteria text scored with, by its SHA-256.
CREATE TABLE criteria (
    sha256  TEXT PRIMARY KEY,
    text    TEXT NOT NULL,
    created TEXT NOT NULL
); -- a rowid table: the rowid orders versions saved within the same millisecond

-- Daily runs: what the digest header and the run history show, and what a resume needs.
CREATE TABLE runs (
    id                INTEGER PRIMARY KEY,
    day               TEXT    NOT NULL,
    categories        TEXT    NOT NULL DEFAULT '',    -- comma-separated, as configured
    announce_types    TEXT    NOT NULL DEFAULT '',    -- comma-separated
    model             TEXT    NOT NULL DEFAULT '',
    criteria_sha256   TEXT    NOT NULL DEFAULT '',
    prompt_version    TEXT    NOT NULL DEFAULT '',
    total_papers      INTEGER NOT NULL DEFAULT 0,
    scanned_papers    INTEGER NOT NULL DEFAULT 0,
    relevant_papers   INTEGER NOT NULL DEFAULT 0,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    cached_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd          REAL,                           -- NULL: the model's price is unknown
    status            TEXT    NOT NULL DEFAULT 'running',
    error             TEXT    NOT NULL DEFAULT '',
    started           TEXT    NOT NULL,
    finished          TEXT,
    state             BLOB                            -- opaque resume state (JSON) the pipeline owns
);
CREATE INDEX runs_day ON runs(day, started);
CREATE INDEX runs_running ON runs(status) WHERE status = 'running';

-- One score per key: paper version x criteria x model x prompt template version.
CREATE TABLE scores (
    id                INTEGER PRIMARY KEY,
    paper_id          TEXT    NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    paper_version     INTEGER NOT NULL,
    criteria_sha256   TEXT    NOT NULL REFERENCES criteria(sha256),
    model             TEXT    NOT NULL,
    prompt_version    TEXT    NOT NULL,
    relevance         INTEGER CHECK (relevance BETWEEN 1 AND 10),   -- NULL: unscored
    novelty           INTEGER CHECK (novelty BETWEEN 1 AND 10),     -- NULL: unscored or keyword scorer
    comment           TEXT    NOT NULL DEFAULT '',
    unscored_reason   TEXT    NOT NULL DEFAULT '',
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    cached_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    run_id            INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    scored_at         TEXT    NOT NULL,
    UNIQUE (paper_id, paper_version, criteria_sha256, model, prompt_version)
);
CREATE INDEX scores_criteria_model ON scores(criteria_sha256, model, paper_id);
CREATE INDEX scores_run ON scores(run_id) WHERE run_id IS NOT NULL;

-- What the reader did with a paper.
CREATE TABLE user_state (
    paper_id TEXT PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,
    read     INTEGER NOT NULL DEFAULT 0,
    starred  INTEGER NOT NULL DEFAULT 0,
    rating   INTEGER CHECK (rating BETWEEN 1 AND 5),
    note     TEXT    NOT NULL DEFAULT '',
    updated  TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX user_state_starred ON user_state(starred) WHERE starred = 1;

-- Full-text search over the decoded title, authors and abstract, diacritics folded ("Joao" finds
-- "João"). External content: the text lives once, in papers; the triggers keep the index in step.
CREATE VIRTUAL TABLE papers_fts USING fts5(
    title, authors, abstract,
    content = 'papers', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers BEGIN
    INSERT INTO papers_fts(rowid, title, authors, abstract)
    VALUES (new.pk, new.title, new.authors, new.abstract);
END;

CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, authors, abstract)
    VALUES ('delete', old.pk, old.title, old.authors, old.abstract);
END;

CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, authors, abstract ON papers BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, authors, abstract)
    VALUES ('delete', old.pk, old.title, old.authors, old.abstract);
    INSERT INTO papers_fts(rowid, title, authors, abstract)
    VALUES (new.pk, new.title, new.authors, new.abstract);
END;
