-- When a user was last removed or disabled: tokens issued up to then stop working at their next
-- use (the gateway checks on every REST call, caching the answer for a few seconds).
CREATE TABLE IF NOT EXISTS user_revocations (
    username   text PRIMARY KEY,
    revoked_at timestamptz NOT NULL DEFAULT now()
);
