/*
 * classify: what hotline decides about one decoded message from the rules,
 * the calendar and the configuration: category, responsible unit, deadline
 * (working days from receipt, or the law's own limit for a complaint or a
 * denunciation), the transfer deadline, the kind and its handler.
 *
 * One copy of that decision for every way a case comes in: the daemon's
 * intake (mail) and hotlinectl case new (phone, feedback box, counter) both
 * call hl_classify_apply, so a phone case is routed exactly as the same
 * words arriving by mail would be.
 *
 * Does not: screen machine mail (the daemon does that first, it knows the
 * mailbox's policy), touch the database, or pick a case code.
 *
 * Ownership: every pointer written into out lives in the arena a or in the
 * rule set (which must outlive out).
 */
#ifndef HL_CLASSIFY_H
#define HL_CLASSIFY_H

#include <stdint.h>

#include "config.h"
#include "intake.h"
#include "mime.h"
#include "rules.h"
#include "sla.h"

/* Classifies msg, received at received_at (Unix seconds) through
 * mailbox_unit's address or register, into out (whose other fields are left
 * alone).  calendar may be NULL (then no working-day deadline is set).
 * Returns 0, or -1 when the rules failed (out is then as it was). */
int hl_classify_apply(const struct hl_config *cfg, const struct hl_rules *rules,
                      const struct hl_sla_calendar *calendar, const struct hl_message *msg,
                      const char *mailbox_unit, int64_t received_at, struct hl_arena *a,
                      struct hl_class *out);

#endif
