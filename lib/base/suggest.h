/*
 * suggest: "did you mean ...?" for every name a person types -- config
 * settings, rule fields, template placeholders, unit codes.  One distance and
 * one threshold everywhere, so a typo is forgiven the same way in every file.
 *
 * The distance is the optimal string alignment distance (Levenshtein plus
 * adjacent swaps), ASCII case folded: "tsl" is one edit from "tls", "Host"
 * none from "host".  Names longer than HL_SUGGEST_MAX_LEN are never close.
 */
#ifndef HL_SUGGEST_H
#define HL_SUGGEST_H

#include <stddef.h>

#define HL_SUGGEST_MAX_LEN 64

/* The distance between a and b; HL_SUGGEST_MAX_LEN + 1 when either is
 * longer than HL_SUGGEST_MAX_LEN. */
int hl_suggest_distance(const char *a, const char *b);

/* The name in known[0..n) closest to name when it is close enough to be a
 * typo: one edit in a name of up to 4 characters, two up to 8, three beyond,
 * and never more than a third of the suggestion ("x" suggests nothing).  A
 * NULL entry ends known early, so NULL-terminated lists can pass SIZE_MAX.
 * Returns NULL when nothing is close.  Ties go to the first name. */
const char *hl_suggest(const char *name, const char *const *known, size_t n);

#endif
