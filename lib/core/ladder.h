/*
 * ladder: what happens to a case nobody answers.  A reminder goes to the
 * unit's clerks deadlines.reminder_before working days before the due date;
 * once the case is overdue, each step of deadlines.ladder (the unit's head,
 * then the parent unit, ...) is told when the case is that many working
 * days late.  Each step fires exactly once per case, ladder cycle and
 * responsible unit: a row in ladder_steps is the proof, so daemons racing
 * for the same case, a crash or a restart cannot send a step twice.
 *
 * Only cases with status 'open' climb: an answer relayed to the citizen
 * (status 'answered') or a resolution stops the ladder; a reopen with a new
 * deadline starts a new cycle; a transfer gives the new unit its own
 * reminder and steps while nothing already sent is sent again.
 *
 * A reminder is sent only before the deadline: a case that was already late
 * when first seen goes straight to the escalation steps that are due.
 *
 * Layers: hl_ladder_due and hl_ladder_recipients are the pure decisions
 * (tested without a database);
 * hl_ladder_pass (ladder_pg.c) finds the candidate cases and queues the mail
 * in the outbox, with its event, one transaction per step.
 *
 * Ownership: everything is borrowed for the call.
 */
#ifndef HL_LADDER_H
#define HL_LADDER_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "sla.h"
#include "util.h"

struct hl_store;

#define HL_LADDER_REMINDER (-1)

struct hl_ladder_action {
    int step;         /* HL_LADDER_REMINDER, or an index into cfg->ladder */
    const char *name; /* "reminder" or the step's name; borrowed from cfg */
    int days;         /* working days left (reminder) or late (a step) */
};

/* The actions due at now for an open case due at due_at, of which the steps
 * named in fired[] already fired in this cycle for its unit.  out must hold
 * cfg->n_ladder + 1 entries.  Returns how many were written. */
size_t hl_ladder_due(const struct hl_config *cfg, const struct hl_sla_calendar *cal, int64_t due_at,
                     const char *const *fired, size_t n_fired, int64_t now,
                     struct hl_ladder_action *out);

/* Who is told of an action, for the mail and the event. */
struct hl_ladder_target {
    const char *who;     /* for the mail: "Lãnh đạo Sở Xây dựng" */
    const char *why_not; /* no recipient: the event says why */
    const char *unit;    /* the unit told, NULL for a configured address */
};

/* The case a step is about: a denunciation climbs past the unit it accuses,
 * never to it. */
struct hl_ladder_about {
    const char *kind;
    const char *accused;
};

/* The recipients of act for a case of unit (assignee: the clerk it is
 * assigned to, may be NULL), as a PostgreSQL text[] literal ({"a","b"},
 * lower-cased, without duplicates) into arr: a reminder goes to the unit's
 * clerks (else its feedback address) and the assignee; a step to the unit's
 * head, the parent unit's head (else its feedback address) or a configured
 * address.  A denunciation never reaches the unit it accuses: arr is then
 * {} and why_not says so.  Strings live in a or cfg. */
struct hl_ladder_target hl_ladder_recipients(const struct hl_config *cfg,
                                             const struct hl_unit_cfg *unit, const char *assignee,
                                             const struct hl_ladder_action *act,
                                             const struct hl_ladder_about *ab, struct hl_arena *a,
                                             struct hl_buf *arr);

/* One pass over the open cases: queues every due reminder and step (at most
 * HL_LADDER_BATCH cases a pass).  queued_out (may be NULL) receives the
 * number of steps recorded.  Returns 0, or -1 with err. */
#define HL_LADDER_BATCH 500
int hl_ladder_pass(struct hl_store *s, const struct hl_config *cfg,
                   const struct hl_sla_calendar *cal, int64_t now, int *queued_out,
                   struct hl_err *err);

#endif
