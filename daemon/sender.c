/*
 * sender: hotlined's outbox thread (sender.h).
 */
#include "sender.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "digest.h"
#include "ladder.h"
#include "mailer.h"
#include "outbox.h"
#include "status.h"
#include "store.h"
#include "worker.h"

/* How often the sender looks for due reminders and escalation steps. */
#define LADDER_INTERVAL_MS 60000

static atomic_bool stopping;
static pthread_mutex_t sleep_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sleep_cond = PTHREAD_COND_INITIALIZER;
/* Set by a worker that committed mail: the sender looks at the outbox at
 * once instead of at its next tick (the acknowledgement's latency). */
static atomic_bool outbox_kicked;

struct sender {
    pthread_t thread;
    struct hl_sender_params p;
    bool once;
    bool started;
};

static struct sender the_sender;

/* The deadline ms from now, for pthread_cond_timedwait. */
static struct timespec
deadline_in(int64_t ms)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    return ts;
}

/* Sleeps up to ms, returning early when the daemon is stopping. */
static void
nap(int64_t ms)
{
    struct timespec ts = deadline_in(ms);
    pthread_mutex_lock(&sleep_lock);
    while (!atomic_load(&stopping)) {
        if (pthread_cond_timedwait(&sleep_cond, &sleep_lock, &ts) == ETIMEDOUT)
            break;
    }
    pthread_mutex_unlock(&sleep_lock);
}

/* The sender's nap: up to ms, or until a worker committed mail. */
static void
nap_or_kick(int64_t ms)
{
    struct timespec ts = deadline_in(ms);
    pthread_mutex_lock(&sleep_lock);
    while (!atomic_load(&stopping) && !atomic_load(&outbox_kicked)) {
        if (pthread_cond_timedwait(&sleep_cond, &sleep_lock, &ts) == ETIMEDOUT)
            break;
    }
    atomic_store(&outbox_kicked, false);
    pthread_mutex_unlock(&sleep_lock);
}

void
hl_sender_kick(void)
{
    pthread_mutex_lock(&sleep_lock);
    atomic_store(&outbox_kicked, true);
    pthread_cond_broadcast(&sleep_cond);
    pthread_mutex_unlock(&sleep_lock);
}

void
hl_sender_stop(void)
{
    atomic_store(&stopping, true);
    pthread_mutex_lock(&sleep_lock);
    pthread_cond_broadcast(&sleep_cond);
    pthread_mutex_unlock(&sleep_lock);
}

/* Sends due outbox rows until nothing is due.  Returns the rows attempted,
 * or -1 with err. */
static int
drain_outbox(const struct hl_sender_params *p, struct hl_store *store, void *mailer,
             struct hl_err *err)
{
    int total = 0, n;
    do {
        struct hl_worker_rules *ref = hl_worker_rules_get();
        struct hl_outbox_env env = {
            .cfg = p->cfg,
            .templates = p->templates,
            .rules = hl_worker_rules_of(ref),
            .owner = p->owner,
            .mailer = &hl_smtp_ops,
            .mailer_conn = mailer,
            .now = hl_clock_now(),
            .bounce_key = p->bounce_key,
            .reply_key = p->reply_key,
        };
        n = 0;
        hl_worker_units_rdlock();
        int rc = hl_outbox_pass(store, &env, 50, &n, err);
        hl_worker_units_unlock();
        hl_worker_rules_put(ref);
        if (rc < 0)
            return -1;
        total += n;
    } while (n > 0 && !atomic_load(&stopping));
    return total;
}

static void *
sender_main(void *arg)
{
    struct sender *sd = arg;
    const struct hl_sender_params *p = &sd->p;
    const struct hl_config *cfg = p->cfg;
    struct hl_store *store = NULL;
    void *mailer = NULL;
    struct hl_err err = {0};
    int failures = 0;
    int64_t next_ladder = 0;

    while (!atomic_load(&stopping)) {
        if (store == NULL && (store = hl_store_open(cfg, &err)) == NULL)
            goto failed;
        if (mailer == NULL) {
            char *password = NULL;
            if (cfg->smtp.user && (password = hl_config_secret(&cfg->smtp.password, &err)) == NULL)
                goto failed;
            mailer = hl_smtp_ops.open(&cfg->smtp, password, 30, &err);
            if (password) {
                explicit_bzero(password, strlen(password));
                free(password);
            }
            if (mailer == NULL)
                goto failed;
        }
        if (sd->once || hl_now_mono_ms() >= next_ladder) {
            int queued = 0;
            hl_worker_units_rdlock();
            int lrc = hl_ladder_pass(store, cfg, p->calendar, hl_clock_now(), &queued, &err);
            if (lrc == 0)
                lrc = hl_digest_pass(store, cfg, p->calendar, p->bounce_key, hl_clock_now(),
                                     &queued, &err);
            hl_worker_units_unlock();
            if (lrc < 0)
                goto failed;
            next_ladder = hl_now_mono_ms() + LADDER_INTERVAL_MS;
        }
        /* Status questions are answered as promptly as acknowledgements. */
        int answered = 0;
        if (hl_status_pass(store, cfg, &answered, &err) < 0)
            goto failed;
        if (drain_outbox(p, store, mailer, &err) < 0)
            goto failed;
        failures = 0;
        if (sd->once)
            break;
        nap_or_kick(1000);
        continue;
    failed:
        failures++;
        hl_error("outbox: %s (attempt %d)", err.msg, failures);
        hl_store_close(&store);
        if (sd->once)
            break;
        nap(hl_backoff_ms(failures, cfg->backoff_max_s));
    }
    if (mailer)
        hl_smtp_ops.close(mailer);
    hl_store_close(&store);
    return NULL;
}

int
hl_sender_start(const struct hl_sender_params *p)
{
    the_sender = (struct sender){.p = *p};
    if (pthread_create(&the_sender.thread, NULL, sender_main, &the_sender) != 0)
        return -1;
    the_sender.started = true;
    return 0;
}

void
hl_sender_run_once(const struct hl_sender_params *p)
{
    struct sender sd = {.p = *p, .once = true};
    sender_main(&sd);
}

void
hl_sender_join(void)
{
    if (the_sender.started)
        pthread_join(the_sender.thread, NULL);
    the_sender.started = false;
}
