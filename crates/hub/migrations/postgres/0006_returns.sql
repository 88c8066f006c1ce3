-- Protocol version 2: what the dashboard shows of each practice's newest report beside the objection totals (now
-- those of its latest search). Objections made since the baseline search, with withdrawals added back (NULL until
-- there is a baseline and a search after it); the returned forms so far and their backlog (received, neither coded
-- nor queried); the forms its forecast expects (NULL without a forecast).
-- Rows kept before this came from version 1 reports, which had no forms and no forecast: zero forms and no
-- forecast is what they said. Objections since a baseline are left unknown until the practice reports again.
ALTER TABLE practice_latest ADD COLUMN type1_new BIGINT;
ALTER TABLE practice_latest ADD COLUMN type2_new BIGINT;
ALTER TABLE practice_latest ADD COLUMN forms_received BIGINT NOT NULL DEFAULT 0;
ALTER TABLE practice_latest ADD COLUMN forms_coded BIGINT NOT NULL DEFAULT 0;
ALTER TABLE practice_latest ADD COLUMN forms_queried BIGINT NOT NULL DEFAULT 0;
ALTER TABLE practice_latest ADD COLUMN forms_backlog BIGINT NOT NULL DEFAULT 0;
ALTER TABLE practice_latest ADD COLUMN expected_forms BIGINT;
