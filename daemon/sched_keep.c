/*
 * sched_keep: the scheduler's keeper (sched_int.h).  One thread, on its own
 * database connection, takes up new sets of units, renews this daemon's
 * mailbox leases, gives back what is above its fair share and claims what
 * is below it (lease.h), and queues polled mailboxes when they are due.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "lease.h"
#include "metrics.h"
#include "sched_int.h"
#include "store.h"
#include "util.h"

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
            hl_sched_add_mailbox(s, &units[j], route);
            added++;
        }
    }
    size_t live = s->n_live;
    pthread_mutex_unlock(&s->mu);
    if (left)
        hl_sched_wake_watcher(s); /* a mailbox it watches may be gone */
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
        hl_sched_wake_watcher(s);
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

void *
hl_sched_keep_main(void *arg)
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
                hl_sched_enqueue(s, m);
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
