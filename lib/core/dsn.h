/*
 * dsn: reads delivery status notifications of our own mail.
 *
 * Delivery status notifications (hl_dsn_read_keyed): a bounce of our own mail
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
 * Ownership: nothing is kept; the DSN is the caller's storage.
 */
#ifndef HL_DSN_H
#define HL_DSN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mime.h"

struct hl_bounce_key;

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

/* Recognises a delivery status notification and fills out (always: zeroed
 * when msg is none).  Returns out->is_dsn.
 *
 * RFC 3464 reports: the message/delivery-status (or message/global-delivery-
 * status) part, which lib/mail/mime.c keeps as an attachment with its raw bytes;
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
bool hl_dsn_read_keyed(const struct hl_message *msg, const char *const *our_domains,
                       size_t n_domains, const struct hl_bounce_key *key, struct hl_dsn *out);

/* hl_dsn_read_keyed without a key: every clue is trusted. */
bool hl_dsn_read(const struct hl_message *msg, const char *const *our_domains, size_t n_domains,
                 struct hl_dsn *out);

#endif
