-- Email (issue #17): each user's choices, NULL until they make one (then the default holds: the daily digest for
-- regional users; at-risk alerts for regional users, national users only once they opt in).
ALTER TABLE users ADD COLUMN email_digest BOOLEAN;
ALTER TABLE users ADD COLUMN email_alerts BOOLEAN;

-- A day's digest to a user, claimed by the hub that sends it: the key lets one replica only claim it.
CREATE TABLE digests_sent (
    day TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    sent_at TEXT NOT NULL,
    PRIMARY KEY (day, user_id)
);
