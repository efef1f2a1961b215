/*
 * cases: what clerks and administrators do to a case by hand (hotlinectl
 * case assign | transfer | resolve | reopen) and the full report of one case
 * (case show).
 *
 * Each action is one transaction: the case row is locked, the action is
 * checked against what the case is now (a resolved case is not resolved
 * again, a transfer goes to another active unit ...), then the case is
 * updated, an event by the actor is appended and, for a transfer, the mail it
 * causes is queued in the outbox.  A refused action changes nothing.
 *
 * Layers: cases.c is pure (the checks, the recipients of a transfer, the
 * did-you-mean for a mistyped unit); case_pg.c runs the transactions and the
 * report over libpq on the store's connection (hl_store_pgconn), so it
 * belongs to the store's thread.
 *
 * Does not: send mail (the outbox sender does, and renders kind 'transfer'
 * from the vars queued here), move the answer deadline on a transfer (the
 * citizen was promised a date), or fire reminders (the daemon's ladder only
 * looks at open cases, so resolving a case stops it).
 *
 * Errors: -1 with err.  A refusal or an unknown case is HL_ERR_INPUT with a
 * one-line reason ("case HL-2026-000007 is resolved: reopen it first"); a
 * database failure is what hl_pg_fail reports.
 *
 * Ownership: every string is borrowed for the call; results are written
 * into the caller's fixed-size structs.
 */
#ifndef HL_CASES_H
#define HL_CASES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "config.h"
#include "dedup.h"
#include "table.h"
#include "util.h"

struct hl_store;
struct hl_sla_calendar;

#define HL_CASE_MAX_DAYS 365

enum hl_case_op {
    HL_CASE_ASSIGN,
    HL_CASE_TRANSFER,
    HL_CASE_RESOLVE,
    HL_CASE_REOPEN,
};

/* Whether op may act on case code, now in status (open, answered, resolved,
 * spam).  Returns 0, or -1 with err (HL_ERR_INPUT) saying why in one line. */
int hl_case_allowed(enum hl_case_op op, const char *code, const char *status, struct hl_err *err);

/* A unit as a transfer sees it (from the units table). */
struct hl_case_unit {
    const char *code;
    bool active;
    const char *const *clerks;
    size_t n_clerks;
    const char *feedback_email; /* may be NULL */
};

/* The mail a transfer queues: recipients one per line, lower-case and
 * without duplicates. */
struct hl_case_transfer_plan {
    struct hl_buf notice_rcpt;  /* both units' clerks (a unit without: its feedback address) */
    struct hl_buf forward_rcpt; /* the new unit's clerks; empty when it has none */
};

void hl_case_transfer_plan_init(struct hl_case_transfer_plan *p);
void hl_case_transfer_plan_fini(struct hl_case_transfer_plan *p);

/* Checks a transfer of case code (status, unit from) to unit to, given every
 * unit, and fills plan.  Refuses an unknown unit (with a did-you-mean when a
 * code is close), an inactive one, the same unit, a case that is resolved or
 * spam, and a transfer nobody could be told of.  Returns 0, or -1 with err
 * (HL_ERR_INPUT). */
int hl_case_plan_transfer(const char *code, const char *status, const char *from, const char *to,
                          const struct hl_case_unit *units, size_t n_units,
                          struct hl_case_transfer_plan *plan, struct hl_err *err);

/* ---- the transactions (case_pg.c) ---- */

/* What an action did, for hotlinectl's confirmation line. */
struct hl_case_outcome {
    char previous[256]; /* assign: the previous assignee ("" for none); transfer: old unit */
    int64_t due_at;     /* reopen: the answer deadline now (0 when the case has none) */
    bool late;          /* transfer: after the transfer deadline */
    int64_t notice_id;  /* transfer: outbox row of the notice */
    int64_t forward_id; /* transfer: outbox row of the forward, 0 when none was queued */
};

/* cases.assignee = who; event 'assigned' {to, previous}. */
int hl_case_assign(struct hl_store *s, const char *code, const char *who, const char *actor,
                   struct hl_case_outcome *out, struct hl_err *err);

/* Re-routes the case to unit (see hl_case_plan_transfer): unit_code = unit,
 * no assignee; event 'transferred' {from, to, reason, within_deadline}; an
 * outbox row 'transfer' to both units' clerks and a 'forward' of the first
 * message to the new unit's clerks, both sent from unit.  reason may be NULL. */
int hl_case_transfer(struct hl_store *s, const char *code, const char *unit, const char *reason,
                     const char *actor, struct hl_case_outcome *out, struct hl_err *err);

/* status resolved, resolved_at now; event 'resolved' {note}.  note may be
 * NULL.  Refuses a resolved case. */
int hl_case_resolve(struct hl_store *s, const char *code, const char *note, const char *actor,
                    struct hl_case_outcome *out, struct hl_err *err);

/* status open again; event 'reopened' {reason, days}.  With days > 0 (at most
 * HL_CASE_MAX_DAYS; cal must then be given) a new deadline of days working
 * days from now (Unix seconds): due_at, deadline_days and a new ladder cycle.
 * days == 0 keeps the deadline.  Refuses a case that is not resolved or
 * answered. */
int hl_case_reopen(struct hl_store *s, const char *code, int days,
                   const struct hl_sla_calendar *cal, int64_t now, const char *reason,
                   const char *actor, struct hl_case_outcome *out, struct hl_err *err);

/* Extends a complaint's or a denunciation's deadline once, by the days the
 * configuration gives its kind (hl_kind_extension), in calendar days: due_at
 * moves, a new ladder cycle starts (the handler is reminded again); event
 * 'extended' {days, reason, due_at}.  out->due_at is the new deadline.
 * reason may be NULL. */
int hl_case_extend(struct hl_store *s, const struct hl_config *cfg, const char *code,
                   const char *reason, const char *actor, struct hl_case_outcome *out,
                   struct hl_err *err);

/* Everything a clerk needs about a case (hotlinectl case show prints it).
 * Every string and table is owned by the report (hl_case_report_fini). */
struct hl_case_field {
    const char *label; /* "Case", "Status", ... (static) */
    char *value;
};
/* One of the case's messages, with its decoded text. */
struct hl_case_text {
    char *id;
    char *received; /* DD/MM/YYYY HH:MI, Viet Nam time */
    char *from;     /* "?" when unknown */
    char *subject;
    char *size; /* of the raw message, in bytes */
    char *charset_note;
    char *body;
};
struct hl_case_report {
    struct hl_case_field *fields; /* those with a value, in the order shown */
    size_t n_fields;
    struct hl_dedup_view dedup; /* merges, links, receipts (dedup.h) */
    /* A merged case's messages, attachments and events are under its
     * successor: these tables hold the whole family's. */
    struct hl_table *messages;  /* id, received, disposition, from, subject */
    struct hl_case_text *texts; /* the same messages, in full */
    size_t n_texts;
    struct hl_table *attachments; /* message, position, filename, content_type, size, sha256 */
    struct hl_table *events;      /* at, actor, declared_by, kind, detail */
    struct hl_table *outbox;      /* the case's mail */
};

/* Reads the report in one snapshot and records the read (event 'viewed',
 * in the same transaction).  An unknown code is HL_ERR_INPUT.  Returns 0,
 * or -1 with err (and *r empty). */
int hl_case_report_read(struct hl_store *s, const char *code, struct hl_case_report *r,
                        struct hl_err *err);
void hl_case_report_fini(struct hl_case_report *r);

#endif
