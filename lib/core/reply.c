/* reply: see reply.h. */
#include "reply.h"

#include <string.h>
#include <strings.h>

/* Addresses compare as the store compared them (lower() on both sides);
 * ASCII case only: the local parts and domains hotline sees in practice are
 * ASCII, and an internationalised address compares byte for byte. */
static bool
same_address(const char *a, const char *b)
{
    return a != NULL && b != NULL && strcasecmp(a, b) == 0;
}

static char *
lower_dup(struct hl_arena *a, const char *s)
{
    char *d = hl_arena_strdup(a, s);
    for (char *p = d; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return d;
}

const char *
hl_reply_role_name(enum hl_reply_role r)
{
    switch (r) {
    case HL_REPLY_CITIZEN:
        return "citizen";
    case HL_REPLY_CLERK:
        return "clerk";
    case HL_REPLY_CLERK_UNVERIFIED:
        return "clerk_unverified";
    case HL_REPLY_STRANGER:
        return "stranger";
    case HL_REPLY_NONE:
        break;
    }
    return NULL;
}

enum hl_reply_role
hl_reply_role(const struct hl_case_view *k, const struct hl_sender *s)
{
    if (!k->found)
        return HL_REPLY_NONE;
    /* After a merge the named case's citizen is still a citizen of it. */
    if (same_address(s->address, k->citizen) || same_address(s->address, k->named_citizen))
        return HL_REPLY_CITIZEN;
    for (size_t i = 0; i < k->n_clerks; i++)
        if (same_address(s->address, k->clerks[i]))
            /* A From header proves nothing: a clerk's address acts for the
             * unit only with a verified reply tag (trust.h). */
            return s->unverified == NULL ? HL_REPLY_CLERK : HL_REPLY_CLERK_UNVERIFIED;
    return HL_REPLY_STRANGER;
}

/* A denunciation's accused unit never hears of it, not even of additions. */
static bool
keeps_from_unit(const struct hl_case_view *k)
{
    return k->kind && strcmp(k->kind, "denunciation") == 0 && k->unit && k->accused_unit &&
           strcmp(k->unit, k->accused_unit) == 0;
}

void
hl_reply_plan(const struct hl_case_view *k, const struct hl_sender *s, struct hl_arena *a,
              struct hl_reply_plan *out)
{
    memset(out, 0, sizeof *out);
    out->role = hl_reply_role(k, s);
    out->role_name = hl_reply_role_name(out->role);
    const char *cmd = s->clerk_command;
    switch (out->role) {
    case HL_REPLY_NONE:
        return;
    case HL_REPLY_CITIZEN:
        out->event = "citizen_reply";
        /* The citizen's addition is passed on to the unit's clerks. */
        if (!keeps_from_unit(k)) {
            const char **to = hl_arena_alloc(a, (k->n_clerks + 1) * sizeof *to);
            for (size_t i = 0; i < k->n_clerks; i++)
                to[i] = lower_dup(a, k->clerks[i]);
            out->notice = to;
            out->n_notice = k->n_clerks;
        }
        return;
    case HL_REPLY_CLERK:
        out->event = "clerk_reply";
        if (cmd && strcmp(cmd, "internal") == 0) {
            out->internal_note = true;
            return;
        }
        out->answer = true;
        out->first_response = !k->answered;
        out->resolve = cmd && strcmp(cmd, "resolve") == 0;
        if (out->resolve)
            out->status_to = "resolved";
        else if (k->status && strcmp(k->status, "open") == 0)
            out->status_to = "answered";
        /* The answer goes to the citizen from the unit's address, unless
         * the citizen gave none or it is known to bounce. */
        if (k->citizen == NULL)
            out->why_not = "the citizen gave no address";
        else if (k->undeliverable)
            out->why_not = "the citizen's address bounces: phone them";
        else
            out->relay_to = lower_dup(a, k->citizen);
        return;
    case HL_REPLY_CLERK_UNVERIFIED:
        out->event = "unverified_clerk_reply";
        out->flag_reason = hl_arena_printf(a,
                                           "unverified clerk reply from %s (held: not relayed, no "
                                           "status change): %s",
                                           s->address, s->unverified);
        out->notice_unverified = k->n_clerks > 0 && !k->unverified_recent;
        return;
    case HL_REPLY_STRANGER:
        out->event = "stranger_mail";
        out->flag_reason = hl_arena_printf(a,
                                           "mail from %s, who is neither the citizen nor a clerk "
                                           "of the unit, quotes this case",
                                           s->address ? s->address : "an unknown sender");
        return;
    }
}

void
hl_reply_apply(struct hl_case_view *k, const struct hl_reply_plan *plan)
{
    if (plan->status_to)
        k->status = plan->status_to;
    if (plan->answer)
        k->answered = true;
    if (plan->notice_unverified)
        k->unverified_recent = true;
}
