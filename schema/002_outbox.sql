-- hotline schema version 2: the persistent outbox.  A row is written in the
-- same transaction as the event that causes it (a case acknowledged, a case
-- forwarded); sender workers claim rows with FOR UPDATE SKIP LOCKED so that
-- several daemons can share one database.  The bytes are rendered once, at
-- the first attempt, and kept, so a retry sends the identical message.

ALTER TABLE cases ADD COLUMN citizen_undeliverable boolean NOT NULL DEFAULT false;
ALTER TABLE cases ADD COLUMN first_response_at timestamptz;

CREATE TABLE outbox (
    id              bigserial PRIMARY KEY,
    case_id         bigint REFERENCES cases (id),
    message_id      bigint REFERENCES messages (id),  -- the mail that caused it
    kind            text NOT NULL
                    CHECK (kind IN ('ack', 'forward', 'relay', 'reminder', 'escalation',
                                    'transfer', 'notice')),
    unit_code       text NOT NULL REFERENCES units (code),  -- whose address sends it
    rcpt            text[] NOT NULL,
    lang            text NOT NULL DEFAULT 'vi',
    status          text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    mail_from       text,          -- envelope sender (the unit's bounce address)
    data            bytea,         -- rendered RFC 5322 bytes, NULL until first attempt
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    claimed_by      text,
    claimed_at      timestamptz,
    last_reply      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_case ON outbox (case_id);
-- never two acknowledgements for one case
CREATE UNIQUE INDEX outbox_one_ack ON outbox (case_id) WHERE kind = 'ack';
-- the per-sender acknowledgement rate limit looks here for every new case
CREATE INDEX outbox_ack_rcpt ON outbox ((rcpt[1]), created_at) WHERE kind = 'ack';
