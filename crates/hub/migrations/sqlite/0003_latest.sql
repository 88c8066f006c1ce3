-- Each practice's newest submission in brief, kept with every insert, so the dashboard reads one row a practice
-- instead of scanning and parsing the history.
-- The dashboard asks, for every practice, whether it holds a live token.
CREATE INDEX tokens_practice ON tokens (ods_code);

CREATE TABLE practice_latest (
    ods_code TEXT PRIMARY KEY REFERENCES practices (ods_code),
    received_at TEXT NOT NULL,
    level TEXT NOT NULL,
    list_size INTEGER NOT NULL,
    type1_total INTEGER NOT NULL,
    type2_total INTEGER NOT NULL,
    submissions INTEGER NOT NULL
);

INSERT INTO practice_latest (ods_code, received_at, level, list_size, type1_total, type2_total, submissions)
SELECT s.ods_code, s.received_at, s.level,
       json_extract(s.body, '$.practice.listSize'),
       (SELECT coalesce(sum(json_extract(o.value, '$.type1')), 0) FROM json_each(s.body, '$.objections') o),
       (SELECT coalesce(sum(json_extract(o.value, '$.type2')), 0) FROM json_each(s.body, '$.objections') o),
       (SELECT count(*) FROM submissions c WHERE c.ods_code = s.ods_code)
FROM submissions s
WHERE s.submission_id = (SELECT l.submission_id FROM submissions l WHERE l.ods_code = s.ods_code
                         ORDER BY l.received_at DESC, l.submission_id DESC LIMIT 1);
