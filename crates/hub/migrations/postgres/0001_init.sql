CREATE TABLE practices (
    ods_code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    ccg_code TEXT NOT NULL
);
CREATE INDEX practices_ccg ON practices (ccg_code);

CREATE TABLE enrolment_codes (
    code_hash TEXT PRIMARY KEY,
    ods_code TEXT NOT NULL REFERENCES practices (ods_code),
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    ods_code TEXT NOT NULL REFERENCES practices (ods_code),
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE windows (
    ccg_code TEXT PRIMARY KEY,
    start TEXT NOT NULL,
    weeks BIGINT NOT NULL,
    first_extract TEXT NOT NULL,
    checklist_version BIGINT NOT NULL
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
CREATE FUNCTION submissions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'submissions are append-only'; END;
$$;
CREATE TRIGGER submissions_no_change BEFORE UPDATE OR DELETE ON submissions
    FOR EACH ROW EXECUTE FUNCTION submissions_append_only();

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
