/* compose: see compose.h.  Limits: a header value is cut at MAX_HEADER_VALUE
 * bytes before encoding; References keeps the first and the last
 * MAX_REFERENCES - 1 ids (RFC 5322 3.6.4 allows trimming the middle). */
#include "compose.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define LINE_MAX_COLS 78
#define MAX_HEADER_VALUE 4000
#define MAX_REFERENCES 10
#define MAX_MSGID 250
#define MAX_RFC822_LINE 998

static bool
is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when invalid. */
static size_t
utf8_len(const unsigned char *s)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
            return 0; /* overlong or surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

/* Characters that must never reach a header: C1 controls, line and paragraph
 * separators, and the bidirectional overrides used to disguise text. */
static bool
is_bad_codepoint(const unsigned char *s, size_t n)
{
    if (n == 2 && s[0] == 0xC2 && s[1] < 0xA0)
        return true;
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 &&
        (s[2] == 0xA8 || s[2] == 0xA9 || (s[2] >= 0xAA && s[2] <= 0xAE)))
        return true;
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)
        return true;
    return false;
}

char *
hl_compose_sanitize(const char *s, char *out, size_t out_size)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t w = 0;
    bool space = true; /* drops leading blanks and collapses runs */
    if (out_size == 0)
        return out;
    while (*p && w + 1 < out_size) {
        size_t n = utf8_len(p);
        bool blank = n == 0 || (n == 1 && (*p < 0x21 || *p == 0x7f)) || is_bad_codepoint(p, n);
        if (blank) {
            if (!space)
                out[w++] = ' ';
            space = true;
            p += n ? n : 1;
            continue;
        }
        if (w + n + 1 > out_size)
            break; /* never cut a character in two */
        memcpy(out + w, p, n);
        w += n;
        p += n;
        space = false;
    }
    while (w > 0 && out[w - 1] == ' ')
        w--;
    out[w] = '\0';
    return out;
}

static char *
sanitized(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n > MAX_HEADER_VALUE)
        n = MAX_HEADER_VALUE;
    char *out = hl_xmalloc(n + 1);
    char *tmp = hl_xstrndup(s ? s : "", n);
    hl_compose_sanitize(tmp, out, n + 1);
    free(tmp);
    return out;
}

static bool
plain_ascii(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p > 0x7e)
            return false;
    return strstr(s, "=?") == NULL; /* would be read as an encoded-word */
}

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void
b64_append(struct hl_buf *out, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16;
        if (i + 1 < n)
            v |= (unsigned)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        char q[4] = {b64chars[(v >> 18) & 63], b64chars[(v >> 12) & 63],
                     i + 1 < n ? b64chars[(v >> 6) & 63] : '=', i + 2 < n ? b64chars[v & 63] : '='};
        hl_buf_append(out, q, 4);
    }
}

/* Writes s (sanitised UTF-8) as B encoded-words starting at column *col;
 * each word fits its line and holds whole characters. */
static void
put_encoded(struct hl_buf *out, const char *s, size_t *col, bool lead_space)
{
    const unsigned char *p = (const unsigned char *)s;
    bool first = !lead_space;
    while (*p) {
        size_t used = *col + (first ? 0 : 1);
        size_t avail = used < LINE_MAX_COLS ? LINE_MAX_COLS - used : 0;
        if (avail < 16) {
            hl_buf_puts(out, "\r\n");
            *col = 0;
            avail = LINE_MAX_COLS - 1;
            first = false; /* the fold needs its leading space */
        }
        if (avail > 75)
            avail = 75; /* RFC 2047: an encoded-word is at most 75 characters */
        size_t max_raw = (avail - 12) / 4 * 3;
        size_t take = 0;
        while (p[take]) {
            size_t n = utf8_len(p + take);
            if (n == 0)
                n = 1; /* sanitised input has none; stay safe anyway */
            if (take + n > max_raw)
                break;
            take += n;
        }
        if (take == 0) { /* cannot happen with avail >= 16; guarantees progress */
            size_t n = utf8_len(p);
            take = n ? n : 1;
        }
        if (!first) {
            hl_buf_putc(out, ' ');
            (*col)++;
        }
        size_t before = out->len;
        hl_buf_puts(out, "=?UTF-8?B?");
        b64_append(out, p, take);
        hl_buf_puts(out, "?=");
        *col += out->len - before;
        p += take;
        first = false;
    }
}

/* Writes plain ASCII words, folding at spaces. */
static void
put_words(struct hl_buf *out, const char *s, size_t *col)
{
    bool first = true;
    while (*s) {
        const char *sp = strchr(s, ' ');
        size_t n = sp ? (size_t)(sp - s) : strlen(s);
        if (!first) {
            if (*col + 1 + n > LINE_MAX_COLS) {
                hl_buf_puts(out, "\r\n");
                *col = 0;
            }
            hl_buf_putc(out, ' ');
            (*col)++;
        }
        hl_buf_append(out, s, n);
        *col += n;
        first = false;
        s += n;
        while (*s == ' ')
            s++;
    }
}

/* True when every word of s fits a continuation line. */
static bool
words_fit(const char *s)
{
    size_t run = 0;
    for (; *s; s++) {
        run = *s == ' ' ? 0 : run + 1;
        if (run > LINE_MAX_COLS - 12)
            return false;
    }
    return true;
}

/* Leading words that can stay plain ASCII, so that "[HL-2026-000123]" stays
 * readable (and greppable) in the raw subject: the length of that prefix,
 * ending before a space, or 0. */
static size_t
plain_prefix(const char *s)
{
    size_t end = 0;
    for (size_t i = 0;; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\0') {
            size_t start = end ? end + 1 : 0;
            if (i - start > 40 || i == start || c == '\0')
                return end;
            end = i;
            continue;
        }
        if (c < 0x21 || c > 0x7e || (c == '=' && s[i + 1] == '?'))
            return end;
    }
}

static void
put_text(struct hl_buf *out, const char *clean, size_t *col)
{
    if (plain_ascii(clean) && words_fit(clean)) {
        put_words(out, clean, col);
        return;
    }
    size_t n = plain_prefix(clean);
    if (n == 0) {
        put_encoded(out, clean, col, false);
        return;
    }
    char *head = hl_xstrndup(clean, n);
    put_words(out, head, col);
    free(head);
    /* The space between plain text and an encoded-word is kept by decoders
     * (RFC 2047 6.2), so it is written as the separator, not encoded. */
    put_encoded(out, clean + n + 1, col, true);
}

void
hl_compose_header_text(struct hl_buf *out, const char *name, const char *value)
{
    char *clean = sanitized(value);
    size_t col = strlen(name) + 1;
    hl_buf_puts(out, name);
    hl_buf_putc(out, ':');
    if (clean[0]) {
        hl_buf_putc(out, ' ');
        col++;
        put_text(out, clean, &col);
    }
    hl_buf_puts(out, "\r\n");
    free(clean);
}

static bool
valid_domain(const char *d, size_t n)
{
    if (n == 0 || n > 253)
        return false;
    size_t label = 0, labels = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '.') {
            if (label == 0 || d[i - 1] == '-')
                return false;
            label = 0;
            labels++;
        } else if (is_alnum(c) || c == '-') {
            if (label == 0 && c == '-')
                return false;
            if (++label > 63)
                return false;
        } else {
            return false;
        }
    }
    return label > 0 && d[n - 1] != '-' && labels >= 2;
}

bool
hl_compose_addr_valid(const char *a)
{
    if (a == NULL)
        return false;
    size_t n = strlen(a);
    const char *at = strrchr(a, '@');
    if (n == 0 || n > 254 || at == NULL || at == a || (size_t)(at - a) > 64)
        return false;
    /* RFC 5321 dot-atom local part, without the rarely used and risky specials. */
    static const char ok[] = "!#$%&'*+-/=?^_`{|}~.";
    for (const char *p = a; p < at; p++) {
        unsigned char c = (unsigned char)*p;
        if (!is_alnum(c) && strchr(ok, c) == NULL)
            return false;
        if (c == '.' && (p == a || p + 1 == at || p[1] == '.'))
            return false;
    }
    return valid_domain(at + 1, strlen(at + 1));
}

/* "Name: display <addr>, ..." with folding between the parts. */
static void
put_addr(struct hl_buf *out, const struct hl_compose_addr *a, size_t *col)
{
    char *clean = sanitized(a->name);
    if (clean[0]) {
        if (plain_ascii(clean) && strlen(clean) < LINE_MAX_COLS - 20) {
            struct hl_buf q;
            hl_buf_init(&q);
            hl_buf_putc(&q, '"');
            for (const char *p = clean; *p; p++) {
                if (*p == '"' || *p == '\\')
                    hl_buf_putc(&q, '\\');
                hl_buf_putc(&q, *p);
            }
            hl_buf_putc(&q, '"');
            if (*col + q.len > LINE_MAX_COLS) {
                hl_buf_puts(out, "\r\n ");
                *col = 1;
            }
            hl_buf_append(out, q.data, q.len);
            *col += q.len;
            hl_buf_fini(&q);
        } else {
            put_encoded(out, clean, col, false);
        }
        size_t n = strlen(a->address) + 3;
        if (*col + n > LINE_MAX_COLS) {
            hl_buf_puts(out, "\r\n");
            *col = 0;
        }
        hl_buf_printf(out, " <%s>", a->address);
        *col += n;
    } else {
        hl_buf_puts(out, a->address);
        *col += strlen(a->address);
    }
    free(clean);
}

static void
header_addrs(struct hl_buf *out, const char *name, const struct hl_compose_addr *a, size_t n)
{
    size_t col = strlen(name) + 2;
    hl_buf_printf(out, "%s: ", name);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            hl_buf_puts(out, ",\r\n ");
            col = 1;
        }
        put_addr(out, &a[i], &col);
    }
    hl_buf_puts(out, "\r\n");
}

char *
hl_compose_date(int64_t at, char *out, size_t out_size)
{
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    time_t t = (time_t)(at + 7 * 3600);
    struct tm tm;
    gmtime_r(&t, &tm); /* fixed +0700: no time zone database involved */
    snprintf(out, out_size, "%s, %02d %s %04d %02d:%02d:%02d +0700", days[tm.tm_wday], tm.tm_mday,
             months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return out;
}

/* A msg-id we are willing to write back: "<left@right>", printable ASCII
 * without spaces, angle brackets, quotes or backslashes. */
static bool
msgid_ok(const char *s, size_t n)
{
    if (n < 5 || n > MAX_MSGID || s[0] != '<' || s[n - 1] != '>')
        return false;
    const char *at = memchr(s, '@', n);
    if (at == NULL || at == s + 1 || at == s + n - 2)
        return false;
    for (size_t i = 1; i + 1 < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '\\' || c == '(' ||
            c == ')' || c == ',' || c == ';')
            return false;
    }
    return true;
}

/* Collects the well-formed msg-ids of a raw list. */
static size_t
collect_ids(const char *list, const char **ids, size_t *lens, size_t max)
{
    size_t n = 0;
    const char *p = list;
    while (p && (p = strchr(p, '<')) != NULL) {
        const char *e = strchr(p, '>');
        if (e == NULL)
            break;
        size_t len = (size_t)(e - p) + 1;
        if (msgid_ok(p, len) && n < max) {
            ids[n] = p;
            lens[n] = len;
            n++;
        }
        p = e + 1;
    }
    return n;
}

static void
header_ids(struct hl_buf *out, const char *name, const char *list, size_t keep)
{
    const char *ids[256];
    size_t lens[256];
    size_t n = collect_ids(list, ids, lens, HL_NELEM(ids));
    if (n == 0)
        return;
    hl_buf_printf(out, "%s:", name);
    for (size_t i = 0; i < n; i++) {
        if (n > keep && i > 0 && i < n - (keep - 1))
            continue; /* keep the first and the most recent ones */
        hl_buf_puts(out, i == 0 ? " " : "\r\n ");
        hl_buf_append(out, ids[i], lens[i]);
        if (keep == 1)
            break;
    }
    hl_buf_puts(out, "\r\n");
}

/* Body to CRLF quoted-printable (RFC 2045 6.7), lines at most 76 columns. */
static void
put_qp(struct hl_buf *out, const char *body)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *p = (const unsigned char *)body;
    while (*p) {
        const unsigned char *eol = p;
        while (*eol && *eol != '\n' && *eol != '\r')
            eol++;
        size_t col = 0;
        for (const unsigned char *q = p; q < eol; q++) {
            char enc[4];
            size_t n;
            bool last = q + 1 == eol;
            bool from = q == p && eol - p >= 5 && memcmp(p, "From ", 5) == 0;
            if ((*q >= 33 && *q <= 126 && *q != '=' && !from) ||
                ((*q == ' ' || *q == '\t') && !last)) {
                enc[0] = (char)*q;
                n = 1;
            } else {
                enc[0] = '=';
                enc[1] = hex[*q >> 4];
                enc[2] = hex[*q & 15];
                n = 3;
            }
            /* Room for a soft break "=" unless this is the line's end. */
            size_t limit = last ? 76 : 75;
            if (col + n > limit) {
                hl_buf_puts(out, "=\r\n");
                col = 0;
            }
            hl_buf_append(out, enc, n);
            col += n;
        }
        hl_buf_puts(out, "\r\n");
        if (*eol == '\r' && eol[1] == '\n')
            eol++;
        p = *eol ? eol + 1 : eol;
    }
}

static void
put_base64_lines(struct hl_buf *out, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i += 57) {
        b64_append(out, p + i, n - i < 57 ? n - i : 57);
        hl_buf_puts(out, "\r\n");
    }
}

static void
put_body_part(struct hl_buf *out, const struct hl_compose_mail *m)
{
    hl_buf_puts(out, "Content-Type: text/plain; charset=utf-8\r\n");
    const char *body = m->body ? m->body : "";
    if (m->cte == HL_COMPOSE_BASE64) {
        /* Line endings become CRLF before encoding: the text is text. */
        struct hl_buf crlf;
        hl_buf_init(&crlf);
        for (const char *p = body; *p; p++) {
            if (*p == '\r' && p[1] == '\n')
                continue;
            if (*p == '\n' || *p == '\r')
                hl_buf_puts(&crlf, "\r\n");
            else
                hl_buf_putc(&crlf, *p);
        }
        hl_buf_puts(out, "Content-Transfer-Encoding: base64\r\n\r\n");
        put_base64_lines(out, (const unsigned char *)crlf.data, crlf.len);
        hl_buf_fini(&crlf);
    } else {
        hl_buf_puts(out, "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
        put_qp(out, body);
    }
}

/* Whether raw can be a message/rfc822 body once bare LFs become CRLF, and
 * whether it needs 8bit. */
static bool
rfc822_ok(const unsigned char *raw, size_t len, bool *eightbit)
{
    size_t line = 0;
    *eightbit = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = raw[i];
        if (c == 0)
            return false;
        if (c == '\r') {
            if (i + 1 >= len || raw[i + 1] != '\n')
                return false;
            continue;
        }
        if (c == '\n') {
            line = 0;
            continue;
        }
        if (c >= 0x80)
            *eightbit = true;
        if (++line > MAX_RFC822_LINE)
            return false;
    }
    return true;
}

static bool
contains(const unsigned char *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (hay[i] == (unsigned char)needle[0] && memcmp(hay + i, needle, k) == 0)
            return true;
    return false;
}

int
hl_compose_build(const struct hl_compose_mail *m, struct hl_buf *out, struct hl_err *err)
{
    if (!hl_compose_addr_valid(m->from.address))
        return hl_err_set(err, HL_ERR_INPUT, "compose: bad From address");
    if (m->n_to == 0 || m->n_to > HL_COMPOSE_MAX_RCPT)
        return hl_err_set(err, HL_ERR_INPUT, "compose: %zu recipients", m->n_to);
    for (size_t i = 0; i < m->n_to; i++)
        if (!hl_compose_addr_valid(m->to[i].address))
            return hl_err_set(err, HL_ERR_INPUT, "compose: bad To address #%zu", i + 1);
    if (m->reply_to.address && !hl_compose_addr_valid(m->reply_to.address))
        return hl_err_set(err, HL_ERR_INPUT, "compose: bad Reply-To address");
    if (m->message_id == NULL || !msgid_ok(m->message_id, strlen(m->message_id)))
        return hl_err_set(err, HL_ERR_INPUT, "compose: bad Message-ID");
    if (m->loop_domain == NULL || !valid_domain(m->loop_domain, strlen(m->loop_domain)))
        return hl_err_set(err, HL_ERR_INPUT, "compose: bad loop domain");

    struct hl_buf b;
    hl_buf_init(&b);
    char date[48];
    hl_buf_printf(&b, "Date: %s\r\n", hl_compose_date(m->date, date, sizeof date));
    header_addrs(&b, "From", &m->from, 1);
    header_addrs(&b, "To", m->to, m->n_to);
    if (m->reply_to.address)
        header_addrs(&b, "Reply-To", &m->reply_to, 1);
    hl_compose_header_text(&b, "Subject", m->subject ? m->subject : "");
    hl_buf_printf(&b, "Message-ID: %s\r\n", m->message_id);
    if (m->in_reply_to)
        header_ids(&b, "In-Reply-To", m->in_reply_to, 1);
    if (m->references)
        header_ids(&b, "References", m->references, MAX_REFERENCES);
    if (m->auto_submitted == HL_COMPOSE_AUTO_REPLIED)
        hl_buf_puts(&b, "Auto-Submitted: auto-replied\r\n");
    else if (m->auto_submitted == HL_COMPOSE_AUTO_GENERATED)
        hl_buf_puts(&b, "Auto-Submitted: auto-generated\r\n");
    if (m->auto_submitted != HL_COMPOSE_HUMAN)
        hl_buf_puts(&b, "X-Auto-Response-Suppress: OOF, AutoReply\r\n");
    hl_buf_printf(&b, "X-Hotline-Loop: %s\r\n", m->loop_domain);
    hl_buf_puts(&b, "MIME-Version: 1.0\r\n");

    if (m->original == NULL) {
        put_body_part(&b, m);
        goto out;
    }

    bool eightbit = false;
    bool as_rfc822 = rfc822_ok(m->original, m->original_len, &eightbit);
    char hash[65];
    struct hl_buf seed;
    hl_buf_init(&seed);
    hl_buf_puts(&seed, m->message_id);
    hl_buf_puts(&seed, m->body ? m->body : "");
    hl_sha256_hex(seed.data, seed.len, hash);
    hl_buf_fini(&seed);
    char boundary[64];
    /* "=_" never occurs in QP or base64 output; only the original can hold it. */
    for (int i = 0;; i++) {
        snprintf(boundary, sizeof boundary, "=_hl_%.24s_%d", hash, i);
        if (!contains(m->original, m->original_len, boundary))
            break;
    }
    hl_buf_printf(&b, "Content-Type: multipart/mixed;\r\n boundary=\"%s\"\r\n", boundary);
    if (as_rfc822 && eightbit)
        hl_buf_puts(&b, "Content-Transfer-Encoding: 8bit\r\n");
    hl_buf_puts(&b, "\r\nThis is a multipart message in MIME format.\r\n");
    hl_buf_printf(&b, "\r\n--%s\r\n", boundary);
    put_body_part(&b, m);
    hl_buf_printf(&b, "\r\n--%s\r\n", boundary);
    if (as_rfc822) {
        hl_buf_printf(&b,
                      "Content-Type: message/rfc822\r\n"
                      "Content-Disposition: attachment; filename=\"original.eml\"\r\n"
                      "Content-Transfer-Encoding: %s\r\n\r\n",
                      eightbit ? "8bit" : "7bit");
        for (size_t i = 0; i < m->original_len; i++) {
            unsigned char c = m->original[i];
            if (c == '\n' && (i == 0 || m->original[i - 1] != '\r'))
                hl_buf_putc(&b, '\r');
            hl_buf_putc(&b, (char)c);
        }
        if (m->original_len > 0 && m->original[m->original_len - 1] != '\n')
            hl_buf_puts(&b, "\r\n");
    } else {
        hl_buf_puts(&b, "Content-Type: application/octet-stream; name=\"original.eml\"\r\n"
                        "Content-Disposition: attachment; filename=\"original.eml\"\r\n"
                        "Content-Transfer-Encoding: base64\r\n\r\n");
        put_base64_lines(&b, m->original, m->original_len);
    }
    hl_buf_printf(&b, "\r\n--%s--\r\n", boundary);
out:
    hl_buf_append(out, b.data ? b.data : "", b.len);
    hl_buf_fini(&b);
    return 0;
}

int
hl_compose_message_id(const char *case_code, const char *kind, const char *outbox_id,
                      const char *domain, struct hl_buf *out, struct hl_err *err)
{
    char code[HL_CASE_CODE_MAX];
    size_t cl = strlen(case_code);
    if (cl >= sizeof code || !hl_compose_find_case(case_code, NULL, code, sizeof code) ||
        strlen(code) != cl)
        return hl_err_set(err, HL_ERR_INPUT, "message id: bad case code");
    if (kind[0] == '\0' || strlen(kind) > 20)
        return hl_err_set(err, HL_ERR_INPUT, "message id: bad kind");
    for (const char *p = kind; *p; p++)
        if (*p < 'a' || *p > 'z')
            return hl_err_set(err, HL_ERR_INPUT, "message id: bad kind");
    if (outbox_id[0] == '\0' || strlen(outbox_id) > 40)
        return hl_err_set(err, HL_ERR_INPUT, "message id: bad outbox id");
    for (const char *p = outbox_id; *p; p++)
        if (!is_alnum((unsigned char)*p))
            return hl_err_set(err, HL_ERR_INPUT, "message id: bad outbox id");
    if (!valid_domain(domain, strlen(domain)))
        return hl_err_set(err, HL_ERR_INPUT, "message id: bad domain");
    hl_buf_printf(out, "<hl.%s.%s.%s@%s>", code, kind, outbox_id, domain);
    return 0;
}

/* Matches "PREFIX-YYYY-NNNNNN" at s (prefix NULL: any 1-16 letters/digits
 * starting with a letter).  Returns the length matched, 0 when none. */
static size_t
match_code(const char *s, const char *prefix)
{
    size_t i = 0;
    if (prefix) {
        size_t pl = strlen(prefix);
        if (pl == 0 || strncasecmp(s, prefix, pl) != 0)
            return 0;
        i = pl;
    } else {
        if (!((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')))
            return 0;
        while (is_alnum((unsigned char)s[i]) && i < 16)
            i++;
    }
    if (s[i] != '-')
        return 0;
    i++;
    for (int k = 0; k < 4; k++, i++)
        if (!is_digit((unsigned char)s[i]))
            return 0;
    if (s[i] != '-')
        return 0;
    i++;
    for (int k = 0; k < 6; k++, i++)
        if (!is_digit((unsigned char)s[i]))
            return 0;
    if (is_alnum((unsigned char)s[i]))
        return 0; /* HL-2026-0001234 is not our code */
    return i;
}

static void
copy_code(const char *s, size_t n, char *out, size_t out_size)
{
    if (out_size == 0)
        return;
    if (n >= out_size)
        n = out_size - 1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        out[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    out[n] = '\0';
}

bool
hl_compose_find_case(const char *text, const char *prefix, char *out, size_t out_size)
{
    if (text == NULL)
        return false;
    for (const char *p = text; *p; p++) {
        if (p > text && is_alnum((unsigned char)p[-1]))
            continue;
        size_t n = match_code(p, prefix);
        if (n > 0 && n < HL_CASE_CODE_MAX) {
            copy_code(p, n, out, out_size);
            return true;
        }
    }
    return false;
}

bool
hl_compose_find_marker(const char *body, const char *prefix, char *out, size_t out_size)
{
    static const char *const labels[] = {"Mã phản ánh", "MÃ PHẢN ÁNH", "Ma phan anh", "Case"};
    if (body == NULL)
        return false;
    for (const char *p = strchr(body, '['); p; p = strchr(p + 1, '[')) {
        const char *q = p + 1;
        while (*q == ' ')
            q++;
        size_t ll = 0;
        for (size_t i = 0; i < HL_NELEM(labels) && ll == 0; i++)
            if (strncasecmp(q, labels[i], strlen(labels[i])) == 0)
                ll = strlen(labels[i]);
        if (ll == 0)
            continue;
        q += ll;
        while (*q == ' ')
            q++;
        if (*q != ':')
            continue;
        q++;
        while (*q == ' ')
            q++;
        size_t n = match_code(q, prefix);
        if (n == 0 || n >= HL_CASE_CODE_MAX)
            continue;
        const char *e = q + n;
        while (*e == ' ')
            e++;
        if (*e != ']')
            continue;
        copy_code(q, n, out, out_size);
        return true;
    }
    return false;
}

bool
hl_compose_find_case_in_ids(const char *ids, const char *prefix, const char *domain, char *out,
                            size_t out_size)
{
    const char *list[256];
    size_t lens[256];
    size_t n = collect_ids(ids, list, lens, HL_NELEM(list));
    size_t dl = strlen(domain);
    for (size_t i = 0; i < n; i++) {
        const char *s = list[i] + 1;
        size_t len = lens[i] - 2;
        const char *at = memchr(s, '@', len);
        if (at == NULL || (size_t)(s + len - at - 1) != dl || strncasecmp(at + 1, domain, dl) != 0)
            continue;
        if (strncasecmp(s, "hl.", 3) != 0)
            continue;
        size_t m = match_code(s + 3, prefix);
        if (m == 0 || s + 3 + m >= at || s[3 + m] != '.')
            continue;
        copy_code(s + 3, m, out, out_size);
        return true;
    }
    return false;
}

void
hl_compose_marker(const char *case_code, struct hl_buf *out)
{
    hl_buf_printf(out, "[Mã phản ánh: %s]", case_code);
}

/* After "word:", "word[2]:" or "word (3) :" at q; NULL when q does not start so. */
static const char *
after_prefix(const char *q, const char *word)
{
    size_t n = strlen(word);
    if (strncasecmp(q, word, n) != 0)
        return NULL;
    q += n;
    if (*q == '[' || *q == '(') {
        char close = *q == '[' ? ']' : ')';
        q++;
        while (is_digit((unsigned char)*q))
            q++;
        if (*q != close)
            return NULL;
        q++;
    }
    while (*q == ' ')
        q++;
    return *q == ':' ? q + 1 : NULL;
}

const char *
hl_compose_strip_prefixes(const char *subject)
{
    /* English, Vietnamese Outlook (TL = trả lời, CT = chuyển tiếp), German,
     * Nordic and Dutch clients. */
    static const char *const words[] = {"re",   "fwd",    "fw",      "tl",         "ct",
                                        "vs",   "aw",     "wg",      "sv",         "tr",
                                        "antw", "doorst", "trả lời", "chuyển tiếp"};
    const char *p = subject;
    for (;;) {
        const char *q = p;
        while (*q == ' ' || *q == '\t')
            q++;
        const char *next = NULL;
        for (size_t i = 0; i < HL_NELEM(words) && next == NULL; i++)
            next = after_prefix(q, words[i]);
        if (next == NULL)
            return p;
        p = next;
        while (*p == ' ' || *p == '\t')
            p++;
    }
}

void
hl_compose_tag_subject(const char *case_code, const char *subject, const char *prefix,
                       struct hl_buf *out)
{
    const char *s = hl_compose_strip_prefixes(subject ? subject : "");
    struct hl_buf rest;
    hl_buf_init(&rest);
    hl_buf_puts(&rest, s);
    /* Drop an old "[CODE]" so replies do not grow "[HL-..] [HL-..]" chains. */
    char code[HL_CASE_CODE_MAX];
    if (rest.data && hl_compose_find_case(rest.data, prefix, code, sizeof code)) {
        char *at = strcasestr(rest.data, code);
        if (at) {
            char *b = at, *e = at + strlen(code);
            if (b > rest.data && b[-1] == '[' && *e == ']')
                b--, e++;
            while (*e == ' ')
                e++;
            memmove(b, e, strlen(e) + 1);
            rest.len = strlen(rest.data);
        }
    }
    const char *r = rest.data ? hl_compose_strip_prefixes(rest.data) : "";
    hl_buf_printf(out, "[%s]%s%s", case_code, *r ? " " : "", r);
    hl_buf_fini(&rest);
}
