/*
 * refuse: what a clerk may decide about a case besides answering it —
 * refusing it with a reason the citizen is told (hotlinectl case refuse), and
 * its urgency (hotlinectl case priority, case new --priority).
 *
 * Reasons (the codes stored in cases.refusal_reason):
 *   outside       outside the unit's competence: the citizen is told where to
 *                 go instead (--where, required)
 *   anonymous     no name or address to answer (not a denunciation the law
 *                 obliges us to examine anyway)
 *   duplicate     the same matter is already a case (--where may name it)
 *   not_feedback  not feedback, a complaint or a denunciation (an
 *                 advertisement, a greeting, a question for another service)
 *
 * Urgency: urgent counts its deadline in working hours
 * (deadlines.urgent_hours, default 24: three working days of eight hours);
 * normal is the deadline the rules and the kind give; complex counts that
 * deadline twice (working days), or the law's time limit plus its extension
 * (complaints and denunciations, as hotlinectl case extend does).
 *
 * Layers: refuse.c is pure (the checks and the deadlines); refuse_pg.c runs
 * each as one transaction on the store's connection: the case locked, the
 * check, the update, an event and, for a refusal, the mail to the citizen
 * (outbox kind 'refusal', rendered from the reason's template).
 */
#ifndef HL_REFUSE_H
#define HL_REFUSE_H

#include <stdbool.h>
#include <stdint.h>

#include "config.h"
#include "templates.h"
#include "util.h"

struct hl_sla_calendar;
struct hl_store;

#define HL_REFUSE_WHERE_MAX 500

/* Whether reason is one of the four codes. */
bool hl_refuse_reason_valid(const char *reason);
/* The template of a refusal for reason; false for an unknown reason. */
bool hl_refuse_template(const char *reason, enum hl_template_kind *out);

/* What a refusal does. */
struct hl_refuse_plan {
    bool tell_citizen;   /* a mail goes to the citizen's address */
    const char *why_not; /* when not: why (static text) */
};

/* Checks a refusal of case code, now in status, for reason (where: the
 * --where text, may be NULL), the citizen's address (NULL: none) and whether
 * it bounces, and fills plan.  Refuses a case that is resolved, refused or
 * spam, an unknown reason, an outside refusal without --where, and a --where
 * that is not one line of at most HL_REFUSE_WHERE_MAX bytes.  Returns 0, or
 * -1 with err (HL_ERR_INPUT, one line). */
int hl_refuse_check(const char *code, const char *status, const char *reason, const char *where,
                    const char *citizen_address, bool undeliverable, struct hl_refuse_plan *plan,
                    struct hl_err *err);

/* Whether name is urgent, normal or complex. */
bool hl_urgency_valid(const char *name);

/* The instant hours working hours after received_at (office hours of the
 * calendar's working days; a receipt outside them starts at the next
 * opening).  hours > 0. */
int64_t hl_sla_due_hours(const struct hl_sla_calendar *cal, int64_t received_at, int hours);

/* The deadline of a case received at received_at with urgency: normal_days
 * working days normally (< 0: none), or, when own_limit_days > 0, the law's
 * limit in calendar days and its extension_days.  Returns Unix seconds, 0
 * when the case has no deadline. */
int64_t hl_urgency_due(const struct hl_sla_calendar *cal, const char *urgency, int64_t received_at,
                       int urgent_hours, int normal_days, int own_limit_days, int extension_days);

/* The deadline of a case of kind (NULL: feedback) and category with urgency,
 * received at received_at: deadline_days (< 0: the category's, from rules)
 * working days, the kind's own limit (cfg complaints / denunciations), or
 * deadlines.urgent_hours working hours.  0 when none. */
struct hl_rules;
int64_t hl_urgency_due_for(const struct hl_config *cfg, const struct hl_rules *rules,
                           const struct hl_sla_calendar *cal, const char *urgency,
                           int64_t received_at, const char *kind, const char *category,
                           int deadline_days);

/* Whether a case in status may change urgency (not resolved, refused or
 * spam).  Returns 0, or -1 with err. */
int hl_urgency_check(const char *code, const char *status, const char *urgency, struct hl_err *err);

/* ---- the transactions (refuse_pg.c) ---- */

/* status refused, refusal_reason, refusal_where, resolved_at now; event
 * 'refused' {reason, where, told}; with plan.tell_citizen an outbox row
 * 'refusal' to the citizen from the responsible unit.  outbox_id_out: that
 * row, 0 when none (why_out then says why, static text). */
int hl_case_refuse(struct hl_store *s, const char *code, const char *reason, const char *where,
                   const char *actor, int64_t *outbox_id_out, const char **why_out,
                   struct hl_err *err);

/* urgency and the deadline it gives (rules: the category deadlines; cal:
 * the calendar); a new ladder cycle; event 'priority' {from, to, due_at}.
 * due_out: the new deadline (0: none). */
int hl_case_priority(struct hl_store *s, const struct hl_config *cfg, const struct hl_rules *rules,
                     const struct hl_sla_calendar *cal, const char *code, const char *urgency,
                     const char *actor, int64_t *due_out, struct hl_err *err);

#endif
