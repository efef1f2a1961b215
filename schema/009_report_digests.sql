-- hotline schema version 9: the monthly digest (reports in the config).
--
-- A digest is a report mailed through the outbox with the HTML attached.  A
-- row here per report, unit, period and recipient is the proof that it was
-- queued: the daemon inserts it with ON CONFLICT DO NOTHING in the same
-- transaction as the outbox row, so however many daemons run, each recipient
-- gets each period's digest exactly once.

CREATE TABLE report_digests (
    report      text NOT NULL,             -- the report's name in the config
    unit_code   text NOT NULL DEFAULT '',  -- '' for the whole city
    period_from date NOT NULL,
    period_to   date NOT NULL,
    rcpt        text NOT NULL,             -- lower-cased address
    outbox_id   bigint REFERENCES outbox (id),
    queued_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (report, unit_code, period_from, rcpt)
);

-- Digests are outbox rows of their own kind, queued with their bytes saved
-- (the outbox sends saved bytes as they are).
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('ack', 'forward', 'relay', 'reminder', 'escalation', 'transfer', 'notice',
                    'unverified', 'digest'));
