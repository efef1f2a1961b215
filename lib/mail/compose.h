/*
 * compose: builds the RFC 5322 bytes of every mail hotline sends, and reads
 * and writes the case tags that thread replies back to their case.
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
 * Case tags: "PREFIX-YYYY-NNNNNN" (PREFIX from the configuration, default "HL",
 * letters and digits).  Found case-insensitively anywhere in a subject (so
 * behind any chain of Re:/RE:/TL:/Fwd:/FW:/VS:/AW:, with or without brackets),
 * in a body reference marker "[Mã phản ánh: HL-2026-000123]" that survives
 * clients which drop headers, or in one of our Message-IDs
 * "<hl.HL-2026-000123.KIND.OUTBOXID@domain>" named by In-Reply-To/References.
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

/* Longest case code: a 16-character prefix, "-YYYY-NNNNNN" and the NUL. */
#define HL_CASE_CODE_MAX 32
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
    const char *message_id;          /* "<...>", e.g. from hl_compose_message_id */
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

/* Reduces a clerk's mail reply (decoded body text) to the answer to relay to
 * the citizen: the new text above the quote and any new text between quote
 * blocks, without ">" lines, our marker "[Mã phản ánh: CODE]", and everything
 * from an Outlook-style header of the quoted original on ("-----Original
 * Message-----", "----- Thư gốc -----", "____" + "From:"/"Từ:", or a
 * From/Sent/Subject block, English or Vietnamese).  An attribution line ("On
 * ... wrote:", "Vào ... đã viết:", also wrapped over two lines) is dropped
 * with the ">" lines it introduces; new text after them is kept.  The
 * signature stays.  Line endings become "\n", runs of blank lines one blank
 * line, leading and trailing blank lines go; a non-empty result ends in "\n".
 * When nothing is left, appends the body with only the ">" lines and the
 * marker removed (normalised the same way). */
void hl_compose_reply_text(const char *body, struct hl_buf *out);

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

/* "<hl.CASE.KIND.ID@domain>" into out.  case_code must be a case code, kind
 * lower-case letters, outbox_id letters/digits, domain a valid domain.
 * Returns 0, or -1 with err. */
int hl_compose_message_id(const char *case_code, const char *kind, const char *outbox_id,
                          const char *domain, struct hl_buf *out, struct hl_err *err);

/* Finds the first case code with this prefix in text (a subject or a body):
 * case-insensitive, not glued to surrounding letters or digits.  Writes the
 * canonical upper-case code to out (HL_CASE_CODE_MAX bytes) and returns true. */
bool hl_compose_find_case(const char *text, const char *prefix, char *out, size_t out_size);

/* Finds the body reference marker "[Mã phản ánh: CODE]" (also without
 * diacritics, "[Ma phan anh: CODE]", or "[Case: CODE]").  Stricter than
 * hl_compose_find_case: a code merely mentioned in a body does not count. */
bool hl_compose_find_marker(const char *body, const char *prefix, char *out, size_t out_size);

/* Finds a case code in one of our Message-IDs among a msg-id list
 * (In-Reply-To or References), only for ids whose domain is ours. */
bool hl_compose_find_case_in_ids(const char *ids, const char *prefix, const char *domain, char *out,
                                 size_t out_size);

/* The marker put at the end of every body we send. */
void hl_compose_marker(const char *case_code, struct hl_buf *out);

/* Subject for mail about a case: "[CODE] subject", with reply prefixes
 * (Re:, TL:, Fwd: ...) and any old copy of the tag removed from subject. */
void hl_compose_tag_subject(const char *case_code, const char *subject, const char *prefix,
                            struct hl_buf *out);

/* Pointer past any chain of reply/forward prefixes ("Re: TL: Fwd: ..."). */
const char *hl_compose_strip_prefixes(const char *subject);

#endif
