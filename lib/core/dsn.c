/* dsn: see dsn.h.  The reader reads decoded header values, the text and the
 * raw bytes of report parts (limits below).  Every string built is bounded
 * (the hl_dsn fields are fixed buffers). */
#include "dsn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "autoreply.h"
#include "bounce.h"
#include "compose.h"
#include "fold.h"
#include "thread.h"

/* ---- delivery status notifications ----------------------------------------
 *
 * Limits: a text bounce is judged on the first TEXT_SCAN_MAX bytes of the body
 * text (the notification is at the top; the returned copy follows); header-
 * like fields are unfolded up to FIELD_MAX bytes; every scan is linear in the
 * bytes it reads, except the phrase search (phrases x bytes, both bounded). */

#define TEXT_SCAN_MAX (64u * 1024)
#define FIELD_MAX 4096

static bool
is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool
is_digit_c(char c)
{
    return c >= '0' && c <= '9';
}

static bool
isalnum_ascii(char c)
{
    return is_digit_c(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
our_domain(const char *d, size_t n, const char *const *doms, size_t nd)
{
    for (size_t i = 0; i < nd; i++)
        if (doms[i] && strlen(doms[i]) == n && n > 0 && strncasecmp(d, doms[i], n) == 0)
            return true;
    return false;
}

/* 1-18 decimal digits, not 0; else 0. */
static int64_t
parse_id(const char *s, size_t n)
{
    if (n == 0 || n > 18)
        return 0;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_digit_c(s[i]))
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static bool
domain_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit_c(c) || c == '.' ||
           c == '-';
}

/* The id of the first bounce+ID[-TAG]@domain in value whose domain is ours
 * and whose tag verifies (hl_bounce_parse), or 0.  *unverified receives the
 * id of the first of ours that did not verify, unless it holds one already;
 * *foreign is set when one with another domain was seen. */
static int64_t
bounce_address_id(const char *value, const struct hl_bounce_key *key, const char *const *doms,
                  size_t nd, bool *foreign, int64_t *unverified)
{
    for (const char *p = value; (p = strcasestr(p, "bounce+")) != NULL; p++) {
        if (p > value && !strchr(" \t<,:;\"(", p[-1]))
            continue; /* "xbounce+1@..." is someone else's address */
        const char *d = p + 7, *e = d;
        while (isalnum_ascii(*e) || *e == '-')
            e++;
        if (*e != '@')
            continue;
        int64_t id = 0;
        enum hl_bounce_ref ref = hl_bounce_parse(key, d, (size_t)(e - d), &id);
        const char *ds = e + 1, *de = ds;
        while (domain_char(*de))
            de++;
        if (*de != '\0' && !strchr(">, \t;)\"", *de))
            continue; /* the domain goes on with characters no domain has */
        if (ref == HL_BOUNCE_NOT_OURS)
            continue;
        if (!our_domain(ds, (size_t)(de - ds), doms, nd)) {
            *foreign = true;
            continue;
        }
        if (ref == HL_BOUNCE_TRUSTED)
            return id;
        if (*unverified == 0)
            *unverified = id;
    }
    return 0;
}

/* The outbox id of the first of our Message-IDs "<hl.CODE.KIND.ID@domain>"
 * in [s, s+n), or 0; *foreign is set when one of another domain was seen. */
static int64_t
our_message_id(const char *s, size_t n, const char *const *doms, size_t nd, bool *foreign)
{
    const char *end = s + n;
    for (const char *lt = memchr(s, '<', n); lt; lt = memchr(lt + 1, '<', (size_t)(end - lt - 1))) {
        const char *gt = memchr(lt, '>', (size_t)(end - lt));
        if (gt == NULL)
            break;
        const char *b = lt + 1;
        const char *at = NULL;
        for (const char *q = b; q < gt; q++)
            if (*q == '@')
                at = q;
        if (at == NULL || at - b < 3 || strncasecmp(b, "hl.", 3) != 0)
            continue;
        /* CODE.KIND.ID, split from the right: the code has no dots. */
        const char *dot2 = NULL, *dot1 = NULL;
        for (const char *q = at - 1; q > b + 2 && dot1 == NULL; q--)
            if (*q == '.') {
                if (dot2 == NULL)
                    dot2 = q;
                else
                    dot1 = q;
            }
        if (dot1 == NULL)
            continue;
        char code[HL_CASE_CODE_MAX], found[HL_CASE_CODE_MAX];
        size_t cl = (size_t)(dot1 - (b + 3));
        if (cl == 0 || cl >= sizeof code)
            continue;
        memcpy(code, b + 3, cl);
        code[cl] = '\0';
        if (!hl_thread_find_case(code, NULL, found, sizeof found) || strlen(found) != cl)
            continue;
        bool kind_ok = dot2 - dot1 > 1;
        for (const char *q = dot1 + 1; q < dot2; q++)
            kind_ok = kind_ok && *q >= 'a' && *q <= 'z';
        int64_t id = parse_id(dot2 + 1, (size_t)(at - dot2 - 1));
        if (!kind_ok || id == 0)
            continue;
        if (our_domain(at + 1, (size_t)(gt - at - 1), doms, nd))
            return id;
        *foreign = true;
    }
    return 0;
}

/* Reads the next "Name: value" field of a header-like block (a delivery-status
 * part, returned headers) at *pos: the value unfolded into v (at most
 * FIELD_MAX bytes, blanks trimmed).  Returns 1 for a field, 0 for a blank line
 * (the end of a block, consumed), -1 at the end of the bytes.  Lines that are
 * not fields are skipped. */
static int
next_field(const char *s, size_t len, size_t *pos, char *name, size_t name_size, struct hl_buf *v)
{
    while (*pos < len) {
        size_t b = *pos;
        const char *nl = memchr(s + b, '\n', len - b);
        size_t e = nl ? (size_t)(nl - s) : len;
        *pos = nl ? e + 1 : len;
        size_t k = b;
        while (k < e && is_space(s[k]))
            k++;
        if (k == e)
            return 0;
        if (s[b] == ' ' || s[b] == '\t')
            continue; /* a continuation without a field */
        const char *colon = memchr(s + b, ':', e - b);
        if (colon == NULL)
            continue;
        size_t nlen = (size_t)(colon - (s + b));
        while (nlen > 0 && is_space(s[b + nlen - 1]))
            nlen--;
        bool named = nlen > 0 && nlen < name_size;
        if (named) {
            memcpy(name, s + b, nlen);
            name[nlen] = '\0';
        }
        hl_buf_reset(v);
        size_t vs = (size_t)(colon - s) + 1;
        if (e > vs && s[e - 1] == '\r')
            e--;
        hl_buf_append(v, s + vs, e - vs < FIELD_MAX ? e - vs : FIELD_MAX);
        /* Continuation lines, up to (not including) a blank line. */
        while (*pos < len && (s[*pos] == ' ' || s[*pos] == '\t')) {
            size_t cb = *pos;
            nl = memchr(s + cb, '\n', len - cb);
            size_t ce = nl ? (size_t)(nl - s) : len;
            size_t q = cb;
            while (q < ce && is_space(s[q]))
                q++;
            if (q == ce)
                break;
            *pos = nl ? ce + 1 : len;
            if (ce > q && s[ce - 1] == '\r')
                ce--;
            if (v->len < FIELD_MAX) {
                hl_buf_putc(v, ' ');
                hl_buf_append(v, s + q, ce - q < FIELD_MAX - v->len ? ce - q : FIELD_MAX - v->len);
            }
        }
        if (!named)
            continue;
        while (v->len && is_space(v->data[v->len - 1]))
            v->len--;
        v->data[v->len] = '\0';
        size_t lead = 0;
        while (lead < v->len && is_space(v->data[lead]))
            lead++;
        memmove(v->data, v->data + lead, v->len - lead + 1);
        v->len -= lead;
        return 1;
    }
    return -1;
}

/* Copies s (n bytes, any bytes) into out sanitised: one printable line. */
static void
put_clean(const char *s, size_t n, char *out, size_t size)
{
    char *tmp = hl_xstrndup(s, n);
    hl_compose_sanitize(tmp, out, size);
    free(tmp);
}

/* "type; value" -> value (Final-Recipient, Diagnostic-Code). */
static const char *
after_type(const char *v)
{
    const char *semi = strchr(v, ';');
    if (semi == NULL)
        return v;
    semi++;
    while (is_space(*semi))
        semi++;
    return semi;
}

/* Length of an RFC 3463 status "c.sss.ddd" (class 2, 4 or 5) at s, else 0. */
static size_t
status_len(const char *s)
{
    if (*s != '2' && *s != '4' && *s != '5')
        return 0;
    size_t i = 1;
    for (int part = 0; part < 2; part++) {
        if (s[i] != '.')
            return 0;
        i++;
        size_t d = 0;
        while (is_digit_c(s[i]) && d < 4) {
            i++;
            d++;
        }
        if (d == 0 || d > 3)
            return 0;
    }
    return (is_digit_c(s[i]) || (s[i] == '.' && is_digit_c(s[i + 1]))) ? 0 : i;
}

static void
set_status(struct hl_dsn *out, const char *s, size_t n)
{
    if (n >= sizeof out->status)
        n = sizeof out->status - 1;
    memcpy(out->status, s, n);
    out->status[n] = '\0';
}

/* The first 4.x.x/5.x.x status standing alone in [s, end), or else the first
 * 4xx/5xx SMTP reply code (set as "4.0.0"/"5.0.0").  Returns where it was
 * found (for the diagnostic line), NULL when neither. */
static const char *
find_status(const char *s, const char *end, struct hl_dsn *out)
{
    for (const char *p = s; p < end; p++) {
        if ((*p != '4' && *p != '5') || (p > s && (is_digit_c(p[-1]) || p[-1] == '.')))
            continue;
        size_t n = status_len(p);
        if (n > 0 && p + n <= end) {
            set_status(out, p, n);
            return p;
        }
    }
    for (const char *p = s; p + 3 <= end; p++) {
        if ((*p != '4' && *p != '5') || !is_digit_c(p[1]) || !is_digit_c(p[2]))
            continue;
        if (p > s && (isalnum_ascii(p[-1]) || strchr(".:/+-", p[-1])))
            continue;
        char next = p + 3 < end ? p[3] : ' ';
        if (next != ' ' && next != '-' && next != '\t' && next != '\n' && next != '\r')
            continue;
        set_status(out, *p == '4' ? "4.0.0" : "5.0.0", 5);
        return p;
    }
    return NULL;
}

/* One per-recipient block of a delivery-status part. */
struct rcpt_block {
    char action[16];
    char status[16];
    char recipient[256];
    char diagnostic[256];
};

static void
first_word_lower(const char *v, char *out, size_t size)
{
    size_t w = 0;
    while (*v && !is_space(*v) && *v != ';' && *v != '(' && w + 1 < size) {
        char c = *v++;
        out[w++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out[w] = '\0';
}

/* Reads a message/delivery-status body: the per-message ENVID into envid
 * (or ""), and the chosen recipient block into out.  Returns whether any
 * recipient block was found. */
static bool
read_delivery_status(const char *s, size_t len, char *envid, size_t envid_size, struct hl_dsn *out)
{
    static const char *const actions[] = {"failed", "delayed", "delivered", "relayed", "expanded"};
    struct hl_buf v;
    hl_buf_init(&v);
    struct rcpt_block cur, chosen;
    memset(&cur, 0, sizeof cur);
    memset(&chosen, 0, sizeof chosen);
    bool in_rcpt = false, have = false, have_failed = false;
    char final_rcpt[256] = "", orig_rcpt[256] = "";
    envid[0] = '\0';
    size_t pos = 0;
    for (;;) {
        char name[64];
        int r = next_field(s, len, &pos, name, sizeof name, &v);
        if (r <= 0) {
            /* End of a block: keep it if it was a recipient block. */
            if (in_rcpt) {
                snprintf(cur.recipient, sizeof cur.recipient, "%s",
                         final_rcpt[0] ? final_rcpt : orig_rcpt);
                bool failed = strcmp(cur.action, "failed") == 0;
                if (!have || (failed && !have_failed)) {
                    chosen = cur;
                    have = true;
                    have_failed = failed;
                }
            }
            memset(&cur, 0, sizeof cur);
            final_rcpt[0] = orig_rcpt[0] = '\0';
            in_rcpt = false;
            if (r < 0)
                break;
            continue;
        }
        const char *val = v.data;
        if (strcasecmp(name, "Original-Envelope-Id") == 0 && envid[0] == '\0') {
            put_clean(val, strlen(val), envid, envid_size);
        } else if (strcasecmp(name, "Final-Recipient") == 0 ||
                   strcasecmp(name, "Original-Recipient") == 0) {
            const char *a = after_type(val);
            size_t n = strlen(a);
            if (*a == '<' && n >= 2 && a[n - 1] == '>') {
                a++;
                n -= 2;
            }
            bool final = strcasecmp(name, "Final-Recipient") == 0;
            put_clean(a, n, final ? final_rcpt : orig_rcpt, sizeof final_rcpt);
            in_rcpt = true;
        } else if (strcasecmp(name, "Action") == 0) {
            char word[16];
            first_word_lower(val, word, sizeof word);
            for (size_t i = 0; i < HL_NELEM(actions); i++)
                if (strcmp(word, actions[i]) == 0)
                    snprintf(cur.action, sizeof cur.action, "%s", actions[i]);
            in_rcpt = true;
        } else if (strcasecmp(name, "Status") == 0) {
            const char *p = val;
            size_t n = status_len(p);
            if (n > 0 && n < sizeof cur.status) {
                memcpy(cur.status, p, n);
                cur.status[n] = '\0';
            }
        } else if (strcasecmp(name, "Diagnostic-Code") == 0) {
            const char *d = after_type(val);
            put_clean(d, strlen(d), cur.diagnostic, sizeof cur.diagnostic);
        }
    }
    hl_buf_fini(&v);
    if (have) {
        memcpy(out->action, chosen.action, sizeof out->action);
        memcpy(out->status, chosen.status, sizeof out->status);
        memcpy(out->recipient, chosen.recipient, sizeof out->recipient);
        memcpy(out->diagnostic, chosen.diagnostic, sizeof out->diagnostic);
        /* No Status field: the diagnostic usually carries one. */
        if (out->status[0] == '\0')
            find_status(out->diagnostic, out->diagnostic + strlen(out->diagnostic), out);
    }
    return have;
}

/* The outbox id in the Message-ID field of a returned header block. */
static int64_t
returned_headers_id(const char *s, size_t len, const char *const *doms, size_t nd, bool *foreign)
{
    struct hl_buf v;
    hl_buf_init(&v);
    int64_t id = 0;
    size_t pos = 0;
    char name[64];
    while (id == 0 && next_field(s, len, &pos, name, sizeof name, &v) == 1)
        if (strcasecmp(name, "Message-ID") == 0)
            id = our_message_id(v.data, v.len, doms, nd, foreign);
    hl_buf_fini(&v);
    return id;
}

/* The outbox id in a "Message-ID:" line of a text bounce's returned copy
 * (headers copied into the text, possibly indented). */
static int64_t
text_message_id(const char *text, const char *const *doms, size_t nd, bool *foreign)
{
    for (const char *p = text; (p = strcasestr(p, "message-id:")) != NULL; p += 11) {
        const char *ls = p;
        while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
            ls--;
        if (ls > text && ls[-1] != '\n')
            continue;
        /* The value and its continuation lines. */
        const char *e = p + 11;
        for (;;) {
            const char *nl = strchr(e, '\n');
            if (nl == NULL) {
                e += strlen(e);
                break;
            }
            e = nl;
            if (nl[1] != ' ' && nl[1] != '\t')
                break;
            e = nl + 1;
        }
        int64_t id = our_message_id(p + 11, (size_t)(e - (p + 11)), doms, nd, foreign);
        if (id)
            return id;
    }
    return 0;
}

/* A lower-case folded phrase (single spaces) in [hay, end), where any run of
 * blanks and line breaks matches one space.  Returns where it starts. */
static const char *
find_phrase(const char *hay, const char *end, const char *phrase)
{
    for (const char *h = hay; h < end; h++) {
        if (*h != phrase[0])
            continue;
        const char *q = h;
        const char *f = phrase;
        while (*f && q < end) {
            if (*f == ' ') {
                if (!is_space(*q))
                    break;
                while (q < end && is_space(*q))
                    q++;
                f++;
            } else if (*q == *f) {
                q++;
                f++;
            } else {
                break;
            }
        }
        if (*f == '\0')
            return h;
    }
    return NULL;
}

static bool
any_phrase(const char *hay, const char *end, const char *const *phrases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (find_phrase(hay, end, phrases[i]))
            return true;
    return false;
}

/* Phrases of text bounces, folded (lower case, no diacritics). */
static const char *const bounce_phrases[] = {
    "hi. this is the qmail-send program",
    "this message was created automatically by mail delivery software",
    "a message that you sent could not be delivered",
    "a message that you sent has not yet been delivered",
    "this is the mail system at host",
    "your message could not be delivered",
    "could not be delivered to one or more recipients",
    "delivery has failed",
    "your message did not reach some or all of the intended recipients",
    "your message couldn't be delivered",
    "your message couldn’t be delivered",
    "khong the gui thu",
    "thu khong gui duoc",
    "khong gui duoc thu",
    "gui thu khong thanh cong",
    "khong the chuyen thu",
};

static const char *const bounce_subjects[] = {
    "undelivered mail returned to sender",
    "undeliverable",
    "mail delivery failed",
    "delivery status notification",
    "failure notice",
    "returned mail",
    "delivery failure",
    "delayed mail",
    "thu khong gui duoc",
    "khong the gui thu",
    "gui thu that bai",
};

/* Text saying the message is still being tried. */
static const char *const delay_phrases[] = {
    "has not yet been delivered", "delivery has been delayed",
    "delivery delayed",           "delivery is delayed",
    "will continue trying",       "will continue to try",
    "still being retried",        "will retry",
    "chua the gui thu",           "dang thu gui lai",
};

/* Lines where a text bounce's copy of the returned message begins. */
static const char *const copy_markers[] = {
    "below this line is a copy of the message",
    "this is a copy of the message",
    "original message headers",
    "original message follows",
    "original message --",
    "original message-",
    "undelivered message follows",
    "thu goc",
    "\nreceived:",
    "\nreturn-path:",
    "\nmessage-id:",
    "\ndkim-signature:",
};

/* A null, MAILER-DAEMON or postmaster sender. */
static bool
bounce_sender(const struct hl_message *msg)
{
    static const char *const locals[] = {"mailer-daemon", "mailer_daemon", "mailerdaemon",
                                         "mail-daemon", "postmaster"};
    const char *rp = hl_message_header(msg, "Return-Path");
    char addr[256] = "";
    if (rp && !hl_autoreply_return_path(rp, addr, sizeof addr))
        return true;
    const char *cands[] = {addr, msg->from.address ? msg->from.address : ""};
    for (size_t c = 0; c < HL_NELEM(cands); c++) {
        const char *a = cands[c];
        const char *at = strrchr(a, '@');
        size_t n = at ? (size_t)(at - a) : strlen(a);
        for (size_t i = 0; i < HL_NELEM(locals); i++)
            if (n == strlen(locals[i]) && strncasecmp(a, locals[i], n) == 0)
                return true;
    }
    return false;
}

static bool
addr_local_char(char c)
{
    return isalnum_ascii(c) || (c != '\0' && strchr(".!#$%&'*+/=?^_`{|}~-", c));
}

/* The first address in [s, end) that is not a system or bounce+ address. */
static void
text_recipient(const char *s, const char *end, struct hl_dsn *out)
{
    for (const char *at = s; at < end && (at = memchr(at, '@', (size_t)(end - at))); at++) {
        const char *b = at;
        while (b > s && addr_local_char(b[-1]))
            b--;
        while (b < at && *b == '.')
            b++;
        const char *e = at + 1;
        while (e < end && domain_char(*e))
            e++;
        while (e > at + 1 && (e[-1] == '.' || e[-1] == '-'))
            e--;
        if (b == at || memchr(at + 1, '.', (size_t)(e - at - 1)) == NULL)
            continue;
        size_t ln = (size_t)(at - b);
        if (hl_str_has_prefix_ci(b, "bounce+") ||
            (ln == 10 && strncasecmp(b, "postmaster", 10) == 0) ||
            (ln == 13 && strncasecmp(b, "mailer-daemon", 13) == 0))
            continue;
        put_clean(b, (size_t)(e - b), out->recipient, sizeof out->recipient);
        return;
    }
}

/* The line holding p and its indented continuation lines, as the diagnostic. */
static void
text_diagnostic(const char *text, const char *p, const char *end, struct hl_dsn *out)
{
    const char *b = p;
    while (b > text && b[-1] != '\n')
        b--;
    const char *e = p;
    for (;;) {
        while (e < end && *e != '\n')
            e++;
        if (e >= end || e + 1 >= end || (e[1] != ' ' && e[1] != '\t'))
            break;
        const char *q = e + 1;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (q >= end || *q == '\n' || *q == '\r')
            break;
        e = q;
    }
    put_clean(b, (size_t)(e - b), out->diagnostic, sizeof out->diagnostic);
}

/* Judges the body text as a text bounce (the sender was checked) and fills
 * action, status, recipient and diagnostic.  force: a multipart/report
 * without its delivery-status part. */
static bool
text_bounce(const struct hl_message *msg, bool force, struct hl_dsn *out)
{
    const char *text = msg->text ? msg->text : "";
    size_t len = strlen(text);
    if (len > TEXT_SCAN_MAX)
        len = TEXT_SCAN_MAX;
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_folded f;
    hl_fold_text(&a, text, len, true, &f);
    const char *fend = f.text + f.len;
    /* The notification ends where the returned copy begins. */
    const char *cut = fend;
    for (size_t i = 0; i < HL_NELEM(copy_markers); i++) {
        const char *m = find_phrase(f.text, cut, copy_markers[i]);
        if (m)
            cut = m;
    }
    char *subject = hl_fold_str(msg->subject ? msg->subject : "");
    bool hit =
        force || any_phrase(f.text, cut, bounce_phrases, HL_NELEM(bounce_phrases)) ||
        any_phrase(subject, subject + strlen(subject), bounce_subjects, HL_NELEM(bounce_subjects));
    if (hit) {
        const char *src_end = text + f.map[cut - f.text];
        bool delayed = any_phrase(f.text, cut, delay_phrases, HL_NELEM(delay_phrases)) ||
                       find_phrase(subject, subject + strlen(subject), "delay") != NULL;
        snprintf(out->action, sizeof out->action, "%s", delayed ? "delayed" : "failed");
        const char *at = find_status(text, src_end, out);
        if (at)
            text_diagnostic(text, at, src_end, out);
        text_recipient(text, src_end, out);
    }
    free(subject);
    hl_arena_fini(&a);
    return hit;
}

static bool
type_is(const char *ct, const char *const *types, size_t n)
{
    for (size_t i = 0; ct && i < n; i++)
        if (strcmp(ct, types[i]) == 0)
            return true;
    return false;
}

/* Notes an id that was named but cannot be trusted, unless one was noted. */
static void
unverified(struct hl_dsn *out, int64_t id, const char *how)
{
    if (id == 0 || out->untrusted_id != 0)
        return;
    out->untrusted_id = id;
    snprintf(out->untrusted_how, sizeof out->untrusted_how, "%s", how);
}

bool
hl_dsn_read(const struct hl_message *msg, const char *const *doms, size_t nd, struct hl_dsn *out)
{
    return hl_dsn_read_keyed(msg, doms, nd, NULL, out);
}

bool
hl_dsn_read_keyed(const struct hl_message *msg, const char *const *doms, size_t nd,
                  const struct hl_bounce_key *key, struct hl_dsn *out)
{
    static const char *const status_types[] = {"message/delivery-status",
                                               "message/global-delivery-status"};
    static const char *const returned_types[] = {"message/rfc822", "message/global",
                                                 "text/rfc822-headers", "message/global-headers"};
    static const char *const envelope_headers[] = {"Delivered-To", "X-Original-To", "Envelope-To",
                                                   "X-Envelope-To", "To"};
    memset(out, 0, sizeof *out);

    char envid[64] = "";
    bool rfc = false;
    for (size_t i = 0; i < msg->n_atts && !rfc; i++) {
        const struct hl_attachment *at = &msg->atts[i];
        if (type_is(at->content_type, status_types, HL_NELEM(status_types)))
            rfc = read_delivery_status((const char *)at->data, at->size, envid, sizeof envid, out);
    }
    if (!rfc) {
        const char *ct = hl_message_header(msg, "Content-Type");
        bool report =
            ct && strcasestr(ct, "multipart/report") && strcasestr(ct, "delivery-status") != NULL;
        if (!(report || bounce_sender(msg)) || !text_bounce(msg, report, out)) {
            memset(out, 0, sizeof *out);
            return false;
        }
    }
    out->is_dsn = true;
    out->permanent = strcmp(out->action, "failed") == 0 && out->status[0] != '4';

    /* (a) our bounce address, (b) our ENVID, (c) our Message-ID.  With a key
     * only (a) and (b) can carry a tag that verifies; what the others name is
     * kept in untrusted_id. */
    bool foreign_bounce = false, foreign_id = false;
    int64_t id = 0, unverified_id = 0;
    for (size_t i = 0; i < msg->n_headers && out->outbox_id == 0; i++)
        for (size_t k = 0; k < HL_NELEM(envelope_headers) && out->outbox_id == 0; k++)
            if (strcasecmp(msg->headers[i].name, envelope_headers[k]) == 0 && msg->headers[i].value)
                out->outbox_id = bounce_address_id(msg->headers[i].value, key, doms, nd,
                                                   &foreign_bounce, &unverified_id);
    if (out->outbox_id) {
        snprintf(out->how, sizeof out->how, "envelope");
        return true;
    }
    unverified(out, unverified_id, "envelope");
    /* The ENVID names no domain: not trusted for a bounce meant for a
     * foreign bounce address (another installation's mail). */
    if (!foreign_bounce && strncasecmp(envid, "hl-", 3) == 0) {
        enum hl_bounce_ref ref = hl_bounce_parse(key, envid + 3, strlen(envid + 3), &id);
        if (ref == HL_BOUNCE_TRUSTED) {
            out->outbox_id = id;
            out->untrusted_id = 0;
            out->untrusted_how[0] = '\0';
            snprintf(out->how, sizeof out->how, "envid");
            return true;
        }
        if (ref == HL_BOUNCE_UNVERIFIED)
            unverified(out, id, "envid");
    }
    id = 0;
    for (size_t i = 0; i < msg->n_atts && id == 0; i++) {
        const struct hl_attachment *at = &msg->atts[i];
        if (type_is(at->content_type, returned_types, HL_NELEM(returned_types)))
            id = returned_headers_id((const char *)at->data, at->size, doms, nd, &foreign_id);
    }
    if (id == 0 && msg->text)
        id = text_message_id(msg->text, doms, nd, &foreign_id);
    if (id == 0 && msg->in_reply_to)
        id = our_message_id(msg->in_reply_to, strlen(msg->in_reply_to), doms, nd, &foreign_id);
    /* A Message-ID carries no tag: anyone who can count can write one. */
    if (id != 0 && key != NULL) {
        unverified(out, id, "message_id");
    } else if (id != 0) {
        out->outbox_id = id;
        snprintf(out->how, sizeof out->how, "message_id");
    }
    return true;
}
