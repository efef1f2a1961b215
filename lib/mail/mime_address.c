/*
 * mime_address: address lists (RFC 5322 mailboxes and groups)
 * into name and address pairs.
 * Part of the MIME parser (see mime.c, mime_int.h).
 */
#include "mime_int.h"

#include "charset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
        *i = hl_mime_skip_comment(s, *i, n);
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
    while (n && (hl_mime_is_wsp((unsigned char)*s) || *s == '\r' || *s == '\n')) {
        s++;
        n--;
    }
    while (n && (hl_mime_is_wsp((unsigned char)s[n - 1]) || s[n - 1] == '\r' || s[n - 1] == '\n'))
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
            i = hl_mime_skip_comment(s, i, n);
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
            if (!hl_mime_is_wsp(s[k]) && s[k] != '\r' && s[k] != '\n')
                hl_buf_putc(&addr, (char)s[k]);
    } else {
        /* No angle brackets: an addr-spec, or a bare display name. */
        char *t = trim_dup(a, phrase.data ? phrase.data : "", phrase.len);
        if (strchr(t, '@') != NULL) {
            hl_buf_reset(&addr);
            for (char *k = t; *k; k++)
                if (!hl_mime_is_wsp((unsigned char)*k))
                    hl_buf_putc(&addr, *k);
            hl_buf_reset(&phrase);
        }
    }
    /* Collapse whitespace in the phrase before decoding. */
    struct hl_buf ph;
    hl_buf_init(&ph);
    for (size_t k = 0; k < phrase.len; k++) {
        unsigned char ch = (unsigned char)phrase.data[k];
        bool sp = hl_mime_is_wsp(ch) || ch == '\r' || ch == '\n';
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
        char *d = hl_mime_decode_header_value(c, (const unsigned char *)ph.data, ph.len);
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
void
hl_mime_parse_address_list(struct ctx *c, const unsigned char *s, size_t n, struct hl_addr **v,
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

struct hl_addr *
hl_mime_address_header(struct ctx *c, const struct field *f, size_t nf, const char *name,
                       size_t *n_out)
{
    struct hl_addr *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < nf; i++)
        if (strcasecmp(f[i].name, name) == 0)
            hl_mime_parse_address_list(c, f[i].value, f[i].len, &v, &n, &cap);
    struct hl_addr *res = n ? hl_arena_memdup(&c->msg->arena, v, n * sizeof *v) : NULL;
    free(v);
    *n_out = n;
    return res;
}
