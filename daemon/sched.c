/*
 * sched: hotlined's intake scheduler (sched.h).
 *
 * Threads: `workers` workers, one watcher, one keeper.  One mutex guards
 * every mailbox's state, the work queue and the per-server connection
 * counts; nothing slow (network, database) is done while holding it.
 *
 * A held mailbox is in exactly one of these states, and its IMAP connection
 * (if open) belongs to whoever the state names:
 *   WAITING  nobody runs it; the keeper queues it when next_due_ms comes
 *   QUEUED   in the work queue (may carry an open connection from the watcher)
 *   RUNNING  a worker runs its pass
 *   WATCHED  in IDLE, owned by the watcher thread
 * A mailbox whose lease is lost or given back is `held = false`; whoever
 * owns it next closes its connection and leaves it UNHELD.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "lease.h"
#include "mailbox.h"
#include "metrics.h"
#include "pool.h"
#include "sched.h"
#include "store.h"
#include "units.h"
#include "util.h"

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

/* ---- helpers under the lock --------------------------------------------- */

static void
enqueue(struct hl_sched *s, struct mbx *m)
{
    m->state = MB_QUEUED;
    s->queue[(s->q_head + s->q_len) % s->cap_mb] = m->index;
    s->q_len++;
    pthread_cond_signal(&s->work_cv);
    if (m->conn) {
        /* A worker waiting for a connection slot should serve this one
         * instead: it holds a slot that only a pass gives back. */
        s->q_with_conn++;
        pthread_cond_broadcast(&s->slot_cv);
    }
}

/* Takes the next mailbox off the queue: one that already has a connection
 * first (the watcher queues those on news), so that slots held by queued
 * mailboxes are always given back and workers never all wait for a slot. */
static struct mbx *
dequeue(struct hl_sched *s)
{
    size_t at = 0;
    if (s->q_with_conn > 0) {
        for (size_t i = 0; i < s->q_len; i++) {
            if (s->mb[s->queue[(s->q_head + i) % s->cap_mb]]->conn) {
                at = i;
                break;
            }
        }
    }
    size_t pos = (s->q_head + at) % s->cap_mb;
    struct mbx *m = s->mb[s->queue[pos]];
    /* The head takes the taken one's place: order is kept but for one. */
    s->queue[pos] = s->queue[s->q_head];
    s->q_head = (s->q_head + 1) % s->cap_mb;
    s->q_len--;
    if (m->conn)
        s->q_with_conn--;
    return m;
}

static void
kick_keeper(struct hl_sched *s)
{
    pthread_cond_signal(&s->tick_cv);
}

static void
wake_watcher(struct hl_sched *s)
{
    uint64_t one = 1;
    ssize_t w = write(s->wake_fd, &one, sizeof one);
    (void)w; /* a full counter already wakes it */
}

/* ---- IMAP connections --------------------------------------------------- */

/* Closes m's connection and frees its server slot.  Called by the
 * connection's owner, without the lock. */
static void
close_conn(struct hl_sched *s, struct mbx *m, bool was_idle)
{
    if (m->conn == NULL)
        return;
    hl_imap_ops.close(m->conn);
    m->conn = NULL;
    pthread_mutex_lock(&s->mu);
    m->sv->open--;
    if (was_idle)
        m->sv->idle--;
    pthread_cond_signal(&s->slot_cv);
    pthread_mutex_unlock(&s->mu);
}

/* Opens m's connection within its server's cap, waiting for a slot.
 * Returns 0, -1 with err, or 1 without waiting when no slot is free but a
 * queued mailbox holds one (the worker should serve that one first). */
static int
open_conn(struct hl_sched *s, struct mbx *m, struct hl_err *err)
{
    struct server *sv = m->sv;
    pthread_mutex_lock(&s->mu);
    while (sv->open >= s->cfg->max_conn_per_server && !atomic_load(&s->stopping) &&
           s->q_with_conn == 0)
        pthread_cond_wait(&s->slot_cv, &s->mu);
    if (atomic_load(&s->stopping)) {
        pthread_mutex_unlock(&s->mu);
        return hl_err_set(err, HL_ERR_TEMP, "stopping");
    }
    if (sv->open >= s->cfg->max_conn_per_server) {
        /* No slot, but a queued mailbox holds one: serve that first. */
        pthread_mutex_unlock(&s->mu);
        return 1;
    }
    sv->open++;
    pthread_mutex_unlock(&s->mu);

    const struct hl_unit_cfg *u = m->unit;
    char *password = hl_config_secret(&u->mailbox.password, err);
    void *conn = NULL;
    if (password) {
        conn = hl_imap_ops.open(&u->mailbox, password, 30, err);
        explicit_bzero(password, strlen(password));
        free(password);
    }
    if (conn && hl_imap_ops.ensure_folder(conn, u->mailbox.processed, err) < 0) {
        hl_imap_ops.close(conn);
        conn = NULL;
    }
    if (conn == NULL) {
        pthread_mutex_lock(&s->mu);
        sv->open--;
        pthread_cond_signal(&s->slot_cv);
        pthread_mutex_unlock(&s->mu);
        return -1;
    }
    m->conn = conn;
    return 0;
}

/* ---- workers ------------------------------------------------------------ */

static void *
pool_open(void *ctx, struct hl_err *err)
{
    return hl_store_open(ctx, err);
}

static void
pool_close(void *conn)
{
    struct hl_store *st = conn;
    hl_store_close(&st);
}

static bool
is_database_error(const struct hl_err *err)
{
    return err->kind == HL_ERR_TEMP && strncmp(err->msg, "database", 8) == 0;
}

/* One pass over m with a connection from the pool.  Returns 0, -1 with
 * err, or 1 when m must wait for an IMAP slot (see open_conn). */
static int
run_pass(struct hl_sched *s, struct mbx *m, struct hl_intake_stats *st, struct hl_err *err)
{
    const struct hl_config *cfg = s->cfg;
    bool reached = true;
    if (m->conn == NULL) {
        int oc = open_conn(s, m, err);
        if (oc == 1)
            return 1; /* no slot now: the caller queues m again */
        reached = oc == 0;
    }
    struct hl_err e2 = {0};
    struct hl_store *store = hl_pool_get(s->pool, &s->stopping, reached ? err : &e2);
    if (store == NULL)
        return -1;
    if (!reached) {
        /* Recorded for mailbox status: the clerk sees why mail waits. */
        int rc = hl_store_mailbox_failed(store, m->id, err->msg, &e2);
        hl_pool_put(s->pool, store, rc < 0);
        return -1;
    }
    struct hl_intake_ctx ctx = {
        .unit = m->route,
        .mailbox_id = m->id,
        .mbcfg = &m->unit->mailbox,
        .mops = &hl_imap_ops,
        .mb = m->conn,
        .sops = &hl_store_pg_ops,
        .store = store,
        .classify = s->p.classify,
        .limits = &cfg->limits,
        .batch = cfg->fetch_batch,
        .batch_bytes = (size_t)cfg->batch_bytes,
        .case_prefix = cfg->case_prefix,
        .mail_domain = m->mail_domain,
        .trust = s->p.trust,
    };
    int rc = hl_intake_run(&ctx, st, err);
    if (rc == 0)
        rc = hl_store_pg_ops.health(store, m->id, NULL, st->seen - st->moved, st->ingested,
                                    st->flagged, err);
    if (rc < 0 && !is_database_error(err)) {
        if (hl_store_mailbox_failed(store, m->id, err->msg, &e2) < 0) {
            hl_pool_put(s->pool, store, true);
            return -1;
        }
    }
    hl_pool_put(s->pool, store, rc < 0 && is_database_error(err));
    return rc;
}

/* Tells mailbox status how m is watched now (best effort, from a pooled
 * connection: a failure here only leaves the column stale). */
static void
note_mode(struct hl_sched *s, struct mbx *m, bool idle)
{
    if (m->mode_noted && m->last_mode_idle == idle)
        return;
    struct hl_err err = {0};
    struct hl_store *store = hl_pool_get(s->pool, &s->stopping, &err);
    if (store == NULL)
        return;
    int64_t next = idle ? 0 : hl_clock_now() + s->cfg->poll_interval_s;
    int rc = hl_lease_note_mode(store, m->id, idle ? "idle" : "poll", next, &err);
    hl_pool_put(s->pool, store, rc < 0);
    m->last_mode_idle = idle;
    m->mode_noted = rc == 0;
}

static void *
worker_main(void *arg)
{
    struct hl_sched *s = arg;
    const struct hl_config *cfg = s->cfg;
    for (;;) {
        pthread_mutex_lock(&s->mu);
        while (s->q_len == 0 && !atomic_load(&s->stopping))
            pthread_cond_wait(&s->work_cv, &s->mu);
        if (atomic_load(&s->stopping)) {
            pthread_mutex_unlock(&s->mu);
            break;
        }
        struct mbx *m = dequeue(s);
        m->state = MB_RUNNING;
        bool held = m->held;
        s->busy++;
        pthread_mutex_unlock(&s->mu);

        struct hl_err err = {0};
        struct hl_intake_stats st = {0};
        int rc = held ? run_pass(s, m, &st, &err) : 0;
        if (rc == 1) {
            pthread_mutex_lock(&s->mu);
            s->busy--;
            enqueue(s, m);
            pthread_mutex_unlock(&s->mu);
            continue;
        }
        if (held && rc == 0) {
            if (st.ingested > 0 && s->p.mail_committed)
                s->p.mail_committed();
            if (st.seen > 0)
                hl_info("mbox=%s: pass done: %ld in inbox, %ld stored, %ld already stored, "
                        "%ld moved",
                        m->unit->code, st.seen, st.ingested, st.duplicates, st.moved);
            m->failures = 0;
        } else if (held && atomic_load(&s->stopping)) {
            /* A pass the stop cut short (waiting for a connection, or its
             * connection closed): the next start serves the mailbox. */
            hl_debug("mbox=%s: pass cut short by the stop: %s", m->unit->code, err.msg);
            close_conn(s, m, false);
        } else if (held) {
            m->failures++;
            hl_error("mbox=%s: %s (%s error, attempt %d)", m->unit->code, err.msg,
                     hl_err_kind_name(err.kind), m->failures);
            hl_metrics_add(HL_M_ERRORS, m->unit->code, hl_err_kind_name(err.kind), 1);
            close_conn(s, m, false);
        }

        /* Where the mailbox goes next: the watcher, or a timer. */
        bool to_watcher = false;
        if (held && rc == 0 && !s->p.once && cfg->idle && m->conn &&
            hl_imap_ops.has_idle(m->conn)) {
            pthread_mutex_lock(&s->mu);
            struct server *sv = m->sv;
            /* `workers` slots per server stay free for workers' sessions. */
            if (s->n_watched < (size_t)cfg->idle_max &&
                sv->idle < cfg->max_conn_per_server - cfg->workers && m->held) {
                to_watcher = true;
                sv->idle++;
                s->n_watched++;
            }
            pthread_mutex_unlock(&s->mu);
        }
        if (!to_watcher)
            close_conn(s, m, false);
        if (held && rc == 0)
            note_mode(s, m, to_watcher);

        pthread_mutex_lock(&s->mu);
        s->busy--;
        if (to_watcher) {
            m->state = MB_WATCHED;
            s->pending[s->n_pending++] = m;
            wake_watcher(s);
        } else if (!m->held) {
            m->state = MB_UNHELD;
        } else {
            m->state = MB_WAITING;
            if (s->p.once) {
                m->once_done = true;
                m->once_failed = held && rc < 0;
                m->next_due_ms = INT64_MAX;
            } else {
                m->next_due_ms =
                    hl_now_mono_ms() + (rc == 0 ? (int64_t)cfg->poll_interval_s * 1000
                                                : hl_backoff_ms(m->failures, cfg->backoff_max_s));
            }
        }
        kick_keeper(s);
        pthread_mutex_unlock(&s->mu);
    }
    return NULL;
}

/* ---- the watcher: every IDLE mailbox in one poll() ---------------------- */

/* Takes m out of IDLE for good: to the queue (news, refresh), or closed. */
static void
watcher_drop(struct hl_sched *s, struct mbx *m, int done_rc, const struct hl_err *err)
{
    bool keep = done_rc >= 0 && m->held && !atomic_load(&s->stopping);
    if (!keep) {
        /* At the stop every IDLE connection closes: nothing went wrong. */
        if (done_rc < 0 && m->held && !atomic_load(&s->stopping))
            hl_warn("mbox=%s: IDLE: %s; reconnecting", m->unit->code, err->msg);
        close_conn(s, m, true);
    }
    pthread_mutex_lock(&s->mu);
    s->n_watched--;
    if (keep) {
        m->sv->idle--; /* the worker owns the connection now */
        enqueue(s, m);
    } else if (!m->held) {
        m->state = MB_UNHELD;
        kick_keeper(s); /* a mailbox left by its unit: its lease can go back */
    } else {
        m->failures++;
        m->state = MB_WAITING;
        m->next_due_ms = hl_now_mono_ms() + hl_backoff_ms(m->failures, s->cfg->backoff_max_s);
        kick_keeper(s);
    }
    pthread_mutex_unlock(&s->mu);
}

static void *
watcher_main(void *arg)
{
    struct hl_sched *s = arg;
    size_t cap = (size_t)s->cfg->idle_max;
    struct mbx **set = hl_xcalloc(cap ? cap : 1, sizeof *set);
    struct pollfd *pfd = hl_xcalloc(cap + 1, sizeof *pfd);
    size_t n = 0;
    /* A mailbox in IDLE still gets a full pass every poll interval, as a
     * polled one does (news buffered where poll() cannot see it, a server
     * that stopped announcing), and at the latest every idle_refresh, under
     * the servers' 30-minute limit when the poll interval is longer. */
    int64_t refresh_ms =
        (int64_t)(s->cfg->idle_refresh_s < s->cfg->poll_interval_s ? s->cfg->idle_refresh_s
                                                                   : s->cfg->poll_interval_s) *
        1000;

    while (!atomic_load(&s->stopping)) {
        /* New mailboxes: start their IDLE (outside the lock: a round trip). */
        for (;;) {
            pthread_mutex_lock(&s->mu);
            struct mbx *m = s->n_pending > 0 ? s->pending[--s->n_pending] : NULL;
            pthread_mutex_unlock(&s->mu);
            if (m == NULL)
                break;
            struct hl_err err = {0};
            int r = hl_imap_ops.idle_start(m->conn, &m->fd, &err);
            if (r == 0) {
                m->idle_since_ms = hl_now_mono_ms();
                set[n++] = m;
                continue;
            }
            /* News already buffered (r == 1) or a failure: DONE, then a pass
             * or a reconnect. */
            int d = r == 1 ? hl_imap_ops.idle_done(m->conn, &err) : -1;
            watcher_drop(s, m, d, &err);
        }

        pfd[0] = (struct pollfd){.fd = s->wake_fd, .events = POLLIN};
        int64_t now = hl_now_mono_ms();
        int64_t timeout = 5000;
        for (size_t i = 0; i < n; i++) {
            pfd[i + 1] = (struct pollfd){.fd = set[i]->fd, .events = POLLIN};
            int64_t left = set[i]->idle_since_ms + refresh_ms - now;
            if (left < timeout)
                timeout = left < 0 ? 0 : left;
        }
        int pr = poll(pfd, n + 1, (int)timeout);
        if (pr < 0 && errno != EINTR) {
            hl_error("watcher: poll: %s", strerror(errno));
            break;
        }
        if (pfd[0].revents & POLLIN) {
            uint64_t v;
            ssize_t r = read(s->wake_fd, &v, sizeof v);
            (void)r;
        }
        now = hl_now_mono_ms();
        size_t kept = 0;
        for (size_t i = 0; i < n; i++) {
            struct mbx *m = set[i];
            pthread_mutex_lock(&s->mu);
            bool held = m->held;
            pthread_mutex_unlock(&s->mu);
            bool news = pr > 0 && (pfd[i + 1].revents & (POLLIN | POLLERR | POLLHUP));
            bool refresh = now - m->idle_since_ms >= refresh_ms;
            if (!news && !refresh && held) {
                set[kept++] = m;
                continue;
            }
            struct hl_err err = {0};
            int d = hl_imap_ops.idle_done(m->conn, &err);
            if (d == 0 && !refresh && held) {
                /* Something that is not new mail (flags, expunges): wait on. */
                int r = hl_imap_ops.idle_start(m->conn, &m->fd, &err);
                if (r == 0) {
                    m->idle_since_ms = now;
                    set[kept++] = m;
                    continue;
                }
                d = r == 1 ? hl_imap_ops.idle_done(m->conn, &err) : -1;
            }
            if (d >= 0 && !held)
                d = 0;
            watcher_drop(s, m, d, &err);
        }
        n = kept;
    }
    /* Stopping: every IDLE connection closed (DONE is not needed to log out). */
    for (size_t i = 0; i < n; i++) {
        struct hl_err err = {0};
        watcher_drop(s, set[i], -1, &err);
    }
    pthread_mutex_lock(&s->mu);
    while (s->n_pending > 0) {
        struct mbx *m = s->pending[--s->n_pending];
        pthread_mutex_unlock(&s->mu);
        struct hl_err err = {0};
        watcher_drop(s, m, -1, &err);
        pthread_mutex_lock(&s->mu);
    }
    pthread_mutex_unlock(&s->mu);
    free(set);
    free(pfd);
    return NULL;
}

/* ---- the mailbox set --------------------------------------------------- */

static bool
same_str(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* Whether a and b are read the same way (otherwise the mailbox is left and
 * a new one made: its connection and lease start afresh). */
static bool
same_mailbox(const struct hl_unit_cfg *a, const struct hl_unit_cfg *b)
{
    const struct hl_mailbox_cfg *x = &a->mailbox, *y = &b->mailbox;
    return same_str(x->host, y->host) && x->port == y->port && x->tls == y->tls &&
           x->allow_plain == y->allow_plain && same_str(x->user, y->user) &&
           same_str(x->password.file, y->password.file) &&
           same_str(x->password.env, y->password.env) && same_str(x->inbox, y->inbox) &&
           same_str(x->processed, y->processed) && same_str(x->trust.ca_file, y->trust.ca_file) &&
           same_str(x->trust.pin_sha256, y->trust.pin_sha256) &&
           same_str(a->feedback_email, b->feedback_email);
}

/* The server of mb, added when new.  Under mu (or before the threads). */
static struct server *
server_of(struct hl_sched *s, const struct hl_mailbox_cfg *mb)
{
    for (size_t i = 0; i < s->n_servers; i++)
        if (s->servers[i]->port == mb->port && strcasecmp(s->servers[i]->host, mb->host) == 0)
            return s->servers[i];
    if (s->n_servers == s->cap_servers) {
        s->cap_servers = s->cap_servers ? s->cap_servers * 2 : 8;
        s->servers = hl_xrealloc(s->servers, s->cap_servers * sizeof *s->servers);
    }
    struct server *sv = hl_xcalloc(1, sizeof *sv);
    /* The host string lives as long as the scheduler (servers are never freed
     * before it is). */
    sv->host = hl_xstrdup(mb->host);
    sv->port = mb->port;
    s->servers[s->n_servers++] = sv;
    return sv;
}

/* Adds a mailbox for unit u, received for `route`.  Under mu (or before the
 * threads), by the keeper only: the arrays may move. */
static struct mbx *
add_mailbox(struct hl_sched *s, const struct hl_unit_cfg *u, const char *route)
{
    if (s->n_mb == s->cap_mb) {
        size_t cap = s->cap_mb ? s->cap_mb * 2 : 8;
        /* The ring is laid out afresh from its head. */
        size_t *q = hl_xcalloc(cap, sizeof *q);
        for (size_t i = 0; i < s->q_len; i++)
            q[i] = s->queue[(s->q_head + i) % s->cap_mb];
        free(s->queue);
        s->queue = q;
        s->q_head = 0;
        s->mb = hl_xrealloc(s->mb, cap * sizeof *s->mb);
        s->pending = hl_xrealloc(s->pending, cap * sizeof *s->pending);
        s->cap_mb = cap;
    }
    struct mbx *m = hl_xcalloc(1, sizeof *m);
    hl_unit_cfg_copy(&m->own, u);
    m->unit = &m->own;
    m->route = hl_xstrdup(route);
    const char *at = m->own.feedback_email ? strrchr(m->own.feedback_email, '@') : NULL;
    m->mail_domain = at ? at + 1 : NULL;
    m->sv = server_of(s, &m->own.mailbox);
    m->fd = -1;
    m->index = s->n_mb;
    s->mb[s->n_mb++] = m;
    s->n_live++;
    return m;
}

/* The keeper takes up a set of units handed in by hl_sched_set_units: a
 * mailbox whose unit is no longer polled, or is read differently now, is
 * left (`gone`: never claimed again; its lease given back when nobody is
 * in it, else left to expire); new ones are added, registered and claimed
 * by the lease cycle.  Fills the leases to give back. */
static void
apply_units(struct hl_sched *s, int **release_out, size_t *n_release)
{
    *release_out = NULL;
    *n_release = 0;
    pthread_mutex_lock(&s->mu);
    struct hl_unit_cfg *units = s->next_units;
    size_t n = s->n_next_units;
    s->next_units = NULL;
    s->n_next_units = 0;
    bool pending = s->units_pending;
    s->units_pending = false;
    size_t added = 0, left = 0;
    for (size_t i = 0; pending && i < s->n_mb; i++) {
        struct mbx *m = s->mb[i];
        if (m->gone)
            continue;
        const struct hl_unit_cfg *u = hl_units_find(units, n, m->own.code);
        const char *route = NULL;
        if (u && hl_units_polled(units, n, u, &route) && same_mailbox(&m->own, u) &&
            strcmp(route, m->route) == 0)
            continue;
        m->gone = true;
        s->n_live--;
        left++;
        if (m->held) {
            m->held = false;
            if (m->state == MB_WAITING)
                m->state = MB_UNHELD;
        }
    }
    for (size_t j = 0; pending && j < n; j++) {
        const char *route = NULL;
        if (!hl_units_polled(units, n, &units[j], &route))
            continue;
        bool have = false;
        for (size_t i = 0; i < s->n_mb && !have; i++)
            have = !s->mb[i]->gone && strcmp(s->mb[i]->own.code, units[j].code) == 0;
        if (!have) {
            add_mailbox(s, &units[j], route);
            added++;
        }
    }
    size_t live = s->n_live;
    pthread_mutex_unlock(&s->mu);
    if (left)
        wake_watcher(s); /* a mailbox it watches may be gone */
    if (added || left)
        hl_info("units: %zu mailbox%s added, %zu left; %zu polled", added, added == 1 ? "" : "es",
                left, live);
    hl_units_free(&units, n);
    /* What was left goes back once nobody is in it (a pass ends first). */
    pthread_mutex_lock(&s->mu);
    int *release = hl_xcalloc(s->n_mb + 1, sizeof *release);
    for (size_t i = 0; i < s->n_mb; i++) {
        struct mbx *m = s->mb[i];
        if (m->gone && !m->released && m->state == MB_UNHELD) {
            m->released = true;
            if (m->id)
                release[(*n_release)++] = m->id;
        }
    }
    pthread_mutex_unlock(&s->mu);
    *release_out = release;
}

struct hl_store *
hl_sched_take_store(struct hl_sched *s, struct hl_err *err)
{
    return hl_pool_get(s->pool, &s->stopping, err);
}

void
hl_sched_give_store(struct hl_sched *s, struct hl_store *store, bool broken)
{
    hl_pool_put(s->pool, store, broken);
}

void
hl_sched_set_units(struct hl_sched *s, const struct hl_unit_cfg *units, size_t n)
{
    struct hl_unit_cfg *copy = hl_xcalloc(n + 1, sizeof *copy);
    for (size_t i = 0; i < n; i++)
        hl_unit_cfg_copy(&copy[i], &units[i]);
    pthread_mutex_lock(&s->mu);
    hl_units_free(&s->next_units, s->n_next_units);
    s->next_units = copy;
    s->n_next_units = n;
    s->units_pending = true;
    pthread_cond_signal(&s->tick_cv);
    pthread_mutex_unlock(&s->mu);
}

/* Whether another mailbox of the same row is still in use here (a unit's
 * mailbox read differently now: the old one's pass must end first). */
static bool
sibling_busy(const struct hl_sched *s, const struct mbx *m)
{
    for (size_t i = 0; i < s->n_mb; i++) {
        const struct mbx *o = s->mb[i];
        if (o != m && o->id == m->id && o->state != MB_UNHELD)
            return true;
    }
    return false;
}

/* ---- the keeper: leases and timers -------------------------------------- */

/* One lease cycle on the keeper's own connection.  Returns 0 or -1. */
static int
lease_cycle(struct hl_sched *s, struct hl_store *store, struct hl_err *err)
{
    const struct hl_config *cfg = s->cfg;
    /* A new set of units first: what it leaves goes back at once. */
    int *release = NULL;
    size_t n_release = 0;
    apply_units(s, &release, &n_release);
    int rrc = n_release ? hl_lease_release(store, s->p.owner, release, n_release, err) : 0;
    free(release);
    if (rrc < 0)
        return -1;
    /* Register mailboxes not yet known (the first cycle: all of them). */
    for (size_t i = 0; i < s->n_mb; i++) {
        if (s->mb[i]->id == 0 && !s->mb[i]->gone) {
            int id = 0;
            if (hl_lease_register(store, s->mb[i]->unit, &id, err) < 0)
                return -1;
            pthread_mutex_lock(&s->mu);
            s->mb[i]->id = id;
            pthread_mutex_unlock(&s->mu);
        }
    }
    pthread_mutex_lock(&s->mu);
    struct hl_lease_self self = {
        .owner = s->p.owner,
        .serving = !s->p.once,
        .lease_s = cfg->lease_s,
        .workers_busy = s->busy,
        .db_in_use = hl_pool_in_use(s->pool) + 1,
        .idle_count = (int)s->n_watched,
    };
    int *mine = hl_xcalloc(s->n_mb + 1, sizeof *mine);
    int *all = hl_xcalloc(s->n_mb + 1, sizeof *all);
    size_t n_mine = 0;
    for (size_t i = 0; i < s->n_mb; i++) {
        all[i] = s->mb[i]->id;
        if (s->mb[i]->held)
            mine[n_mine++] = s->mb[i]->id;
    }
    pthread_mutex_unlock(&s->mu);

    int live = 1, rc = -1;
    int *held = NULL, *got = NULL, *give = NULL;
    size_t n_held = 0, n_got = 0, n_give = 0;
    if (hl_lease_heartbeat(store, &self, &live, err) < 0)
        goto out;
    if (hl_lease_renew(store, s->p.owner, cfg->lease_s, mine, n_mine, &held, &n_held, err) < 0)
        goto out;
    int share = s->p.once ? (int)s->n_live : hl_lease_share((int)s->n_live, live);

    /* What the database says we hold is the truth: a lease that expired
     * (the database was unreachable for a lease period) may be another's. */
    pthread_mutex_lock(&s->mu);
    for (size_t i = 0; i < s->n_mb; i++) {
        struct mbx *m = s->mb[i];
        bool still = false;
        for (size_t j = 0; j < n_held && !still; j++)
            still = held[j] == m->id;
        if (m->held && !still) {
            hl_warn("mbox=%s: lease lost to another daemon", m->unit->code);
            m->held = false;
            if (m->state == MB_WAITING)
                m->state = MB_UNHELD;
        }
    }
    /* Above our share (a daemon joined): give back mailboxes nobody is
     * working on, those in IDLE last. */
    int excess = (int)n_held - share;
    give = hl_xcalloc(s->n_mb + 1, sizeof *give);
    for (int pass = 0; pass < 2 && excess > 0; pass++) {
        for (size_t i = 0; i < s->n_mb && excess > 0; i++) {
            struct mbx *m = s->mb[i];
            if (!m->held || (m->state != (pass == 0 ? MB_WAITING : MB_WATCHED)))
                continue;
            m->held = false;
            if (m->state == MB_WAITING)
                m->state = MB_UNHELD;
            give[n_give++] = m->id;
            excess--;
        }
    }
    pthread_mutex_unlock(&s->mu);
    if (n_give > 0) {
        wake_watcher(s);
        if (hl_lease_release(store, s->p.owner, give, n_give, err) < 0)
            goto out;
        hl_info("leases: gave back %zu mailbox%s (share %d of %zu among %d daemons)", n_give,
                n_give == 1 ? "" : "es", share, s->n_live, live);
    }

    /* Below our share: claim free or expired ones that are not ours. */
    int want = share - ((int)n_held - (int)n_give);
    if (want > 0) {
        int *cand = hl_xcalloc(s->n_mb + 1, sizeof *cand);
        size_t n_cand = 0;
        pthread_mutex_lock(&s->mu);
        for (size_t i = 0; i < s->n_mb; i++) {
            struct mbx *m = s->mb[i];
            if (!m->held && !m->gone && m->id && m->state == MB_UNHELD && !m->once_done &&
                !sibling_busy(s, m))
                cand[n_cand++] = all[i];
        }
        pthread_mutex_unlock(&s->mu);
        int crc = n_cand ? hl_lease_claim(store, s->p.owner, cfg->lease_s, cand, n_cand, want, &got,
                                          &n_got, err)
                         : 0;
        free(cand);
        if (crc < 0)
            goto out;
    }
    if (n_got > 0) {
        /* Spread the first passes: at most 20 mailboxes a second, and all
         * within one poll interval (no thundering herd at start). */
        int64_t now = hl_now_mono_ms();
        int64_t span = (int64_t)n_got * 50;
        if (span > (int64_t)cfg->poll_interval_s * 1000)
            span = (int64_t)cfg->poll_interval_s * 1000;
        pthread_mutex_lock(&s->mu);
        size_t k = 0;
        for (size_t i = 0; i < s->n_mb; i++) {
            struct mbx *m = s->mb[i];
            for (size_t j = 0; j < n_got; j++) {
                if (got[j] != m->id || m->gone)
                    continue;
                m->held = true;
                m->failures = 0;
                m->mode_noted = false;
                if (m->state == MB_UNHELD) {
                    m->state = MB_WAITING;
                    m->next_due_ms = s->p.once ? now : now + span * (int64_t)k / (int64_t)n_got;
                }
                k++;
                break;
            }
        }
        pthread_mutex_unlock(&s->mu);
        hl_info("leases: now serving %zu more mailbox%s (share %d of %zu among %d daemon%s)", n_got,
                n_got == 1 ? "" : "es", share, s->n_live, live, live == 1 ? "" : "s");
    }
    rc = 0;
out:
    free(mine);
    free(all);
    free(held);
    free(got);
    free(give);
    return rc;
}

static void *
keeper_main(void *arg)
{
    struct hl_sched *s = arg;
    const struct hl_config *cfg = s->cfg;
    struct hl_store *store = NULL;
    int64_t next_lease = 0, next_log = hl_now_mono_ms() + 60000;
    int failures = 0;

    while (!atomic_load(&s->stopping)) {
        int64_t now = hl_now_mono_ms();
        pthread_mutex_lock(&s->mu);
        bool units_pending = s->units_pending;
        pthread_mutex_unlock(&s->mu);
        if (now >= next_lease || units_pending) {
            struct hl_err err = {0};
            if (store == NULL)
                store = hl_store_open(cfg, &err);
            if (store && lease_cycle(s, store, &err) == 0) {
                failures = 0;
                hl_metrics_heartbeat(); /* the database answers: /healthz */
                next_lease = now + (int64_t)cfg->lease_s * 1000 / 3;
            } else {
                failures++;
                hl_error("leases: %s (attempt %d)", err.msg, failures);
                hl_store_close(&store);
                if (s->p.once) {
                    /* One pass cannot wait for the database to come back. */
                    pthread_mutex_lock(&s->mu);
                    s->once_error = true;
                    pthread_mutex_unlock(&s->mu);
                    hl_sched_stop(s);
                    break;
                }
                next_lease = now + hl_backoff_ms(failures, cfg->lease_s / 3 + 1);
            }
            pthread_mutex_lock(&s->mu);
            s->first_cycle_done = s->first_cycle_done || failures == 0;
            pthread_mutex_unlock(&s->mu);
        }
        pthread_mutex_lock(&s->mu);
        hl_metrics_set_workers(s->n_workers, s->busy);
        hl_metrics_set_db_connections(hl_pool_in_use(s->pool) + 2);
        hl_metrics_set_idle_connections((int)s->n_watched);
        pthread_mutex_unlock(&s->mu);
        if (now >= next_log) {
            pthread_mutex_lock(&s->mu);
            size_t held = 0;
            for (size_t i = 0; i < s->n_mb; i++)
                held += s->mb[i]->held;
            hl_info("pool: workers busy %d/%d, database connections %d/%d (peak %d), IDLE %zu/%d, "
                    "mailboxes held %zu/%zu, queued %zu",
                    s->busy, s->n_workers, hl_pool_in_use(s->pool) + 2, cfg->pool_size,
                    hl_pool_peak(s->pool) + 2, s->n_watched, cfg->idle_max, held, s->n_live,
                    s->q_len);
            pthread_mutex_unlock(&s->mu);
            next_log = now + 60000;
        }

        /* Queue what is due; sleep until the next thing is. */
        pthread_mutex_lock(&s->mu);
        int64_t wake = next_lease < next_log ? next_lease : next_log;
        bool all_done = s->p.once && s->first_cycle_done;
        for (size_t i = 0; i < s->n_mb; i++) {
            struct mbx *m = s->mb[i];
            if (m->held && m->state == MB_WAITING && m->next_due_ms <= now && !m->once_done)
                enqueue(s, m);
            else if (m->held && m->state == MB_WAITING && m->next_due_ms < wake)
                wake = m->next_due_ms;
            if (m->held && !m->once_done)
                all_done = false;
            /* A mailbox its unit left, now free: its lease goes back (and
             * the unit's new mailbox is claimed) at once, not a lease
             * cycle later. */
            if (m->gone && !m->released && m->state == MB_UNHELD && failures == 0) {
                next_lease = now;
                wake = now;
            }
        }
        if (all_done) {
            pthread_mutex_unlock(&s->mu);
            hl_sched_stop(s);
            break;
        }
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        int64_t ms = wake - now;
        if (ms < 0)
            ms = 0;
        ts.tv_sec += ms / 1000;
        ts.tv_nsec += (ms % 1000) * 1000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        if (!atomic_load(&s->stopping))
            pthread_cond_timedwait(&s->tick_cv, &s->mu, &ts);
        pthread_mutex_unlock(&s->mu);
    }
    /* Leases go back only once no worker is in a pass: another daemon
     * taking a mailbox mid-batch would be safe, but wasteful. */
    pthread_mutex_lock(&s->mu);
    while (s->busy > 0)
        pthread_cond_wait(&s->tick_cv, &s->mu);
    pthread_mutex_unlock(&s->mu);
    if (store) {
        struct hl_err err = {0};
        if (hl_lease_goodbye(store, s->p.owner, !s->p.once, &err) < 0)
            hl_warn("leases: %s (they expire in %d s)", err.msg, cfg->lease_s);
    }
    hl_store_close(&store);
    return NULL;
}

/* ---- start and stop ----------------------------------------------------- */

struct hl_sched *
hl_sched_start(const struct hl_sched_params *p, struct hl_err *err)
{
    const struct hl_config *cfg = p->cfg;
    struct hl_sched *s = hl_xcalloc(1, sizeof *s);
    s->p = *p;
    s->cfg = cfg;
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->work_cv, NULL);
    pthread_cond_init(&s->slot_cv, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&s->tick_cv, &ca);
    pthread_condattr_destroy(&ca);

    /* The units' mailboxes (an active unit's, and a retired one's with a
     * successor, units.h); hl_sched_set_units changes the set later. */
    for (size_t i = 0; i < cfg->n_units; i++) {
        const char *route;
        if (hl_units_polled(cfg->units, cfg->n_units, &cfg->units[i], &route))
            add_mailbox(s, &cfg->units[i], route);
    }
    if (s->cap_mb == 0) {
        s->cap_mb = 1;
        s->queue = hl_xcalloc(1, sizeof *s->queue);
        s->mb = hl_xcalloc(1, sizeof *s->mb);
        s->pending = hl_xcalloc(1, sizeof *s->pending);
    }
    s->wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (s->wake_fd < 0) {
        hl_err_set(err, HL_ERR_TEMP, "eventfd: %s", strerror(errno));
        goto fail;
    }
    /* The sender's and the keeper's connections are outside the pool. */
    s->pool = hl_pool_new(cfg->pool_size - 2, pool_open, pool_close, (void *)cfg);
    s->n_workers = cfg->workers;
    /* One pass needs no more workers than mailboxes; a daemon that runs on
     * keeps them all, for the mailboxes units may add. */
    if (p->once && (size_t)s->n_workers > s->n_mb && s->n_mb > 0)
        s->n_workers = (int)s->n_mb;
    s->workers = hl_xcalloc((size_t)s->n_workers, sizeof *s->workers);
    for (int i = 0; i < s->n_workers; i++) {
        if (pthread_create(&s->workers[i], NULL, worker_main, s) != 0) {
            s->n_workers = i;
            hl_err_set(err, HL_ERR_TEMP, "cannot start worker threads");
            goto fail_threads;
        }
    }
    if (pthread_create(&s->watcher, NULL, watcher_main, s) != 0) {
        hl_err_set(err, HL_ERR_TEMP, "cannot start the IDLE watcher");
        goto fail_threads;
    }
    s->watcher_started = true;
    if (pthread_create(&s->keeper, NULL, keeper_main, s) != 0) {
        hl_err_set(err, HL_ERR_TEMP, "cannot start the lease keeper");
        goto fail_threads;
    }
    s->keeper_started = true;
    hl_info("intake: %zu mailbox%s on %zu server%s; %d worker%s, %d database connections, "
            "IDLE up to %d, at most %d IMAP connections per server",
            s->n_live, s->n_live == 1 ? "" : "es", s->n_servers, s->n_servers == 1 ? "" : "s",
            s->n_workers, s->n_workers == 1 ? "" : "s", cfg->pool_size, cfg->idle_max,
            cfg->max_conn_per_server);
    return s;

fail_threads:
    hl_sched_join(&s);
    return NULL;
fail:
    s->keeper_started = s->watcher_started = false;
    s->n_workers = 0;
    atomic_store(&s->stopping, true);
    hl_sched_join(&s);
    return NULL;
}

void
hl_sched_stop(struct hl_sched *s)
{
    atomic_store(&s->stopping, true);
    pthread_mutex_lock(&s->mu);
    pthread_cond_broadcast(&s->work_cv);
    pthread_cond_broadcast(&s->slot_cv);
    pthread_cond_broadcast(&s->tick_cv);
    pthread_mutex_unlock(&s->mu);
    if (s->pool)
        hl_pool_wake(s->pool);
    wake_watcher(s);
}

int
hl_sched_join(struct hl_sched **sp)
{
    struct hl_sched *s = *sp;
    if (s == NULL)
        return 0;
    if (!atomic_load(&s->stopping) && !s->p.once)
        hl_sched_stop(s);
    if (s->keeper_started)
        pthread_join(s->keeper, NULL);
    else
        hl_sched_stop(s);
    for (int i = 0; i < s->n_workers; i++)
        pthread_join(s->workers[i], NULL);
    if (s->watcher_started)
        pthread_join(s->watcher, NULL);
    int rc = s->once_error ? 1 : 0;
    for (size_t i = 0; i < s->n_mb; i++) {
        struct mbx *m = s->mb[i];
        if (m->conn)
            hl_imap_ops.close(m->conn);
        if (s->p.once && m->once_failed)
            rc = 1;
    }
    if (s->p.once && !s->once_error) {
        for (size_t i = 0; i < s->n_mb; i++)
            if (!s->mb[i]->once_done)
                hl_info("mbox=%s: served by another daemon; skipping", s->mb[i]->unit->code);
    }
    hl_pool_free(&s->pool);
    close(s->wake_fd);
    pthread_cond_destroy(&s->work_cv);
    pthread_cond_destroy(&s->slot_cv);
    pthread_cond_destroy(&s->tick_cv);
    pthread_mutex_destroy(&s->mu);
    free(s->workers);
    for (size_t i = 0; i < s->n_mb; i++) {
        hl_unit_cfg_fini(&s->mb[i]->own);
        free(s->mb[i]->route);
        free(s->mb[i]);
    }
    free(s->mb);
    for (size_t i = 0; i < s->n_servers; i++) {
        free((char *)s->servers[i]->host);
        free(s->servers[i]);
    }
    free(s->servers);
    hl_units_free(&s->next_units, s->n_next_units);
    free(s->queue);
    free(s->pending);
    free(s);
    *sp = NULL;
    return rc;
}
