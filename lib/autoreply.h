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
 * Delivery status notifications (hl_autoreply_dsn_keyed): a bounce of our own mail
 * comes back into the unit's inbox; it is recognised, reduced to what the
 * outbox needs (action, status, recipient, diagnostic) and tied to the outbox
 * row that caused it.  We send with envelope sender bounce+ID-TAG@<unit
 * domain>, DSN ENVID "hl-ID-TAG" (TAG: an HMAC of ID, see bounce.h; without a
 * bounce key bounce+ID@ and "hl-ID") and Message-IDs <hl.CODE.KIND.ID@domain>;
 * the row id is taken from the first of these clues that the bounce carries,
 * in that order.  An address or Message-ID whose domain is not one of ours
 * never yields an id; when the bounce is addressed to a bounce+ address of a
 * foreign domain only (another installation's mail) the ENVID, which names no
 * domain, is not trusted either.
 *
 * Row ids are sequential.  With a bounce key only a tag that verifies ties a
 * bounce to its row: an untagged or wrongly tagged bounce address or ENVID,
 * and every Message-ID (which carries no tag), only fill untrusted_id, for the
 * log.  Without a key every clue is believed, and anyone can forge a bounce
 * for any row.
 *
 * Ownership: nothing is kept; the verdict and the DSN are the caller's storage.
 */
#ifndef HL_AUTOREPLY_H
#define HL_AUTOREPLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mime.h"

struct hl_bounce_key;

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

/* What a delivery status notification says about one of our messages.  Every
 * string is NUL-terminated, sanitised UTF-8 (no control characters), cut at a
 * character boundary; "" when unknown. */
struct hl_dsn {
    bool is_dsn;       /* an RFC 3464 report or a recognised text bounce */
    int64_t outbox_id; /* 0 = unknown or not trusted */
    char action[16];   /* failed|delayed|delivered|relayed|expanded|"" */
    char status[16];   /* "5.1.1" or "" */
    bool permanent;    /* failed, and not for a 4.x.x (transient) reason */
    char recipient[256];
    char diagnostic[256];
    char how[32]; /* which clue found the id: "envelope", "envid", "message_id" */
    /* With a bounce key and outbox_id 0: the row the first clue without a tag
     * that verifies named (0 = none), and that clue, for the log. */
    int64_t untrusted_id;
    char untrusted_how[32];
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

/* Recognises a delivery status notification and fills out (always: zeroed
 * when msg is none).  Returns out->is_dsn.
 *
 * RFC 3464 reports: the message/delivery-status (or message/global-delivery-
 * status) part, which lib/mime.c keeps as an attachment with its raw bytes;
 * per-recipient fields from the first recipient block whose Action is failed,
 * else the first block.  Text bounces (qmail, Exim, Postfix without a report,
 * Exchange/Outlook NDRs, Vietnamese webmail "Không thể gửi thư"...) count only
 * when they come from a null, MAILER-DAEMON or postmaster sender; their status
 * is the first "5.x.x"/"4.x.x" in the notification text (before the returned
 * copy), else a bare SMTP code "550" read as "5.0.0"; the action is "failed"
 * unless the text says the message is delayed.
 *
 * The outbox id, from the first clue found, in this order ("how"):
 *   envelope    bounce+ID-TAG@domain (bounce+ID@domain without a key) in
 *               Delivered-To, X-Original-To, Envelope-To, X-Envelope-To or To;
 *   envid       Original-Envelope-Id "hl-ID-TAG" ("hl-ID");
 *   message_id  our Message-ID in the returned message (message/rfc822 or
 *               text/rfc822-headers part, or the text of a text bounce), else
 *               in the bounce's own In-Reply-To (Exchange sets it); never
 *               trusted when key is set.
 * key NULL: no bounce key, every clue trusted.  When key is set and no clue
 * verifies, outbox_id is 0 and untrusted_id names the row the first
 * untrusted clue claimed.  Domains are compared with our_domains
 * (case-insensitively, exactly). */
bool hl_autoreply_dsn_keyed(const struct hl_message *msg, const char *const *our_domains,
                            size_t n_domains, const struct hl_bounce_key *key, struct hl_dsn *out);

/* hl_autoreply_dsn_keyed without a key: every clue is trusted. */
bool hl_autoreply_dsn(const struct hl_message *msg, const char *const *our_domains,
                      size_t n_domains, struct hl_dsn *out);

#endif
