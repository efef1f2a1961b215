/*
 * classify: everything hotline decides about one incoming message before it
 * is stored -- machine mail (RFC 3834 screening, bounces of our own mail and
 * the outbox row they name), a clerk's command, the rules' verdict, the due
 * dates, and the routing of complaints and denunciations (kind.h).  The
 * daemon's intake and `hotlinectl rules test`/`replay` call this one
 * function, so what an administrator tries is what intake does.
 *
 * Everything the decision needs is in the context; nothing is global, so a
 * test builds one from fakes and the daemon swaps rules under a reference.
 *
 * Ownership: the context's pointers are borrowed for the call; everything in
 * out (and *verdict_out) lives in the arena a.
 */
#ifndef HL_CLASSIFY_H
#define HL_CLASSIFY_H

#include <stddef.h>
#include <stdint.h>

#include "autoreply.h"
#include "bounce.h"
#include "config.h"
#include "intake.h"
#include "rules.h"
#include "sla.h"

struct hl_classify_ctx {
    const struct hl_rules *rules;
    /* NULL: no complaint/denunciation routing (rules test without -c). */
    const struct hl_config *config;
    /* NULL: no due dates. */
    const struct hl_sla_calendar *calendar;
    /* NULL: no machine-mail screening and no bounce reading. */
    const struct hl_autoreply_policy *autoreply;
    const char *const *mail_domains; /* our units' domains: bounces name them */
    size_t n_mail_domains;
    const struct hl_bounce_key *bounce_key; /* NULL: every bounce clue trusted */
};

/* Classifies msg, received at now (Unix seconds) by the mailbox of
 * mailbox_unit (may be NULL), into out, which holds the defaults for a
 * message no rule touched (intake's: "uncategorized", the receiving unit,
 * normal priority, no deadline override).  verdict_out, when not
 * NULL, receives the rules' own verdict (the trace, before kind routing).
 * Returns 0; classification itself cannot fail. */
int hl_classify(const struct hl_classify_ctx *cx, int64_t now, const struct hl_message *msg,
                const char *mailbox_unit, struct hl_arena *a, struct hl_class *out,
                struct hl_verdict *verdict_out);

/* hl_classify for a case registered by hand (hotlinectl case new: phone,
 * feedback box, counter): no machine-mail screening, and the case always
 * opens (the operator heard or read a person). */
int hl_classify_apply(const struct hl_config *cfg, const struct hl_rules *rules,
                      const struct hl_sla_calendar *calendar, const struct hl_message *msg,
                      const char *mailbox_unit, int64_t received_at, struct hl_arena *a,
                      struct hl_class *out);

#endif
