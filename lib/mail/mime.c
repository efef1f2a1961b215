/*
 * mime: raw message bytes to a decoded hl_message (see mime.h).
 *
 * This is a hand-written parser, not libetpan's mailmime_parse(): the intake
 * corpus holds messages libetpan either rejects outright or parses into a
 * different tree (bare LF everywhere, a header line without a colon in the
 * middle of the header block, a missing closing boundary, 60 levels of
 * nesting), and here every one of those must still yield the complaint text
 * plus a clear note for the clerk.  Owning the parser also lets the limits
 * below be enforced before anything is allocated.
 *
 * It works on the original bytes in place (no normalised copy): lines may end
 * in CRLF or a bare LF, NUL bytes are just bytes, and a message/rfc822 part's
 * bytes are exactly those in the file.
 *
 * Limits that protect it (struct hl_mime_limits):
 *   - max_message_bytes: only that many bytes are parsed at all;
 *   - max_header_bytes: one unfolded header is truncated there;
 *   - max_depth: a multipart nested deeper is not split recursively; its
 *     leaves are recovered by one flat scan for delimiter lines instead, so
 *     recursion depth is bounded and the text usually survives;
 *   - max_parts: parts beyond that are not parsed.
 * Each multipart level scans its own byte range once, so the total work is at
 * most (depth limit x message size), and everything else is linear.  At most
 * MAX_PROBLEMS notes are kept.
 */
#include "mime.h"

#include "charset.h"
#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_PROBLEMS 40
#define MAX_PARAMS 64
#define MAX_SECTIONS 64
#define MAX_LINE 998

void
hl_mime_limits_default(struct hl_mime_limits *lim)
{
    lim->max_message_bytes = 25u * 1024 * 1024;
    lim->max_depth = 20;
    lim->max_parts = 200;
    lim->max_header_bytes = 64u * 1024;
}

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

static void problem(struct ctx *c, const char *fmt, ...) HL_PRINTF(2, 3);

static void
problem(struct ctx *c, const char *fmt, ...)
{
    c->msg->flags |= HL_MSG_MALFORMED;
    c->n_problems++;
    if (c->n_problems > MAX_PROBLEMS) {
        if (c->n_problems == MAX_PROBLEMS + 1)
            hl_buf_puts(&c->problems, "\n(further problems not listed)");
        return;
    }
    if (c->problems.len)
        hl_buf_putc(&c->problems, '\n');
    va_list ap;
    va_start(ap, fmt);
    char line[512];
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    hl_buf_puts(&c->problems, line);
}

/* A charset label fit for a note: printable ASCII only, at most 40 bytes. */
static const char *
label_for_note(struct ctx *c, const char *label)
{
    char *d = hl_arena_strndup(&c->msg->arena, label, strnlen(label, 40));
    for (char *k = d; *k; k++)
        if ((unsigned char)*k < 32 || (unsigned char)*k >= 127 || *k == '"')
            *k = '?';
    return d;
}

/* ---- lines ------------------------------------------------------------ */

/* The line starting at pos: content is [pos, *content_end), the next line
 * starts at the return value.  Handles CRLF and bare LF; the last line may
 * have no terminator. */
static size_t
line_at(const unsigned char *raw, size_t pos, size_t end, size_t *content_end)
{
    const unsigned char *nl = memchr(raw + pos, '\n', end - pos);
    if (nl == NULL) {
        *content_end = end;
        return end;
    }
    size_t e = (size_t)(nl - raw);
    size_t ce = e;
    if (ce > pos && raw[ce - 1] == '\r')
        ce--;
    *content_end = ce;
    return e + 1;
}

static bool
is_wsp(unsigned char ch)
{
    return ch == ' ' || ch == '\t';
}

/* Length of the field name if the line [p, e) starts a header field
 * ("Name:" or obsolete "Name :"), else 0. */
static size_t
field_name_len(const unsigned char *p, const unsigned char *e)
{
    const unsigned char *q = p;
    while (q<e && * q> 32 && *q < 127 && *q != ':')
        q++;
    size_t n = (size_t)(q - p);
    while (q < e && is_wsp(*q))
        q++;
    if (n == 0 || q >= e || *q != ':')
        return 0;
    return n;
}

/* ---- one pass over the raw bytes for transport-level damage ------------ */

static void
scan_raw(struct ctx *c)
{
    size_t bare_lf = 0, nul = 0, long_lines = 0, longest = 0, first_long = 0, line_no = 0;
    size_t pos = 0;
    while (pos < c->len) {
        size_t ce;
        size_t next = line_at(c->raw, pos, c->len, &ce);
        line_no++;
        if (next > pos && c->raw[next - 1] == '\n' && (next - 1 == pos || c->raw[next - 2] != '\r'))
            bare_lf++;
        size_t l = ce - pos;
        if (l > MAX_LINE) {
            if (long_lines++ == 0)
                first_long = line_no;
            if (l > longest)
                longest = l;
        }
        if (memchr(c->raw + pos, 0, l) != NULL)
            for (size_t i = pos; i < ce; i++)
                nul += c->raw[i] == 0;
        pos = next;
    }
    if (bare_lf)
        problem(c, "%zu line%s end%s in a bare LF instead of CRLF", bare_lf,
                bare_lf == 1 ? "" : "s", bare_lf == 1 ? "s" : "");
    if (nul)
        problem(c, "%zu NUL byte%s in the message (dropped from the text)", nul,
                nul == 1 ? "" : "s");
    if (long_lines)
        problem(c, "%zu line%s longer than 998 bytes (first at line %zu, longest %zu bytes)",
                long_lines, long_lines == 1 ? "" : "s", first_long, longest);
}

/* ---- header blocks ---------------------------------------------------- */

/* Parses the header block in [start, end); returns where the body starts
 * (after the empty line, or end).  Fields live in the arena. */
static size_t
parse_fields(struct ctx *c, size_t start, size_t end, struct field **fields_out, size_t *n_out)
{
    struct hl_arena *a = &c->msg->arena;
    struct field *v = NULL;
    size_t n = 0, cap = 0;
    struct hl_buf val;
    hl_buf_init(&val);
    size_t pos = start;
    size_t body = end;
    while (pos < end) {
        size_t ce;
        size_t next = line_at(c->raw, pos, end, &ce);
        const unsigned char *p = c->raw + pos, *e = c->raw + ce;
        if (ce == pos) {
            body = next;
            break;
        }
        size_t nlen = field_name_len(p, e);
        if (nlen == 0) {
            if (is_wsp(*p)) {
                problem(c, "header block starts with a continuation line (ignored)");
                pos = next;
                continue;
            }
            /* A line without a colon: if a header field follows, it is junk
             * inside the header block (skip it); otherwise the header block
             * ended without its empty line and this is the body. */
            size_t ce2;
            bool more = false;
            if (next < end) {
                line_at(c->raw, next, end, &ce2);
                more = field_name_len(c->raw + next, c->raw + ce2) > 0;
            }
            size_t show = (size_t)(e - p) < 60 ? (size_t)(e - p) : 60;
            char excerpt[64];
            size_t k;
            for (k = 0; k < show; k++)
                excerpt[k] = (p[k] >= 32 && p[k] < 127 && p[k] != '"') ? (char)p[k] : '?';
            excerpt[k] = '\0';
            if (more) {
                problem(c, "header line without a colon ignored: \"%s\"", excerpt);
                pos = next;
                continue;
            }
            problem(c, "header block not ended by an empty line; body assumed to start at \"%s\"",
                    excerpt);
            body = pos;
            break;
        }
        /* Unfold: continuation lines lose their line break, keep their
         * leading whitespace. */
        hl_buf_reset(&val);
        const unsigned char *vp = p + nlen;
        while (vp < e && *vp != ':')
            vp++;
        vp++;
        while (vp < e && is_wsp(*vp))
            vp++;
        bool truncated = false;
        size_t room = c->lim.max_header_bytes;
        size_t take = (size_t)(e - vp);
        if (take > room) {
            take = room;
            truncated = true;
        }
        hl_buf_append(&val, vp, take);
        pos = next;
        while (pos < end && is_wsp(c->raw[pos])) {
            next = line_at(c->raw, pos, end, &ce);
            take = ce - pos;
            if (val.len + take > room) {
                take = room > val.len ? room - val.len : 0;
                truncated = true;
            }
            hl_buf_append(&val, c->raw + pos, take);
            pos = next;
        }
        while (val.len && is_wsp((unsigned char)val.data[val.len - 1]))
            val.len--;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            v = hl_xrealloc(v, cap * sizeof *v);
        }
        v[n].name = hl_arena_strndup(a, (const char *)p, nlen);
        v[n].value = hl_arena_memdup(a, val.data ? val.data : "", val.len);
        v[n].len = val.len;
        if (truncated) {
            c->msg->flags |= HL_MSG_OVER_LIMIT;
            problem(c, "header %s longer than %zu bytes; truncated", v[n].name,
                    c->lim.max_header_bytes);
        }
        n++;
        body = end;
    }
    *fields_out = n ? hl_arena_memdup(a, v, n * sizeof *v) : NULL;
    *n_out = n;
    free(v);
    hl_buf_fini(&val);
    return body;
}

static const struct field *
field_find(const struct field *f, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(f[i].name, name) == 0)
            return &f[i];
    return NULL;
}

/* ---- transfer decoding ------------------------------------------------ */

static int
hexval(unsigned char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    return -1;
}

static const signed char B64[256] = {
    ['A'] = 1,  ['B'] = 2,  ['C'] = 3,  ['D'] = 4,  ['E'] = 5,  ['F'] = 6,  ['G'] = 7,
    ['H'] = 8,  ['I'] = 9,  ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14,
    ['O'] = 15, ['P'] = 16, ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21,
    ['V'] = 22, ['W'] = 23, ['X'] = 24, ['Y'] = 25, ['Z'] = 26, ['a'] = 27, ['b'] = 28,
    ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32, ['g'] = 33, ['h'] = 34, ['i'] = 35,
    ['j'] = 36, ['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40, ['o'] = 41, ['p'] = 42,
    ['q'] = 43, ['r'] = 44, ['s'] = 45, ['t'] = 46, ['u'] = 47, ['v'] = 48, ['w'] = 49,
    ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54, ['2'] = 55, ['3'] = 56,
    ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['+'] = 63,
    ['/'] = 64, /* stored +1 so that 0 means "not in the alphabet" */
};

struct b64_report {
    size_t junk;   /* characters outside the alphabet */
    bool dangling; /* a lone 6-bit group at the end */
    bool unpadded; /* final group without '=' */
};

/* Lenient base64: skips junk, tolerates missing padding and restarts after
 * padding (some mailers concatenate encoded blobs).  Output <= 3/4 input. */
static size_t
b64_decode(const unsigned char *in, size_t len, unsigned char *out, struct b64_report *r)
{
    unsigned acc = 0;
    int q = 0;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = in[i];
        int v = B64[ch];
        if (v) {
            acc = (acc << 6) | (unsigned)(v - 1);
            if (++q == 4) {
                out[o++] = (unsigned char)(acc >> 16);
                out[o++] = (unsigned char)(acc >> 8);
                out[o++] = (unsigned char)acc;
                q = 0;
                acc = 0;
            }
        } else if (ch == '=') {
            if (q == 2) {
                out[o++] = (unsigned char)(acc >> 4);
            } else if (q == 3) {
                out[o++] = (unsigned char)(acc >> 10);
                out[o++] = (unsigned char)(acc >> 2);
            } else if (q == 1) {
                r->dangling = true;
            }
            q = 0;
            acc = 0;
        } else if (ch == '\r' || ch == '\n' || ch == ' ' || ch == '\t') {
            continue;
        } else {
            r->junk++;
        }
    }
    if (q == 1) {
        r->dangling = true;
    } else if (q == 2) {
        out[o++] = (unsigned char)(acc >> 4);
        r->unpadded = true;
    } else if (q == 3) {
        out[o++] = (unsigned char)(acc >> 10);
        out[o++] = (unsigned char)(acc >> 2);
        r->unpadded = true;
    }
    return o;
}

/* Lenient quoted-printable (RFC 2045 6.7): soft breaks with CRLF or LF,
 * trailing whitespace dropped, an '=' not followed by hex kept literally.
 * Output <= input. */
static size_t
qp_decode(const unsigned char *in, size_t len, unsigned char *out)
{
    size_t o = 0, line_keep = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char ch = in[i];
        if (ch == '=') {
            int h1 = i + 1 < len ? hexval(in[i + 1]) : -1;
            int h2 = i + 2 < len ? hexval(in[i + 2]) : -1;
            if (h1 >= 0 && h2 >= 0) {
                out[o++] = (unsigned char)(h1 * 16 + h2);
                line_keep = o;
                i += 3;
                continue;
            }
            size_t j = i + 1;
            while (j < len && is_wsp(in[j]))
                j++;
            if (j >= len) {
                i = len; /* soft break at the very end */
                continue;
            }
            if (in[j] == '\n' || (in[j] == '\r' && j + 1 < len && in[j + 1] == '\n')) {
                i = j + (in[j] == '\r' ? 2 : 1);
                continue;
            }
            out[o++] = ch;
            line_keep = o;
            i++;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            o = line_keep; /* drop trailing whitespace (transport padding) */
            out[o++] = ch;
            line_keep = o;
            i++;
            continue;
        }
        out[o++] = ch;
        if (!is_wsp(ch))
            line_keep = o;
        i++;
    }
    return o;
}

/* Transfer-decodes a part body into the arena (NUL-terminated). */
static unsigned char *
transfer_decode(struct ctx *c, const struct part *p, size_t *len_out)
{
    const unsigned char *in = c->raw + p->body_start;
    size_t len = p->body_end - p->body_start;
    unsigned char *out = hl_arena_alloc(&c->msg->arena, len + 1);
    size_t n;
    if (p->cte == CTE_BASE64) {
        struct b64_report r = {0, false, false};
        n = b64_decode(in, len, out, &r);
        if (r.junk || r.dangling || r.unpadded)
            problem(c,
                    "%s part: broken base64 (%zu invalid character%s%s%s); decoded what was "
                    "readable",
                    p->ctype, r.junk, r.junk == 1 ? "" : "s",
                    r.dangling ? ", truncated final group" : "",
                    r.unpadded ? ", missing padding" : "");
    } else if (p->cte == CTE_QP) {
        n = qp_decode(in, len, out);
    } else {
        memcpy(out, in, len);
        n = len;
    }
    out[n] = '\0';
    *len_out = n;
    return out;
}

/* ---- RFC 2047 encoded words and header values -------------------------- */

static void
note_header_charset(struct ctx *c, bool fallback)
{
    if (fallback)
        c->msg->flags |= HL_MSG_CHARSET_FALLBACK;
}

/* Appends text that appeared outside encoded words: UTF-8 as is, anything
 * else through the charset guesser. */
static void
append_literal(struct ctx *c, struct hl_buf *out, const unsigned char *s, size_t n)
{
    if (n == 0)
        return;
    if (hl_utf8_valid(s, n)) {
        hl_buf_append(out, s, n);
        return;
    }
    const char *used;
    bool fb;
    char *d = hl_charset_decode(&c->msg->arena, NULL, s, n, &used, &fb);
    note_header_charset(c, fb);
    hl_buf_puts(out, d);
}

static bool charset_known(const char *label);

static void
flush_words(struct ctx *c, struct hl_buf *out, struct hl_buf *pend, char *pend_cs)
{
    if (pend_cs[0] == '\0')
        return;
    const char *used;
    bool fb;
    char *d = hl_charset_decode(&c->msg->arena, pend_cs, (const unsigned char *)pend->data,
                                pend->len, &used, &fb);
    if (fb && !charset_known(pend_cs))
        problem(c, "unknown charset \"%s\" in a header; decoded as %s", label_for_note(c, pend_cs),
                used);
    note_header_charset(c, fb);
    hl_buf_puts(out, d);
    hl_buf_reset(pend);
    pend_cs[0] = '\0';
}

/* Recognises an encoded word at s (s[0..1] == "=?"); on success fills the
 * charset, encoding and text range and returns its length, else 0. */
static size_t
encoded_word(const unsigned char *s, size_t n, char *cs, size_t cs_size, char *enc,
             size_t *text_off, size_t *text_len)
{
    size_t i = 2, k = 0;
    while (i < n && s[i] != '?') {
        if (s[i] <= 32 || s[i] >= 127 || k + 1 >= cs_size)
            return 0;
        cs[k++] = (char)s[i++];
    }
    cs[k] = '\0';
    if (k == 0 || i + 3 > n || s[i] != '?')
        return 0;
    char e = (char)(s[i + 1] | 0x20);
    if ((e != 'b' && e != 'q') || s[i + 2] != '?')
        return 0;
    size_t t = i + 3, j = t;
    while (j + 1 < n && !(s[j] == '?' && s[j + 1] == '=')) {
        if (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n')
            return 0;
        j++;
    }
    if (j + 1 >= n)
        return 0;
    /* Drop an RFC 2231 language suffix: "utf-8*vi". */
    char *star = strchr(cs, '*');
    if (star)
        *star = '\0';
    *enc = e;
    *text_off = t;
    *text_len = j - t;
    return j + 2;
}

/* Decodes a header value: RFC 2047 words (adjacent words joined with no
 * space, same-charset neighbours decoded together so a character split
 * across words survives), raw 8-bit text, control characters to spaces,
 * NFC.  Arena string. */
static char *
decode_header_value(struct ctx *c, const unsigned char *v, size_t len)
{
    struct hl_arena *a = &c->msg->arena;
    bool plain = memmem(v, len, "=?", 2) == NULL;
    bool ascii_ctl_free = true;
    for (size_t i = 0; i < len && ascii_ctl_free; i++)
        ascii_ctl_free = v[i] >= 32 && v[i] < 127;
    if (plain && ascii_ctl_free)
        return hl_arena_strndup(a, (const char *)v, len);

    struct hl_buf out, pend;
    hl_buf_init(&out);
    hl_buf_init(&pend);
    char pend_cs[64] = "";
    size_t lit = 0, i = 0;
    bool after_word = false;
    while (i + 1 < len) {
        if (!(v[i] == '=' && v[i + 1] == '?')) {
            i++;
            continue;
        }
        char cs[64], enc;
        size_t toff, tlen;
        size_t wl = encoded_word(v + i, len - i, cs, sizeof cs, &enc, &toff, &tlen);
        if (wl == 0) {
            i++;
            continue;
        }
        bool gap_blank = true;
        for (size_t k = lit; k < i && gap_blank; k++)
            gap_blank = is_wsp(v[k]) || v[k] == '\r' || v[k] == '\n';
        if (!(after_word && gap_blank)) {
            flush_words(c, &out, &pend, pend_cs);
            append_literal(c, &out, v + lit, i - lit);
        }
        if (pend_cs[0] && strcasecmp(pend_cs, cs) != 0)
            flush_words(c, &out, &pend, pend_cs);
        if (pend_cs[0] == '\0')
            snprintf(pend_cs, sizeof pend_cs, "%s", cs);
        const unsigned char *t = v + i + toff;
        if (enc == 'b') {
            struct b64_report r = {0, false, false};
            hl_buf_reserve(&pend, tlen);
            pend.len += b64_decode(t, tlen, (unsigned char *)pend.data + pend.len, &r);
            pend.data[pend.len] = '\0';
        } else {
            hl_buf_reserve(&pend, tlen);
            for (size_t k = 0; k < tlen; k++) {
                int h1, h2;
                if (t[k] == '_') {
                    hl_buf_putc(&pend, ' ');
                } else if (t[k] == '=' && k + 2 < tlen && (h1 = hexval(t[k + 1])) >= 0 &&
                           (h2 = hexval(t[k + 2])) >= 0) {
                    hl_buf_putc(&pend, (char)(h1 * 16 + h2));
                    k += 2;
                } else {
                    hl_buf_putc(&pend, (char)t[k]);
                }
            }
        }
        i += wl;
        lit = i;
        after_word = true;
    }
    flush_words(c, &out, &pend, pend_cs);
    append_literal(c, &out, v + lit, len - lit);
    /* Control characters (tabs from folding, CR/LF smuggled into encoded
     * words) become spaces. */
    for (size_t k = 0; k < out.len; k++)
        if ((unsigned char)out.data[k] < 32 || out.data[k] == 127)
            out.data[k] = ' ';
    char *res = hl_utf8_nfc(a, out.data ? out.data : "", out.len);
    hl_buf_fini(&out);
    hl_buf_fini(&pend);
    return res;
}

/* ---- parameters (RFC 2045, RFC 2231) ----------------------------------- */

struct param {
    char name[64]; /* lower case, without "*N*" */
    int section;   /* -1 when not a continuation */
    bool ext;      /* value is charset'lang'%XX (first section) or %XX */
    char *value;   /* unquoted, arena */
};

/* Skips an RFC 5322 comment starting at s[i] == '('; returns the index after
 * it (nesting and quoted-pairs honoured, unterminated runs to n). */
static size_t
skip_comment(const unsigned char *s, size_t i, size_t n)
{
    int depth = 0;
    for (; i < n; i++) {
        if (s[i] == '\\') {
            i++;
        } else if (s[i] == '(') {
            depth++;
        } else if (s[i] == ')') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return n;
}

/* Parses "type/subtype; a=b; c*=..." into a lower-case main value (the part
 * before the first ';', comments removed) and parameters. */
static size_t
parse_params(struct ctx *c, const unsigned char *v, size_t n, char **main_out, struct param *ps,
             size_t max)
{
    struct hl_arena *a = &c->msg->arena;
    struct hl_buf b;
    hl_buf_init(&b);
    size_t i = 0;
    while (i < n && v[i] != ';') {
        if (v[i] == '(') {
            i = skip_comment(v, i, n);
            continue;
        }
        if (v[i] > 32 && v[i] < 127 && v[i] != '"')
            hl_buf_putc(&b, (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] + 32 : v[i]));
        i++;
    }
    *main_out = hl_arena_strndup(a, b.data ? b.data : "", b.len);
    size_t np = 0;
    while (i < n) {
        /* at ';' */
        i++;
        while (i < n && (is_wsp(v[i]) || v[i] == '\r' || v[i] == '\n'))
            i++;
        if (i < n && v[i] == '(') {
            i = skip_comment(v, i, n);
            while (i < n && is_wsp(v[i]))
                i++;
        }
        size_t ns = i;
        while (i < n && v[i] != '=' && v[i] != ';')
            i++;
        size_t ne = i;
        while (ne > ns && is_wsp(v[ne - 1]))
            ne--;
        if (i >= n || v[i] != '=') {
            continue; /* "; junk" without a value */
        }
        i++;
        while (i < n && is_wsp(v[i]))
            i++;
        hl_buf_reset(&b);
        if (i < n && v[i] == '"') {
            i++;
            while (i < n && v[i] != '"') {
                if (v[i] == '\\' && i + 1 < n)
                    i++;
                hl_buf_putc(&b, (char)v[i]);
                i++;
            }
            if (i < n)
                i++;
            while (i < n && v[i] != ';')
                i++;
        } else {
            size_t vs = i;
            while (i < n && v[i] != ';')
                i++;
            size_t ve = i;
            /* a token ends at whitespace or a comment */
            for (size_t k = vs; k < ve; k++)
                if (is_wsp(v[k]) || v[k] == '(') {
                    ve = k;
                    break;
                }
            hl_buf_append(&b, v + vs, ve - vs);
        }
        if (ne == ns || np >= max || ne - ns >= sizeof ps[0].name)
            continue;
        struct param *p = &ps[np];
        size_t k = 0;
        for (size_t j = ns; j < ne; j++)
            p->name[k++] = (char)(v[j] >= 'A' && v[j] <= 'Z' ? v[j] + 32 : v[j]);
        p->name[k] = '\0';
        p->section = -1;
        p->ext = false;
        char *star = strchr(p->name, '*');
        if (star) {
            *star = '\0';
            char *rest = star + 1;
            if (*rest >= '0' && *rest <= '9') {
                long sec = strtol(rest, &rest, 10);
                p->section = sec > MAX_SECTIONS ? MAX_SECTIONS : (int)sec;
                if (*rest == '*')
                    p->ext = true;
            } else {
                p->ext = true;
            }
        }
        p->value = hl_arena_strndup(a, b.data ? b.data : "", b.len);
        np++;
    }
    hl_buf_fini(&b);
    return np;
}

static const struct param *
param_find(const struct param *ps, size_t n, const char *name, int section)
{
    for (size_t i = 0; i < n; i++)
        if (ps[i].section == section && strcmp(ps[i].name, name) == 0)
            return &ps[i];
    return NULL;
}

static void
pct_decode(struct hl_buf *b, const char *s)
{
    for (; *s; s++) {
        int h1, h2;
        if (*s == '%' && (h1 = hexval((unsigned char)s[1])) >= 0 &&
            (h2 = hexval((unsigned char)s[2])) >= 0) {
            hl_buf_putc(b, (char)(h1 * 16 + h2));
            s += 2;
        } else {
            hl_buf_putc(b, *s);
        }
    }
}

/* The decoded value of parameter name, following RFC 2231 (charset,
 * continuations) and, for plain values, RFC 2047 as mailers write it. */
static char *
param_decoded(struct ctx *c, const struct param *ps, size_t n, const char *name)
{
    struct hl_buf b;
    hl_buf_init(&b);
    char *res = NULL;
    char cs[64] = "";
    bool ext = false;
    const struct param *p0 = param_find(ps, n, name, 0);
    const struct param *pe = param_find(ps, n, name, -1);
    if (p0 != NULL) {
        for (int s = 0; s < MAX_SECTIONS; s++) {
            const struct param *p = param_find(ps, n, name, s);
            if (p == NULL)
                break;
            const char *val = p->value;
            if (p->ext) {
                ext = true;
                if (s == 0) {
                    const char *q1 = strchr(val, '\'');
                    const char *q2 = q1 ? strchr(q1 + 1, '\'') : NULL;
                    if (q2) {
                        size_t cl = (size_t)(q1 - val);
                        snprintf(cs, sizeof cs, "%.*s", (int)(cl < 63 ? cl : 63), val);
                        val = q2 + 1;
                    }
                }
                pct_decode(&b, val);
            } else {
                hl_buf_puts(&b, val);
            }
        }
    } else if (pe != NULL && pe->ext) {
        ext = true;
        const char *val = pe->value;
        const char *q1 = strchr(val, '\'');
        const char *q2 = q1 ? strchr(q1 + 1, '\'') : NULL;
        if (q2) {
            size_t cl = (size_t)(q1 - val);
            snprintf(cs, sizeof cs, "%.*s", (int)(cl < 63 ? cl : 63), val);
            val = q2 + 1;
        }
        pct_decode(&b, val);
    } else if (pe != NULL) {
        hl_buf_puts(&b, pe->value);
    } else {
        goto out;
    }
    if (ext && cs[0]) {
        const char *used;
        bool fb;
        res =
            hl_charset_decode(&c->msg->arena, cs, (const unsigned char *)b.data, b.len, &used, &fb);
    } else {
        res = decode_header_value(c, (const unsigned char *)(b.data ? b.data : ""), b.len);
    }
    if (res[0] == '\0')
        res = NULL;
out:
    hl_buf_fini(&b);
    return res;
}

/* ---- parts ------------------------------------------------------------- */

static void
part_setup(struct ctx *c, struct part *p, const char *default_ctype)
{
    struct param ps[MAX_PARAMS];
    const struct field *ct = field_find(p->fields, p->n_fields, "Content-Type");
    p->ctype = NULL;
    p->boundary = NULL;
    p->charset = NULL;
    p->filename = NULL;
    p->attachment = false;
    p->cte = CTE_IDENTITY;
    char *name = NULL;
    if (ct != NULL) {
        char *main;
        size_t np = parse_params(c, ct->value, ct->len, &main, ps, MAX_PARAMS);
        const char *slash = strchr(main, '/');
        if (slash && slash != main && slash[1] != '\0') {
            p->ctype = main;
        } else {
            problem(c, "invalid Content-Type \"%.60s\"; read as %s", main, default_ctype);
        }
        const struct param *bp = param_find(ps, np, "boundary", -1);
        if (bp && bp->value[0])
            p->boundary = bp->value;
        const struct param *cp = param_find(ps, np, "charset", -1);
        if (cp && cp->value[0])
            p->charset = cp->value;
        name = param_decoded(c, ps, np, "name");
    }
    if (p->ctype == NULL)
        p->ctype = hl_arena_strdup(&c->msg->arena, default_ctype);
    const struct field *cd = field_find(p->fields, p->n_fields, "Content-Disposition");
    if (cd != NULL) {
        char *disp;
        size_t np = parse_params(c, cd->value, cd->len, &disp, ps, MAX_PARAMS);
        p->attachment = strcmp(disp, "attachment") == 0;
        p->filename = param_decoded(c, ps, np, "filename");
    }
    if (p->filename == NULL)
        p->filename = name;
    const struct field *te = field_find(p->fields, p->n_fields, "Content-Transfer-Encoding");
    if (te != NULL) {
        char *enc;
        parse_params(c, te->value, te->len, &enc, ps, 0);
        if (strcmp(enc, "base64") == 0)
            p->cte = CTE_BASE64;
        else if (strcmp(enc, "quoted-printable") == 0)
            p->cte = CTE_QP;
    }
}

/* Counts a part against max_parts; false when it must not be parsed. */
static bool
count_part(struct ctx *c)
{
    if (c->n_parts >= c->lim.max_parts) {
        if (!c->parts_exceeded) {
            c->parts_exceeded = true;
            c->msg->flags |= HL_MSG_OVER_LIMIT;
            problem(c, "more than %d MIME parts; the rest was not parsed", c->lim.max_parts);
        }
        return false;
    }
    c->n_parts++;
    return true;
}

static bool
is_body_text_type(const char *ctype)
{
    return strcmp(ctype, "text/plain") == 0 || strcmp(ctype, "text/html") == 0;
}

/* Appends text to the body with CRLF and lone CR turned into LF. */
static void
append_body_text(struct ctx *c, const char *s)
{
    if (c->text.len) {
        while (c->text.len && c->text.data[c->text.len - 1] == '\n')
            c->text.len--;
        hl_buf_append(&c->text, "\n\n", 2);
    }
    size_t n = strlen(s);
    hl_buf_reserve(&c->text, n);
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *cr = memchr(p, '\r', (size_t)(end - p));
        if (cr == NULL) {
            hl_buf_append(&c->text, p, (size_t)(end - p));
            break;
        }
        hl_buf_append(&c->text, p, (size_t)(cr - p));
        if (cr + 1 < end && cr[1] == '\n') {
            p = cr + 1; /* the LF is copied with the next run */
        } else {
            hl_buf_putc(&c->text, '\n');
            p = cr + 1;
        }
    }
}

static bool
charset_known(const char *label)
{
    struct hl_arena tmp;
    hl_arena_init(&tmp);
    const char *used;
    bool fb = false;
    /* A one-byte non-ASCII probe: a known charset decodes it without
     * falling back (lazy labels over non-UTF-8 bytes stay themselves, except
     * us-ascii which is known anyway). */
    static const unsigned char probe[] = {0xE9};
    hl_charset_decode(&tmp, label, probe, 1, &used, &fb);
    hl_arena_fini(&tmp);
    if (!fb)
        return true;
    return strcasecmp(label, "us-ascii") == 0 || strcasecmp(label, "ascii") == 0;
}

static void
text_leaf(struct ctx *c, const struct part *p)
{
    size_t n;
    unsigned char *bytes = transfer_decode(c, p, &n);
    bool html = strcmp(p->ctype, "text/html") == 0;
    const char *declared = p->charset;
    if (declared == NULL && html)
        declared = hl_html_meta_charset(&c->msg->arena, bytes, n);
    const char *used;
    bool fb;
    char *s =
        hl_charset_decode(&c->msg->arena, declared ? declared : "us-ascii", bytes, n, &used, &fb);
    bool unknown = declared && fb && !charset_known(declared);
    const char *shown = declared ? label_for_note(c, declared) : NULL;
    if (fb)
        c->msg->flags |= HL_MSG_CHARSET_FALLBACK;
    if (unknown)
        problem(c, "%s part: unknown charset \"%s\"; decoded as %s", p->ctype, shown, used);
    if (!c->have_note) {
        c->have_note = true;
        char *note;
        if (declared == NULL && !fb)
            note = hl_arena_printf(&c->msg->arena, "no charset declared, decoded as %s", used);
        else if (declared == NULL)
            note = hl_arena_printf(&c->msg->arena,
                                   "no charset declared, decoded as %s (8-bit bytes)", used);
        else if (unknown)
            note = hl_arena_printf(&c->msg->arena, "declared %s (unknown), decoded as %s (guessed)",
                                   shown, used);
        else if (fb)
            note = hl_arena_printf(&c->msg->arena,
                                   "declared %s, decoded as %s (label did not match the bytes)",
                                   shown, used);
        else
            note = hl_arena_printf(&c->msg->arena, "declared %s, decoded as %s", shown, used);
        c->msg->charset_note = note;
    }
    if (html) {
        char *t = hl_html_to_text(&c->msg->arena, s, strlen(s));
        s = hl_utf8_nfc(&c->msg->arena, t, strlen(t));
    }
    append_body_text(c, s);
}

static void
add_attachment(struct ctx *c, const struct part *p, bool raw_body)
{
    struct hl_attachment at;
    if (raw_body) {
        at.size = p->body_end - p->body_start;
        at.data = hl_arena_memdup(&c->msg->arena, c->raw + p->body_start, at.size);
    } else {
        at.data = transfer_decode(c, p, &at.size);
    }
    at.filename = p->filename;
    at.content_type = p->ctype;
    hl_sha256_hex(at.data, at.size, at.sha256);
    if (c->atts.n == c->atts.cap) {
        c->atts.cap = c->atts.cap ? c->atts.cap * 2 : 8;
        c->atts.v = hl_xrealloc(c->atts.v, c->atts.cap * sizeof *c->atts.v);
    }
    c->atts.v[c->atts.n++] = at;
}

static void
leaf(struct ctx *c, const struct part *p, enum role role)
{
    bool textual = is_body_text_type(p->ctype) && !p->attachment && p->filename == NULL;
    if (strncmp(p->ctype, "message/", 8) == 0) {
        /* The part body exactly as in the file: only a (forbidden but seen)
         * base64/QP wrapper is removed. */
        add_attachment(c, p, p->cte == CTE_IDENTITY);
    } else if (textual) {
        if (role == ROLE_NORMAL)
            text_leaf(c, p);
    } else {
        add_attachment(c, p, false);
    }
}

/* A child range of a multipart body. */
struct range {
    size_t start, end;
};

/* Whether the line [p, e) is a delimiter for boundary; *close set for the
 * closing one.  Trailing whitespace (transport padding) is allowed. */
static bool
is_delimiter(const unsigned char *p, const unsigned char *e, const char *boundary, size_t blen,
             bool *close)
{
    if ((size_t)(e - p) < blen + 2 || p[0] != '-' || p[1] != '-' ||
        memcmp(p + 2, boundary, blen) != 0)
        return false;
    const unsigned char *q = p + 2 + blen;
    *close = false;
    if (e - q >= 2 && q[0] == '-' && q[1] == '-') {
        *close = true;
        q += 2;
    }
    while (q < e && (is_wsp(*q)))
        q++;
    return q == e;
}

/* End of the content before the delimiter line starting at line_start: the
 * line break in front of a delimiter belongs to the delimiter. */
static size_t
content_end_before(const unsigned char *raw, size_t floor, size_t line_start)
{
    size_t e = line_start;
    if (e > floor && raw[e - 1] == '\n') {
        e--;
        if (e > floor && raw[e - 1] == '\r')
            e--;
    }
    return e;
}

static void entity(struct ctx *c, struct part *p, int depth, enum role role);

static void salvage_flat(struct ctx *c, size_t start, size_t end, enum role role);

static void
child(struct ctx *c, struct range r, const char *default_ctype, int depth, enum role role)
{
    struct part cp;
    cp.body_start = parse_fields(c, r.start, r.end, &cp.fields, &cp.n_fields);
    cp.body_end = r.end;
    if (cp.body_start > cp.body_end)
        cp.body_start = cp.body_end;
    part_setup(c, &cp, default_ctype);
    entity(c, &cp, depth, role);
}

static void
multipart(struct ctx *c, struct part *p, int depth, enum role role)
{
    const char *sub = p->ctype + 10;
    if (p->boundary == NULL) {
        problem(c, "%s without a boundary parameter; body read as plain text", p->ctype);
        p->ctype = hl_arena_strdup(&c->msg->arena, "text/plain");
        leaf(c, p, role);
        return;
    }
    if (depth >= c->lim.max_depth) {
        if (!c->depth_noted) {
            c->depth_noted = true;
            c->msg->flags |= HL_MSG_OVER_LIMIT;
            problem(c,
                    "MIME nesting deeper than %d levels; the parts below were recovered by a flat "
                    "scan",
                    c->lim.max_depth);
        }
        salvage_flat(c, p->body_start, p->body_end, role);
        return;
    }
    size_t blen = strlen(p->boundary);
    struct range *kids = NULL;
    size_t nk = 0, cap = 0;
    bool seen_first = false, closed = false;
    size_t cur = 0;
    size_t pos = p->body_start;
    while (pos < p->body_end) {
        size_t ce;
        size_t next = line_at(c->raw, pos, p->body_end, &ce);
        bool close;
        if (c->raw[pos] == '-' &&
            is_delimiter(c->raw + pos, c->raw + ce, p->boundary, blen, &close)) {
            if (seen_first) {
                if (nk == cap) {
                    cap = cap ? cap * 2 : 8;
                    kids = hl_xrealloc(kids, cap * sizeof *kids);
                }
                kids[nk].start = cur;
                kids[nk].end = content_end_before(c->raw, cur, pos);
                nk++;
            }
            seen_first = true;
            cur = next;
            if (close) {
                closed = true;
                break;
            }
        }
        pos = next;
    }
    if (!seen_first) {
        problem(c, "%s: no boundary line found; body read as plain text", p->ctype);
        p->ctype = hl_arena_strdup(&c->msg->arena, "text/plain");
        leaf(c, p, role);
        free(kids);
        return;
    }
    if (!closed) {
        problem(c, "%s: closing boundary missing; last part runs to end of %s", p->ctype,
                depth == 0 ? "message" : "enclosing part");
        if (nk == cap) {
            cap = cap ? cap * 2 : 8;
            kids = hl_xrealloc(kids, cap * sizeof *kids);
        }
        kids[nk].start = cur;
        kids[nk].end = p->body_end;
        nk++;
    }
    const char *kid_type = strcmp(sub, "digest") == 0 ? "message/rfc822" : "text/plain";
    if (strcmp(sub, "alternative") != 0) {
        for (size_t i = 0; i < nk; i++)
            child(c, kids[i], kid_type, depth + 1, role);
        free(kids);
        return;
    }
    /* multipart/alternative: only one branch is body text, preferably the
     * plain one; the others still contribute non-text leaves (images of a
     * multipart/related HTML branch). */
    struct part *alts = hl_arena_alloc(&c->msg->arena, nk * sizeof *alts + 1);
    size_t chosen = nk, html = nk, multi = nk;
    size_t counted = 0;
    for (size_t i = 0; i < nk; i++) {
        if (!count_part(c))
            break;
        counted++;
        struct part *a = &alts[i];
        a->body_start = parse_fields(c, kids[i].start, kids[i].end, &a->fields, &a->n_fields);
        a->body_end = kids[i].end;
        if (a->body_start > a->body_end)
            a->body_start = a->body_end;
        part_setup(c, a, kid_type);
        bool textual = !a->attachment && a->filename == NULL;
        if (chosen == nk && textual && strcmp(a->ctype, "text/plain") == 0)
            chosen = i;
        else if (html == nk && textual && strcmp(a->ctype, "text/html") == 0)
            html = i;
        else if (multi == nk && strncmp(a->ctype, "multipart/", 10) == 0)
            multi = i;
    }
    if (chosen == nk)
        chosen = html != nk ? html : multi != nk ? multi : (counted ? counted - 1 : nk);
    for (size_t i = 0; i < counted; i++) {
        /* count_part already ran for these. */
        c->n_parts--;
        entity(c, &alts[i], depth + 1, i == chosen ? role : ROLE_ALT_DROP_TEXT);
    }
    free(kids);
}

static void
entity(struct ctx *c, struct part *p, int depth, enum role role)
{
    if (!count_part(c))
        return;
    if (strncmp(p->ctype, "multipart/", 10) == 0)
        multipart(c, p, depth, role);
    else
        leaf(c, p, role);
}

/* Past the depth limit: every line that looks like a delimiter ("--token")
 * starts a part; parts that are themselves multipart contribute nothing
 * (their children follow as further flat parts).  No recursion. */
static void
salvage_flat(struct ctx *c, size_t start, size_t end, enum role role)
{
    size_t pos = start;
    size_t cur = 0;
    bool in_part = false;
    while (pos <= end) {
        size_t ce = end, next = end;
        bool delim = false;
        if (pos < end) {
            next = line_at(c->raw, pos, end, &ce);
            const unsigned char *p = c->raw + pos;
            size_t l = ce - pos;
            if (l > 2 && l <= 80 && p[0] == '-' && p[1] == '-') {
                delim = true;
                for (size_t k = 2; k < l && delim; k++)
                    delim = p[k] > 32 && p[k] < 127;
            }
        }
        if (pos >= end || delim) {
            if (in_part) {
                struct part fp;
                size_t pend = content_end_before(c->raw, cur, pos);
                fp.body_start = parse_fields(c, cur, pend, &fp.fields, &fp.n_fields);
                fp.body_end = pend;
                if (fp.body_start > fp.body_end)
                    fp.body_start = fp.body_end;
                part_setup(c, &fp, "text/plain");
                bool empty_container = strncmp(fp.ctype, "multipart/", 10) == 0;
                if (!empty_container && fp.n_fields > 0) {
                    if (!count_part(c))
                        return;
                    leaf(c, &fp, role);
                }
            }
            if (pos >= end)
                break;
            in_part = true;
            cur = next;
        }
        pos = next;
    }
}

/* ---- addresses ----------------------------------------------------------- */

static bool
addr_special_skip(const unsigned char *s, size_t n, size_t *i, int *in_angle)
{
    if (s[*i] == '"') {
        for ((*i)++; *i < n && s[*i] != '"'; (*i)++)
            if (s[*i] == '\\')
                (*i)++;
        if (*i < n)
            (*i)++;
        return true;
    }
    if (s[*i] == '(') {
        *i = skip_comment(s, *i, n);
        return true;
    }
    if (s[*i] == '<')
        (*in_angle)++;
    else if (s[*i] == '>' && *in_angle > 0)
        (*in_angle)--;
    return false;
}

static char *
trim_dup(struct hl_arena *a, const char *s, size_t n)
{
    while (n && (is_wsp((unsigned char)*s) || *s == '\r' || *s == '\n')) {
        s++;
        n--;
    }
    while (n && (is_wsp((unsigned char)s[n - 1]) || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    return hl_arena_strndup(a, s, n);
}

/* One mailbox ([s, s+n), no top-level comma) into name and address. */
static void
parse_mailbox(struct ctx *c, const unsigned char *s, size_t n, struct hl_addr *out)
{
    struct hl_arena *a = &c->msg->arena;
    struct hl_buf phrase, addr;
    hl_buf_init(&phrase);
    hl_buf_init(&addr);
    bool angle = false;
    size_t i = 0;
    /* Phrase: everything before '<' outside quotes, unquoted, comments
     * dropped (a comment is never a name). */
    while (i < n) {
        unsigned char ch = s[i];
        if (ch == '"') {
            for (i++; i < n && s[i] != '"'; i++) {
                if (s[i] == '\\' && i + 1 < n)
                    i++;
                hl_buf_putc(&phrase, (char)s[i]);
            }
            if (i < n)
                i++;
            continue;
        }
        if (ch == '(') {
            i = skip_comment(s, i, n);
            hl_buf_putc(&phrase, ' ');
            continue;
        }
        if (ch == '<') {
            angle = true;
            i++;
            break;
        }
        hl_buf_putc(&phrase, (char)ch);
        i++;
    }
    if (angle) {
        size_t as = i;
        while (i < n && s[i] != '>')
            i++;
        size_t ae = i;
        /* obsolete route: <@a,@b:user@host> */
        for (size_t k = ae; k > as; k--)
            if (s[k - 1] == ':') {
                as = k;
                break;
            }
        for (size_t k = as; k < ae; k++)
            if (!is_wsp(s[k]) && s[k] != '\r' && s[k] != '\n')
                hl_buf_putc(&addr, (char)s[k]);
    } else {
        /* No angle brackets: an addr-spec, or a bare display name. */
        char *t = trim_dup(a, phrase.data ? phrase.data : "", phrase.len);
        if (strchr(t, '@') != NULL) {
            hl_buf_reset(&addr);
            for (char *k = t; *k; k++)
                if (!is_wsp((unsigned char)*k))
                    hl_buf_putc(&addr, *k);
            hl_buf_reset(&phrase);
        }
    }
    /* Collapse whitespace in the phrase before decoding. */
    struct hl_buf ph;
    hl_buf_init(&ph);
    for (size_t k = 0; k < phrase.len; k++) {
        unsigned char ch = (unsigned char)phrase.data[k];
        bool sp = is_wsp(ch) || ch == '\r' || ch == '\n';
        if (sp) {
            if (ph.len && ph.data[ph.len - 1] != ' ')
                hl_buf_putc(&ph, ' ');
        } else {
            hl_buf_putc(&ph, (char)ch);
        }
    }
    while (ph.len && ph.data[ph.len - 1] == ' ')
        ph.len--;
    out->name = NULL;
    out->address = NULL;
    if (ph.len) {
        char *d = decode_header_value(c, (const unsigned char *)ph.data, ph.len);
        char *t = trim_dup(a, d, strlen(d));
        if (t[0])
            out->name = t;
    }
    if (addr.len)
        out->address = hl_utf8_nfc(a, addr.data, addr.len);
    hl_buf_fini(&ph);
    hl_buf_fini(&phrase);
    hl_buf_fini(&addr);
}

/* Every mailbox of an address list; groups are flattened. */
static void
parse_address_list(struct ctx *c, const unsigned char *s, size_t n, struct hl_addr **v,
                   size_t *count, size_t *cap)
{
    size_t i = 0, item = 0;
    int in_angle = 0;
    while (i <= n) {
        if (i == n || (in_angle == 0 && (s[i] == ',' || s[i] == ';'))) {
            struct hl_addr ad;
            parse_mailbox(c, s + item, i - item, &ad);
            if (ad.name || ad.address) {
                if (*count == *cap) {
                    *cap = *cap ? *cap * 2 : 4;
                    *v = hl_xrealloc(*v, *cap * sizeof **v);
                }
                (*v)[(*count)++] = ad;
            }
            if (i == n)
                break;
            i++;
            item = i;
            continue;
        }
        if (in_angle == 0 && s[i] == ':') {
            /* "group-name:" starts a group; its name is not an address. */
            i++;
            item = i;
            continue;
        }
        if (addr_special_skip(s, n, &i, &in_angle))
            continue;
        i++;
    }
}

static struct hl_addr *
address_header(struct ctx *c, const struct field *f, size_t nf, const char *name, size_t *n_out)
{
    struct hl_addr *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < nf; i++)
        if (strcasecmp(f[i].name, name) == 0)
            parse_address_list(c, f[i].value, f[i].len, &v, &n, &cap);
    struct hl_addr *res = n ? hl_arena_memdup(&c->msg->arena, v, n * sizeof *v) : NULL;
    free(v);
    *n_out = n;
    return res;
}

/* ---- top level ------------------------------------------------------------ */

static char *
raw_value(struct ctx *c, const struct field *f)
{
    if (f == NULL)
        return NULL;
    struct hl_buf b;
    hl_buf_init(&b);
    for (size_t i = 0; i < f->len; i++) {
        unsigned char ch = f->value[i];
        bool sp = ch < 32 || ch == 127;
        if (sp) {
            if (b.len && b.data[b.len - 1] != ' ')
                hl_buf_putc(&b, ' ');
        } else {
            hl_buf_putc(&b, (char)ch);
        }
    }
    char *r = hl_utf8_nfc(&c->msg->arena, b.data ? b.data : "", b.len);
    hl_buf_fini(&b);
    size_t l = strlen(r);
    while (l && r[l - 1] == ' ')
        r[--l] = '\0';
    return r;
}

static char *
message_id(struct ctx *c, const struct field *f)
{
    char *v = raw_value(c, f);
    if (v == NULL || v[0] == '\0')
        return NULL;
    char *lt = strchr(v, '<');
    char *gt = lt ? strchr(lt, '>') : NULL;
    if (lt && gt)
        return hl_arena_strndup(&c->msg->arena, lt, (size_t)(gt - lt) + 1);
    return hl_arena_printf(&c->msg->arena, "<%s>", v);
}

static void
top_headers(struct ctx *c, struct field *f, size_t nf)
{
    struct hl_message *m = c->msg;
    struct hl_arena *a = &m->arena;
    m->headers = nf ? hl_arena_alloc(a, nf * sizeof *m->headers) : NULL;
    m->n_headers = nf;
    for (size_t i = 0; i < nf; i++) {
        m->headers[i].name = f[i].name;
        m->headers[i].value = decode_header_value(c, f[i].value, f[i].len);
    }
    size_t n_from = 0;
    const struct field *from = NULL;
    for (size_t i = 0; i < nf; i++)
        if (strcasecmp(f[i].name, "From") == 0 && n_from++ == 0)
            from = &f[i];
    if (from == NULL) {
        problem(c, "no From header");
    } else {
        struct hl_addr *v = NULL;
        size_t n = 0, cap = 0;
        parse_address_list(c, from->value, from->len, &v, &n, &cap);
        if (n)
            m->from = v[0];
        free(v);
        if (n_from > 1)
            problem(c, "%zu From headers; the first one is used", n_from);
        if (m->from.address == NULL)
            problem(c, "From has no address%s", m->from.name ? " (display name only)" : "");
    }
    m->to = address_header(c, f, nf, "To", &m->n_to);
    m->cc = address_header(c, f, nf, "Cc", &m->n_cc);
    const char *subj = hl_message_header(m, "Subject");
    if (subj) {
        size_t l = strlen(subj);
        const char *s = subj;
        while (*s == ' ') {
            s++;
            l--;
        }
        while (l && s[l - 1] == ' ')
            l--;
        m->subject = hl_arena_strndup(a, s, l);
    }
    m->message_id = message_id(c, field_find(f, nf, "Message-ID"));
    m->in_reply_to = raw_value(c, field_find(f, nf, "In-Reply-To"));
    m->references = raw_value(c, field_find(f, nf, "References"));
    m->date = raw_value(c, field_find(f, nf, "Date"));
    const struct field *dt = field_find(f, nf, "Delivered-To");
    if (dt) {
        struct hl_addr *v = NULL;
        size_t n = 0, cap = 0;
        parse_address_list(c, dt->value, dt->len, &v, &n, &cap);
        m->delivered_to = n && v[0].address ? v[0].address : raw_value(c, dt);
        free(v);
    }
}

struct hl_message *
hl_mime_parse(const unsigned char *raw, size_t len, const struct hl_mime_limits *lim)
{
    struct hl_message *m = hl_xcalloc(1, sizeof *m);
    hl_arena_init(&m->arena);
    struct ctx c;
    memset(&c, 0, sizeof c);
    c.msg = m;
    if (lim)
        c.lim = *lim;
    else
        hl_mime_limits_default(&c.lim);
    /* The recursion is bounded by max_depth: keep it within any stack. */
    if (c.lim.max_depth < 1)
        c.lim.max_depth = 1;
    if (c.lim.max_depth > 100)
        c.lim.max_depth = 100;
    if (c.lim.max_parts < 1)
        c.lim.max_parts = 1;
    if (c.lim.max_header_bytes < 80)
        c.lim.max_header_bytes = 80;
    c.raw = raw ? raw : (const unsigned char *)"";
    c.len = raw ? len : 0;
    hl_buf_init(&c.text);
    hl_buf_init(&c.problems);

    if (c.len == 0) {
        problem(&c, "empty message (0 bytes)");
        goto out;
    }
    if (c.len > c.lim.max_message_bytes) {
        m->flags |= HL_MSG_OVER_LIMIT;
        problem(&c, "message is %zu bytes, over the %zu-byte limit; only the first %zu parsed",
                c.len, c.lim.max_message_bytes, c.lim.max_message_bytes);
        c.len = c.lim.max_message_bytes;
    }
    scan_raw(&c);

    struct part top;
    top.body_start = parse_fields(&c, 0, c.len, &top.fields, &top.n_fields);
    top.body_end = c.len;
    if (top.n_fields == 0)
        problem(&c, "no header fields");
    top_headers(&c, top.fields, top.n_fields);
    part_setup(&c, &top, "text/plain");
    entity(&c, &top, 0, ROLE_NORMAL);

out:
    while (c.text.len &&
           (c.text.data[c.text.len - 1] == '\n' || c.text.data[c.text.len - 1] == ' '))
        c.text.len--;
    m->text = hl_arena_strndup(&m->arena, c.text.data ? c.text.data : "", c.text.len);
    if (m->charset_note == NULL)
        m->charset_note = hl_arena_strdup(&m->arena, "no text body");
    if (c.problems.len)
        m->problems = hl_utf8_nfc(&m->arena, c.problems.data, c.problems.len);
    if (c.atts.n) {
        m->atts = hl_arena_memdup(&m->arena, c.atts.v, c.atts.n * sizeof *c.atts.v);
        m->n_atts = c.atts.n;
    }
    free(c.atts.v);
    hl_buf_fini(&c.text);
    hl_buf_fini(&c.problems);
    return m;
}

void
hl_message_free(struct hl_message **msg)
{
    if (msg == NULL || *msg == NULL)
        return;
    hl_arena_fini(&(*msg)->arena);
    free(*msg);
    *msg = NULL;
}

const char *
hl_message_header(const struct hl_message *msg, const char *name)
{
    for (size_t i = 0; i < msg->n_headers; i++)
        if (strcasecmp(msg->headers[i].name, name) == 0)
            return msg->headers[i].value;
    return NULL;
}
