/*
 * sched_watch: the scheduler's IDLE watcher (sched_int.h).  One thread holds
 * up to intake.idle_max mailboxes in IMAP IDLE and waits on all their
 * sockets in one poll(); news, a refresh or a lost lease hands a mailbox
 * back to the workers' queue or closes it.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mailbox.h"
#include "sched_int.h"
#include "util.h"

/* Takes m out of IDLE for good: to the queue (news, refresh), or closed. */
static void
watcher_drop(struct hl_sched *s, struct mbx *m, int done_rc, const struct hl_err *err)
{
    bool keep = done_rc >= 0 && m->held && !atomic_load(&s->stopping);
    if (!keep) {
        /* At the stop every IDLE connection closes: nothing went wrong. */
        if (done_rc < 0 && m->held && !atomic_load(&s->stopping))
            hl_warn("mbox=%s: IDLE: %s; reconnecting", m->unit->code, err->msg);
        hl_sched_close_conn(s, m, true);
    }
    pthread_mutex_lock(&s->mu);
    s->n_watched--;
    if (keep) {
        m->sv->idle--; /* the worker owns the connection now */
        hl_sched_enqueue(s, m);
    } else if (!m->held) {
        m->state = MB_UNHELD;
        hl_sched_kick_keeper(s); /* a mailbox left by its unit: its lease can go back */
    } else {
        m->failures++;
        m->state = MB_WAITING;
        m->next_due_ms = hl_now_mono_ms() + hl_backoff_ms(m->failures, s->cfg->backoff_max_s);
        hl_sched_kick_keeper(s);
    }
    pthread_mutex_unlock(&s->mu);
}

void *
hl_sched_watch_main(void *arg)
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
