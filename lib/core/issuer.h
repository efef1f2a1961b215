/*
 * issuer: who made the decision a complaint is about.  A complaint (khiếu
 * nại) about an administrative decision or act (a "quyết định", a penalty,
 * a refusal, a revocation, a re-issue: "xử phạt", "từ chối", "thu hồi",
 * "cấp đổi") belongs to the unit that issued it (Luật Khiếu nại 2011, Điều
 * 17-18: the one who decided settles the first complaint), not to the unit
 * whose subject matter it touches.  The city's policy (December 2026): to
 * the issuer when the letter names it, else to the unit whose mailbox
 * received it.
 *
 * The letter is read from each "khiếu nại": a decision word within
 * DECISION_WINDOW bytes after it makes it a complaint about a decision, and
 * the first unit named within ISSUER_WINDOW bytes after it (a ward or former
 * ward after "phường/xã/P.", or a unit's other name such as "Sở TN&MT",
 * "STNMT" in "123/QĐ-STNMT": places.h) is the issuer.  Denunciations are not
 * this module's: they keep the rule of kind.h (never the accused).
 *
 * Ownership: strings in out live in the caller's arena or in places.
 */
#ifndef HL_ISSUER_H
#define HL_ISSUER_H

#include "places.h"
#include "util.h"

#include <stdbool.h>

struct hl_issuer {
    bool about_decision;  /* the complaint is about a decision or act */
    const char *decision; /* the citizen's words naming it ("khiếu nại quyết định") */
    const char *unit;     /* who issued it; NULL: not named */
    const char *named;    /* the words that named it ("UBND phường Hàng Bông") */
};

/* Reads text (subject, newline, body).  Returns out->about_decision. */
bool hl_issuer_find(const char *text, const struct hl_places *places, struct hl_arena *a,
                    struct hl_issuer *out);

#endif
