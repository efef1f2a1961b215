/*
 * sched_int: what the scheduler's three files share (sched.c: the queue,
 * the connections, the workers, the mailbox set, start and stop;
 * sched_watch.c: the IDLE watcher; sched_keep.c: the lease keeper).  The
 * state machine and the lock are described in sched.c.  Private to them.
 */
#ifndef HL_SCHED_INT_H
#define HL_SCHED_INT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pool.h"
#include "sched.h"
#include "units.h"

enum mb_state { MB_UNHELD, MB_WAITING, MB_QUEUED, MB_RUNNING, MB_WATCHED };

struct server {
    const char *host;
    int port;
    int open; /* IMAP connections open to it, IDLE ones included */
    int idle; /* of which held by the watcher */
};

struct mbx {
    const struct hl_unit_cfg *unit; /* &own: the scheduler's copy, never changed */
    struct hl_unit_cfg own;
    char *route;             /* the unit its mail is received for (units.h) */
    const char *mail_domain; /* of our Message-IDs: the feedback address's */
    int id;                  /* mailboxes.id; 0 until registered */
    size_t index;            /* in hl_sched.mb */
    struct server *sv;
    bool gone;     /* its unit was retired or changed: never claimed again */
    bool released; /* gone, and its lease given back */
    bool held;
    enum mb_state state;
    int64_t next_due_ms; /* WAITING: monotonic time of the next pass */
    int failures;
    void *conn; /* open IMAP session, or NULL */
    int fd;     /* WATCHED: the socket IDLE waits on */
    int64_t idle_since_ms;
    bool once_done;
    bool once_failed;
    bool last_mode_idle; /* what mailbox status was last told */
    bool mode_noted;
};

struct hl_sched {
    struct hl_sched_params p;
    const struct hl_config *cfg;
    atomic_bool stopping;

    pthread_mutex_t mu;
    pthread_cond_t work_cv; /* the queue got work, or stopping */
    pthread_cond_t slot_cv; /* an IMAP connection slot was freed */
    pthread_cond_t tick_cv; /* the keeper should look again */

    /* Mailboxes only ever get added (a unit retired or changed leaves its
     * mailbox `gone`); only the keeper adds them, under mu, so the keeper
     * reads mb and n_mb without it.  The mbx themselves never move. */
    struct mbx **mb;
    size_t n_mb, cap_mb;
    size_t n_live; /* not gone */
    struct server **servers;
    size_t n_servers, cap_servers;

    size_t *queue; /* ring of mailbox indices (cap_mb); each mailbox at most once */
    size_t q_head, q_len;
    size_t q_with_conn; /* queued mailboxes that hold an open connection */

    struct mbx **pending; /* handed to the watcher, not yet in its set */
    size_t n_pending;
    size_t n_watched; /* in the watcher's set or pending */
    int wake_fd;      /* eventfd: wakes the watcher */

    struct hl_pool *pool;
    int busy; /* workers running a pass */

    pthread_t keeper, watcher;
    pthread_t *workers;
    int n_workers;
    bool keeper_started, watcher_started;
    bool first_cycle_done; /* --once: the keeper has claimed what it can */
    bool once_error;       /* --once: the leases could not be taken */

    /* A new set of units from hl_sched_set_units, for the keeper. */
    struct hl_unit_cfg *next_units;
    size_t n_next_units;
    bool units_pending;
};

/* Under mu: queues m for a worker (MB_QUEUED). */
void hl_sched_enqueue(struct hl_sched *s, struct mbx *m);
/* Under mu: the keeper looks again now. */
void hl_sched_kick_keeper(struct hl_sched *s);
/* Wakes the watcher's poll() (with or without mu). */
void hl_sched_wake_watcher(struct hl_sched *s);
/* Closes m's connection and frees its server slot.  Called by the
 * connection's owner, without the lock. */
void hl_sched_close_conn(struct hl_sched *s, struct mbx *m, bool was_idle);
/* Adds a mailbox for unit u, received for `route`.  Under mu (or before the
 * threads), by the keeper only: the arrays may move. */
struct mbx *hl_sched_add_mailbox(struct hl_sched *s, const struct hl_unit_cfg *u,
                                 const char *route);

/* The threads' bodies; arg is the struct hl_sched. */
void *hl_sched_watch_main(void *arg);
void *hl_sched_keep_main(void *arg);

#endif
