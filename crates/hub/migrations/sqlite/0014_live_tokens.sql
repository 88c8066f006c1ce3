-- The practices with a token not revoked (enrolled): the overview and the practice list ask this of every practice,
-- and this index answers it without reading the tokens themselves.
CREATE INDEX tokens_live ON tokens (ods_code) WHERE revoked_at IS NULL;
