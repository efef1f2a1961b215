/*
 * trust: whether a mail from a clerk's address may act on a case as the
 * unit's answer.  A From header proves nothing (anyone can write one), so a
 * clerk's reply counts only when it also carries a reply tag that hotline
 * gave that clerk for that case, and, when the unit's mail server vouches for
 * senders (trust.authserv_id), that server's Authentication-Results say the
 * From domain was authenticated.  See docs/security.md.
 *
 * The reply tag.  Every mail to one clerk about a case (the forward, the
 * citizen's additions) carries, in Reply-To and in its Message-ID, a token
 *
 *   DAYx<16 hex>     DAY the last valid day (days since 1970-01-01, UTC)
 *
 * where the hex digits are the first HL_TRUST_TAG_LEN of
 * HMAC-SHA256(key, "hotline-reply-v1\n" CASE "\n" clerk "\n" DAY), CASE the
 * case code in upper case and clerk the address in lower case:
 *
 *   Reply-To:    <local>+<CASE>-<token>@<unit domain>
 *   Message-ID:  <hl.<CASE>.<kind>.<outbox id>.<token>@<unit domain>>
 *
 * The fixed prefix of the HMAC input separates these tags from the bounce
 * tags (bounce.h, whose input is a bare number), so one key may serve both.
 *
 * The decision (hl_trust_check) is pure: it is fed what intake already read
 * from the mail and returns a verdict; the store only records it.  Whether
 * the From address is a clerk of the case's unit at all is the store's
 * question (it knows the unit the case is with now); a mail acts as the
 * unit's only when both hold.
 *
 * Ownership: struct hl_trust_key is the caller's storage, wiped by
 * hl_trust_key_fini; everything else is borrowed for the call.
 */
#ifndef HL_TRUST_H
#define HL_TRUST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define HL_TRUST_KEY_MIN_BYTES 16
#define HL_TRUST_TAG_LEN 16
/* "DAY" (a long) + "x" + tag + NUL, rounded up */
#define HL_TRUST_TOKEN_SIZE 48

struct hl_trust_key {
    unsigned char bytes[64];
    size_t len;
};

/* Makes key from secret.  Returns 0, or -1 with err (HL_ERR_CONFIG) when the
 * secret is shorter than HL_TRUST_KEY_MIN_BYTES; the secret never appears in
 * err. */
int hl_trust_key_init(struct hl_trust_key *key, const unsigned char *secret, size_t len,
                      struct hl_err *err);
void hl_trust_key_fini(struct hl_trust_key *key);

/* The token for (case_code, clerk) valid until the end of the UTC day of
 * expires_at, into out. */
void hl_trust_token(const struct hl_trust_key *key, const char *case_code, const char *clerk,
                    int64_t expires_at, char out[HL_TRUST_TOKEN_SIZE]);

/* Appends "<local of feedback>+<case>-<token>@<domain of feedback>" to out.
 * Returns 0, or -1 with err when feedback is not local@domain or the local
 * part already holds a '+'. */
int hl_trust_reply_address(const struct hl_trust_key *key, const char *feedback,
                           const char *case_code, const char *clerk, int64_t expires_at,
                           struct hl_buf *out, struct hl_err *err);

enum hl_trust_verdict {
    HL_TRUST_VERIFIED,    /* a valid tag for this case and this From, authenticated */
    HL_TRUST_NO_KEY,      /* no reply key configured: nothing can be verified */
    HL_TRUST_NO_TAG,      /* no reply tag at all */
    HL_TRUST_OTHER_CASE,  /* a tag that verifies, but for another case */
    HL_TRUST_BAD_TAG,     /* a tag that does not verify (wrong clerk, forged) */
    HL_TRUST_EXPIRED,     /* a tag that verifies but is past its day */
    HL_TRUST_AUTH_NONE,   /* authserv_id set: no Authentication-Results of it */
    HL_TRUST_AUTH_FAILED, /* authserv_id set: neither dmarc=pass nor aligned dkim=pass */
};

struct hl_trust_policy {
    const struct hl_trust_key *key; /* NULL: HL_TRUST_NO_KEY for every mail */
    /* Only tags in addresses and message ids of these domains (our units')
     * are read. */
    const char *const *domains;
    size_t n_domains;
    const char *authserv_id; /* NULL: Authentication-Results are not required */
};

/* What intake knows of the mail. */
struct hl_trust_mail {
    const char *case_code; /* the case it names */
    const char *from;      /* From address, may be NULL */
    /* Where it was delivered: Delivered-To, X-Original-To, To and Cc values,
     * each an address or an address list. */
    const char *const *rcpts;
    size_t n_rcpts;
    const char *in_reply_to; /* raw msg-id lists, may be NULL */
    const char *references;
    /* Every Authentication-Results value, topmost (newest) first. */
    const char *const *auth_results;
    size_t n_auth_results;
};

/* The verdict on m at now.  why (why_size bytes, may be 0) receives one line
 * for the clerk and the log. */
enum hl_trust_verdict hl_trust_check(const struct hl_trust_policy *p, const struct hl_trust_mail *m,
                                     int64_t now, char *why, size_t why_size);

/* The short name of a verdict ("verified", "no_tag", ...). */
const char *hl_trust_verdict_name(enum hl_trust_verdict v);

enum hl_trust_auth {
    HL_TRUST_AUTH_PASS,    /* dmarc=pass, or dkim=pass with header.d aligned to from_domain */
    HL_TRUST_AUTH_FAIL,    /* the server's header, without such a pass (or dmarc=fail) */
    HL_TRUST_AUTH_MISSING, /* no header of authserv_id */
};

/* RFC 8601: reads the topmost of values[0..n) whose authserv-id is
 * authserv_id (case-insensitive); headers of other authserv-ids are ignored,
 * since anyone upstream can write them.  Alignment is relaxed: header.d equal
 * to from_domain or a parent domain of it (with at least one dot). */
enum hl_trust_auth hl_trust_auth_results(const char *const *values, size_t n,
                                         const char *authserv_id, const char *from_domain);

/* Appends s to out as an acknowledgement may quote text a stranger wrote:
 * one line (controls as spaces), at most max_chars characters (then "…"),
 * links defanged: "http" of a scheme becomes "hxxp" ("hxxps://", "fxp://"),
 * and a dot between a letter or digit and a letter becomes "[.]"
 * ("evil[.]com", "www[.]x[.]vn", but "1.5" stays). */
void hl_trust_defang(const char *s, size_t max_chars, struct hl_buf *out);

/* Whether an attachment of a clerk's answer may be relayed to the citizen:
 * its content type and the extension of its file name (the last one, case
 * ignored) must both belong to one entry of a type allowed by types
 * (HL_RELAY_* bits, config.h): "a.pdf" as application/pdf is a PDF;
 * "a.pdf.exe", "a.pdf" as application/octet-stream and a nameless part are
 * not. */
bool hl_trust_relay_allowed(unsigned types, const char *content_type, const char *filename);

#endif
