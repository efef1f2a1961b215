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
 * The letter must say "khiếu nại" somewhere; the decision may be anywhere
 * (the subject, before "khiếu nại", sentences later).  Decision words are
 * read whole, folded ("quyet dinh", "QĐ", "văn bản trả lời / từ chối", "bị
 * phạt", "xử phạt", "thu hồi", "cưỡng chế"); "xử phạt, thu hồi, cưỡng chế"
 * asked for ("đề nghị xử phạt") are no decision; "biên bản, thông báo, văn
 * bản, công văn, kết luận" are everyday paperwork and count only within
 * DECISION_WINDOW bytes of "khiếu nại".  The issuer is looked for in the
 * decision word's sentence: the first unit named after it ("số 123/QĐ-UBND
 * của UBND phường X", "45/QĐ-STNMT", "do Thanh tra Sở Xây dựng lập"), else
 * the last one named before it, after the sender's address and "khiếu nại"
 * ("Chủ tịch UBND xã Sóc Sơn ký quyết định").  A unit is named by a ward or
 * former ward after "phường/xã/P." (a former ward is its successor's) or by
 * a unit's other name (alias: "Sở TN&MT", "CSGT", "Công an phường"):
 * places.h.  The first decision word with an issuer decides; none: the
 * complaint is about a decision nobody named.  Sentences end at . ! ? (not
 * after "TP.", "P."), a blank line and the subject's end; a single newline
 * does not (mail wraps).  Denunciations are not this module's: they keep
 * the rule of kind.h (never the accused).
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
