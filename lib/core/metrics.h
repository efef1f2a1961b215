/*
 * metrics: the daemon's Prometheus metrics and its health, kept in one
 * process-wide registry (like every Prometheus client library: the counters
 * are bumped from deep inside lib/ -- intake, outbox, ladder -- where passing
 * a registry down every call would serve nothing).
 *
 * Every metric hotline exports is a row of the table in metrics.c, named by
 * enum hl_metric; docs/config.md lists them.  A series is one metric with
 * its label values (at most two: mailbox, kind, status, step, result ...);
 * series are created on first use and live until hl_metrics_reset().
 * Updates are atomic and never block on a scrape for long: finding a series
 * takes a mutex (a short list walk), the update itself is a C11 atomic.
 * hl_metrics_render writes the text exposition format 0.0.4.
 *
 * Health (/healthz): the daemon is healthy while it is ready (set by main
 * once it serves, cleared when it stops) and some worker, the sender or the
 * ladder has completed a pass with the database within the last stale_after
 * seconds (hl_metrics_heartbeat).
 *
 * Does not: serve HTTP (metrics_http.c does), or talk to the database.
 */
#ifndef HL_METRICS_H
#define HL_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

enum hl_metric {
    HL_M_MAILBOX_LAST_SUCCESS, /* gauge {mailbox}: Unix time of the last good pass */
    HL_M_MESSAGES_INGESTED,    /* counter {mailbox} */
    HL_M_MESSAGES_FLAGGED,     /* counter {mailbox} */
    HL_M_MESSAGES_DUPLICATE,   /* counter {mailbox}: already stored, only moved */
    HL_M_ERRORS,               /* counter {mailbox, kind}: failed passes by error kind */
    HL_M_INTAKE_BATCH_SECONDS, /* histogram {mailbox}: one batch, fetch to move */
    HL_M_COMMIT_LATENCY,       /* histogram {mailbox}: from IMAP arrival to commit */
    HL_M_OUTBOX_QUEUE,         /* gauge {kind, status}: outbox rows */
    HL_M_OUTBOX_OLDEST,        /* gauge: age of the oldest pending row, seconds */
    HL_M_OUTBOX_SENT,          /* counter {kind, result}: sent | temporary | permanent */
    HL_M_LADDER_STEPS,         /* counter {step}: reminders and escalation steps fired */
    HL_M_WORKERS_BUSY,         /* gauge: workers in a pass */
    HL_M_WORKERS,              /* gauge: workers */
    HL_M_DB_CONNECTIONS,       /* gauge: database connections in use */
    HL_M_IDLE_CONNECTIONS,     /* gauge: IMAP connections in IDLE */
    HL_M_RULES_GENERATION,     /* gauge: rule sets loaded since start (1 = the first) */
    HL_M_RULES_RELOAD_FAILED,  /* counter: reloads refused */
    HL_M_RULES_LOADED_AT,      /* gauge: Unix time the live rule set was loaded */
    HL_M_HEALTHY,              /* gauge: 1 while /healthz answers 200 (set on render) */
    HL_M_COUNT
};

/* Adds v (>= 0) to a counter; sets a gauge; adds to a gauge (may be
 * negative); records one observation in a histogram.  l1 and l2 are the
 * label values in the table's order, NULL where the metric has fewer. */
void hl_metrics_add(enum hl_metric m, const char *l1, const char *l2, double v);
void hl_metrics_set(enum hl_metric m, const char *l1, const char *l2, double v);
void hl_metrics_gauge_add(enum hl_metric m, const char *l1, const char *l2, double v);
void hl_metrics_observe(enum hl_metric m, const char *l1, const char *l2, double v);
/* The current value of a counter or gauge series (0 when absent); for tests. */
double hl_metrics_value(enum hl_metric m, const char *l1, const char *l2);

/* Creates the per-mailbox series at 0, so that a scrape before any mail
 * shows every configured mailbox. */
void hl_metrics_declare_mailbox(const char *mailbox);

/* The pool gauges (the scheduler sets them). */
void hl_metrics_set_workers(int total, int busy);
void hl_metrics_set_db_connections(int in_use);
void hl_metrics_set_idle_connections(int n);

/* A rule set went live (generation + 1, loaded-at now), or a reload was refused. */
void hl_metrics_rules_loaded(void);
void hl_metrics_rules_reload_failed(void);

/* Health.  stale_after_s: how long without a heartbeat is unhealthy. */
void hl_metrics_set_ready(bool ready, int stale_after_s);
void hl_metrics_heartbeat(void);
/* Whether /healthz answers 200 at monotonic time now_ms; why_out (may be
 * NULL) gets a short reason, borrowed, static. */
bool hl_metrics_healthy(int64_t now_ms, const char **why_out);

/* Splits metrics.listen, "HOST:PORT" with a numeric IPv4 or a bracketed
 * IPv6 address ("[::1]:9154"), into host_out (without brackets) and port.
 * Returns 0, or -1 when it is not of that form. */
int hl_metrics_parse_listen(const char *listen, char *host_out, size_t host_size, int *port_out);

/* Appends the exposition text (format 0.0.4) of every metric to out. */
void hl_metrics_render(struct hl_buf *out);

/* Forgets every series and the health state (tests, and the end of main). */
void hl_metrics_reset(void);

#endif
