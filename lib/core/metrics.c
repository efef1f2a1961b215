/* metrics: see metrics.h. */
#include "metrics.h"

#include <arpa/inet.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum type { COUNTER, GAUGE, HISTOGRAM };

/* Seconds: a batch takes tens to hundreds of milliseconds; the latency from
 * arrival to commit is dominated by IDLE's notification delay and polling. */
static const double batch_buckets[] = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
static const double latency_buckets[] = {0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600};

struct family {
    const char *name;
    const char *help;
    enum type type;
    const char *label1, *label2;
    const double *buckets;
    size_t n_buckets;
};

#define HIST(b) b, HL_NELEM(b)

static const struct family families[HL_M_COUNT] = {
    [HL_M_MAILBOX_LAST_SUCCESS] = {"hotline_mailbox_last_success_timestamp_seconds",
                                   "Unix time of the mailbox's last successful intake pass (0: "
                                   "none since start).",
                                   GAUGE, "mailbox", NULL, NULL, 0},
    [HL_M_MESSAGES_INGESTED] = {"hotline_messages_ingested_total",
                                "Messages committed to the database.", COUNTER, "mailbox", NULL,
                                NULL, 0},
    [HL_M_MESSAGES_FLAGGED] = {"hotline_messages_flagged_total",
                               "Messages committed and flagged for a clerk's review.", COUNTER,
                               "mailbox", NULL, NULL, 0},
    [HL_M_MESSAGES_DUPLICATE] = {"hotline_messages_duplicate_total",
                                 "Messages found already stored and only moved.", COUNTER,
                                 "mailbox", NULL, NULL, 0},
    [HL_M_ERRORS] = {"hotline_intake_errors_total",
                     "Failed intake passes, by error kind (temporary, permanent, input, config).",
                     COUNTER, "mailbox", "kind", NULL, 0},
    [HL_M_INTAKE_BATCH_SECONDS] = {"hotline_intake_batch_duration_seconds",
                                   "One intake batch: known-UID check, fetch, decode, classify, "
                                   "commit and move.",
                                   HISTOGRAM, "mailbox", NULL, HIST(batch_buckets)},
    [HL_M_COMMIT_LATENCY] = {"hotline_intake_commit_latency_seconds",
                             "From a message's arrival in the mailbox (IMAP INTERNALDATE, whole "
                             "seconds) to its commit.",
                             HISTOGRAM, "mailbox", NULL, HIST(latency_buckets)},
    [HL_M_OUTBOX_QUEUE] = {"hotline_outbox_queue_depth",
                           "Outbox rows by kind and status, as the sender last counted them.",
                           GAUGE, "kind", "status", NULL, 0},
    [HL_M_OUTBOX_OLDEST] = {"hotline_outbox_oldest_pending_age_seconds",
                            "Age of the oldest pending outbox row (0: none).", GAUGE, NULL, NULL,
                            NULL, 0},
    [HL_M_OUTBOX_SENT] = {"hotline_outbox_send_results_total",
                          "Send attempts by outbox kind and result (sent, temporary, permanent).",
                          COUNTER, "kind", "result", NULL, 0},
    [HL_M_LADDER_STEPS] = {"hotline_ladder_steps_total",
                           "Reminders and escalation steps fired, by step name.", COUNTER, "step",
                           NULL, NULL, 0},
    [HL_M_WORKERS_BUSY] = {"hotline_workers_busy", "Workers in an intake pass.", GAUGE, NULL, NULL,
                           NULL, 0},
    [HL_M_WORKERS] = {"hotline_workers", "Intake workers.", GAUGE, NULL, NULL, NULL, 0},
    [HL_M_DB_CONNECTIONS] = {"hotline_db_connections_in_use", "PostgreSQL connections in use.",
                             GAUGE, NULL, NULL, NULL, 0},
    [HL_M_IDLE_CONNECTIONS] = {"hotline_imap_idle_connections", "IMAP connections waiting in IDLE.",
                               GAUGE, NULL, NULL, NULL, 0},
    [HL_M_RULES_GENERATION] = {"hotline_rules_generation",
                               "Rule sets loaded since start: 1 the first, +1 per reload.", GAUGE,
                               NULL, NULL, NULL, 0},
    [HL_M_RULES_RELOAD_FAILED] = {"hotline_rules_reload_failures_total",
                                  "Rule reloads refused (the old set stayed live).", COUNTER, NULL,
                                  NULL, NULL, 0},
    [HL_M_RULES_LOADED_AT] = {"hotline_rules_loaded_timestamp_seconds",
                              "Unix time the live rule set was loaded.", GAUGE, NULL, NULL, NULL,
                              0},
    [HL_M_HEALTHY] = {"hotline_healthy", "1 while /healthz answers 200.", GAUGE, NULL, NULL, NULL,
                      0},
};

/* A double kept as its bits, so that C11 atomics apply. */
struct series {
    struct series *next;
    char *l1, *l2;
    _Atomic uint64_t value;   /* counter, gauge: double bits */
    _Atomic uint64_t *counts; /* histogram: per bucket (not cumulative), then +Inf */
    _Atomic uint64_t sum;     /* histogram: double bits */
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct series *heads[HL_M_COUNT];

static atomic_bool ready;
static _Atomic int64_t last_heartbeat_ms;
static _Atomic int64_t stale_after_ms = 90000;

static double
from_bits(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static uint64_t
to_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static void
atomic_add_double(_Atomic uint64_t *p, double v)
{
    uint64_t old = atomic_load(p);
    while (!atomic_compare_exchange_weak(p, &old, to_bits(from_bits(old) + v)))
        ;
}

static bool
same(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* The series of m with these labels, created when absent.  Labels a family
 * does not have are ignored; a label it has and is not given is "". */
static struct series *
series_of(enum hl_metric m, const char *l1, const char *l2)
{
    const struct family *f = &families[m];
    l1 = f->label1 ? (l1 ? l1 : "") : NULL;
    l2 = f->label2 ? (l2 ? l2 : "") : NULL;
    pthread_mutex_lock(&lock);
    struct series **pp = &heads[m];
    for (; *pp; pp = &(*pp)->next) {
        if (same((*pp)->l1, l1) && same((*pp)->l2, l2)) {
            struct series *s = *pp;
            pthread_mutex_unlock(&lock);
            return s;
        }
    }
    struct series *s = hl_xcalloc(1, sizeof *s);
    s->l1 = l1 ? hl_xstrdup(l1) : NULL;
    s->l2 = l2 ? hl_xstrdup(l2) : NULL;
    atomic_init(&s->value, to_bits(0));
    atomic_init(&s->sum, to_bits(0));
    if (f->type == HISTOGRAM) {
        s->counts = hl_xcalloc(f->n_buckets + 1, sizeof *s->counts);
        for (size_t i = 0; i <= f->n_buckets; i++)
            atomic_init(&s->counts[i], 0);
    }
    *pp = s; /* appended: a scrape lists series in the order they appeared */
    pthread_mutex_unlock(&lock);
    return s;
}

void
hl_metrics_add(enum hl_metric m, const char *l1, const char *l2, double v)
{
    if (families[m].type == HISTOGRAM || !(v >= 0))
        hl_panic("metric %d: counters only go up (%g)", (int)m, v);
    atomic_add_double(&series_of(m, l1, l2)->value, v);
}

void
hl_metrics_set(enum hl_metric m, const char *l1, const char *l2, double v)
{
    atomic_store(&series_of(m, l1, l2)->value, to_bits(v));
}

void
hl_metrics_gauge_add(enum hl_metric m, const char *l1, const char *l2, double v)
{
    atomic_add_double(&series_of(m, l1, l2)->value, v);
}

void
hl_metrics_observe(enum hl_metric m, const char *l1, const char *l2, double v)
{
    const struct family *f = &families[m];
    if (f->type != HISTOGRAM)
        hl_panic("metric %d is not a histogram", (int)m);
    struct series *s = series_of(m, l1, l2);
    size_t i = 0;
    while (i < f->n_buckets && v > f->buckets[i])
        i++;
    atomic_fetch_add(&s->counts[i], 1);
    atomic_add_double(&s->sum, v);
}

double
hl_metrics_value(enum hl_metric m, const char *l1, const char *l2)
{
    return from_bits(atomic_load(&series_of(m, l1, l2)->value));
}

void
hl_metrics_declare_mailbox(const char *mailbox)
{
    static const char *const kinds[] = {"temporary", "permanent", "input", "config"};
    hl_metrics_gauge_add(HL_M_MAILBOX_LAST_SUCCESS, mailbox, NULL, 0);
    hl_metrics_add(HL_M_MESSAGES_INGESTED, mailbox, NULL, 0);
    hl_metrics_add(HL_M_MESSAGES_FLAGGED, mailbox, NULL, 0);
    hl_metrics_add(HL_M_MESSAGES_DUPLICATE, mailbox, NULL, 0);
    for (size_t i = 0; i < HL_NELEM(kinds); i++)
        hl_metrics_add(HL_M_ERRORS, mailbox, kinds[i], 0);
    series_of(HL_M_INTAKE_BATCH_SECONDS, mailbox, NULL);
    series_of(HL_M_COMMIT_LATENCY, mailbox, NULL);
}

void
hl_metrics_set_workers(int total, int busy)
{
    hl_metrics_set(HL_M_WORKERS, NULL, NULL, total);
    hl_metrics_set(HL_M_WORKERS_BUSY, NULL, NULL, busy);
}

void
hl_metrics_set_db_connections(int in_use)
{
    hl_metrics_set(HL_M_DB_CONNECTIONS, NULL, NULL, in_use);
}

void
hl_metrics_set_idle_connections(int n)
{
    hl_metrics_set(HL_M_IDLE_CONNECTIONS, NULL, NULL, n);
}

void
hl_metrics_rules_loaded(void)
{
    hl_metrics_gauge_add(HL_M_RULES_GENERATION, NULL, NULL, 1);
    hl_metrics_set(HL_M_RULES_LOADED_AT, NULL, NULL, (double)hl_clock_now());
}

void
hl_metrics_rules_reload_failed(void)
{
    hl_metrics_add(HL_M_RULES_RELOAD_FAILED, NULL, NULL, 1);
}

void
hl_metrics_set_ready(bool is_ready, int stale_after_s)
{
    if (stale_after_s > 0)
        atomic_store(&stale_after_ms, (int64_t)stale_after_s * 1000);
    if (is_ready)
        hl_metrics_heartbeat(); /* main has just checked the database */
    atomic_store(&ready, is_ready);
}

void
hl_metrics_heartbeat(void)
{
    atomic_store(&last_heartbeat_ms, hl_now_mono_ms());
}

bool
hl_metrics_healthy(int64_t now_ms, const char **why_out)
{
    const char *why = "serving";
    bool ok = true;
    if (!atomic_load(&ready)) {
        why = "not serving: starting or stopping";
        ok = false;
    } else if (now_ms - atomic_load(&last_heartbeat_ms) > atomic_load(&stale_after_ms)) {
        why = "not serving: no pass with the database within stale_after";
        ok = false;
    }
    if (why_out)
        *why_out = why;
    return ok;
}

/* Label values escape backslash, double quote and newline (format 0.0.4). */
static void
put_label(struct hl_buf *out, const char *name, const char *value)
{
    hl_buf_printf(out, "%s=\"", name);
    for (const char *p = value; *p; p++) {
        if (*p == '\\')
            hl_buf_puts(out, "\\\\");
        else if (*p == '"')
            hl_buf_puts(out, "\\\"");
        else if (*p == '\n')
            hl_buf_puts(out, "\\n");
        else
            hl_buf_putc(out, *p);
    }
    hl_buf_putc(out, '"');
}

static void
put_number(struct hl_buf *out, double v)
{
    if (isnan(v))
        hl_buf_puts(out, "NaN");
    else if (isinf(v))
        hl_buf_puts(out, v > 0 ? "+Inf" : "-Inf");
    else if (v == floor(v) && fabs(v) < 1e15)
        hl_buf_printf(out, "%.0f", v);
    else
        hl_buf_printf(out, "%.17g", v);
}

/* name{l1="..",l2="..",le=".."} with whatever labels there are. */
static void
put_name(struct hl_buf *out, const struct family *f, const char *suffix, const struct series *s,
         const char *le)
{
    hl_buf_printf(out, "%s%s", f->name, suffix);
    if (!s->l1 && !s->l2 && !le)
        return;
    hl_buf_putc(out, '{');
    bool first = true;
    if (s->l1) {
        put_label(out, f->label1, s->l1);
        first = false;
    }
    if (s->l2) {
        if (!first)
            hl_buf_putc(out, ',');
        put_label(out, f->label2, s->l2);
        first = false;
    }
    if (le) {
        if (!first)
            hl_buf_putc(out, ',');
        put_label(out, "le", le);
    }
    hl_buf_putc(out, '}');
}

static void
render_series(struct hl_buf *out, const struct family *f, const struct series *s)
{
    if (f->type != HISTOGRAM) {
        put_name(out, f, "", s, NULL);
        hl_buf_putc(out, ' ');
        put_number(out, from_bits(atomic_load(&s->value)));
        hl_buf_putc(out, '\n');
        return;
    }
    /* Buckets are cumulative in the format; the count is the +Inf bucket. */
    uint64_t total = 0;
    char le[32];
    for (size_t i = 0; i <= f->n_buckets; i++) {
        total += atomic_load(&s->counts[i]);
        if (i < f->n_buckets)
            snprintf(le, sizeof le, "%g", f->buckets[i]);
        else
            snprintf(le, sizeof le, "+Inf");
        put_name(out, f, "_bucket", s, le);
        hl_buf_printf(out, " %llu\n", (unsigned long long)total);
    }
    put_name(out, f, "_sum", s, NULL);
    hl_buf_putc(out, ' ');
    put_number(out, from_bits(atomic_load(&s->sum)));
    hl_buf_putc(out, '\n');
    put_name(out, f, "_count", s, NULL);
    hl_buf_printf(out, " %llu\n", (unsigned long long)total);
}

void
hl_metrics_render(struct hl_buf *out)
{
    static const char *const type_names[] = {"counter", "gauge", "histogram"};
    hl_metrics_set(HL_M_HEALTHY, NULL, NULL, hl_metrics_healthy(hl_now_mono_ms(), NULL) ? 1 : 0);
    /* A metric without labels always has its one series, at 0 at first. */
    for (int m = 0; m < HL_M_COUNT; m++)
        if (families[m].label1 == NULL)
            series_of(m, NULL, NULL);
    /* The lock keeps the lists still (a few hundred series: microseconds);
     * updates of existing series go on meanwhile, they are atomics. */
    pthread_mutex_lock(&lock);
    for (int m = 0; m < HL_M_COUNT; m++) {
        const struct family *f = &families[m];
        hl_buf_printf(out, "# HELP %s %s\n# TYPE %s %s\n", f->name, f->help, f->name,
                      type_names[f->type]);
        for (const struct series *s = heads[m]; s; s = s->next)
            render_series(out, f, s);
    }
    pthread_mutex_unlock(&lock);
}

void
hl_metrics_reset(void)
{
    pthread_mutex_lock(&lock);
    for (int m = 0; m < HL_M_COUNT; m++) {
        struct series *s = heads[m];
        while (s) {
            struct series *next = s->next;
            free(s->l1);
            free(s->l2);
            free(s->counts);
            free(s);
            s = next;
        }
        heads[m] = NULL;
    }
    pthread_mutex_unlock(&lock);
    atomic_store(&ready, false);
    atomic_store(&last_heartbeat_ms, 0);
    atomic_store(&stale_after_ms, 90000);
}

int
hl_metrics_parse_listen(const char *listen, char *host_out, size_t host_size, int *port_out)
{
    const char *colon = strrchr(listen, ':');
    if (colon == NULL || colon == listen)
        return -1;
    const char *h = listen;
    size_t hlen = (size_t)(colon - listen);
    bool v6 = h[0] == '[';
    if (v6) {
        if (hlen < 3 || h[hlen - 1] != ']')
            return -1;
        h++;
        hlen -= 2;
    }
    if (hlen >= host_size)
        return -1;
    memcpy(host_out, h, hlen);
    host_out[hlen] = '\0';
    unsigned char addr[16];
    if (inet_pton(v6 ? AF_INET6 : AF_INET, host_out, addr) != 1)
        return -1;
    const char *p = colon + 1;
    int port = 0;
    if (*p == '\0')
        return -1;
    for (; *p; p++) {
        if (*p < '0' || *p > '9' || port > 65535)
            return -1;
        port = port * 10 + (*p - '0');
    }
    if (port < 1 || port > 65535)
        return -1;
    *port_out = port;
    return 0;
}
