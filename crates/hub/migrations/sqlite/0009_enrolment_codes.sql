-- Enrolment codes issued in bulk are listed on the dashboard: who issued each and when (NULL for codes issued
-- before this migration), and when one was revoked before it was used (a revoked code enrols nothing).
ALTER TABLE enrolment_codes ADD COLUMN issued_at INTEGER;
ALTER TABLE enrolment_codes ADD COLUMN issued_by TEXT;
ALTER TABLE enrolment_codes ADD COLUMN revoked_at INTEGER;
CREATE INDEX enrolment_codes_practice ON enrolment_codes (ods_code);

-- Issuing codes is a permission of its own: national users have it always, a regional user only when granted.
ALTER TABLE users ADD COLUMN can_issue_codes BOOLEAN NOT NULL DEFAULT FALSE;
