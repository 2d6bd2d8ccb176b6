-- Which user owns a requestId (a clientRequestId or a server UUID). The gateway claims the id
-- before sending the command; another user's claim is refused, and history and cancel check it.
CREATE TABLE IF NOT EXISTS request_owners (
    request_id text PRIMARY KEY,
    user_id    text NOT NULL,
    feature    text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS request_owners_created_at ON request_owners (created_at);
