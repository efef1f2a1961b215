/*
 * issuer: see issuer.h.  Works on the folded text (lib/base/fold), whose
 * offset map gives back the citizen's own words for the trace.
 */
#include "issuer.h"

#include "fold.h"

#include <string.h>

#define DECISION_WINDOW 120
#define ISSUER_WINDOW 400

/* Decision and act words, folded, matched at word starts. */
static const char *const decision_words[] = {
    "quyet dinh", "qd ",     "qd-",     "qd/",       "/qd",      "xu phat",
    "thu hoi",    "tu choi", "cap doi", "cuong che", "bien ban", NULL,
};

static bool
word_start(const char *s, size_t i)
{
    if (i == 0)
        return true;
    unsigned char c = (unsigned char)s[i - 1];
    return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80);
}

/* The first decision word in f[from, to), or -1. */
static long
find_decision(const char *f, size_t from, size_t to, size_t *len_out)
{
    for (size_t i = from; i < to; i++)
        for (size_t w = 0; decision_words[w]; w++) {
            size_t n = strlen(decision_words[w]);
            if (strncmp(f + i, decision_words[w], n) == 0 &&
                (decision_words[w][0] == '/' || word_start(f, i))) {
                *len_out = n;
                return (long)i;
            }
        }
    return -1;
}

bool
hl_issuer_find(const char *text, const struct hl_places *places, struct hl_arena *a,
               struct hl_issuer *out)
{
    memset(out, 0, sizeof *out);
    if (text == NULL)
        return false;
    struct hl_folded f;
    size_t tlen = strlen(text);
    hl_fold_text(a, text, tlen, true, &f);
    for (const char *k = f.text; (k = strstr(k, "khieu nai")) != NULL; k += 9) {
        size_t ki = (size_t)(k - f.text);
        if (!word_start(f.text, ki))
            continue;
        size_t to = ki + 9 + DECISION_WINDOW < f.len ? ki + 9 + DECISION_WINDOW : f.len;
        size_t dlen = 0;
        long d = find_decision(f.text, ki + 9, to, &dlen);
        if (d < 0)
            continue;
        out->about_decision = true;
        size_t rs = f.map[ki], re = f.map[(size_t)d + dlen < f.len ? (size_t)d + dlen : f.len];
        out->decision = hl_arena_strndup(a, text + rs, re - rs);
        /* The issuer: the first unit named after "khiếu nại", within the
         * window, in the citizen's own (unfolded) text. */
        size_t we = ki + ISSUER_WINDOW < f.len ? ki + ISSUER_WINDOW : f.len;
        size_t ws = f.map[ki], wend = f.map[we];
        const char *window = hl_arena_strndup(a, text + ws, wend - ws);
        out->unit = hl_places_find_unit(places, window, a, &out->named);
        return true;
    }
    return false;
}
