/*
 * compose: builds the RFC 5322 bytes of every mail hotline sends.  The case
 * tags that thread replies back to their case are core/thread.h, the answer
 * in a clerk's reply core/reply_text.h.
 *
 * Header injection: every header value may come from a hostile message (a
 * subject, a display name, a Message-ID).  Values are never copied raw: CR, LF,
 * NUL and every other control character become a space before encoding;
 * non-ASCII text is written as RFC 2047 encoded-words; addresses must pass
 * hl_compose_addr_valid and message ids are rebuilt from their printable
 * characters.  So no value can end a header line or start a new header.
 *
 * Output: CRLF line endings, header lines folded to at most 78 columns (an
 * encoded-word never splits a UTF-8 character), body text/plain; charset=utf-8
 * in quoted-printable (default) or base64.  A forward is multipart/mixed with
 * the citizen's original attached as message/rfc822 exactly as received
 * (Content-Transfer-Encoding 8bit when it holds 8-bit bytes: send it with
 * BODY=8BITMIME); an original that is not valid as a message/rfc822 body (NUL
 * bytes, lines over 998 bytes, bare CR) is attached as application/octet-stream
 * "original.eml" in base64 instead, so the clerk still gets every byte.
 *
 * Files (mail.parts) make the mail multipart/mixed too: the text part, the
 * original if any, then each file in base64 (76-column lines).  A file name
 * is sanitised (controls, invalid UTF-8, bidi overrides -> space; '/', '\\'
 * and '"' -> '_'; leading dots dropped; at most 150 bytes, keeping a short
 * extension; "attachment" when nothing is left) and written as a quoted
 * filename="..." when ASCII, as RFC 2231 filename*=utf-8''%XX... otherwise,
 * split into numbered sections when too long for one line (the same for the
 * Content-Type name parameter).  A content type is lower-cased "type/subtype"
 * of token characters, parameters dropped; anything else, and the multipart
 * and message types (which may not be base64), becomes application/octet-stream.
 *
 * Does not: send, pick recipients, or read templates.  Pure: no I/O.
 * Ownership: output goes to the caller's hl_buf; inputs are borrowed.
 */
#ifndef HL_COMPOSE_H
#define HL_COMPOSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define HL_COMPOSE_MAX_RCPT 32

/* RFC 3834: replies to a message are "auto-replied", mail the system
 * generates on its own (forwards, reminders) "auto-generated". */
enum hl_compose_auto {
    HL_COMPOSE_HUMAN,          /* no Auto-Submitted header */
    HL_COMPOSE_AUTO_REPLIED,   /* acknowledgements */
    HL_COMPOSE_AUTO_GENERATED, /* forwards, reminders, escalations, relays */
};

enum hl_compose_cte {
    HL_COMPOSE_QP,     /* quoted-printable: readable in raw form */
    HL_COMPOSE_BASE64, /* shorter for Vietnamese text */
};

struct hl_compose_addr {
    const char *name;    /* display name, UTF-8, may be NULL */
    const char *address; /* addr-spec, must pass hl_compose_addr_valid */
};

/* A file attached to a composed mail.  Borrowed for the call. */
struct hl_compose_part {
    const char *filename;     /* UTF-8, any bytes: sanitised (see the top of this file) */
    const char *content_type; /* "type/subtype"; anything else: application/octet-stream */
    const unsigned char *data;
    size_t len;
};

struct hl_compose_mail {
    struct hl_compose_addr from;
    struct hl_compose_addr to[HL_COMPOSE_MAX_RCPT];
    size_t n_to;
    struct hl_compose_addr reply_to; /* address NULL: no Reply-To */
    const char *subject;             /* UTF-8; any bytes, sanitised */
    int64_t date;                    /* Unix seconds; written in +0700 */
    const char *message_id;          /* "<...>", e.g. from hl_thread_message_id */
    const char *in_reply_to;         /* msg-id of the message answered, or NULL */
    const char *references;          /* msg-id list (raw header value), or NULL */
    enum hl_compose_auto auto_submitted;
    const char *loop_domain; /* X-Hotline-Loop value; required */
    const char *body;        /* UTF-8 text, any line endings */
    enum hl_compose_cte cte;
    const unsigned char *original; /* the citizen's raw message to attach, or NULL */
    size_t original_len;
    const struct hl_compose_part *parts; /* files attached after the original, or NULL */
    size_t n_parts;
};

/* Appends the whole message to out.  Returns 0, or -1 with err (HL_ERR_INPUT)
 * when an address or message id is unusable; out is then unchanged. */
int hl_compose_build(const struct hl_compose_mail *m, struct hl_buf *out, struct hl_err *err);

/* Appends "Name: value" as one or more folded lines ending in CRLF, the value
 * sanitised and RFC 2047-encoded when not plain ASCII. */
void hl_compose_header_text(struct hl_buf *out, const char *name, const char *value);

/* Copies s into out (at least strlen(s) + 1 bytes) with every control
 * character (C0, DEL, C1 in UTF-8) and invalid UTF-8 byte replaced by a
 * space, and surrounding spaces trimmed.  Returns out. */
char *hl_compose_sanitize(const char *s, char *out, size_t out_size);

/* True for a plain ASCII addr-spec local@domain without quotes, comments,
 * spaces or controls, at most 254 bytes, with a dotted domain of letters,
 * digits and hyphens. */
bool hl_compose_addr_valid(const char *address);

/* RFC 5322 date in +0700, e.g. "Mon, 16 Feb 2026 06:31:00 +0700".  out must
 * hold 40 bytes.  Returns out. */
char *hl_compose_date(int64_t at, char *out, size_t out_size);

/* True for a domain of at least two dot-separated labels of letters, digits
 * and hyphens (no label starting or ending in a hyphen), at most 253 bytes:
 * the d[0..n) that hl_compose_addr_valid accepts after the '@'. */
bool hl_compose_domain_valid(const char *d, size_t n);

/* Collects the well-formed msg-ids of a raw list (In-Reply-To, References):
 * "<left@right>" in printable ASCII without spaces, quotes or backslashes, as
 * hl_compose_build writes them back.  Stores at most max pointers into list
 * and their lengths (brackets included); returns how many. */
size_t hl_compose_msgids(const char *list, const char **ids, size_t *lens, size_t max);

#endif
