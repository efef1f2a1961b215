/*
 * sched: hotlined's intake scheduler.  Bounded by design: a fixed number of
 * worker threads (intake.workers) fetch and commit, taking database
 * connections from a pool of fixed size; one watcher thread holds up to
 * intake.idle_max mailboxes in IMAP IDLE and waits on all their sockets at
 * once; one keeper thread renews the mailbox leases (lease.h), claims this
 * daemon's fair share, and queues polled mailboxes when they are due, on a
 * schedule spread over the poll interval.  IMAP connections to one server
 * never exceed intake.max_connections_per_server, IDLE ones included (the
 * watcher leaves `workers` of them to the workers).  Nothing but each
 * mailbox's small state grows with the number of mailboxes.
 *
 * The daemon stays a thin shell: it hands in classification and a way to
 * wake the sender, and stops the scheduler on a signal.
 */
#ifndef HL_SCHED_H
#define HL_SCHED_H

#include <stdbool.h>

#include "config.h"
#include "intake.h"

struct hl_sched;

struct hl_sched_params {
    const struct hl_config *cfg;
    const char *owner;
    bool once;                           /* one pass over every mailbox we can claim, then stop */
    hl_classify_fn classify;             /* called from worker threads */
    void (*mail_committed)(void);        /* new mail was committed: wake the sender */
    const struct hl_trust_policy *trust; /* who may act for a unit (trust.h) */
};

/* Starts the threads.  Returns NULL with err when they cannot start. */
struct hl_sched *hl_sched_start(const struct hl_sched_params *p, struct hl_err *err);
/* Hands the scheduler a new set of units (copied; the caller keeps its
 * own): the keeper adds the mailboxes of units now polled and leaves those
 * no longer polled or read differently (units.h, hl_units_polled), safely
 * for a pass in progress, at its next look (at once: it is woken). */
void hl_sched_set_units(struct hl_sched *s, const struct hl_unit_cfg *units, size_t n);
/* Lends one of the intake pool's connections to the main thread (its look
 * at the units version), so that database.pool_size stays the daemon's
 * whole budget: waits while every one is in use; NULL with err when
 * stopping or when opening fails.  Give it back with hl_sched_give_store
 * (broken: a database error may have left it in any state). */
struct hl_store *hl_sched_take_store(struct hl_sched *s, struct hl_err *err);
void hl_sched_give_store(struct hl_sched *s, struct hl_store *store, bool broken);
/* Asks every thread to stop after its current batch (async-signal-unsafe:
 * call it from the signal loop, not a handler). */
void hl_sched_stop(struct hl_sched *s);
/* Waits for the threads, gives back the leases, frees everything.  Returns
 * 0, or 1 when a --once pass failed for some mailbox. */
int hl_sched_join(struct hl_sched **s);

#endif
