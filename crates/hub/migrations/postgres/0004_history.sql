-- Each practice's readiness at the end of each day it reported, for the dashboard's readiness over time.
CREATE TABLE readiness_history (
    ods_code TEXT NOT NULL REFERENCES practices (ods_code),
    day TEXT NOT NULL,
    level TEXT NOT NULL,
    PRIMARY KEY (ods_code, day)
);

INSERT INTO readiness_history (ods_code, day, level)
SELECT DISTINCT ON (s.ods_code, substr(s.received_at, 1, 10)) s.ods_code, substr(s.received_at, 1, 10), s.level
FROM submissions s
ORDER BY s.ods_code, substr(s.received_at, 1, 10), s.received_at DESC, s.submission_id DESC;
