/* thread: see thread.h. */
#include "thread.h"

#include <string.h>
#include <strings.h>

#include "compose.h"

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

int
hl_thread_message_id(const char *case_code, const char *kind, const char *outbox_id,
                     const char *domain, struct hl_buf *out, struct hl_err *err)
{
    char code[HL_CASE_CODE_MAX];
    size_t cl = strlen(case_code);
    if (cl >= sizeof code || !hl_thread_find_case(case_code, NULL, code, sizeof code) ||
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
    if (!hl_compose_domain_valid(domain, strlen(domain)))
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
hl_thread_find_case(const char *text, const char *prefix, char *out, size_t out_size)
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

size_t
hl_thread_marker_at(const char *p, const char *prefix, const char **code, size_t *code_len)
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
hl_thread_find_marker(const char *body, const char *prefix, char *out, size_t out_size)
{
    if (body == NULL)
        return false;
    for (const char *p = strchr(body, '['); p; p = strchr(p + 1, '[')) {
        const char *code;
        size_t n;
        if (hl_thread_marker_at(p, prefix, &code, &n) > 0) {
            copy_code(code, n, out, out_size);
            return true;
        }
    }
    return false;
}

bool
hl_thread_find_case_in_ids(const char *ids, const char *prefix, const char *domain, char *out,
                           size_t out_size)
{
    const char *list[256];
    size_t lens[256];
    size_t n = hl_compose_msgids(ids, list, lens, HL_NELEM(list));
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
hl_thread_marker(const char *case_code, struct hl_buf *out)
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
hl_thread_strip_prefixes(const char *subject)
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
hl_thread_tag_subject(const char *case_code, const char *subject, const char *prefix,
                      struct hl_buf *out)
{
    const char *s = hl_thread_strip_prefixes(subject ? subject : "");
    struct hl_buf rest;
    hl_buf_init(&rest);
    hl_buf_puts(&rest, s);
    /* Drop an old "[CODE]" so replies do not grow "[HL-..] [HL-..]" chains. */
    char code[HL_CASE_CODE_MAX];
    if (rest.data && hl_thread_find_case(rest.data, prefix, code, sizeof code)) {
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
    const char *r = rest.data ? hl_thread_strip_prefixes(rest.data) : "";
    hl_buf_printf(out, "[%s]%s%s", case_code, *r ? " " : "", r);
    hl_buf_fini(&rest);
}
