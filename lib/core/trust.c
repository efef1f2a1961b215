/*
 * trust: see trust.h.  HMAC-SHA256 from libcrypto, tags compared with
 * CRYPTO_memcmp (constant time), as in bounce.c.
 *
 * Limits: at most MAX_CANDIDATES tags are tried per mail (every one costs an
 * HMAC); an Authentication-Results value is copied once (it is already
 * bounded by limits.max_header_bytes) and read in one pass; a day number has
 * at most 9 digits.
 */
#include "trust.h"

#include "config.h"

#include <assert.h>
#include <stdarg.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_CANDIDATES 64
#define MAX_AR_SEGMENTS 64
#define MAX_DAY_DIGITS 9
#define HMAC_PREFIX "hotline-reply-v1\n"

int
hl_trust_key_init(struct hl_trust_key *key, const unsigned char *secret, size_t len,
                  struct hl_err *err)
{
    memset(key, 0, sizeof *key);
    if (len < HL_TRUST_KEY_MIN_BYTES)
        return hl_err_set(err, HL_ERR_CONFIG, "a reply key needs at least %d bytes",
                          HL_TRUST_KEY_MIN_BYTES);
    _Static_assert(sizeof key->bytes == 64, "SHA-256's block");
    key->len = hl_hmac_key(secret, len, key->bytes);
    return 0;
}

void
hl_trust_key_fini(struct hl_trust_key *key)
{
    explicit_bzero(key, sizeof *key);
}

static char
lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static char
upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

/* The tag of (code[0..cn), clerk, day) into out (HL_TRUST_TAG_LEN + 1). */
static void
tag_of(const struct hl_trust_key *key, const char *code, size_t cn, const char *clerk, long day,
       char *out)
{
    struct hl_buf msg;
    hl_buf_init(&msg);
    hl_buf_puts(&msg, HMAC_PREFIX);
    for (size_t i = 0; i < cn; i++)
        hl_buf_putc(&msg, upper(code[i]));
    hl_buf_putc(&msg, '\n');
    for (const char *p = clerk; *p; p++)
        hl_buf_putc(&msg, lower(*p));
    hl_buf_printf(&msg, "\n%ld", day);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0;
    HMAC(EVP_sha256(), key->bytes, (int)key->len, (const unsigned char *)msg.data, msg.len, md,
         &md_len);
    hl_buf_fini(&msg);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < HL_TRUST_TAG_LEN / 2; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[HL_TRUST_TAG_LEN] = '\0';
    explicit_bzero(md, sizeof md);
}

static long
day_of(int64_t t)
{
    return (long)(t >= 0 ? t / 86400 : -((-t + 86399) / 86400));
}

void
hl_trust_token(const struct hl_trust_key *key, const char *case_code, const char *clerk,
               int64_t expires_at, char out[HL_TRUST_TOKEN_SIZE])
{
    HL_ASSERT(key != NULL && key->len > 0);
    long day = day_of(expires_at);
    char tag[HL_TRUST_TAG_LEN + 1];
    tag_of(key, case_code, strlen(case_code), clerk ? clerk : "", day, tag);
    snprintf(out, HL_TRUST_TOKEN_SIZE, "%ldx%s", day, tag);
}

int
hl_trust_reply_address(const struct hl_trust_key *key, const char *feedback, const char *case_code,
                       const char *clerk, int64_t expires_at, struct hl_buf *out,
                       struct hl_err *err)
{
    const char *at = feedback ? strrchr(feedback, '@') : NULL;
    if (at == NULL || at == feedback || at[1] == '\0')
        return hl_err_set(err, HL_ERR_CONFIG, "reply address: %s is not local@domain",
                          feedback ? feedback : "(none)");
    if (memchr(feedback, '+', (size_t)(at - feedback)) != NULL)
        return hl_err_set(err, HL_ERR_CONFIG,
                          "reply address: %s already has a '+' in its local part", feedback);
    char token[HL_TRUST_TOKEN_SIZE];
    hl_trust_token(key, case_code, clerk, expires_at, token);
    hl_buf_printf(out, "%.*s+%s-%s%s", (int)(at - feedback), feedback, case_code, token, at);
    return 0;
}

/* ---- finding tags ---- */

struct candidate {
    const char *code; /* case code as written */
    size_t code_len;
    const char *token; /* "DAYx<hex>" */
    size_t token_len;
};

static bool
our_domain(const struct hl_trust_policy *p, const char *d, size_t n)
{
    for (size_t i = 0; i < p->n_domains; i++)
        if (strlen(p->domains[i]) == n && strncasecmp(p->domains[i], d, n) == 0)
            return true;
    return false;
}

/* Whether s[0..n) is shaped "DAYx<HL_TRUST_TAG_LEN alnum>". */
static bool
token_shaped(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == 0 || d > MAX_DAY_DIGITS || d >= n || lower(s[d]) != 'x')
        return false;
    return n - d - 1 == HL_TRUST_TAG_LEN;
}

static bool
addr_char(char c)
{
    return c > ' ' && c < 0x7f && strchr("<>,;:\"()[]\\", c) == NULL;
}

/* Addresses "<local>+<CODE>-<token>@<our domain>" in a header value. */
static void
scan_addresses(const struct hl_trust_policy *p, const char *v, struct candidate *c, size_t *n)
{
    for (const char *q = v; *q && *n < MAX_CANDIDATES;) {
        if (!addr_char(*q)) {
            q++;
            continue;
        }
        const char *s = q;
        while (addr_char(*q))
            q++;
        const char *at = memchr(s, '@', (size_t)(q - s));
        const char *plus = at ? memchr(s, '+', (size_t)(at - s)) : NULL;
        if (plus == NULL || !our_domain(p, at + 1, (size_t)(q - at - 1)))
            continue;
        /* The token follows the last '-' before the '@'. */
        const char *dash = NULL;
        for (const char *r = plus + 1; r < at; r++)
            if (*r == '-')
                dash = r;
        if (dash == NULL || dash == plus + 1 || !token_shaped(dash + 1, (size_t)(at - dash - 1)))
            continue;
        c[(*n)++] = (struct candidate){plus + 1, (size_t)(dash - plus - 1), dash + 1,
                                       (size_t)(at - dash - 1)};
    }
}

/* Our message ids "<hl.CODE.KIND.ID.TOKEN@our domain>" in a msg-id list. */
static void
scan_ids(const struct hl_trust_policy *p, const char *v, struct candidate *c, size_t *n)
{
    for (const char *q = v; q && *q && *n < MAX_CANDIDATES;) {
        const char *lt = strchr(q, '<');
        if (lt == NULL)
            break;
        const char *gt = strchr(lt, '>');
        if (gt == NULL)
            break;
        q = gt + 1;
        const char *s = lt + 1;
        const char *at = memchr(s, '@', (size_t)(gt - s));
        if (at == NULL || gt - s < 4 || strncasecmp(s, "hl.", 3) != 0 ||
            !our_domain(p, at + 1, (size_t)(gt - at - 1)))
            continue;
        /* hl . CODE . KIND . ID . TOKEN: CODE has no dots. */
        const char *code = s + 3;
        const char *dot = memchr(code, '.', (size_t)(at - code));
        const char *last = NULL;
        for (const char *r = code; r < at; r++)
            if (*r == '.')
                last = r;
        if (dot == NULL || last == NULL || last == dot ||
            !token_shaped(last + 1, (size_t)(at - last - 1)))
            continue;
        c[(*n)++] =
            (struct candidate){code, (size_t)(dot - code), last + 1, (size_t)(at - last - 1)};
    }
}

/* Whether the candidate's tag verifies for its own code and from; its day
 * into *day_out. */
static bool
verifies(const struct hl_trust_key *key, const struct candidate *c, const char *from, long *day_out)
{
    long day = 0;
    size_t d = 0;
    while (c->token[d] >= '0' && c->token[d] <= '9')
        day = day * 10 + (c->token[d++] - '0');
    *day_out = day;
    char want[HL_TRUST_TAG_LEN + 1], got[HL_TRUST_TAG_LEN];
    tag_of(key, c->code, c->code_len, from, day, want);
    /* A relay may have changed the case of the address. */
    for (size_t i = 0; i < HL_TRUST_TAG_LEN; i++)
        got[i] = lower(c->token[d + 1 + i]);
    bool ok = CRYPTO_memcmp(want, got, HL_TRUST_TAG_LEN) == 0;
    explicit_bzero(want, sizeof want);
    return ok;
}

static bool
same_code(const struct candidate *c, const char *code)
{
    return strlen(code) == c->code_len && strncasecmp(code, c->code, c->code_len) == 0;
}

const char *
hl_trust_verdict_name(enum hl_trust_verdict v)
{
    switch (v) {
    case HL_TRUST_VERIFIED:
        return "verified";
    case HL_TRUST_NO_KEY:
        return "no_key";
    case HL_TRUST_NO_TAG:
        return "no_tag";
    case HL_TRUST_OTHER_CASE:
        return "other_case";
    case HL_TRUST_BAD_TAG:
        return "bad_tag";
    case HL_TRUST_EXPIRED:
        return "expired";
    case HL_TRUST_AUTH_NONE:
        return "auth_none";
    case HL_TRUST_AUTH_FAILED:
        return "auth_failed";
    }
    return "?";
}

static enum hl_trust_verdict say(enum hl_trust_verdict v, char *why, size_t why_size,
                                 const char *fmt, ...) HL_PRINTF(4, 5);

static enum hl_trust_verdict
say(enum hl_trust_verdict v, char *why, size_t why_size, const char *fmt, ...)
{
    if (why_size > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(why, why_size, fmt, ap);
        va_end(ap);
    }
    return v;
}

enum hl_trust_verdict
hl_trust_check(const struct hl_trust_policy *p, const struct hl_trust_mail *m, int64_t now,
               char *why, size_t why_size)
{
    if (why_size > 0)
        why[0] = '\0';
    if (p->key == NULL)
        return say(HL_TRUST_NO_KEY, why, why_size,
                   "no reply key is configured, so no clerk reply can be verified");
    const char *from = m->from ? m->from : "";
    struct candidate c[MAX_CANDIDATES];
    size_t n = 0;
    for (size_t i = 0; i < m->n_rcpts; i++)
        if (m->rcpts[i])
            scan_addresses(p, m->rcpts[i], c, &n);
    scan_ids(p, m->in_reply_to, c, &n);
    scan_ids(p, m->references, c, &n);

    /* The strongest evidence wins; among failures, the most telling. */
    enum hl_trust_verdict best = HL_TRUST_NO_TAG;
    long today = day_of(now);
    for (size_t i = 0; i < n; i++) {
        long day;
        bool ok = verifies(p->key, &c[i], from, &day);
        enum hl_trust_verdict v;
        if (!ok)
            v = HL_TRUST_BAD_TAG;
        else if (!same_code(&c[i], m->case_code ? m->case_code : ""))
            v = HL_TRUST_OTHER_CASE;
        else if (day < today)
            v = HL_TRUST_EXPIRED;
        else
            v = HL_TRUST_VERIFIED;
        static const int rank[] = {
            [HL_TRUST_VERIFIED] = 4, [HL_TRUST_EXPIRED] = 3, [HL_TRUST_OTHER_CASE] = 2,
            [HL_TRUST_BAD_TAG] = 1,  [HL_TRUST_NO_TAG] = 0,
        };
        if (rank[v] > rank[best])
            best = v;
    }
    switch (best) {
    case HL_TRUST_NO_TAG:
        return say(best, why, why_size,
                   "unverified clerk reply: it carries no reply tag of this case (it was not sent "
                   "to the reply address of a forward)");
    case HL_TRUST_BAD_TAG:
        return say(best, why, why_size,
                   "unverified clerk reply: its reply tag does not verify for %s", from);
    case HL_TRUST_OTHER_CASE:
        return say(best, why, why_size,
                   "unverified clerk reply: its reply tag belongs to another case");
    case HL_TRUST_EXPIRED:
        return say(best, why, why_size, "unverified clerk reply: its reply tag has expired");
    default:
        break;
    }
    if (p->authserv_id == NULL)
        return HL_TRUST_VERIFIED;
    const char *at = strrchr(from, '@');
    switch (hl_trust_auth_results(m->auth_results, m->n_auth_results, p->authserv_id,
                                  at ? at + 1 : "")) {
    case HL_TRUST_AUTH_PASS:
        return HL_TRUST_VERIFIED;
    case HL_TRUST_AUTH_MISSING:
        return say(HL_TRUST_AUTH_NONE, why, why_size,
                   "unverified clerk reply: no Authentication-Results from %s", p->authserv_id);
    case HL_TRUST_AUTH_FAIL:
        break;
    }
    return say(HL_TRUST_AUTH_FAILED, why, why_size,
               "unverified clerk reply: %s did not authenticate the From domain (no dmarc=pass or "
               "aligned dkim=pass)",
               p->authserv_id);
}

/* ---- Authentication-Results (RFC 8601) ---- */

/* A copy of v without comments, with no space around '=', and with ';'
 * outside quoted strings turned into '\001' so that they split cleanly. */
static char *
ar_clean(const char *v)
{
    size_t len = strlen(v);
    char *out = hl_xmalloc(len + 1);
    size_t o = 0;
    int depth = 0;
    bool quoted = false;
    for (const char *p = v; *p; p++) {
        char ch = *p;
        if (quoted) {
            if (ch == '\\' && p[1]) {
                out[o++] = *++p;
                continue;
            }
            if (ch == '"')
                quoted = false;
            else
                out[o++] = ch == ';' || ch == ' ' || ch == '\t' ? '_' : ch;
            continue;
        }
        if (depth > 0) {
            if (ch == '\\' && p[1])
                p++;
            else if (ch == '(')
                depth++;
            else if (ch == ')')
                depth--;
            continue;
        }
        if (ch == '(') {
            depth++;
            out[o++] = ' ';
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ';') {
            out[o++] = '\001';
        } else if (ch == '\t' || ch == '\r' || ch == '\n') {
            out[o++] = ' ';
        } else {
            out[o++] = ch;
        }
    }
    out[o] = '\0';
    /* "dkim = pass" is "dkim=pass". */
    size_t w = 0;
    for (size_t r = 0; r < o; r++) {
        if (out[r] == ' ') {
            size_t k = r;
            while (k < o && out[k] == ' ')
                k++;
            if ((k < o && out[k] == '=') || (w > 0 && out[w - 1] == '=')) {
                r = k - 1;
                continue;
            }
        }
        out[w++] = out[r];
    }
    out[w] = '\0';
    return out;
}

/* The next space-separated word of *p; NULL when none. */
static char *
next_word(char **p)
{
    char *q = *p;
    while (*q == ' ')
        q++;
    if (*q == '\0')
        return NULL;
    char *s = q;
    while (*q && *q != ' ')
        q++;
    if (*q == ' ')
        *q++ = '\0';
    *p = q;
    return s;
}

static bool
aligned(const char *d, const char *from_domain)
{
    size_t dl = strlen(d), fl = strlen(from_domain);
    if (dl == 0 || fl == 0 || strchr(d, '.') == NULL)
        return false;
    if (dl == fl)
        return strcasecmp(d, from_domain) == 0;
    return fl > dl && from_domain[fl - dl - 1] == '.' && strcasecmp(from_domain + fl - dl, d) == 0;
}

/* Reads one resinfo segment [s, end of segment); returns +1 pass, -1 fail,
 * 0 neither. */
static int
ar_resinfo(char *s, const char *from_domain)
{
    char *p = s;
    char *first = next_word(&p);
    if (first == NULL)
        return 0;
    char *eq = strchr(first, '=');
    if (eq == NULL)
        return 0;
    *eq = '\0';
    char *method = first, *result = eq + 1;
    char *slash = strchr(method, '/');
    if (slash)
        *slash = '\0';
    bool dmarc = strcasecmp(method, "dmarc") == 0, dkim = strcasecmp(method, "dkim") == 0;
    if (!dmarc && !dkim)
        return 0;
    bool pass = strcasecmp(result, "pass") == 0;
    const char *hdr_from = NULL, *hdr_d = NULL;
    for (char *w; (w = next_word(&p)) != NULL;) {
        char *e = strchr(w, '=');
        if (e == NULL)
            continue;
        *e = '\0';
        if (strcasecmp(w, "header.from") == 0)
            hdr_from = e + 1;
        else if (strcasecmp(w, "header.d") == 0)
            hdr_d = e + 1;
    }
    if (dmarc) {
        if (!pass)
            return strcasecmp(result, "fail") == 0 ? -1 : 0;
        /* A dmarc verdict about another domain says nothing of ours. */
        return hdr_from == NULL || strcasecmp(hdr_from, from_domain) == 0 ? 1 : 0;
    }
    return pass && hdr_d && aligned(hdr_d, from_domain) ? 1 : 0;
}

enum hl_trust_auth
hl_trust_auth_results(const char *const *values, size_t n, const char *authserv_id,
                      const char *from_domain)
{
    for (size_t i = 0; i < n; i++) {
        if (values[i] == NULL)
            continue;
        char *v = ar_clean(values[i]);
        char *segs[MAX_AR_SEGMENTS];
        size_t ns = 0;
        segs[ns++] = v;
        for (char *q = v; *q; q++)
            if (*q == '\001') {
                *q = '\0';
                if (ns < MAX_AR_SEGMENTS)
                    segs[ns++] = q + 1;
            }
        char *p = segs[0];
        char *id = next_word(&p);
        if (id == NULL || strcasecmp(id, authserv_id) != 0) {
            free(v);
            continue;
        }
        /* The topmost header of our server decides, whatever it says. */
        bool pass = false, failed = false;
        for (size_t k = 1; k < ns; k++) {
            int r = ar_resinfo(segs[k], from_domain);
            pass |= r > 0;
            failed |= r < 0;
        }
        free(v);
        return pass && !failed ? HL_TRUST_AUTH_PASS : HL_TRUST_AUTH_FAIL;
    }
    return HL_TRUST_AUTH_MISSING;
}

/* ---- what is relayed ---- */

static const struct {
    unsigned type; /* HL_RELAY_* */
    const char *content_type;
    const char *exts; /* " ext ext " */
} relay_kinds[] = {
    {HL_RELAY_PDF, "application/pdf", " pdf "},
    {HL_RELAY_IMAGE, "image/jpeg", " jpg jpeg "},
    {HL_RELAY_IMAGE, "image/pjpeg", " jpg jpeg "},
    {HL_RELAY_IMAGE, "image/png", " png "},
    {HL_RELAY_IMAGE, "image/gif", " gif "},
    {HL_RELAY_IMAGE, "image/webp", " webp "},
    {HL_RELAY_IMAGE, "image/heic", " heic "},
    {HL_RELAY_IMAGE, "image/heif", " heif heic "},
    {HL_RELAY_IMAGE, "image/tiff", " tif tiff "},
    {HL_RELAY_OFFICE, "application/msword", " doc "},
    {HL_RELAY_OFFICE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     " docx "},
    {HL_RELAY_OFFICE, "application/vnd.ms-excel", " xls "},
    {HL_RELAY_OFFICE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     " xlsx "},
    {HL_RELAY_OFFICE, "application/vnd.ms-powerpoint", " ppt "},
    {HL_RELAY_OFFICE, "application/vnd.openxmlformats-officedocument.presentationml.presentation",
     " pptx "},
    {HL_RELAY_OFFICE, "application/vnd.oasis.opendocument.text", " odt "},
    {HL_RELAY_OFFICE, "application/vnd.oasis.opendocument.spreadsheet", " ods "},
    {HL_RELAY_OFFICE, "application/vnd.oasis.opendocument.presentation", " odp "},
    {HL_RELAY_OFFICE, "application/rtf", " rtf "},
    {HL_RELAY_OFFICE, "text/rtf", " rtf "},
    {HL_RELAY_TEXT, "text/plain", " txt "},
    {HL_RELAY_TEXT, "text/csv", " csv "},
};

bool
hl_trust_relay_allowed(unsigned types, const char *content_type, const char *filename)
{
    if (content_type == NULL || filename == NULL)
        return false;
    const char *dot = strrchr(filename, '.');
    if (dot == NULL || dot == filename || dot[1] == '\0' || strlen(dot + 1) > 8)
        return false;
    char ext[12] = " ";
    size_t n = 1;
    for (const char *p = dot + 1; *p; p++) {
        char c = lower(*p);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
        ext[n++] = c;
    }
    ext[n++] = ' ';
    ext[n] = '\0';
    for (size_t i = 0; i < sizeof relay_kinds / sizeof relay_kinds[0]; i++)
        if ((types & relay_kinds[i].type) &&
            strcasecmp(content_type, relay_kinds[i].content_type) == 0 &&
            strstr(relay_kinds[i].exts, ext) != NULL)
            return true;
    return false;
}

/* ---- what an acknowledgement may quote ---- */

static bool
alnum_ascii(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
alpha_ascii(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void
hl_trust_defang(const char *s, size_t max_chars, struct hl_buf *out)
{
    if (s == NULL)
        return;
    size_t chars = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p == ' ' || *p == '\t')
        p++;
    while (*p) {
        if (chars == max_chars) {
            hl_buf_puts(out, "…");
            return;
        }
        /* A scheme: "http://", "https://", "ftp://", any case. */
        if ((strncasecmp((const char *)p, "http", 4) == 0 &&
             (strncmp((const char *)p + 4, "://", 3) == 0 ||
              ((p[4] == 's' || p[4] == 'S') && strncmp((const char *)p + 5, "://", 3) == 0))) ||
            (strncasecmp((const char *)p, "ftp://", 6) == 0)) {
            bool ftp = lower((char)p[0]) == 'f';
            hl_buf_puts(out, ftp ? "fxp" : "hxxp");
            p += ftp ? 3 : 4;
            chars += ftp ? 3 : 4;
            continue;
        }
        if (*p == '.' && p > (const unsigned char *)s && alnum_ascii(p[-1]) && alpha_ascii(p[1])) {
            hl_buf_puts(out, "[.]");
            p++;
            chars++;
            continue;
        }
        size_t n = 1;
        if (*p >= 0xC0)
            while ((p[n] & 0xC0) == 0x80 && n < 4)
                n++;
        if (*p < 0x20 || *p == 0x7f)
            hl_buf_putc(out, ' ');
        else
            hl_buf_append(out, (const char *)p, n);
        p += n;
        chars++;
    }
}
