-- Who last changed a CCG's window, and when (RFC 3339); empty for a window set before this migration.
ALTER TABLE windows ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE windows ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';

-- A practice's own window, overriding its CCG's: what its config pull sends while it is set.
CREATE TABLE practice_windows (
    ods_code TEXT PRIMARY KEY REFERENCES practices (ods_code),
    start TEXT NOT NULL,
    weeks INTEGER NOT NULL,
    first_extract TEXT NOT NULL,
    checklist_version INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);

-- Every change of a window, written in the transaction that makes it: a CCG's (ods_code NULL) or a practice's own
-- (ccg_code its CCG then). The old dates are NULL for a window set for the first time, the new ones for an
-- exception cleared.
CREATE TABLE window_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    ccg_code TEXT NOT NULL,
    ods_code TEXT,
    old_start TEXT,
    old_weeks INTEGER,
    old_first_extract TEXT,
    new_start TEXT,
    new_weeks INTEGER,
    new_first_extract TEXT
);
CREATE INDEX window_history_ccg ON window_history (ccg_code, id);
