/*
 * suggest_rules: what a clerk's decision says about where a case belongs,
 * for `hotlinectl rules suggest` (the words that predict it) and `rules
 * replay --candidate` (better or worse against it).
 *
 * A case is labelled by its end state:
 *   kept      the clerks left it where the rules sent it: it belongs there
 *   transfer  a clerk moved it (case transfer): it belongs where it is now
 *   refusal   refused as outside the unit's competence (case refuse --reason
 *             outside) with a --where that names one of our units: it
 *             belongs to that unit, not to the one that refused it
 *   not_ours  refused as outside competence with a --where that names no
 *             unit of ours (a court, the district police): it belongs to no
 *             unit of ours, and certainly not to the one that refused it
 * A refusal for another reason (anonymous, duplicate, not_feedback) says
 * nothing about routing: the case is kept (or transferred) as before.
 *
 * Pure: no store, no I/O.
 */
#ifndef HL_SUGGEST_RULES_H
#define HL_SUGGEST_RULES_H

#include <stddef.h>

#include "config.h"

enum hl_label_source {
    HL_LABEL_KEPT,
    HL_LABEL_TRANSFER,
    HL_LABEL_REFUSAL,
    HL_LABEL_NOT_OURS,
};

struct hl_case_label {
    enum hl_label_source source;
    const char *unit; /* the unit it belongs to; NULL for not_ours */
    /* where it was before the clerk's correction: the unit the rules had
     * sent it to (transfer), the unit that refused it (refusal, not_ours);
     * NULL when kept */
    const char *from;
};

/* The label name: "kept", "transfer", "refusal", "not_ours". */
const char *hl_label_source_name(enum hl_label_source s);

/* Which of units (n of them) a refusal's --where text names, or -1 when it
 * names none, names two equally well, or names refusing (the unit that
 * refused).  Compared folded (no diacritics, any case), word by word:
 *   - the unit's code ("phuong-cau-giay") or its whole name;
 *   - its name without a leading "Ủy ban nhân dân" / "UBND" / "Văn phòng
 *     Ủy ban nhân dân" ("UBND phường Cầu Giấy" names "Ủy ban nhân dân
 *     phường Cầu Giấy");
 *   - its name without the ending it shares with the root unit's name ("Sở
 *     Tư pháp" for "Sở Tư pháp thành phố Hà Nội" under "... thành phố Hà
 *     Nội"), only at the end of the text or before punctuation, so that
 *     "Công an quận Đống Đa" does not name "Công an thành phố Hà Nội".
 * A shortened name must keep at least two words.  The longest match wins
 * (a code beats any name).  A retired unit stands for its successor. */
int hl_refusal_unit(const struct hl_unit_cfg *units, size_t n, const char *refusing,
                    const char *where);

/* The label of a case now in unit with status (cases.status), moved by a
 * clerk from transferred_from first (NULL: never), refused for
 * refusal_reason (NULL or "": not refused) with refusal_where.  The strings
 * in out point into the arguments or units. */
void hl_case_label(const struct hl_unit_cfg *units, size_t n, const char *unit,
                   const char *transferred_from, const char *status, const char *refusal_reason,
                   const char *refusal_where, struct hl_case_label *out);

#endif
