-- A user can be disabled (when, in Unix seconds): a disabled user cannot sign in and has no sessions.
ALTER TABLE users ADD COLUMN disabled_at INTEGER;

-- Sessions past their expiry are swept (`Database::sweep_sessions`); a user's are ended when they are disabled or
-- given a new password.
CREATE INDEX sessions_expires ON sessions (expires_at);
CREATE INDEX sessions_user ON sessions (user_id);
