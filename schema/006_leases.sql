-- hotline schema version 6: mailbox leases and daemon heartbeats in rows.
--
-- Version 1 gave each mailbox to the daemon holding a session advisory lock,
-- which needs one connection per mailbox held for as long as it is served
-- and cannot work behind PgBouncer in transaction mode.  Now a mailbox is
-- served by the daemon whose lease (mailboxes.owner, lease_expires) has not
-- expired; a daemon renews its leases with a heartbeat, and a daemon that
-- stops renewing loses them after intake.lease_seconds.  The daemons table
-- says who is alive: several daemons split the mailboxes between the live
-- ones, and an outbox row claimed by a daemon that is no longer alive is
-- claimed again at once instead of after ten minutes.
--
-- Exactly-once intake does not rest on the lease: the unique (mailbox,
-- UIDVALIDITY, UID) key and the sha256 check still hold when two daemons
-- briefly believe they hold one mailbox.
CREATE TABLE daemons (
    owner        text PRIMARY KEY,
    serving      boolean NOT NULL DEFAULT true,   -- false: a --once run
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    lease_s      integer NOT NULL DEFAULT 30,
    mailboxes    integer NOT NULL DEFAULT 0,      -- leases held at the last heartbeat
    workers_busy integer NOT NULL DEFAULT 0,
    db_in_use    integer NOT NULL DEFAULT 0,
    idle_count   integer NOT NULL DEFAULT 0
);

ALTER TABLE mailboxes
    ADD COLUMN lease_expires timestamptz,
    ADD COLUMN mode          text,          -- 'idle' or 'poll', as the holder last said
    ADD COLUMN next_poll_at  timestamptz;
CREATE INDEX mailboxes_owner ON mailboxes (owner);
