-- The hub works each report's level out again from its tasks; what changes from day to day with no new report is
-- whether a task has fallen due, so the earliest due date of a task not done is kept beside the level (NULL where
-- all are done, and for rows kept before this, until the practice reports again). Letters printed, for the
-- overview's coverage of the mail-out.
ALTER TABLE practice_latest ADD COLUMN next_due TEXT;
ALTER TABLE practice_latest ADD COLUMN letters_printed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE readiness_history ADD COLUMN next_due TEXT;

-- When a practice's app was last heard from (a report or a settings pull, at most hourly): a practice that changed
-- nothing is not silent, one whose app has not run is.
CREATE TABLE practice_contact (
    ods_code TEXT PRIMARY KEY REFERENCES practices (ods_code),
    last_seen_at TEXT NOT NULL
);

-- CCG names, for people who know them by name rather than code (the practice import's optional ccg_name column).
CREATE TABLE ccgs (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
