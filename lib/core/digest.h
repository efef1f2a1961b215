/*
 * digest: the monthly report by mail (reports in the config).  On or after
 * its day of the month, each configured report for the last full month is
 * computed (report.h), rendered as HTML and mailed through the outbox to each
 * recipient, with a short text summary in the body and the HTML attached.
 *
 * Exactly once: a report_digests row per report, unit, period and recipient
 * is inserted (ON CONFLICT DO NOTHING) in the transaction that queues the
 * outbox row, so daemons racing, a crash or a restart cannot send a period's
 * digest twice, and a daemon that was down on the day catches up later in
 * the month.  The outbox row carries its bytes, saved at queue time; the
 * outbox pass sends them as they are.
 *
 * Layers: hl_digest_targets and hl_digest_build are pure (tested without a
 * database); hl_digest_pass and hl_digest_queue (digest_pg.c) read the report
 * and queue the mail.
 *
 * Ownership: everything is borrowed for the call; targets belong to the
 * caller's arena.
 */
#ifndef HL_DIGEST_H
#define HL_DIGEST_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "report.h"
#include "sla.h"
#include "util.h"

struct hl_store;
struct hl_bounce_key;

/* One report to compute and its recipients. */
struct hl_digest_target {
    const struct hl_report_cfg *report;
    const char *unit;   /* NULL: the whole city */
    const char *sender; /* the unit whose address sends it */
    const char **rcpt;  /* lower-cased, each once */
    size_t n_rcpt;
};

/* The targets of report rc: one, or one per unit with a recipient for
 * unit = "*".  Recipients named "head" resolve to the unit's head (for the
 * city, the root unit's); units without one get nothing.  Returns how many
 * were written to *out (allocated in a). */
size_t hl_digest_targets(const struct hl_config *cfg, const struct hl_report_cfg *rc,
                         struct hl_arena *a, struct hl_digest_target **out);

/* Builds the mail of a digest for one recipient into out (RFC 5322 bytes)
 * and its envelope sender into mail_from: from the sender unit's feedback
 * address, the summary as the body, html attached.  outbox_id names the
 * mail (Message-ID, bounce address).  Returns 0, or -1 with err. */
int hl_digest_build(const struct hl_config *cfg, const struct hl_bounce_key *key,
                    const char *sender, const struct hl_report *r, const char *html,
                    size_t html_len, const char *rcpt, int64_t outbox_id, int64_t now,
                    struct hl_buf *out, struct hl_buf *mail_from, struct hl_err *err);

/* One pass: queues every digest due at now that is not queued yet.
 * queued_out (may be NULL) receives the number of mails queued.  A report
 * that cannot be read (the standby of database.report_conninfo is down) is
 * logged and tried again on the next pass, so that it never holds up the
 * outbox.  Returns 0, or -1 with err when the primary failed. */
int hl_digest_pass(struct hl_store *s, const struct hl_config *cfg,
                   const struct hl_sla_calendar *cal, const struct hl_bounce_key *key, int64_t now,
                   int *queued_out, struct hl_err *err);

/* Queues one digest of report r (already computed) to rcpt by hand
 * (hotlinectl report --mail-to), without the once-per-period guard.
 * *outbox_id receives the row.  Returns 0, or -1 with err. */
int hl_digest_queue(struct hl_store *s, const struct hl_config *cfg,
                    const struct hl_bounce_key *key, const struct hl_report *r, const char *rcpt,
                    int64_t now, int64_t *outbox_id, struct hl_err *err);

#endif
