-- Each practice's newest submission in brief, kept with every insert, so the dashboard reads one row a practice
-- instead of scanning and parsing the history.
-- The dashboard asks, for every practice, whether it holds a live token.
CREATE INDEX tokens_practice ON tokens (ods_code);

CREATE TABLE practice_latest (
    ods_code TEXT PRIMARY KEY REFERENCES practices (ods_code),
    received_at TEXT NOT NULL,
    level TEXT NOT NULL,
    list_size BIGINT NOT NULL,
    type1_total BIGINT NOT NULL,
    type2_total BIGINT NOT NULL,
    submissions BIGINT NOT NULL
);

INSERT INTO practice_latest (ods_code, received_at, level, list_size, type1_total, type2_total, submissions)
SELECT DISTINCT ON (s.ods_code) s.ods_code, s.received_at, s.level,
       (s.body::jsonb -> 'practice' ->> 'listSize')::bigint,
       (SELECT coalesce(sum((o ->> 'type1')::bigint), 0) FROM jsonb_array_elements(s.body::jsonb -> 'objections') o),
       (SELECT coalesce(sum((o ->> 'type2')::bigint), 0) FROM jsonb_array_elements(s.body::jsonb -> 'objections') o),
       (SELECT count(*) FROM submissions c WHERE c.ods_code = s.ods_code)
FROM submissions s
ORDER BY s.ods_code, s.received_at DESC, s.submission_id DESC;
