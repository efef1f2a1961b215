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
 *
 * This file has the queue, the connections, the workers and the mailbox
 * set; the watcher is sched_watch.c, the keeper sched_keep.c.
 */
#include <errno.h>
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
#include "sched_int.h"
#include "store.h"
#include "units.h"
#include "util.h"

/* ---- helpers under the lock --------------------------------------------- */

void
hl_sched_enqueue(struct hl_sched *s, struct mbx *m)
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

void
hl_sched_kick_keeper(struct hl_sched *s)
{
    pthread_cond_signal(&s->tick_cv);
}

void
hl_sched_wake_watcher(struct hl_sched *s)
{
    uint64_t one = 1;
    ssize_t w = write(s->wake_fd, &one, sizeof one);
    (void)w; /* a full counter already wakes it */
}

/* ---- IMAP connections --------------------------------------------------- */

/* Closes m's connection and frees its server slot.  Called by the
 * connection's owner, without the lock. */
void
hl_sched_close_conn(struct hl_sched *s, struct mbx *m, bool was_idle)
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
            hl_sched_enqueue(s, m);
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
            hl_sched_close_conn(s, m, false);
        } else if (held) {
            m->failures++;
            hl_error("mbox=%s: %s (%s error, attempt %d)", m->unit->code, err.msg,
                     hl_err_kind_name(err.kind), m->failures);
            hl_metrics_add(HL_M_ERRORS, m->unit->code, hl_err_kind_name(err.kind), 1);
            hl_sched_close_conn(s, m, false);
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
            hl_sched_close_conn(s, m, false);
        if (held && rc == 0)
            note_mode(s, m, to_watcher);

        pthread_mutex_lock(&s->mu);
        s->busy--;
        if (to_watcher) {
            m->state = MB_WATCHED;
            s->pending[s->n_pending++] = m;
            hl_sched_wake_watcher(s);
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
        hl_sched_kick_keeper(s);
        pthread_mutex_unlock(&s->mu);
    }
    return NULL;
}

/* ---- the mailbox set --------------------------------------------------- */

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
struct mbx *
hl_sched_add_mailbox(struct hl_sched *s, const struct hl_unit_cfg *u, const char *route)
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
            hl_sched_add_mailbox(s, &cfg->units[i], route);
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
    if (pthread_create(&s->watcher, NULL, hl_sched_watch_main, s) != 0) {
        hl_err_set(err, HL_ERR_TEMP, "cannot start the IDLE watcher");
        goto fail_threads;
    }
    s->watcher_started = true;
    if (pthread_create(&s->keeper, NULL, hl_sched_keep_main, s) != 0) {
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
    hl_sched_wake_watcher(s);
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
