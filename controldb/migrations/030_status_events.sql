-- Status history (services/recorder): one row per RealTimeStatusMessage, idempotent by the AMQP
-- message_id. Read by GET /api/requests/{requestId}/events, ordered by sequence. `progress` is an
-- additive column beside the agreed ones.
CREATE TABLE IF NOT EXISTS status_events (
    message_id  text PRIMARY KEY,
    request_id  text NOT NULL,
    feature     text,
    stage       text,
    status      text,
    message     text,
    data        jsonb,
    ts          timestamptz,
    sequence    int,
    progress    int,
    user_id     text,
    recorded_at timestamptz DEFAULT now()
);
CREATE INDEX IF NOT EXISTS status_events_request_sequence ON status_events (request_id, sequence);
-- Retention deletes by event time.
CREATE INDEX IF NOT EXISTS status_events_ts ON status_events (ts);
