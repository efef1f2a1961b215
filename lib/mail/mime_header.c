/*
 * mime_header: header blocks (fields, unfolding, damaged header
 * blocks) and header values (RFC 2047 encoded words, raw 8-bit text).
 * Part of the MIME parser (see mime.c, mime_int.h).
 */
#include "mime_int.h"

#include "charset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Length of the field name if the line [p, e) starts a header field
 * ("Name:" or obsolete "Name :"), else 0. */
static size_t
field_name_len(const unsigned char *p, const unsigned char *e)
{
    const unsigned char *q = p;
    while (q<e && * q> 32 && *q < 127 && *q != ':')
        q++;
    size_t n = (size_t)(q - p);
    while (q < e && hl_mime_is_wsp(*q))
        q++;
    if (n == 0 || q >= e || *q != ':')
        return 0;
    return n;
}

/* ---- header blocks ---------------------------------------------------- */

/* Parses the header block in [start, end); returns where the body starts
 * (after the empty line, or end).  Fields live in the arena. */
size_t
hl_mime_parse_fields(struct ctx *c, size_t start, size_t end, struct field **fields_out,
                     size_t *n_out)
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
        size_t next = hl_mime_line_at(c->raw, pos, end, &ce);
        const unsigned char *p = c->raw + pos, *e = c->raw + ce;
        if (ce == pos) {
            body = next;
            break;
        }
        size_t nlen = field_name_len(p, e);
        if (nlen == 0) {
            if (hl_mime_is_wsp(*p)) {
                hl_mime_problem(c, "header block starts with a continuation line (ignored)");
                pos = next;
                continue;
            }
            /* A line without a colon: if a header field follows, it is junk
             * inside the header block (skip it); otherwise the header block
             * ended without its empty line and this is the body. */
            size_t ce2;
            bool more = false;
            if (next < end) {
                hl_mime_line_at(c->raw, next, end, &ce2);
                more = field_name_len(c->raw + next, c->raw + ce2) > 0;
            }
            size_t show = (size_t)(e - p) < 60 ? (size_t)(e - p) : 60;
            char excerpt[64];
            size_t k;
            for (k = 0; k < show; k++)
                excerpt[k] = (p[k] >= 32 && p[k] < 127 && p[k] != '"') ? (char)p[k] : '?';
            excerpt[k] = '\0';
            if (more) {
                hl_mime_problem(c, "header line without a colon ignored: \"%s\"", excerpt);
                pos = next;
                continue;
            }
            hl_mime_problem(
                c, "header block not ended by an empty line; body assumed to start at \"%s\"",
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
        while (vp < e && hl_mime_is_wsp(*vp))
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
        while (pos < end && hl_mime_is_wsp(c->raw[pos])) {
            next = hl_mime_line_at(c->raw, pos, end, &ce);
            take = ce - pos;
            if (val.len + take > room) {
                take = room > val.len ? room - val.len : 0;
                truncated = true;
            }
            hl_buf_append(&val, c->raw + pos, take);
            pos = next;
        }
        while (val.len && hl_mime_is_wsp((unsigned char)val.data[val.len - 1]))
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
            hl_mime_problem(c, "header %s longer than %zu bytes; truncated", v[n].name,
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

const struct field *
hl_mime_field_find(const struct field *f, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(f[i].name, name) == 0)
            return &f[i];
    return NULL;
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

static void
flush_words(struct ctx *c, struct hl_buf *out, struct hl_buf *pend, char *pend_cs)
{
    if (pend_cs[0] == '\0')
        return;
    const char *used;
    bool fb;
    char *d = hl_charset_decode(&c->msg->arena, pend_cs, (const unsigned char *)pend->data,
                                pend->len, &used, &fb);
    if (fb && !hl_mime_charset_known(pend_cs))
        hl_mime_problem(c, "unknown charset \"%s\" in a header; decoded as %s",
                        hl_mime_label_for_note(c, pend_cs), used);
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
char *
hl_mime_decode_header_value(struct ctx *c, const unsigned char *v, size_t len)
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
            gap_blank = hl_mime_is_wsp(v[k]) || v[k] == '\r' || v[k] == '\n';
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
            pend.len += hl_mime_b64_decode(t, tlen, (unsigned char *)pend.data + pend.len, &r);
            pend.data[pend.len] = '\0';
        } else {
            hl_buf_reserve(&pend, tlen);
            for (size_t k = 0; k < tlen; k++) {
                int h1, h2;
                if (t[k] == '_') {
                    hl_buf_putc(&pend, ' ');
                } else if (t[k] == '=' && k + 2 < tlen && (h1 = hl_mime_hexval(t[k + 1])) >= 0 &&
                           (h2 = hl_mime_hexval(t[k + 2])) >= 0) {
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
