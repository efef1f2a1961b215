/*
 * register: cases that come in by another channel than a unit's mailbox —
 * a call to the switchboard, a letter from the feedback box, a citizen at the
 * counter — written into the same register as mail (hotlinectl case new).
 *
 * Such a case is not a second kind of case: what the operator took down is
 * written as an RFC 5322 message (the text, the citizen's particulars, the
 * scanned letter or photos as attachments), decoded by the same MIME reader
 * and classified by the same rules (classify.h), and stored by the same
 * commit statement as mail, so it gets its code, deadline, acknowledgement
 * (by mail, when the citizen gave an address), forward with the original
 * attached, ladder and threading exactly as mail does.
 *
 * Limits: the composed message may not pass limits.max_message_bytes, nor
 * its files the MIME reader's max_parts (checked before anything is read
 * into memory by the caller, and again here on what was given).
 *
 * Does not: read files, touch the database, or send anything.
 * Ownership: the input is borrowed; output goes to the caller's hl_buf.
 */
#ifndef HL_REGISTER_H
#define HL_REGISTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mime.h"
#include "util.h"

/* A file brought with the case (a scanned letter, a photo). */
struct hl_register_file {
    const char *filename;
    const char *content_type; /* NULL: guessed from the file name */
    const unsigned char *data;
    size_t len;
};

struct hl_register_input {
    const char *channel; /* "phone", "box", "counter", "email" */
    const char *unit;    /* the unit that took it (its register) */
    const char *name;    /* the citizen; each may be NULL */
    const char *phone;
    const char *email;
    const char *address; /* postal */
    const char *subject;
    const char *text;
    const struct hl_register_file *files;
    size_t n_files;
    int64_t received_at;  /* Unix seconds */
    const char *operator; /* who took it down */
};

/* Whether name is a channel a case can be registered by ("portal" is the
 * portal's own, not an operator's). */
bool hl_register_channel_valid(const char *name);

/* The channel's Vietnamese name ("điện thoại", "hòm thư góp ý" ...); the name
 * itself when unknown. */
const char *hl_register_channel_text(const char *name);

/* Checks in before anything is composed: a known channel, a subject and a
 * text, an e-mail address that mail can go to, no control characters in the
 * one-line fields, the files within limits.  Returns 0, or -1 with err
 * (HL_ERR_INPUT, one line naming the field). */
int hl_register_check(const struct hl_register_input *in, const struct hl_mime_limits *lim,
                      struct hl_err *err);

/* Appends the message to out: From the citizen's address (else the
 * receiving unit's, unit_email, with the citizen's name: the case then has
 * no address to acknowledge), a Message-ID in domain, the particulars and
 * the text in the body, the files attached; X-Hotline-Channel names the
 * channel.  Returns 0, or -1 with err (HL_ERR_INPUT: over the limits). */
int hl_register_compose(const struct hl_register_input *in, const char *unit_email,
                        const char *domain, const struct hl_mime_limits *lim, struct hl_buf *out,
                        struct hl_err *err);

/* "YYYY-MM-DD HH:MM[:SS]" (or with a "T") in Viet Nam time, a date alone
 * (00:00), or "@SECONDS".  Returns 0, or -1 when s is none of these. */
int hl_register_parse_time(const char *s, int64_t *out);

/* ---- the transaction (register_pg.c) ---- */

struct hl_store;
struct hl_intake_item;

/* Stores item (composed from in, decoded and classified) in one
 * transaction: the intake's own commit statement (case, message, files,
 * events, acknowledgement and forward, with no mailbox), then the channel,
 * the citizen's phone and postal address, urgency, the time of receipt and
 * an event 'registered' by in->operator.  item->case_code receives the
 * code.  Returns 0, or -1 with err (nothing stored). */
int hl_register_commit(struct hl_store *s, const struct hl_register_input *in, const char *urgency,
                       struct hl_intake_item *item, struct hl_err *err);

#endif
