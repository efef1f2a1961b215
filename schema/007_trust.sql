-- hotline schema version 7: trust.  Mail in a clerk's name that could not be
-- verified is held and the clerks are told (outbox kind 'unverified'); the
-- acknowledgement limits are counters claimed atomically, so that two daemons
-- ingesting at once never exceed them.

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('ack', 'forward', 'relay', 'reminder', 'escalation', 'transfer', 'notice',
                    'unverified'));

-- One row per sender and acks.window (scope 'sender', key the lower-case
-- address) and per unit and hour (scope 'unit', key the unit code).  n is
-- what was granted in the window; req, lim and granted are what the last
-- claim asked for, under which limit, and got (INSERT ... ON CONFLICT DO
-- UPDATE ... RETURNING granted: the row lock makes the claim atomic).
CREATE TABLE ack_counts (
    scope   text NOT NULL CHECK (scope IN ('sender', 'unit')),
    key     text NOT NULL,
    bucket  timestamptz NOT NULL,
    n       integer NOT NULL,
    req     integer NOT NULL,
    lim     integer NOT NULL,
    granted integer NOT NULL,
    PRIMARY KEY (scope, key, bucket)
);

-- A Message-ID is acknowledged once: the first transaction to insert it
-- wins, a concurrent one waits for it and then does nothing.
CREATE TABLE ack_message_ids (
    message_id text PRIMARY KEY,
    case_id    bigint REFERENCES cases (id),
    claimed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO ack_message_ids (message_id, case_id)
    SELECT DISTINCT ON (m.message_id) m.message_id, m.case_id
    FROM messages m JOIN outbox o ON o.case_id = m.case_id AND o.kind = 'ack'
    WHERE m.message_id IS NOT NULL
    ORDER BY m.message_id, m.id;
-- The counters start from what the outbox holds for the current windows of
-- the defaults (a day per sender, an hour per unit).
INSERT INTO ack_counts (scope, key, bucket, n, req, lim, granted)
    SELECT 'sender', rcpt[1], to_timestamp(floor(extract(epoch FROM now()) / 86400) * 86400),
           count(*), 0, 0, 0
    FROM outbox WHERE kind = 'ack'
      AND created_at >= to_timestamp(floor(extract(epoch FROM now()) / 86400) * 86400)
    GROUP BY rcpt[1];
INSERT INTO ack_counts (scope, key, bucket, n, req, lim, granted)
    SELECT 'unit', unit_code, date_trunc('hour', now()), count(*), 0, 0, 0
    FROM outbox WHERE kind = 'ack' AND created_at >= date_trunc('hour', now())
    GROUP BY unit_code;
