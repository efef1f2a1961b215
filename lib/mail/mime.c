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
 *
 * The parser is five files sharing mime_int.h: this one walks the part tree;
 * mime_header.c reads header blocks and RFC 2047 values, mime_params.c
 * RFC 2045/2231 parameters, mime_transfer.c base64 and quoted-printable,
 * mime_address.c address lists.
 */
#include "mime_int.h"

#include "charset.h"
#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void
hl_mime_limits_default(struct hl_mime_limits *lim)
{
    lim->max_message_bytes = 25u * 1024 * 1024;
    lim->max_depth = 20;
    lim->max_parts = 200;
    lim->max_header_bytes = 64u * 1024;
}

void
hl_mime_problem(struct ctx *c, const char *fmt, ...)
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
const char *
hl_mime_label_for_note(struct ctx *c, const char *label)
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
size_t
hl_mime_line_at(const unsigned char *raw, size_t pos, size_t end, size_t *content_end)
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

/* ---- one pass over the raw bytes for transport-level damage ------------ */

static void
scan_raw(struct ctx *c)
{
    size_t bare_lf = 0, nul = 0, long_lines = 0, longest = 0, first_long = 0, line_no = 0;
    size_t pos = 0;
    while (pos < c->len) {
        size_t ce;
        size_t next = hl_mime_line_at(c->raw, pos, c->len, &ce);
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
        hl_mime_problem(c, "%zu line%s end%s in a bare LF instead of CRLF", bare_lf,
                        bare_lf == 1 ? "" : "s", bare_lf == 1 ? "s" : "");
    if (nul)
        hl_mime_problem(c, "%zu NUL byte%s in the message (dropped from the text)", nul,
                        nul == 1 ? "" : "s");
    if (long_lines)
        hl_mime_problem(c,
                        "%zu line%s longer than 998 bytes (first at line %zu, longest %zu bytes)",
                        long_lines, long_lines == 1 ? "" : "s", first_long, longest);
}

/* ---- parts ------------------------------------------------------------- */

static void
part_setup(struct ctx *c, struct part *p, const char *default_ctype)
{
    struct param ps[MAX_PARAMS];
    const struct field *ct = hl_mime_field_find(p->fields, p->n_fields, "Content-Type");
    p->ctype = NULL;
    p->boundary = NULL;
    p->charset = NULL;
    p->filename = NULL;
    p->attachment = false;
    p->cte = CTE_IDENTITY;
    char *name = NULL;
    if (ct != NULL) {
        char *main;
        size_t np = hl_mime_parse_params(c, ct->value, ct->len, &main, ps, MAX_PARAMS);
        const char *slash = strchr(main, '/');
        if (slash && slash != main && slash[1] != '\0') {
            p->ctype = main;
        } else {
            hl_mime_problem(c, "invalid Content-Type \"%.60s\"; read as %s", main, default_ctype);
        }
        const struct param *bp = hl_mime_param_find(ps, np, "boundary", -1);
        if (bp && bp->value[0])
            p->boundary = bp->value;
        const struct param *cp = hl_mime_param_find(ps, np, "charset", -1);
        if (cp && cp->value[0])
            p->charset = cp->value;
        name = hl_mime_param_decoded(c, ps, np, "name");
    }
    if (p->ctype == NULL)
        p->ctype = hl_arena_strdup(&c->msg->arena, default_ctype);
    const struct field *cd = hl_mime_field_find(p->fields, p->n_fields, "Content-Disposition");
    if (cd != NULL) {
        char *disp;
        size_t np = hl_mime_parse_params(c, cd->value, cd->len, &disp, ps, MAX_PARAMS);
        p->attachment = strcmp(disp, "attachment") == 0;
        p->filename = hl_mime_param_decoded(c, ps, np, "filename");
    }
    if (p->filename == NULL)
        p->filename = name;
    const struct field *te =
        hl_mime_field_find(p->fields, p->n_fields, "Content-Transfer-Encoding");
    if (te != NULL) {
        char *enc;
        hl_mime_parse_params(c, te->value, te->len, &enc, ps, 0);
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
            hl_mime_problem(c, "more than %d MIME parts; the rest was not parsed",
                            c->lim.max_parts);
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

bool
hl_mime_charset_known(const char *label)
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
    unsigned char *bytes = hl_mime_transfer_decode(c, p, &n);
    bool html = strcmp(p->ctype, "text/html") == 0;
    const char *declared = p->charset;
    if (declared == NULL && html)
        declared = hl_html_meta_charset(&c->msg->arena, bytes, n);
    const char *used;
    bool fb;
    char *s =
        hl_charset_decode(&c->msg->arena, declared ? declared : "us-ascii", bytes, n, &used, &fb);
    bool unknown = declared && fb && !hl_mime_charset_known(declared);
    const char *shown = declared ? hl_mime_label_for_note(c, declared) : NULL;
    if (fb)
        c->msg->flags |= HL_MSG_CHARSET_FALLBACK;
    if (unknown)
        hl_mime_problem(c, "%s part: unknown charset \"%s\"; decoded as %s", p->ctype, shown, used);
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
        at.data = hl_mime_transfer_decode(c, p, &at.size);
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
    while (q < e && (hl_mime_is_wsp(*q)))
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
    cp.body_start = hl_mime_parse_fields(c, r.start, r.end, &cp.fields, &cp.n_fields);
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
        hl_mime_problem(c, "%s without a boundary parameter; body read as plain text", p->ctype);
        p->ctype = hl_arena_strdup(&c->msg->arena, "text/plain");
        leaf(c, p, role);
        return;
    }
    if (depth >= c->lim.max_depth) {
        if (!c->depth_noted) {
            c->depth_noted = true;
            c->msg->flags |= HL_MSG_OVER_LIMIT;
            hl_mime_problem(
                c,
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
        size_t next = hl_mime_line_at(c->raw, pos, p->body_end, &ce);
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
        hl_mime_problem(c, "%s: no boundary line found; body read as plain text", p->ctype);
        p->ctype = hl_arena_strdup(&c->msg->arena, "text/plain");
        leaf(c, p, role);
        free(kids);
        return;
    }
    if (!closed) {
        hl_mime_problem(c, "%s: closing boundary missing; last part runs to end of %s", p->ctype,
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
        a->body_start =
            hl_mime_parse_fields(c, kids[i].start, kids[i].end, &a->fields, &a->n_fields);
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
            next = hl_mime_line_at(c->raw, pos, end, &ce);
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
                fp.body_start = hl_mime_parse_fields(c, cur, pend, &fp.fields, &fp.n_fields);
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
        m->headers[i].value = hl_mime_decode_header_value(c, f[i].value, f[i].len);
    }
    size_t n_from = 0;
    const struct field *from = NULL;
    for (size_t i = 0; i < nf; i++)
        if (strcasecmp(f[i].name, "From") == 0 && n_from++ == 0)
            from = &f[i];
    if (from == NULL) {
        hl_mime_problem(c, "no From header");
    } else {
        struct hl_addr *v = NULL;
        size_t n = 0, cap = 0;
        hl_mime_parse_address_list(c, from->value, from->len, &v, &n, &cap);
        if (n)
            m->from = v[0];
        free(v);
        if (n_from > 1)
            hl_mime_problem(c, "%zu From headers; the first one is used", n_from);
        if (m->from.address == NULL)
            hl_mime_problem(c, "From has no address%s", m->from.name ? " (display name only)" : "");
    }
    m->to = hl_mime_address_header(c, f, nf, "To", &m->n_to);
    m->cc = hl_mime_address_header(c, f, nf, "Cc", &m->n_cc);
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
    m->message_id = message_id(c, hl_mime_field_find(f, nf, "Message-ID"));
    m->in_reply_to = raw_value(c, hl_mime_field_find(f, nf, "In-Reply-To"));
    m->references = raw_value(c, hl_mime_field_find(f, nf, "References"));
    m->date = raw_value(c, hl_mime_field_find(f, nf, "Date"));
    const struct field *dt = hl_mime_field_find(f, nf, "Delivered-To");
    if (dt) {
        struct hl_addr *v = NULL;
        size_t n = 0, cap = 0;
        hl_mime_parse_address_list(c, dt->value, dt->len, &v, &n, &cap);
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
        hl_mime_problem(&c, "empty message (0 bytes)");
        goto out;
    }
    if (c.len > c.lim.max_message_bytes) {
        m->flags |= HL_MSG_OVER_LIMIT;
        hl_mime_problem(&c,
                        "message is %zu bytes, over the %zu-byte limit; only the first %zu parsed",
                        c.len, c.lim.max_message_bytes, c.lim.max_message_bytes);
        c.len = c.lim.max_message_bytes;
    }
    scan_raw(&c);

    struct part top;
    top.body_start = hl_mime_parse_fields(&c, 0, c.len, &top.fields, &top.n_fields);
    top.body_end = c.len;
    if (top.n_fields == 0)
        hl_mime_problem(&c, "no header fields");
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
