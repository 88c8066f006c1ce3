-- Failed sign-ins and enrolments, counted in the database so that every hub process on it counts the same
-- attempts (several replicas on one PostgreSQL). A key is a fingerprint (nothing typed is kept): of an address, of
-- an address with an account, or of an account alone. `since` is when its window opened (Unix seconds).
CREATE TABLE attempt_failures (
    key TEXT PRIMARY KEY,
    since BIGINT NOT NULL,
    failures BIGINT NOT NULL
);
CREATE INDEX attempt_failures_since ON attempt_failures (since);

-- The addresses an account has signed in from (fingerprints of the pair): from them the account's own ceiling does
-- not apply, so guessing spread over many addresses cannot lock the owner out from where they work.
CREATE TABLE known_sign_ins (
    key TEXT PRIMARY KEY,
    at BIGINT NOT NULL
);
