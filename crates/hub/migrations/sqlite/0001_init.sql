CREATE TABLE practices (
    ods_code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    ccg_code TEXT NOT NULL
);
CREATE INDEX practices_ccg ON practices (ccg_code);

CREATE TABLE enrolment_codes (
    code_hash TEXT PRIMARY KEY,
    ods_code TEXT NOT NULL REFERENCES practices (ods_code),
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    ods_code TEXT NOT NULL REFERENCES practices (ods_code),
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);

CREATE TABLE windows (
    ccg_code TEXT PRIMARY KEY,
    start TEXT NOT NULL,
    weeks INTEGER NOT NULL,
    first_extract TEXT NOT NULL,
    checklist_version INTEGER NOT NULL
);

-- Append-only: a submission is never changed or removed once acknowledged.
CREATE TABLE submissions (
    submission_id TEXT PRIMARY KEY,
    ods_code TEXT NOT NULL REFERENCES practices (ods_code),
    receipt_id TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    body TEXT NOT NULL,
    level TEXT NOT NULL
);
CREATE INDEX submissions_practice ON submissions (ods_code, received_at);
CREATE TRIGGER submissions_no_update BEFORE UPDATE ON submissions
    BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
CREATE TRIGGER submissions_no_delete BEFORE DELETE ON submissions
    BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
