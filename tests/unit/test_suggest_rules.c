/*
 * test_suggest_rules: which of our units a refusal's --where names, and the
 * label a case's end state gives it for rules suggest and rules replay
 * (lib/core/suggest_rules.c).
 */
#include <string.h>

#include "check.h"
#include "suggest_rules.h"

#define U(c, n, p)                                                                                 \
    {                                                                                              \
        .code = (c), .name = (n), .parent = (p)                                                    \
    }

static struct hl_unit_cfg units[] = {
    U("ubnd-tp", "Văn phòng Ủy ban nhân dân thành phố Hà Nội", NULL),
    U("so-tp", "Sở Tư pháp thành phố Hà Nội", "ubnd-tp"),
    U("ca-tp", "Công an thành phố Hà Nội", "ubnd-tp"),
    U("phuong-cau-giay", "Ủy ban nhân dân phường Cầu Giấy", "ubnd-tp"),
    U("phuong-hoan-kiem", "Ủy ban nhân dân phường Hoàn Kiếm", "ubnd-tp"),
    U("phuong-cu", "Ủy ban nhân dân phường Hàng Bông", "ubnd-tp"),
};
#define N (sizeof units / sizeof units[0])

static const char *
named(const char *refusing, const char *where)
{
    int u = hl_refusal_unit(units, N, refusing, where);
    return u < 0 ? "-" : units[u].code;
}

static void
test_refusal_unit(void)
{
    /* the code, the whole name, the name without "Ủy ban nhân dân" */
    CHECK_STR(named("ubnd-tp", "phuong-cau-giay"), "phuong-cau-giay");
    CHECK_STR(named("ubnd-tp", "Ủy ban nhân dân phường Cầu Giấy"), "phuong-cau-giay");
    CHECK_STR(named("ubnd-tp", "Xin liên hệ UBND phường Cầu Giấy, số 1 Nguyễn Văn Huyên"),
              "phuong-cau-giay");
    CHECK_STR(named("ubnd-tp", "uy ban nhan dan PHUONG CAU GIAY"), "phuong-cau-giay");
    /* a department without the city's name, at the end or before punctuation */
    CHECK_STR(named("ubnd-tp", "Sở Tư pháp"), "so-tp");
    CHECK_STR(named("ubnd-tp", "Sở Tư pháp (tầng 3)"), "so-tp");
    CHECK_STR(named("ubnd-tp", "Công an thành phố Hà Nội"), "ca-tp");
    /* ... but not a unit of another level that begins the same */
    CHECK_STR(named("ubnd-tp", "Công an quận Đống Đa"), "-");
    CHECK_STR(named("ubnd-tp", "Tòa án nhân dân quận Hoàn Kiếm"), "-");
    CHECK_STR(named("ubnd-tp", "UBND quận Cầu Giấy"), "-");
    CHECK_STR(named("ubnd-tp", "Bảo hiểm xã hội"), "-");
    CHECK_STR(named("ubnd-tp", ""), "-");
    CHECK_STR(named("ubnd-tp", NULL), "-");
    /* the unit that refused is no label for itself */
    CHECK_STR(named("phuong-cau-giay", "UBND phường Cầu Giấy"), "-");
    /* two units named equally well: neither */
    CHECK_STR(named("ubnd-tp", "phường Cầu Giấy hoặc phường Hoàn Kiếm"), "-");
    /* the longer name wins */
    CHECK_STR(named("ubnd-tp", "Ủy ban nhân dân phường Hoàn Kiếm, không phải Sở Tư pháp"),
              "phuong-hoan-kiem");
    /* a retired unit stands for its successor */
    units[5].retired = true;
    units[5].successor = "phuong-hoan-kiem";
    CHECK_STR(named("ubnd-tp", "UBND phường Hàng Bông"), "phuong-hoan-kiem");
    units[5].retired = false;
    units[5].successor = NULL;
}

static void
test_label(void)
{
    struct hl_case_label l;
    hl_case_label(units, N, "ubnd-tp", NULL, "open", NULL, NULL, &l);
    CHECK(l.source == HL_LABEL_KEPT && strcmp(l.unit, "ubnd-tp") == 0 && l.from == NULL);
    hl_case_label(units, N, "phuong-cau-giay", "ubnd-tp", "open", "", "", &l);
    CHECK(l.source == HL_LABEL_TRANSFER && strcmp(l.unit, "phuong-cau-giay") == 0 &&
          strcmp(l.from, "ubnd-tp") == 0);
    /* transferred back where it was: kept */
    hl_case_label(units, N, "ubnd-tp", "ubnd-tp", "open", NULL, NULL, &l);
    CHECK(l.source == HL_LABEL_KEPT);
    /* refused as outside, naming one of ours: that unit's */
    hl_case_label(units, N, "ubnd-tp", NULL, "refused", "outside", "UBND phường Cầu Giấy", &l);
    CHECK(l.source == HL_LABEL_REFUSAL && strcmp(l.unit, "phuong-cau-giay") == 0 &&
          strcmp(l.from, "ubnd-tp") == 0);
    CHECK_STR(hl_label_source_name(l.source), "refusal");
    /* a refusal overrides an earlier transfer */
    hl_case_label(units, N, "so-tp", "ubnd-tp", "refused", "outside", "Công an thành phố Hà Nội",
                  &l);
    CHECK(l.source == HL_LABEL_REFUSAL && strcmp(l.unit, "ca-tp") == 0 &&
          strcmp(l.from, "so-tp") == 0);
    /* naming none of ours: no unit of ours */
    hl_case_label(units, N, "ubnd-tp", NULL, "refused", "outside", "Tòa án quận Hoàn Kiếm", &l);
    CHECK(l.source == HL_LABEL_NOT_OURS && l.unit == NULL && strcmp(l.from, "ubnd-tp") == 0);
    /* another reason says nothing about routing */
    hl_case_label(units, N, "ubnd-tp", NULL, "refused", "anonymous", "UBND phường Cầu Giấy", &l);
    CHECK(l.source == HL_LABEL_KEPT && strcmp(l.unit, "ubnd-tp") == 0);
    hl_case_label(units, N, "phuong-cau-giay", "ubnd-tp", "refused", "duplicate", NULL, &l);
    CHECK(l.source == HL_LABEL_TRANSFER);
}

int
main(void)
{
    test_refusal_unit();
    test_label();
    return check_report();
}
