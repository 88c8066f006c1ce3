-- Each practice's readiness at the end of each day it reported, for the dashboard's readiness over time.
CREATE TABLE readiness_history (
    ods_code TEXT NOT NULL REFERENCES practices (ods_code),
    day TEXT NOT NULL,
    level TEXT NOT NULL,
    PRIMARY KEY (ods_code, day)
);

INSERT INTO readiness_history (ods_code, day, level)
SELECT s.ods_code, substr(s.received_at, 1, 10), s.level
FROM submissions s
WHERE s.submission_id = (SELECT l.submission_id FROM submissions l
                         WHERE l.ods_code = s.ods_code AND substr(l.received_at, 1, 10) = substr(s.received_at, 1, 10)
                         ORDER BY l.received_at DESC, l.submission_id DESC LIMIT 1);
