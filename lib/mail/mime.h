/*
 * mime: turns the raw bytes of one message, exactly as IMAP returned them, into
 * a decoded hl_message: UTF-8 NFC headers (RFC 2047, RFC 2231, raw 8-bit), the
 * visible body text (text/plain preferred inside multipart/alternative, HTML
 * reduced to its visible text), and the attachments with their sha256.
 *
 * It never fails on hostile input: whatever is wrong is recorded in
 * msg->problems (a clerk reads it) and HL_MSG_MALFORMED is set; the raw bytes
 * stay with the caller for storage.  Limits (bytes, MIME depth, parts, header
 * bytes) are checked before allocating; a limit hit sets HL_MSG_OVER_LIMIT.
 *
 * Ownership: every pointer inside hl_message lives in msg->arena and dies with
 * hl_message_free().  The raw input is not referenced after return.
 */
#ifndef HL_MIME_H
#define HL_MIME_H

#include "util.h"

struct hl_mime_limits {
    size_t max_message_bytes; /* default 25 MiB */
    int max_depth;            /* default 20 */
    int max_parts;            /* default 200 */
    size_t max_header_bytes;  /* one unfolded header; default 64 KiB */
};

void hl_mime_limits_default(struct hl_mime_limits *lim);

struct hl_addr {
    char *name;    /* decoded display name, NULL if none */
    char *address; /* addr-spec, NULL if none */
};

struct hl_header {
    char *name;  /* as written */
    char *value; /* unfolded, RFC 2047 decoded, UTF-8 NFC */
};

struct hl_attachment {
    char *filename;     /* decoded UTF-8 NFC, NULL if none */
    char *content_type; /* lower-case type/subtype */
    unsigned char *data;
    size_t size;
    char sha256[65];
};

enum {
    HL_MSG_MALFORMED = 1u << 0,
    HL_MSG_OVER_LIMIT = 1u << 1,
    HL_MSG_CHARSET_FALLBACK = 1u << 2, /* some text was not in its declared charset */
};

struct hl_message {
    struct hl_arena arena;
    unsigned flags;
    struct hl_addr from;     /* first From */
    struct hl_addr *to, *cc; /* every address of To / Cc */
    size_t n_to, n_cc;
    char *subject;             /* NULL when absent */
    char *message_id;          /* with angle brackets, NULL when absent */
    char *in_reply_to;         /* raw msg-id list, NULL when absent */
    char *references;          /* raw msg-id list, NULL when absent */
    char *date;                /* Date header as written */
    char *delivered_to;        /* first Delivered-To, NULL when absent */
    char *text;                /* decoded body text, UTF-8 NFC, never NULL */
    struct hl_header *headers; /* top-level headers in order */
    size_t n_headers;
    struct hl_attachment *atts;
    size_t n_atts;
    char *charset_note; /* "declared utf-8, decoded as utf-8" etc.; never NULL */
    char *problems;     /* newline-separated notes for a clerk; NULL when none */
};

/* Parses and decodes.  Always returns a message (never NULL); check flags. */
struct hl_message *hl_mime_parse(const unsigned char *raw, size_t len,
                                 const struct hl_mime_limits *lim);
void hl_message_free(struct hl_message **msg);

/* First header of that name (case-insensitive), decoded; NULL if absent.
 * Borrowed: lives as long as msg. */
const char *hl_message_header(const struct hl_message *msg, const char *name);

#endif
