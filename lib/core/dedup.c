/*
 * dedup: see dedup.h.  The key is a sha256 over a tagged, NUL-separated
 * material ("hl-letter/1", the basis, the sender, the Message-ID or the
 * text), so that no Message-ID can be mistaken for a text and no sender's
 * address can run into the value after it.
 */
#include "dedup.h"

#include <string.h>

#include "util.h"

static bool
is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

static char
lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The sender's address trimmed and lower-cased into b; false when empty. */
static bool
put_sender(struct hl_buf *b, const char *s)
{
    if (s == NULL)
        return false;
    size_t start = b->len;
    for (const char *p = s; *p; p++)
        if (!is_space((unsigned char)*p))
            hl_buf_putc(b, lower(*p));
    return b->len > start;
}

/* The Message-ID without white space (a folded header) and one pair of
 * angle brackets, the domain after the last '@' lower-cased (RFC 5322
 * id-right is a domain; id-left is compared as written).  False when
 * nothing is left. */
static bool
put_message_id(struct hl_buf *b, const char *mid)
{
    if (mid == NULL)
        return false;
    size_t start = b->len;
    for (const char *p = mid; *p; p++)
        if (!is_space((unsigned char)*p))
            hl_buf_putc(b, *p);
    /* The caller put the material's head first: data is set. */
    char *v = b->data + start;
    size_t n = b->len - start;
    if (n && v[0] == '<') {
        memmove(v, v + 1, n - 1);
        n--;
    }
    if (n && v[n - 1] == '>')
        n--;
    size_t at = n;
    for (size_t i = 0; i < n; i++)
        if (v[i] == '@')
            at = i;
    for (size_t i = at; i < n; i++)
        v[i] = lower(v[i]);
    b->len = start + n;
    b->data[b->len] = '\0';
    return n > 0;
}

/* The text with every run of white space one space, none at either end:
 * the same letter read from two mailboxes may differ in line endings and
 * trailing blanks, never in its words.  False when nothing is left. */
static bool
put_text(struct hl_buf *b, const char *text)
{
    if (text == NULL)
        return false;
    size_t start = b->len;
    bool gap = false;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (is_space(*p)) {
            gap = b->len > start;
            continue;
        }
        if (gap)
            hl_buf_putc(b, ' ');
        gap = false;
        hl_buf_putc(b, (char)*p);
    }
    return b->len > start;
}

enum hl_dedup_basis
hl_dedup_key(const struct hl_letter *l, char key_out[65])
{
    struct hl_buf b;
    enum hl_dedup_basis basis = HL_DEDUP_NONE;
    key_out[0] = '\0';
    hl_buf_init(&b);
    hl_buf_append(&b, "hl-letter/1", sizeof "hl-letter/1");
    if (!put_sender(&b, l->sender))
        goto out;
    hl_buf_putc(&b, '\0');
    size_t tag = b.len;
    hl_buf_append(&b, "message-id", sizeof "message-id");
    if (put_message_id(&b, l->message_id)) {
        basis = HL_DEDUP_MESSAGE_ID;
    } else {
        b.len = tag;
        hl_buf_append(&b, "text", sizeof "text");
        if (put_text(&b, l->text))
            basis = HL_DEDUP_BODY;
    }
    if (basis != HL_DEDUP_NONE)
        hl_sha256_hex(b.data, b.len, key_out);
out:
    hl_buf_fini(&b);
    return basis;
}

bool
hl_dedup_within(int64_t first_at, int64_t at, int days)
{
    if (days <= 0 || days > HL_DEDUP_MAX_DAYS)
        return false;
    int64_t d = at >= first_at ? at - first_at : first_at - at;
    return d < (int64_t)days * 86400;
}

bool
hl_dedup_same(const struct hl_letter *first, const struct hl_letter *later, int days)
{
    char a[65], b[65];
    if (hl_dedup_key(first, a) == HL_DEDUP_NONE || hl_dedup_key(later, b) == HL_DEDUP_NONE)
        return false;
    if (strcmp(a, b) != 0)
        return false;
    /* A second copy in the same mailbox is the citizen sending again. */
    if (first->mailbox == NULL || later->mailbox == NULL ||
        strcmp(first->mailbox, later->mailbox) == 0)
        return false;
    return hl_dedup_within(first->received_at, later->received_at, days);
}

int
hl_dedup_link_allowed(const char *a, const char *b, struct hl_err *err)
{
    if (strcmp(a, b) == 0)
        return hl_err_set(err, HL_ERR_INPUT, "a case is not linked to itself (%s)", a);
    return 0;
}

int
hl_dedup_merge_allowed(const struct hl_dedup_case *from, const struct hl_dedup_case *into,
                       struct hl_err *err)
{
    if (strcmp(from->code, into->code) == 0)
        return hl_err_set(err, HL_ERR_INPUT, "a case is not merged into itself (%s)", from->code);
    if (from->merged_into)
        return hl_err_set(err, HL_ERR_INPUT, "case %s is already merged into %s", from->code,
                          from->merged_into);
    if (into->merged_into)
        return hl_err_set(err, HL_ERR_INPUT, "case %s is merged into %s: merge %s into %s instead",
                          into->code, into->merged_into, from->code, into->merged_into);
    return 0;
}
