/*
 * mime_int.h: what the files of the MIME parser share.  Private: only
 * lib/mail/mime*.c include it; the API is mime.h.
 *
 *   mime.c           the part tree and its walk, limits, notes, top level
 *   mime_header.c    header blocks and fields, RFC 2047 header values
 *   mime_params.c    RFC 2045 / RFC 2231 parameters
 *   mime_transfer.c  base64 and quoted-printable
 *   mime_address.c   address lists (From, To, Cc, Delivered-To)
 *
 * Everything here works on one struct ctx, the state of one hl_mime_parse()
 * call; strings live in the message arena (c->msg->arena).
 */
#ifndef HL_MIME_INT_H
#define HL_MIME_INT_H

#include "mime.h"

#include <stdbool.h>
#include <stddef.h>

#define MAX_PROBLEMS 40
#define MAX_PARAMS 64
#define MAX_SECTIONS 64
#define MAX_LINE 998

/* One header field: name as written, value unfolded but not decoded. */
struct field {
    char *name;
    unsigned char *value; /* NUL-terminated, may hold 8-bit bytes */
    size_t len;
};

enum cte { CTE_IDENTITY, CTE_QP, CTE_BASE64 };

/* How a leaf's text is treated: inside a multipart/alternative branch that was
 * not chosen, text leaves are dropped (they repeat the chosen one). */
enum role { ROLE_NORMAL, ROLE_ALT_DROP_TEXT };

struct part {
    struct field *fields;
    size_t n_fields;
    char *ctype;    /* lower-case type/subtype */
    char *boundary; /* NULL if none */
    char *charset;  /* NULL if none */
    char *filename; /* decoded, NULL if none */
    bool attachment;
    enum cte cte;
    size_t body_start, body_end;
};

struct att_vec {
    struct hl_attachment *v;
    size_t n, cap;
};

struct ctx {
    struct hl_message *msg;
    struct hl_mime_limits lim;
    const unsigned char *raw;
    size_t len;
    int n_parts;
    bool parts_exceeded;
    bool depth_noted;
    struct hl_buf text;
    struct hl_buf problems;
    size_t n_problems;
    struct att_vec atts;
    bool have_note;
};

struct param {
    char name[64]; /* lower case, without "*N*" */
    int section;   /* -1 when not a continuation */
    bool ext;      /* value is charset'lang'%XX (first section) or %XX */
    char *value;   /* unquoted, arena */
};

struct b64_report {
    size_t junk;   /* characters outside the alphabet */
    bool dangling; /* a lone 6-bit group at the end */
    bool unpadded; /* final group without '=' */
};

static inline bool
hl_mime_is_wsp(unsigned char ch)
{
    return ch == ' ' || ch == '\t';
}

/* mime.c */
void hl_mime_problem(struct ctx *c, const char *fmt, ...) HL_PRINTF(2, 3);
const char *hl_mime_label_for_note(struct ctx *c, const char *label);
size_t hl_mime_line_at(const unsigned char *raw, size_t pos, size_t end, size_t *content_end);
bool hl_mime_charset_known(const char *label);

/* mime_header.c */
size_t hl_mime_parse_fields(struct ctx *c, size_t start, size_t end, struct field **fields_out,
                            size_t *n_out);
const struct field *hl_mime_field_find(const struct field *f, size_t n, const char *name);
char *hl_mime_decode_header_value(struct ctx *c, const unsigned char *v, size_t len);

/* mime_params.c */
size_t hl_mime_skip_comment(const unsigned char *s, size_t i, size_t n);
size_t hl_mime_parse_params(struct ctx *c, const unsigned char *v, size_t n, char **main_out,
                            struct param *ps, size_t max);
const struct param *hl_mime_param_find(const struct param *ps, size_t n, const char *name,
                                       int section);
char *hl_mime_param_decoded(struct ctx *c, const struct param *ps, size_t n, const char *name);

/* mime_transfer.c */
int hl_mime_hexval(unsigned char ch);
size_t hl_mime_b64_decode(const unsigned char *in, size_t len, unsigned char *out,
                          struct b64_report *r);
unsigned char *hl_mime_transfer_decode(struct ctx *c, const struct part *p, size_t *len_out);

/* mime_address.c */
void hl_mime_parse_address_list(struct ctx *c, const unsigned char *s, size_t n, struct hl_addr **v,
                                size_t *count, size_t *cap);
struct hl_addr *hl_mime_address_header(struct ctx *c, const struct field *f, size_t nf,
                                       const char *name, size_t *n_out);

#endif
