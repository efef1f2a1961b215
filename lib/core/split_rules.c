/*
 * split_rules: see split_rules.h.  Patterns are compiled once, with PCRE2's
 * match limit bounding the work one case can cost.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "split_rules.h"

#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"

struct rule {
    char *unit;
    pcre2_code *re;
};

struct hl_split_rules {
    struct rule *rules;
    size_t n;
    pcre2_match_context *mctx;
};

struct hl_split_rules *
hl_split_rules_load(const char *file, const char *text, const char *const *units, size_t n_units,
                    struct hl_diag *diag)
{
    struct hl_split_rules *r = hl_xcalloc(1, sizeof *r);
    size_t before = diag->n;
    int line = 0;
    const char *p = text;
    while (*p) {
        line++;
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char *l = hl_xstrndup(p, len);
        p += len + (nl ? 1 : 0);
        char *s = l;
        while (*s == ' ' || *s == '\t')
            s++;
        size_t sl = strlen(s);
        while (sl > 0 && (s[sl - 1] == ' ' || s[sl - 1] == '\t' || s[sl - 1] == '\r'))
            s[--sl] = '\0';
        if (*s == '\0' || *s == '#') {
            free(l);
            continue;
        }
        char *sp = s + strcspn(s, " \t");
        char *pat = sp;
        while (*pat == ' ' || *pat == '\t')
            pat++;
        *sp = '\0';
        bool known = false;
        for (size_t i = 0; i < n_units && !known; i++)
            known = strcmp(units[i], s) == 0;
        if (!known)
            hl_diag_add(diag, file, line, "%s is not one of the units split into", s);
        else if (*pat == '\0')
            hl_diag_add(diag, file, line, "a rule is \"UNIT PATTERN\": the pattern is missing");
        if (!known || *pat == '\0') {
            free(l);
            continue;
        }
        /* The pattern is not folded (that would turn \D into \d): it is
         * written without diacritics, as the folded text it meets. */
        int ec;
        PCRE2_SIZE off;
        pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                       PCRE2_UTF | PCRE2_CASELESS, &ec, &off, NULL);
        if (re == NULL) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(ec, msg, sizeof msg);
            hl_diag_add(diag, file, line, "pattern error at offset %zu: %s", (size_t)off,
                        (const char *)msg);
            free(l);
            continue;
        }
        r->rules = hl_xrealloc(r->rules, (r->n + 1) * sizeof *r->rules);
        r->rules[r->n++] = (struct rule){hl_xstrdup(s), re};
        free(l);
    }
    if (diag->n > before) {
        hl_split_rules_free(&r);
        return NULL;
    }
    r->mctx = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(r->mctx, 1000000);
    return r;
}

void
hl_split_rules_free(struct hl_split_rules **rp)
{
    struct hl_split_rules *r = *rp;
    if (r == NULL)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free(r->rules[i].unit);
        pcre2_code_free(r->rules[i].re);
    }
    free(r->rules);
    pcre2_match_context_free(r->mctx);
    free(r);
    *rp = NULL;
}

const char *
hl_split_rules_match(const struct hl_split_rules *r, const char *subject, const char *text,
                     const char *from)
{
    char *all =
        hl_xasprintf("%s\n%s\n%s", subject ? subject : "", text ? text : "", from ? from : "");
    char *folded = hl_fold_str(all);
    free(all);
    const char *unit = NULL;
    for (size_t i = 0; i < r->n && unit == NULL; i++) {
        pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->rules[i].re, NULL);
        int rc = pcre2_match(r->rules[i].re, (PCRE2_SPTR)folded, strlen(folded), 0, 0, md, r->mctx);
        pcre2_match_data_free(md);
        if (rc >= 0)
            unit = r->rules[i].unit;
    }
    free(folded);
    return unit;
}
