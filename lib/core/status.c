/* status: see status.h. */
#include "status.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compose.h"
#include "fold.h"
#include "reply_text.h"
#include "thread.h"

/* Folded (no diacritics, lower case).  Unambiguous at any length. */
static const char *const strong[] = {
    "tra cuu",          "status",
    "kiem tra ho so",   "tinh trang ho so",
    "tinh trang xu ly", "tinh trang giai quyet",
    "trang thai ho so", "trang thai xu ly",
    "tien do xu ly",    "tien do giai quyet",
    "da xu ly den dau", "xu ly den dau",
};
/* Also how a citizen describes a problem ("tình trạng ngập úng vẫn tiếp
 * diễn"): counted only in a short mail that asks something. */
static const char *const weak[] = {"tinh trang", "trang thai", "tien do", "kiem tra"};
static const char *const asking[] = {"hoi", "the nao", "ra sao", "chua", "den dau"};

/* Whether word occurs in folded text, not glued to letters or digits. */
static bool
has_phrase(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(text, word); p; p = strstr(p + 1, word)) {
        bool left =
            p == text || !((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9'));
        char r = p[n];
        bool right = !((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9'));
        if (left && right)
            return true;
    }
    return false;
}

/* The citizen's new words: no quoted lines, no attribution, no marker. */
static char *
new_text(const char *text)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_reply_text_extract(text ? text : "", &b);
    char *out = hl_xstrdup(b.data ? b.data : "");
    hl_buf_fini(&b);
    return out;
}

bool
hl_status_is_query(const char *subject, const char *text, bool has_attachments, const char *prefix,
                   char *code_out, size_t code_size)
{
    if (code_size)
        code_out[0] = '\0';
    if (has_attachments)
        return false;
    /* Every human mail is asked: most name no case, and leave here. */
    if (!(subject && strcasestr(subject, prefix)) && !(text && strcasestr(text, prefix)))
        return false;
    char *fresh = new_text(text);
    bool found = (subject && hl_thread_find_case(subject, prefix, code_out, code_size)) ||
                 hl_thread_find_case(fresh, prefix, code_out, code_size);
    bool asks = false;
    if (found) {
        char *fs = hl_fold_str(subject ? hl_thread_strip_prefixes(subject) : "");
        char *ft = hl_fold_str(fresh);
        bool is_short = strlen(fresh) <= HL_STATUS_SHORT_BYTES;
        for (size_t i = 0; !asks && i < HL_NELEM(strong); i++)
            asks = has_phrase(fs, strong[i]) || has_phrase(ft, strong[i]);
        bool question = strchr(fs, '?') || strchr(ft, '?');
        for (size_t i = 0; !question && i < HL_NELEM(asking); i++)
            question = has_phrase(fs, asking[i]) || has_phrase(ft, asking[i]);
        for (size_t i = 0; !asks && is_short && question && i < HL_NELEM(weak); i++)
            asks = has_phrase(fs, weak[i]) || has_phrase(ft, weak[i]);
        free(fs);
        free(ft);
    }
    free(fresh);
    if (!asks && code_size)
        code_out[0] = '\0';
    return asks;
}

void
hl_status_decide(const struct hl_status_case *c, const char *from, struct hl_status_plan *out)
{
    memset(out, 0, sizeof *out);
    if (!c->exists || from == NULL || *from == '\0') {
        out->outcome = HL_STATUS_UNKNOWN_CASE;
        return;
    }
    if (c->citizen_address && strcasecmp(c->citizen_address, from) == 0) {
        /* They just wrote from it: whatever bounced once, answer. */
        out->outcome = HL_STATUS_TO_OWNER;
        out->status_to_sender = true;
        return;
    }
    out->outcome = HL_STATUS_TO_STRANGER;
    out->notice_to_sender = true;
    out->status_to_owner = c->citizen_address && *c->citizen_address && !c->undeliverable;
}

const char *
hl_status_outcome_name(enum hl_status_outcome o)
{
    switch (o) {
    case HL_STATUS_TO_OWNER:
        return "owner";
    case HL_STATUS_TO_STRANGER:
        return "stranger";
    default:
        return "unknown_case";
    }
}
