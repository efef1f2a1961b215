/*
 * mime_params: Content-Type and Content-Disposition parameters
 * (RFC 2045, RFC 2231 continuations and charsets).
 * Part of the MIME parser (see mime.c, mime_int.h).
 */
#include "mime_int.h"

#include "charset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- parameters (RFC 2045, RFC 2231) ----------------------------------- */

/* Skips an RFC 5322 comment starting at s[i] == '('; returns the index after
 * it (nesting and quoted-pairs honoured, unterminated runs to n). */
size_t
hl_mime_skip_comment(const unsigned char *s, size_t i, size_t n)
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
size_t
hl_mime_parse_params(struct ctx *c, const unsigned char *v, size_t n, char **main_out,
                     struct param *ps, size_t max)
{
    struct hl_arena *a = &c->msg->arena;
    struct hl_buf b;
    hl_buf_init(&b);
    size_t i = 0;
    while (i < n && v[i] != ';') {
        if (v[i] == '(') {
            i = hl_mime_skip_comment(v, i, n);
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
        while (i < n && (hl_mime_is_wsp(v[i]) || v[i] == '\r' || v[i] == '\n'))
            i++;
        if (i < n && v[i] == '(') {
            i = hl_mime_skip_comment(v, i, n);
            while (i < n && hl_mime_is_wsp(v[i]))
                i++;
        }
        size_t ns = i;
        while (i < n && v[i] != '=' && v[i] != ';')
            i++;
        size_t ne = i;
        while (ne > ns && hl_mime_is_wsp(v[ne - 1]))
            ne--;
        if (i >= n || v[i] != '=') {
            continue; /* "; junk" without a value */
        }
        i++;
        while (i < n && hl_mime_is_wsp(v[i]))
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
                if (hl_mime_is_wsp(v[k]) || v[k] == '(') {
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

const struct param *
hl_mime_param_find(const struct param *ps, size_t n, const char *name, int section)
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
        if (*s == '%' && (h1 = hl_mime_hexval((unsigned char)s[1])) >= 0 &&
            (h2 = hl_mime_hexval((unsigned char)s[2])) >= 0) {
            hl_buf_putc(b, (char)(h1 * 16 + h2));
            s += 2;
        } else {
            hl_buf_putc(b, *s);
        }
    }
}

/* The decoded value of parameter name, following RFC 2231 (charset,
 * continuations) and, for plain values, RFC 2047 as mailers write it. */
char *
hl_mime_param_decoded(struct ctx *c, const struct param *ps, size_t n, const char *name)
{
    struct hl_buf b;
    hl_buf_init(&b);
    char *res = NULL;
    char cs[64] = "";
    bool ext = false;
    const struct param *p0 = hl_mime_param_find(ps, n, name, 0);
    const struct param *pe = hl_mime_param_find(ps, n, name, -1);
    if (p0 != NULL) {
        for (int s = 0; s < MAX_SECTIONS; s++) {
            const struct param *p = hl_mime_param_find(ps, n, name, s);
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
        res = hl_mime_decode_header_value(c, (const unsigned char *)(b.data ? b.data : ""), b.len);
    }
    if (res[0] == '\0')
        res = NULL;
out:
    hl_buf_fini(&b);
    return res;
}
