/*
 * reply: what a mail that names an existing case does to it.  Who wrote it
 * (the citizen, a clerk of the case's unit with a verified reply tag, a
 * clerk without one, a stranger) and what follows from that: the clerk's
 * answer relayed to the citizen, the status move, the notice to the clerks
 * of a citizen's addition, the flag and the "unverified" notice.
 *
 * Pure: fed the case as intake read it before the commit (struct
 * hl_case_view, through hl_store_ops.case_views) and what intake read of the
 * mail; the store only writes the plan down.  The store's commit checks that
 * the case still is what the plan was made on (hl_case_view's unit, status,
 * addresses, clerks...) and refuses the batch otherwise (intake reads again),
 * so a decision is never applied to a case it was not made for.
 *
 * Ownership: the view's strings belong to whoever filled it (intake's batch
 * arena); the plan's strings are in the arena given, or the view's.
 */
#ifndef HL_REPLY_H
#define HL_REPLY_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* The case a mail names, as it stood when intake read it.  A case merged
 * into another is read as its successor (code, unit, ...) with the named
 * case's own citizen address beside it. */
struct hl_case_view {
    bool found;                /* false: no such case (the mail opens one) */
    const char *named;         /* the code the mail names */
    const char *code;          /* the case it acts on (the successor of a merge) */
    const char *unit;          /* the unit the case is with now */
    const char *status;        /* "open", "answered", "resolved", ... */
    const char *citizen;       /* the case's citizen address, NULL when none */
    const char *named_citizen; /* the named case's (differs after a merge) */
    bool undeliverable;        /* the citizen's address is known to bounce */
    bool answered;             /* first_response_at is set */
    const char *kind;          /* "feedback", "complaint", "denunciation" */
    const char *accused_unit;  /* of a denunciation, NULL otherwise */
    const char *const *clerks; /* the unit's clerks, in their configured order */
    size_t n_clerks;
    bool unverified_recent; /* an "unverified" notice went out within the hour */
};

enum hl_reply_role {
    HL_REPLY_NONE = 0, /* names no existing case */
    HL_REPLY_CITIZEN,
    HL_REPLY_CLERK,            /* a clerk of the unit, verified reply tag */
    HL_REPLY_CLERK_UNVERIFIED, /* a clerk's address without one: held */
    HL_REPLY_STRANGER,
};

/* What intake knows of the sender. */
struct hl_sender {
    const char *address;       /* From address, may be NULL */
    const char *clerk_command; /* "internal", "resolve" or NULL (clerkcmd.h) */
    const char *unverified;    /* NULL: a verified reply tag (trust.h); else why not */
};

struct hl_reply_plan {
    enum hl_reply_role role;
    const char *role_name; /* "citizen", "clerk", "clerk_unverified", "stranger" */
    const char *event;     /* the case event the mail leaves */
    /* A clerk's answer (not an internal note): the status move and the
     * "answered" event; an internal note leaves "internal_note" instead. */
    bool answer;
    bool internal_note;
    bool first_response;   /* the case's first answer */
    const char *relay_to;  /* the citizen's address (lower case); NULL: not relayed */
    const char *why_not;   /* for the clerks, when an answer is not relayed */
    const char *status_to; /* NULL: unchanged */
    bool resolve;          /* resolved_at is set */
    /* The clerks who hear of a citizen's addition (never the accused unit
     * of a denunciation), in order; none when n_notice is 0. */
    const char *const *notice;
    size_t n_notice;
    const char *flag_reason; /* the case is flagged with this; NULL: not */
    /* The unit's clerks hear that mail in a clerk's name was held (once a
     * case and hour, so that a storm of forgeries is not relayed to them). */
    bool notice_unverified;
};

/* Who the sender is to the case: the citizen (of the case or of the named
 * case), a clerk of the case's unit, else a stranger.  Addresses compare
 * without regard to ASCII case. */
enum hl_reply_role hl_reply_role(const struct hl_case_view *k, const struct hl_sender *s);

/* The plan for one mail naming k; role HL_REPLY_NONE when k was not found.
 * Strings the plan makes are in a. */
void hl_reply_plan(const struct hl_case_view *k, const struct hl_sender *s, struct hl_arena *a,
                   struct hl_reply_plan *out);

/* What committing plan does to k, so that the next mail of the same batch
 * that names k is planned on the case as it will then be. */
void hl_reply_apply(struct hl_case_view *k, const struct hl_reply_plan *plan);

const char *hl_reply_role_name(enum hl_reply_role r);

#endif
