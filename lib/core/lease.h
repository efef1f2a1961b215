/*
 * lease: which daemon serves which mailbox, kept in rows (schema 006), so
 * that several daemons share one database as peers and nothing lives in a
 * connection's session (PgBouncer in transaction mode works).
 *
 * A daemon heartbeats its `daemons` row every third of a lease period and
 * in the same step renews the leases it holds, gives back those above its
 * fair share, and claims free or expired ones up to it (FOR UPDATE SKIP
 * LOCKED, so daemons racing for one mailbox never both get it).  The fair
 * share is a pure function (hl_lease_share) so tests reach it without a
 * database.  A daemon that dies stops renewing: its mailboxes are free
 * lease_s seconds after its last heartbeat, and so is the outbox mail it
 * had claimed (outbox_pg.c asks hl_lease_alive's question in SQL).
 *
 * Ownership: id arrays returned are the caller's to free().
 */
#ifndef HL_LEASE_H
#define HL_LEASE_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "util.h"

struct hl_store;

/* What a daemon says of itself at each heartbeat (shown by
 * `hotlinectl mailbox status` and the pool log line). */
struct hl_lease_self {
    const char *owner;
    bool serving; /* false for a --once run: it takes no share of others' work */
    int lease_s;
    int workers_busy;
    int db_in_use;
    int idle_count;
};

/* A daemon's fair share of `total` mailboxes among `live` daemons
 * (including itself): ceil(total / live), so shares cover every mailbox
 * even when they do not divide evenly. */
int hl_lease_share(int total, int live);

/* Makes sure the unit's mailbox row exists; returns its id. */
int hl_lease_register(struct hl_store *s, const struct hl_unit_cfg *unit, int *id_out,
                      struct hl_err *err);

/* Heartbeat: upserts our daemons row and returns how many serving daemons
 * are alive (heartbeat within their own lease period), ourselves included
 * when serving. */
int hl_lease_heartbeat(struct hl_store *s, const struct hl_lease_self *self, int *live_out,
                       struct hl_err *err);

/* Renews every lease we hold among ids[0..n) and returns the ids we still
 * hold (a lease that expired and was taken by another daemon is lost). */
int hl_lease_renew(struct hl_store *s, const char *owner, int lease_s, const int *ids, size_t n,
                   int **held_out, size_t *n_held_out, struct hl_err *err);

/* Claims up to `want` mailboxes among ids[0..n) that nobody holds or whose
 * lease expired; returns the ids claimed. */
int hl_lease_claim(struct hl_store *s, const char *owner, int lease_s, const int *ids, size_t n,
                   int want, int **got_out, size_t *n_got_out, struct hl_err *err);

/* Gives back these leases (another daemon may claim them at once). */
int hl_lease_release(struct hl_store *s, const char *owner, const int *ids, size_t n,
                     struct hl_err *err);

/* Records how a held mailbox is watched ("idle" or "poll") and when its next
 * pass is due (Unix seconds; 0 = on news), for mailbox status. */
int hl_lease_note_mode(struct hl_store *s, int mailbox_id, const char *mode, int64_t next_poll_at,
                       struct hl_err *err);

/* At a clean exit: every lease given back and, when leave, our daemons row
 * removed (a --once run keeps it: its sender runs after intake, and its
 * outbox claims must look alive until then). */
int hl_lease_goodbye(struct hl_store *s, const char *owner, bool leave, struct hl_err *err);

#endif
