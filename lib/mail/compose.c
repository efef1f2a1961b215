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

bool
hl_compose_domain_valid(const char *d, size_t n)
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
    return hl_compose_domain_valid(at + 1, strlen(at + 1));
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

size_t
hl_compose_msgids(const char *list, const char **ids, size_t *lens, size_t max)
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
    size_t n = hl_compose_msgids(list, ids, lens, HL_NELEM(ids));
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
    if (m->loop_domain == NULL || !hl_compose_domain_valid(m->loop_domain, strlen(m->loop_domain)))
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
