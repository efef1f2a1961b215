/*
 * split_rules: which of a split's new units a case goes to, by the rule
 * file of `hotlinectl unit split OLD --into A,B --rule-file F`.  A rule is
 * one line, "UNIT PATTERN": a PCRE2 pattern matched, case-insensitively,
 * against the folded text (fold.h: lower case, no diacritics; so the
 * pattern is written without diacritics, "cau giay") of the case's
 * subject, first message and the citizen's address; the first rule that
 * matches wins; a case no rule matches goes to the first unit.  Blank lines
 * and lines starting with # are ignored.
 *
 * Ownership: hl_split_rules_load returns a set the caller frees with
 * hl_split_rules_free.
 */
#ifndef HL_SPLIT_RULES_H
#define HL_SPLIT_RULES_H

#include "util.h"

struct hl_split_rules;

/* Reads rules from text (the file's contents; file names it in
 * diagnostics).  Every rule must name one of units[0..n).  Returns NULL
 * with every problem in diag ("FILE:LINE: message"). */
struct hl_split_rules *hl_split_rules_load(const char *file, const char *text,
                                           const char *const *units, size_t n,
                                           struct hl_diag *diag);
void hl_split_rules_free(struct hl_split_rules **r);

/* The unit of the first rule matching the case's text (borrowed from the
 * set), or NULL when none matches. */
const char *hl_split_rules_match(const struct hl_split_rules *r, const char *subject,
                                 const char *text, const char *from);

#endif
