/*
 * autoreply: decides whether an incoming message may be acknowledged, so that
 * hotline never answers a machine and never becomes a mail bomb (RFC 3834).
 *
 * The checks run in a fixed order and the first that matches stops the
 * acknowledgement; the verdict names it (enum, stable name, human reason) so
 * the caller records an event "ack suppressed: <name>: <reason>".
 *
 *   1  own_loop          X-Hotline-Loop carrying our own domain: our own mail came
 *                        back.  verdict.drop is set: do not open or update a case.
 *                        First, so that a bounce of our mail is recognised as ours.
 *   2  null_sender       Return-Path <> (a DSN or other MTA mail), or no From address
 *   3  ambiguous_sender  more than one From header: no single address to answer
 *   4  system_sender     MAILER-DAEMON, postmaster, noreply / no-reply / donotreply ...
 *   5  own_address       From or Return-Path is one of the system's own addresses
 *   6  foreign_loop      another helpdesk's loop header: X-Loop, X-OTRS-Loop,
 *                        X-RT-Loop-Prevention, X-Zendesk-*, X-Freshdesk-*,
 *                        X-Hotline-Loop of another installation
 *   7  auto_submitted    Auto-Submitted other than "no"
 *   8  autoreply_header  X-Autoreply, X-Autorespond, X-Auto-Reply (not "no")
 *   9  precedence        Precedence bulk, junk, list or auto_reply
 *  10  mailing_list      List-Id, List-Unsubscribe, List-Post
 *  11  report            multipart/report, message/delivery-status or
 *                        message/disposition-notification (DSN, read receipts)
 *  12  spam_verdict      X-Spam-Flag: YES, X-Spam-Status: Yes..., X-Spam: yes
 *  13  ooo_subject       an out-of-office subject, diacritics ignored, at the
 *                        start of the subject: "Out of Office", "Automatic reply",
 *                        "Auto:", "Autoreply", "Trả lời tự động", "Tự động trả lời",
 *                        "Thư trả lời tự động", "Vắng mặt:".  Only at the start,
 *                        because a citizen may well write "Cán bộ vắng mặt tại
 *                        trụ sở" or complain about an automatic answering system.
 *
 * Spam without an upstream verdict passes here: the rules engine's spam action
 * decides (in the corpus, 051 is stopped by system_sender, 052 by spam_verdict).
 *
 * Not decided here, because it needs the database: the rate limit (at most
 * max_acks_per_sender acknowledgements to one address per window_s seconds,
 * like Sieve vacation's :days; the caller counts acknowledgements sent to the
 * lower-cased From address with sent_at > now - window_s and asks
 * hl_autoreply_rate_allows), and "never two acknowledgements for the same
 * Message-ID" (a unique key on the citizen's Message-ID).  Both are events too:
 * use the names "rate_limit" and "duplicate_message_id".
 *
 * Ownership: nothing is kept; the verdict is the caller's storage.
 *
 * Bounces of our own mail are read by dsn.h.
 */
#ifndef HL_AUTOREPLY_H
#define HL_AUTOREPLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mime.h"

enum hl_autoreply_check {
    HL_AR_OK = 0, /* may be acknowledged (subject to the caller's rate limit) */
    HL_AR_OWN_LOOP,
    HL_AR_NULL_SENDER,
    HL_AR_AMBIGUOUS_SENDER,
    HL_AR_SYSTEM_SENDER,
    HL_AR_OWN_ADDRESS,
    HL_AR_FOREIGN_LOOP,
    HL_AR_AUTO_SUBMITTED,
    HL_AR_AUTOREPLY_HEADER,
    HL_AR_PRECEDENCE,
    HL_AR_MAILING_LIST,
    HL_AR_REPORT,
    HL_AR_SPAM_VERDICT,
    HL_AR_OOO_SUBJECT,
};

struct hl_autoreply_policy {
    const char *loop_domain;          /* our X-Hotline-Loop value */
    const char *const *own_addresses; /* feedback, bounce and sender addresses */
    size_t n_own;
    int max_acks_per_sender; /* default 3; <= 0 disables acknowledgements */
    int window_s;            /* default 86400 (one day) */
};

struct hl_autoreply_verdict {
    enum hl_autoreply_check check;
    bool drop;        /* own_loop only: ignore the message entirely */
    char reason[256]; /* e.g. "Auto-Submitted: auto-replied" */
};

/* Fills policy defaults (no own addresses, loop domain NULL). */
void hl_autoreply_policy_default(struct hl_autoreply_policy *pol);

/* Runs the checks in order.  Returns verdict->check (HL_AR_OK when every
 * check passed). */
enum hl_autoreply_check hl_autoreply_check(const struct hl_message *msg,
                                           const struct hl_autoreply_policy *pol,
                                           struct hl_autoreply_verdict *verdict);

/* Stable lower-case name for events: "ok", "own_loop", "null_sender", ... */
const char *hl_autoreply_check_name(enum hl_autoreply_check check);

/* Whether one more acknowledgement may go to a sender who already got
 * acks_in_window of them in the last pol->window_s seconds. */
bool hl_autoreply_rate_allows(const struct hl_autoreply_policy *pol, int acks_in_window);

/* The addr-spec inside "<...>" of a Return-Path value (or the whole value),
 * cut to size.  Returns false for the null path "<>". */
bool hl_autoreply_return_path(const char *value, char *out, size_t size);

#endif
