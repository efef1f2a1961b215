/* suggest: see suggest.h. */
#include "suggest.h"

#include <string.h>

static char
lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int
hl_suggest_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > HL_SUGGEST_MAX_LEN || lb > HL_SUGGEST_MAX_LEN)
        return HL_SUGGEST_MAX_LEN + 1;
    _Static_assert(HL_SUGGEST_MAX_LEN < 100, "the table below lives on the stack");
    int d[HL_SUGGEST_MAX_LEN + 1][HL_SUGGEST_MAX_LEN + 1];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            int cost = lower(a[i - 1]) != lower(b[j - 1]);
            int best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best)
                best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]) && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[la][lb];
}

const char *
hl_suggest(const char *name, const char *const *known, size_t n)
{
    const char *best = NULL;
    int best_d = HL_SUGGEST_MAX_LEN + 1;
    for (size_t i = 0; i < n && known[i] != NULL; i++) {
        int d = hl_suggest_distance(name, known[i]);
        if (d < best_d) {
            best_d = d;
            best = known[i];
        }
    }
    if (best == NULL)
        return NULL;
    size_t len = strlen(name);
    int limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
    if (best_d > limit || (size_t)best_d * 3 > strlen(best))
        return NULL;
    return best;
}
