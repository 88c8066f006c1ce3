-- ODS codes compared by their bytes, as SQLite compares them, whatever the cluster's locale. The practice list and
-- its downloads are in that order: with the practices' and their newest reports' keys so kept, PostgreSQL walks the
-- two primary keys side by side and hands on the nation's 8,000 rows as it reads them, where it sorted them all
-- before the first could go. Every table's code alike, so any two can be joined or compared. Only the indexes on a
-- code are rebuilt; the rows stay as they are.
ALTER TABLE practices ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE enrolment_codes ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE tokens ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE submissions ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE practice_latest ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE readiness_history ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE practice_windows ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE window_history ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE practice_contact ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
ALTER TABLE message_acknowledgements ALTER COLUMN ods_code TYPE TEXT COLLATE "C";
-- A column's statistics go with its collation: gathered again here, so the planner can choose those walks at once
-- rather than when the tables are next analysed.
ANALYZE practices, enrolment_codes, tokens, submissions, practice_latest, readiness_history, practice_windows,
    window_history, practice_contact, message_acknowledgements;
