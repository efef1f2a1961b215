/* compose: see compose.h.  Limits: a header value is cut at MAX_HEADER_VALUE
 * bytes before encoding; References keeps the first and the last
 * MAX_REFERENCES - 1 ids (RFC 5322 3.6.4 allows trimming the middle). */
#include "compose.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "fold.h"

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

#define MAX_FILENAME 150
#define MAX_EXTENSION 16

/* The file name as written in the mail (see compose.h), into out
 * (MAX_FILENAME + 1 bytes). */
static void
clean_filename(const char *name, char *out)
{
    size_t n = name ? strlen(name) : 0;
    char *tmp = hl_xmalloc(n + 1);
    hl_compose_sanitize(name ? name : "", tmp, n + 1);
    for (char *p = tmp; *p; p++)
        if (*p == '/' || *p == '\\' || *p == '"')
            *p = '_';
    const char *s = tmp;
    while (*s == '.' || *s == ' ')
        s++;
    n = strlen(s);
    const char *ext = strrchr(s, '.');
    size_t el = ext && ext > s ? strlen(ext) : 0;
    if (n > MAX_FILENAME) {
        if (el == 0 || el > MAX_EXTENSION)
            el = 0;
        size_t head = MAX_FILENAME - el;
        while (head > 0 && ((unsigned char)s[head] & 0xC0) == 0x80)
            head--; /* never cut a character in two */
        while (head > 0 && s[head - 1] == ' ')
            head--;
        memcpy(out, s, head);
        memcpy(out + head, s + n - el, el);
        out[head + el] = '\0';
    } else {
        memcpy(out, s, n + 1);
    }
    if (out[0] == '\0')
        snprintf(out, MAX_FILENAME + 1, "attachment");
    free(tmp);
}

static bool
ctype_char(unsigned char c)
{
    return is_alnum(c) || (c != '\0' && strchr("!#$&^_.+-", c) != NULL);
}

/* "type/subtype" (RFC 6838 names, lower-cased, parameters dropped), or
 * application/octet-stream.  out holds 256 bytes. */
static void
clean_ctype(const char *ct, char *out, size_t size)
{
    static const char fallback[] = "application/octet-stream";
    const char *p = ct ? ct : "";
    while (*p == ' ' || *p == '\t')
        p++;
    size_t n = strcspn(p, ";");
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    const char *slash = memchr(p, '/', n);
    bool ok = slash != NULL && n < size;
    if (ok) {
        size_t tl = (size_t)(slash - p), sl = n - tl - 1;
        ok = tl >= 1 && tl <= 127 && sl >= 1 && sl <= 127 && is_alnum((unsigned char)p[0]) &&
             is_alnum((unsigned char)slash[1]);
        for (size_t i = 0; i < n && ok; i++)
            ok = p + i == slash || ctype_char((unsigned char)p[i]);
    }
    if (ok) {
        for (size_t i = 0; i < n; i++)
            out[i] = (p[i] >= 'A' && p[i] <= 'Z') ? (char)(p[i] + 32) : p[i];
        out[n] = '\0';
        /* Composite types cannot be sent in base64 (RFC 2045 6.4). */
        if (strncmp(out, "multipart/", 10) == 0 || strncmp(out, "message/", 8) == 0)
            ok = false;
    }
    if (!ok)
        snprintf(out, size, "%s", fallback);
}

/* RFC 2231 attribute-char: sent as is in an extended value. */
static bool
attr_char(unsigned char c)
{
    return is_alnum(c) || (c != '\0' && strchr("!#$&+-.^_`|~", c) != NULL);
}

/* Writes the parameter param=name on continuation lines after a header's
 * "value;" (the caller ends the header line): quoted when printable ASCII,
 * RFC 2231 extended otherwise, in numbered sections when one line of 78
 * columns would not hold it. */
static void
put_name_param(struct hl_buf *out, const char *param, const char *name)
{
    size_t pl = strlen(param), n = strlen(name);
    bool ascii = plain_ascii(name);
    if (ascii && 1 + pl + 2 + n + 1 <= LINE_MAX_COLS) {
        hl_buf_printf(out, "\r\n %s=\"%s\"", param, name);
        return;
    }
    if (ascii) {
        /* Sections of the quoted form: ' param*N="chunk";' */
        size_t room = LINE_MAX_COLS - (1 + pl + 7 + 1);
        for (size_t off = 0, sec = 0; off < n; sec++) {
            size_t take = n - off < room ? n - off : room;
            hl_buf_printf(out, "%s\r\n %s*%zu=\"%.*s\"", sec ? ";" : "", param, sec, (int)take,
                          name + off);
            off += take;
        }
        return;
    }
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *p = (const unsigned char *)name;
    size_t enc = 0;
    for (size_t i = 0; i < n; i++)
        enc += attr_char(p[i]) ? 1 : 3;
    if (1 + pl + 2 + 7 + enc <= LINE_MAX_COLS) {
        hl_buf_printf(out, "\r\n %s*=utf-8''", param);
        for (size_t i = 0; i < n; i++) {
            if (attr_char(p[i]))
                hl_buf_putc(out, (char)p[i]);
            else
                hl_buf_printf(out, "%%%c%c", hex[p[i] >> 4], hex[p[i] & 15]);
        }
        return;
    }
    size_t i = 0;
    for (size_t sec = 0; i < n; sec++) {
        if (sec)
            hl_buf_putc(out, ';');
        size_t before = out->len;
        hl_buf_printf(out, "\r\n %s*%zu*=%s", param, sec, sec ? "" : "utf-8''");
        size_t col = out->len - before - 2;
        bool wrote = false;
        /* Whole characters per section, room left for the ';'. */
        while (i < n) {
            size_t cl = utf8_len(p + i);
            if (cl == 0)
                cl = 1;
            size_t w = 0;
            for (size_t k = 0; k < cl; k++)
                w += attr_char(p[i + k]) ? 1 : 3;
            if (col + w + 1 > LINE_MAX_COLS && wrote)
                break;
            wrote = true;
            for (size_t k = 0; k < cl; k++, i++) {
                if (attr_char(p[i]))
                    hl_buf_putc(out, (char)p[i]);
                else
                    hl_buf_printf(out, "%%%c%c", hex[p[i] >> 4], hex[p[i] & 15]);
            }
            col += w;
        }
    }
}

static void
put_file_part(struct hl_buf *out, const struct hl_compose_part *part)
{
    char name[MAX_FILENAME + 1];
    char ctype[256];
    clean_filename(part->filename, name);
    clean_ctype(part->content_type, ctype, sizeof ctype);
    /* A long type (a docx is 71 characters) starts on a folded line. */
    hl_buf_printf(out, "Content-Type:%s%s;", strlen(ctype) + 15 > LINE_MAX_COLS ? "\r\n " : " ",
                  ctype);
    put_name_param(out, "name", name);
    hl_buf_puts(out, "\r\nContent-Disposition: attachment;");
    put_name_param(out, "filename", name);
    hl_buf_puts(out, "\r\nContent-Transfer-Encoding: base64\r\n\r\n");
    put_base64_lines(out, part->data, part->data ? part->len : 0);
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

    if (m->original == NULL && m->n_parts == 0) {
        put_body_part(&b, m);
        goto out;
    }

    bool eightbit = false;
    bool as_rfc822 = m->original && rfc822_ok(m->original, m->original_len, &eightbit);
    char hash[65];
    struct hl_buf seed;
    hl_buf_init(&seed);
    hl_buf_puts(&seed, m->message_id);
    hl_buf_puts(&seed, m->body ? m->body : "");
    hl_sha256_hex(seed.data, seed.len, hash);
    hl_buf_fini(&seed);
    char boundary[64];
    /* "=_" never occurs in QP or base64 output, and a part's header lines
     * never start with "--"; only the original can hold the boundary. */
    for (int i = 0;; i++) {
        snprintf(boundary, sizeof boundary, "=_hl_%.24s_%d", hash, i);
        if (m->original == NULL || !contains(m->original, m->original_len, boundary))
            break;
    }
    hl_buf_printf(&b, "Content-Type: multipart/mixed;\r\n boundary=\"%s\"\r\n", boundary);
    if (as_rfc822 && eightbit)
        hl_buf_puts(&b, "Content-Transfer-Encoding: 8bit\r\n");
    hl_buf_puts(&b, "\r\nThis is a multipart message in MIME format.\r\n");
    hl_buf_printf(&b, "\r\n--%s\r\n", boundary);
    put_body_part(&b, m);
    if (m->original == NULL) {
        /* no original: only the files follow */
    } else if (as_rfc822) {
        hl_buf_printf(&b, "\r\n--%s\r\n", boundary);
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
        hl_buf_printf(&b, "\r\n--%s\r\n", boundary);
        hl_buf_puts(&b, "Content-Type: application/octet-stream; name=\"original.eml\"\r\n"
                        "Content-Disposition: attachment; filename=\"original.eml\"\r\n"
                        "Content-Transfer-Encoding: base64\r\n\r\n");
        put_base64_lines(&b, m->original, m->original_len);
    }
    for (size_t i = 0; i < m->n_parts; i++) {
        hl_buf_printf(&b, "\r\n--%s\r\n", boundary);
        put_file_part(&b, &m->parts[i]);
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

/* Length of the marker "[Label: CODE]" starting at p (p[0] == '['), 0 when
 * there is none; *code and *code_len locate the code. */
static size_t
marker_at(const char *p, const char *prefix, const char **code, size_t *code_len)
{
    static const char *const labels[] = {"Mã phản ánh", "MÃ PHẢN ÁNH", "Ma phan anh", "Case"};
    const char *q = p + 1;
    while (*q == ' ')
        q++;
    size_t ll = 0;
    for (size_t i = 0; i < HL_NELEM(labels) && ll == 0; i++)
        if (strncasecmp(q, labels[i], strlen(labels[i])) == 0)
            ll = strlen(labels[i]);
    if (ll == 0)
        return 0;
    q += ll;
    while (*q == ' ')
        q++;
    if (*q != ':')
        return 0;
    q++;
    while (*q == ' ')
        q++;
    size_t n = match_code(q, prefix);
    if (n == 0 || n >= HL_CASE_CODE_MAX)
        return 0;
    const char *e = q + n;
    while (*e == ' ')
        e++;
    if (*e != ']')
        return 0;
    *code = q;
    *code_len = n;
    return (size_t)(e + 1 - p);
}

bool
hl_compose_find_marker(const char *body, const char *prefix, char *out, size_t out_size)
{
    if (body == NULL)
        return false;
    for (const char *p = strchr(body, '['); p; p = strchr(p + 1, '[')) {
        const char *code;
        size_t n;
        if (marker_at(p, prefix, &code, &n) > 0) {
            copy_code(code, n, out, out_size);
            return true;
        }
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

/* ---- the answer in a clerk's reply ------------------------------------------ */

struct text_line {
    const char *s;
    size_t n;
};

static bool
blank_line(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\t')
            continue;
        if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            i++; /* NO-BREAK SPACE, as Outlook writes empty lines */
            continue;
        }
        return false;
    }
    return true;
}

static bool
quoted_line(const struct text_line *l)
{
    size_t i = 0;
    while (i < l->n && (l->s[i] == ' ' || l->s[i] == '\t'))
        i++;
    return i < l->n && l->s[i] == '>';
}

/* The line folded (lower case, no diacritics) and trimmed; caller frees. */
static char *
fold_line(const struct text_line *l)
{
    char *raw = hl_xstrndup(l->s, l->n);
    char *f = hl_fold_str(raw);
    free(raw);
    char *b = f;
    while (*b == ' ' || *b == '\t' || *b == '*')
        b++;
    size_t n = strlen(b);
    while (n > 0 && (b[n - 1] == ' ' || b[n - 1] == '\t'))
        n--;
    memmove(f, b, n);
    f[n] = '\0';
    return f;
}

static bool
ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* "From:", "*Từ:*" ...: whether the line is a header field named one of
 * names (folded). */
static bool
field_line(const struct text_line *l, const char *const *names, size_t n_names)
{
    char *f = fold_line(l);
    char *colon = strchr(f, ':');
    bool hit = false;
    if (colon && colon - f <= 20) {
        *colon = '\0';
        size_t k = strlen(f);
        while (k > 0 && (f[k - 1] == ' ' || f[k - 1] == '*'))
            f[--k] = '\0';
        for (size_t i = 0; i < n_names && !hit; i++)
            hit = strcmp(f, names[i]) == 0;
    }
    free(f);
    return hit;
}

static const char *const from_names[] = {"from", "tu"};
static const char *const sent_names[] = {"sent", "date",     "da gui",   "gui",
                                         "ngay", "ngay gui", "thoi gian"};
static const char *const subject_names[] = {"subject", "chu de", "tieu de"};

/* Where the quoted original of an Outlook-style reply begins at line i:
 * "-----Original Message-----", "----- Thư gốc -----", a line of underscores
 * before "From:", or a From/Sent/Subject block. */
static bool
original_starts(const struct text_line *lines, size_t n, size_t i)
{
    static const char *const separators[] = {
        "original message",   "thu goc",         "tin nhan goc", "forwarded message",
        "thu da chuyen tiep", "thu chuyen tiep",
    };
    const struct text_line *l = &lines[i];
    char *f = fold_line(l);
    bool hit = false;
    if (strncmp(f, "--", 2) == 0) {
        char *b = f;
        while (*b == '-' || *b == ' ')
            b++;
        size_t k = strlen(b);
        while (k > 0 && (b[k - 1] == '-' || b[k - 1] == ' '))
            k--;
        b[k] = '\0';
        for (size_t s = 0; s < HL_NELEM(separators) && !hit; s++)
            hit = strcmp(b, separators[s]) == 0;
    } else if (strlen(f) >= 10 && strspn(f, "_") == strlen(f)) {
        for (size_t k = i + 1; k < n && k <= i + 3 && !hit; k++) {
            if (blank_line(lines[k].s, lines[k].n))
                continue;
            hit = field_line(&lines[k], from_names, HL_NELEM(from_names));
            break;
        }
    } else if (field_line(l, from_names, HL_NELEM(from_names))) {
        bool sent = false, subject = false;
        for (size_t k = i + 1; k < n && k <= i + 6; k++) {
            if (blank_line(lines[k].s, lines[k].n))
                break;
            sent = sent || field_line(&lines[k], sent_names, HL_NELEM(sent_names));
            subject = subject || field_line(&lines[k], subject_names, HL_NELEM(subject_names));
        }
        hit = sent && subject;
    }
    free(f);
    return hit;
}

/* Number of lines (1 or 2) of an attribution "On <date>, X wrote:" / "Vào
 * <date>, X đã viết:" at line i, else 0.  It must name a date (a digit). */
static size_t
attribution_lines(const struct text_line *lines, size_t n, size_t i)
{
    char *a = fold_line(&lines[i]);
    size_t res = 0;
    if (strncmp(a, "on ", 3) == 0 || strncmp(a, "vao ", 4) == 0) {
        char *b = i + 1 < n && !quoted_line(&lines[i + 1]) ? fold_line(&lines[i + 1]) : NULL;
        bool digit = strpbrk(a, "0123456789") != NULL;
        if ((ends_with(a, "wrote:") || ends_with(a, "da viet:")) && digit)
            res = 1;
        else if (b && (ends_with(b, "wrote:") || ends_with(b, "da viet:")) &&
                 (digit || strpbrk(b, "0123456789")))
            res = 2;
        free(b);
    }
    free(a);
    return res;
}

/* Appends the line without our markers; false when nothing but markers and
 * blanks was on it (the line is then dropped). */
static bool
put_unmarked(struct hl_buf *out, const struct text_line *l)
{
    char *s = hl_xstrndup(l->s, l->n);
    struct hl_buf b;
    hl_buf_init(&b);
    bool marker = false;
    const char *p = s;
    for (const char *q = strchr(p, '['); q; q = strchr(q + 1, '[')) {
        const char *code;
        size_t cl;
        size_t ml = marker_at(q, NULL, &code, &cl);
        if (ml == 0)
            continue;
        /* "về phản ánh [Mã phản ánh: X], Sở..." -> "về phản ánh, Sở..." */
        const char *e = q > p && q[-1] == ' ' ? q - 1 : q;
        hl_buf_append(&b, p, (size_t)(e - p));
        p = q + ml;
        q = p - 1;
        marker = true;
    }
    hl_buf_puts(&b, p);
    bool keep = !(marker && blank_line(b.data, b.len));
    if (keep)
        hl_buf_append(out, b.data, b.len);
    hl_buf_fini(&b);
    free(s);
    return keep;
}

/* Lines [0, end) without quotes (and attributions when drop_attr), blank
 * runs squeezed, into out. */
static void
put_answer(const struct text_line *lines, size_t n, size_t end, bool drop_attr, struct hl_buf *out)
{
    size_t start = out->len;
    size_t last_text = out->len; /* out length after the last non-blank line */
    bool pending_blank = false, any = false;
    for (size_t i = 0; i < end; i++) {
        if (quoted_line(&lines[i]))
            continue;
        size_t al = drop_attr ? attribution_lines(lines, n, i) : 0;
        if (al > 0) {
            i += al - 1;
            continue;
        }
        if (blank_line(lines[i].s, lines[i].n)) {
            pending_blank = any;
            continue;
        }
        size_t before = out->len;
        if (pending_blank)
            hl_buf_putc(out, '\n');
        if (!put_unmarked(out, &lines[i])) {
            out->len = before;
            continue;
        }
        hl_buf_putc(out, '\n');
        last_text = out->len;
        pending_blank = false;
        any = true;
    }
    out->len = any ? last_text : start;
    if (out->data)
        out->data[out->len] = '\0';
}

void
hl_compose_reply_text(const char *body, struct hl_buf *out)
{
    struct text_line *lines = NULL;
    size_t n = 0, cap = 0;
    for (const char *p = body ? body : ""; *p;) {
        size_t k = strcspn(p, "\r\n");
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            lines = hl_xrealloc(lines, cap * sizeof *lines);
        }
        lines[n++] = (struct text_line){p, k};
        p += k;
        if (*p == '\r' && p[1] == '\n')
            p += 2;
        else if (*p)
            p++;
    }
    size_t end = n;
    for (size_t i = 0; i < n && end == n; i++)
        if (!quoted_line(&lines[i]) && original_starts(lines, n, i))
            end = i;
    size_t before = out->len;
    put_answer(lines, n, end, true, out);
    if (out->len == before)
        put_answer(lines, n, n, false, out);
    free(lines);
}
