-- Messages the regional team publishes to a CCG's practices (plain text), with who published them and when; a
-- withdrawn message is kept, with who withdrew it and when, and is no longer sent.
CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ccg_code TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT
);
CREATE INDEX messages_ccg ON messages (ccg_code, id);

-- Each practice's acknowledgement of a message: the first one is kept, a repeat changes nothing.
CREATE TABLE message_acknowledgements (
    message_id BIGINT NOT NULL REFERENCES messages (id),
    ods_code TEXT NOT NULL REFERENCES practices (ods_code),
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (message_id, ods_code)
);
