/*
 * dedup: whether two mails are one letter.  A citizen who writes to three
 * units at once (To: and Cc: of one mail, or the same text sent three times)
 * should get one case, one acknowledgement and one forward to the unit that
 * is responsible, with the other receiving units recorded on the case.
 *
 * The rule, decided here and nowhere else:
 *   - A letter is known by its sender's address (lower-cased) together with
 *     its Message-ID (without angle brackets and white space, the part after
 *     the last '@' lower-cased) or, when it has none, the sha256 of its
 *     decoded text with white space runs collapsed.  The sender is part of the
 *     identity: a Message-ID that another sender also used (a forgery, or a
 *     careless client) never joins someone else's case.
 *   - A mail with no sender address, or with neither a Message-ID nor any
 *     text, has no identity and is never joined to another.
 *   - Two mails are the same letter when their keys are equal, the second
 *     arrived within intake.dedup_days of the first (0 disables), and it
 *     arrived in another unit's mailbox: a second copy in the same mailbox is
 *     the citizen sending again, which keeps its own case (and, as before,
 *     gets no second acknowledgement for the same Message-ID).
 *
 * The store applies the rule with the key computed here: the letters table
 * holds each key's first case and when it arrived (its window is the SQL
 * mirror of hl_dedup_within), receipts which mailboxes have it.  Does not:
 * touch the database, or compare mails that name a case (a reply joins its
 * case by its code) or open none (machine mail).
 *
 * Ownership: everything is borrowed for the call.
 */
#ifndef HL_DEDUP_H
#define HL_DEDUP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "table.h"
#include "util.h"

struct hl_store;

/* What a key rests on. */
enum hl_dedup_basis {
    HL_DEDUP_NONE,       /* no identity: never the same as another */
    HL_DEDUP_MESSAGE_ID, /* sender + Message-ID */
    HL_DEDUP_BODY,       /* sender + the normalised text */
};

/* One mail as the rule sees it. */
struct hl_letter {
    const char *sender;     /* From address; NULL or "" when none */
    const char *message_id; /* the Message-ID header as parsed; NULL when none */
    const char *text;       /* decoded text (UTF-8); NULL when none */
    const char *mailbox;    /* code of the unit whose mailbox received it */
    int64_t received_at;    /* Unix seconds */
};

/* The most days intake.dedup_days may say. */
#define HL_DEDUP_MAX_DAYS 365

/* The letter's key, 64 lower-case hex digits and a NUL, into key_out, and
 * what it rests on; with HL_DEDUP_NONE key_out is "". */
enum hl_dedup_basis hl_dedup_key(const struct hl_letter *l, char key_out[65]);

/* Whether at falls within days of first_at (either way: clocks of two mail
 * servers may disagree).  days <= 0: never. */
bool hl_dedup_within(int64_t first_at, int64_t at, int days);

/* Whether later is the letter first already is (the rule above), with
 * intake.dedup_days = days. */
bool hl_dedup_same(const struct hl_letter *first, const struct hl_letter *later, int days);

/* ---- what a clerk sees that a machine cannot (hotlinectl case link, merge) ---- */

/* A case as a link or a merge sees it. */
struct hl_dedup_case {
    const char *code;
    const char *status;      /* open, answered, resolved, spam */
    const char *merged_into; /* code of the case it was merged into, NULL when none */
};

/* Whether from may be merged into into: not into itself, not a case already
 * merged (it lives on in its successor), not into a case that is itself
 * merged (the message names the case to merge into instead).  Returns 0, or
 * -1 with err (HL_ERR_INPUT) saying why in one line. */
int hl_dedup_merge_allowed(const struct hl_dedup_case *from, const struct hl_dedup_case *into,
                           struct hl_err *err);

/* Whether a and b may be linked: two different cases.  Returns 0, or -1
 * with err (HL_ERR_INPUT). */
int hl_dedup_link_allowed(const char *a, const char *b, struct hl_err *err);

/* ---- the transactions (dedup_pg.c) ---- */

/* Records that cases a and b are related (case_links, one row whichever
 * order they are named in) and appends an event 'linked' {with} to each.
 * *already_out says they were linked before (nothing changed).  An unknown
 * case is HL_ERR_INPUT. */
int hl_dedup_link(struct hl_store *s, const char *a, const char *b, const char *actor,
                  bool *already_out, struct hl_err *err);

/* Closes case from as a duplicate of into: merged_into set, status
 * resolved; cases merged into from before now point to into (one level, so
 * a code always threads to a live case); events 'merged_into' {into} on
 * from and 'merged_from' {from} on into.  From then on case show of into
 * lists from's messages and events too, mail naming from's code joins into,
 * and so does a copy of the letter that opened from. */
int hl_dedup_merge(struct hl_store *s, const char *from, const char *into, const char *actor,
                   struct hl_err *err);

/* What case show says of a case's duplicates; the strings and the table
 * are owned by the view (hl_dedup_view_fini). */
struct hl_dedup_view {
    char *merged_into; /* the code of the case it was merged into, or NULL */
    char *merged_from; /* the codes merged into it, ", "-separated, or NULL */
    char *related;     /* the codes linked to it, ", "-separated, or NULL */
    /* Every mailbox that received its letter (unit, uid, received,
     * receipt, message): worth showing when more than one did. */
    struct hl_table *receipts;
};

/* For case show, inside its transaction: fills *out.  case_id is cases.id
 * as text.  Returns 0, or -1 with err (and *out empty). */
int hl_dedup_case_view(struct hl_store *s, const char *case_id, struct hl_dedup_view *out,
                       struct hl_err *err);
void hl_dedup_view_fini(struct hl_dedup_view *v);

#endif
