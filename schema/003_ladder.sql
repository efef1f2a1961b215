-- hotline schema version 3: what clerks do with a case (assign, transfer,
-- resolve, reopen), the deadline ladder (reminder, then escalation steps),
-- and bounces of the mail we sent.

-- Who in the unit handles the case (a clerk's address or name), free text.
ALTER TABLE cases ADD COLUMN assignee text;
-- Feedback outside a unit's competence must be transferred within 5 working
-- days of receipt: tracked per case, set at intake.
ALTER TABLE cases ADD COLUMN transfer_due_at timestamptz;
ALTER TABLE cases ADD COLUMN resolved_at timestamptz;
-- A reopen with a new deadline starts a new ladder cycle; a transfer does not
-- (the new unit simply has not been reminded yet: steps are per unit).
ALTER TABLE cases ADD COLUMN ladder_cycle integer NOT NULL DEFAULT 0;
CREATE INDEX cases_open_due ON cases (due_at) WHERE status = 'open';

-- Values of one outgoing mail that only its kind has (a reminder's days
-- left, an escalation's step and addressee, a transfer's two units), fixed
-- when the row is queued so that a retry renders the same mail.
ALTER TABLE outbox ADD COLUMN vars jsonb NOT NULL DEFAULT '{}';
-- A delivery status notification that came back for a row already sent.
ALTER TABLE outbox ADD COLUMN bounced_at timestamptz;
ALTER TABLE outbox ADD COLUMN bounce_detail text;

-- Each step of the ladder fires once per case, ladder cycle and unit: the
-- primary key is the guarantee, whatever daemons race for it.
CREATE TABLE ladder_steps (
    case_id   bigint NOT NULL REFERENCES cases (id),
    cycle     integer NOT NULL,
    unit_code text NOT NULL REFERENCES units (code),
    step      text NOT NULL,
    fired_at  timestamptz NOT NULL,
    outbox_id bigint REFERENCES outbox (id),
    PRIMARY KEY (case_id, cycle, unit_code, step)
);
