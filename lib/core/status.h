/*
 * status: a citizen asks by mail how their case stands ("tra cứu hồ sơ
 * HL-2026-000123", "tình trạng xử lý?", "status?", with or without
 * diacritics) and gets an automatic answer — only ever at the address the
 * case was opened with.
 *
 * hl_status_is_query decides whether a mail is such a question: it names a
 * case code (subject or new text) and asks about status.  "tình trạng" alone
 * is also how Vietnamese describe a problem ("tình trạng ngập úng vẫn tiếp
 * diễn"), so it counts only in a short mail that asks (a "?", "hỏi", "thế
 * nào", "chưa" ...); the unambiguous phrases ("tra
 * cứu", "status", "kiểm tra hồ sơ", "tình trạng hồ sơ" ...) count at any
 * length.  A mail with attachments adds to the case and is never a question.
 * The daemon asks it only of human mail (machine mail is screened first by
 * lib/mail/autoreply.c), and such a mail opens no case: it is stored with
 * disposition 'status_query' and answered by the status pass.
 *
 * hl_status_decide says who gets what: the owner (the case's citizen
 * address, compared case-insensitively) gets the status; anyone else gets a
 * notice that says only that the answer goes to the original sender — no
 * status, unit, subject or name of the case — and the status goes to the
 * owner, when the case has a usable address.  A denunciation is no
 * different: its sender's identity stays with its owner.  An unknown code
 * gets no answer at all (it must not confirm which codes exist).
 *
 * Rate limits (status_pg.c): like acknowledgements, acks.max_per_sender per
 * acks.window for each asking address, and as many per case, so that
 * strangers cannot make a citizen's mailbox ring.
 *
 * Layers: status.c is pure; status_pg.c is the pass over PostgreSQL.
 */
#ifndef HL_STATUS_H
#define HL_STATUS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

struct hl_store;
struct hl_config;

/* New text longer than this (in bytes, quoted lines and our marker left
 * out) is a letter, not a question, unless an unambiguous phrase asks. */
#define HL_STATUS_SHORT_BYTES 400

/* Whether subject/text (decoded; either may be NULL) is a status question
 * about a case with this prefix; writes the canonical code to code_out
 * (HL_CASE_CODE_MAX bytes) when it is.  has_attachments: the mail carries
 * files. */
bool hl_status_is_query(const char *subject, const char *text, bool has_attachments,
                        const char *prefix, char *code_out, size_t code_size);

enum hl_status_outcome {
    HL_STATUS_UNKNOWN_CASE, /* no such case: nobody is answered */
    HL_STATUS_TO_OWNER,     /* the owner asked: the status to them */
    HL_STATUS_TO_STRANGER,  /* someone else asked: a notice to them, the status to the owner */
};

/* What the status pass knows of the case a question names. */
struct hl_status_case {
    bool exists;
    const char *citizen_address; /* NULL: none (a phone case without e-mail) */
    bool undeliverable;          /* our mail to that address bounced */
};

struct hl_status_plan {
    enum hl_status_outcome outcome;
    bool notice_to_sender; /* the notice to the one who asked */
    bool status_to_sender; /* the status to the one who asked (the owner) */
    bool status_to_owner;  /* the status to the owner, for someone else's question */
};

/* Decides, for a question from from (its From address; NULL: none). */
void hl_status_decide(const struct hl_status_case *c, const char *from, struct hl_status_plan *out);

/* The outcome's name, stored on status_replies and in events. */
const char *hl_status_outcome_name(enum hl_status_outcome o);

/* The pass (status_pg.c): answers every status question not yet answered,
 * each in one transaction (claimed once: status_replies).  queued_out: mails
 * queued.  Returns 0, or -1 with err. */
int hl_status_pass(struct hl_store *s, const struct hl_config *cfg, int *queued_out,
                   struct hl_err *err);

#endif
