/*
 * suggest_rules: the label a clerk's decision gives a case (see
 * suggest_rules.h).
 */
#include "suggest_rules.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "util.h"

const char *
hl_label_source_name(enum hl_label_source s)
{
    switch (s) {
    case HL_LABEL_KEPT:
        return "kept";
    case HL_LABEL_TRANSFER:
        return "transfer";
    case HL_LABEL_REFUSAL:
        return "refusal";
    case HL_LABEL_NOT_OURS:
        return "not_ours";
    }
    return "kept";
}

static bool
word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* s folded, as words separated by one space, with punctuation between
 * words kept as one "," word: "UBND phường Cầu Giấy." -> " ubnd phuong cau
 * giay , " (a space at each end, so that " key " finds whole words). */
static char *
normalise(const char *s)
{
    char *f = hl_fold_str(s ? s : "");
    size_t n = strlen(f);
    char *out = hl_xmalloc(2 * n + 3);
    size_t o = 0;
    out[o++] = ' ';
    for (size_t i = 0; i < n;) {
        if (word_byte((unsigned char)f[i])) {
            while (i < n && word_byte((unsigned char)f[i]))
                out[o++] = f[i++];
            out[o++] = ' ';
            continue;
        }
        bool punct = false;
        for (; i < n && !word_byte((unsigned char)f[i]); i++)
            punct |= f[i] != ' ' && f[i] != '\t';
        if (punct && o > 1 && out[o - 2] != ',') {
            out[o++] = ',';
            out[o++] = ' ';
        }
    }
    out[o] = '\0';
    free(f);
    return out;
}

static size_t
words_in(const char *k)
{
    size_t n = 0;
    for (const char *p = k; *p; p++)
        n += p[0] != ' ' && p[0] != ',' && (p == k || p[-1] == ' ');
    return n;
}

/* Whether key (" w w ") is in text (normalised); at_end: only where the
 * text ends or punctuation follows. */
static bool
contains(const char *text, const char *key, bool at_end)
{
    size_t kl = strlen(key);
    for (const char *p = strstr(text, key); p; p = strstr(p + 1, key))
        if (!at_end || p[kl] == '\0' || p[kl] == ',')
            return true;
    return false;
}

/* The leading words a unit's name may be written without. */
static const char *const prefixes[] = {" van phong uy ban nhan dan ", " uy ban nhan dan ", " ubnd ",
                                       NULL};

static const char *
strip_prefix(const char *name)
{
    for (size_t i = 0; prefixes[i]; i++) {
        size_t pl = strlen(prefixes[i]);
        if (strncmp(name, prefixes[i], pl) == 0)
            return name + pl - 1; /* keep the leading space */
    }
    return name;
}

/* name (normalised) without the words it ends with in common with root's
 * (normalised), or NULL when they share no ending.  Heap string. */
static char *
strip_root_ending(const char *name, const char *root)
{
    size_t i = strlen(name), j = strlen(root);
    /* both end with " "; walk back over the common ending */
    while (i > 0 && j > 0 && name[i - 1] == root[j - 1])
        i--, j--;
    /* on to the start of a word in both: name[i] follows a space and so
     * does root[j], or root begins there (the bytes from i on are the same) */
    while (name[i] != '\0' && !(i > 0 && name[i - 1] == ' ' && (j == 0 || root[j - 1] == ' ')))
        i++, j++;
    if (name[i] == '\0' || i < 2)
        return NULL;
    return hl_xstrndup(name, i); /* " so tu phap " */
}

static int
resolve(const struct hl_unit_cfg *units, size_t n, int u)
{
    /* a retired unit's mail goes to its successor (at most n hops) */
    for (size_t hops = 0; u >= 0 && units[u].retired && units[u].successor && hops < n; hops++) {
        int next = -1;
        for (size_t k = 0; k < n; k++)
            if (strcmp(units[k].code, units[u].successor) == 0)
                next = (int)k;
        u = next;
    }
    return u;
}

int
hl_refusal_unit(const struct hl_unit_cfg *units, size_t n, const char *refusing, const char *where)
{
    if (where == NULL || *where == '\0')
        return -1;
    char *text = normalise(where);
    char *root = NULL;
    for (size_t i = 0; i < n && root == NULL; i++)
        if (units[i].parent == NULL && units[i].name)
            root = normalise(units[i].name);
    int best = -1;
    size_t best_score = 0;
    bool tie = false;
    for (size_t i = 0; i < n; i++) {
        size_t score = 0;
        char *code = normalise(units[i].code);
        if (contains(text, code, false))
            score = 1000;
        free(code);
        if (score == 0 && units[i].name) {
            char *name = normalise(units[i].name);
            const char *shorter = strip_prefix(name);
            char *ending = root && units[i].parent ? strip_root_ending(shorter, root) : NULL;
            if (contains(text, name, false))
                score = words_in(name);
            else if (shorter != name && words_in(shorter) >= 2 && contains(text, shorter, false))
                score = words_in(shorter);
            else if (ending && words_in(ending) >= 2 && contains(text, ending, true))
                score = words_in(ending);
            free(ending);
            free(name);
        }
        if (score == 0)
            continue;
        int u = resolve(units, n, (int)i);
        if (score > best_score) {
            best = u;
            best_score = score;
            tie = false;
        } else if (score == best_score && u != best) {
            tie = true;
        }
    }
    free(root);
    free(text);
    if (tie || best < 0 || (refusing && strcmp(units[best].code, refusing) == 0))
        return -1;
    return best;
}

void
hl_case_label(const struct hl_unit_cfg *units, size_t n, const char *unit,
              const char *transferred_from, const char *status, const char *refusal_reason,
              const char *refusal_where, struct hl_case_label *out)
{
    *out = (struct hl_case_label){HL_LABEL_KEPT, unit, NULL};
    if (status && strcmp(status, "refused") == 0 && refusal_reason &&
        strcmp(refusal_reason, "outside") == 0) {
        int x = hl_refusal_unit(units, n, unit, refusal_where);
        if (x >= 0)
            *out = (struct hl_case_label){HL_LABEL_REFUSAL, units[x].code, unit};
        else
            *out = (struct hl_case_label){HL_LABEL_NOT_OURS, NULL, unit};
        return;
    }
    if (transferred_from && *transferred_from && strcmp(transferred_from, unit) != 0)
        *out = (struct hl_case_label){HL_LABEL_TRANSFER, unit, transferred_from};
}
