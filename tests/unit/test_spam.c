/* The default set's spam rule (rules/10-spam.conf): an offer of loans or
 * bets is spam, stored and never acknowledged; a citizen who tells of a
 * bank loan, a mortgage or a loan shark is not.  A letter wrongly taken
 * for spam is a letter nobody answers, so both sides are checked.  Run
 * from the repository root (ctest does). */
#include "mime.h"
#include "rules.h"

#include <stdio.h>
#include <string.h>

#include "check.h"

static const char *const units[] = {
    "ubnd-tp", "so-tp",     "so-tnmt",          "so-xd",          "so-gtvt",         "ca-tp",
    "so-khdt", "thanh-tra", "phuong-hoan-kiem", "phuong-ba-dinh", "phuong-cau-giay", "xa-soc-son"};

static bool
is_spam(const struct hl_rules *r, const char *subject, const char *body)
{
    struct hl_message m;
    memset(&m, 0, sizeof m);
    hl_arena_init(&m.arena);
    m.from.address = hl_arena_strdup(&m.arena, "dan@example.vn");
    m.subject = hl_arena_strdup(&m.arena, subject);
    m.text = hl_arena_strdup(&m.arena, body);
    m.charset_note = hl_arena_strdup(&m.arena, "test");
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_verdict v;
    CHECK(hl_rules_classify(r, &m, "so-tnmt", &a, &v) == 0);
    bool spam = v.spam;
    if (spam)
        fprintf(stderr, "spam: %s\n", subject);
    hl_arena_fini(&a);
    hl_arena_fini(&m.arena);
    return spam;
}

int
main(void)
{
    struct hl_rules_env env = {units, HL_NELEM(units), 0, 0, 0, NULL};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load("rules", &env, &d);
    hl_diag_print(&d);
    hl_diag_fini(&d);
    REQUIRE(r != NULL);
    /* Offers. */
    CHECK(is_spam(r, "Vay tiền online duyệt nhanh trong 5 phút",
                  "Chỉ cần căn cước, không cần thế chấp. ĐĂNG KÝ NGAY"));
    CHECK(is_spam(r, "VAY NHANH 50 TRIEU", "vay tin chap, giai ngan trong ngay"));
    CHECK(is_spam(r, "Nhà cái uy tín", "Cá cược bóng đá, nạp lần đầu tặng 100%"));
    /* Citizens. */
    CHECK(!is_spam(r, "Sổ đỏ ghi sai tên đệm của mẹ tôi",
                   "Mẹ tôi cần sửa tên đệm trên sổ đỏ để vay tiền ngân hàng chữa bệnh, "
                   "văn phòng đăng ký đất đai bắt chờ đã hai tháng."));
    CHECK(!is_spam(r, "Bị nhóm cho vay nặng lãi khủng bố",
                   "Em trai tôi vay tiền của một nhóm tín dụng đen, giờ họ đến tạt sơn vào "
                   "nhà, đề nghị công an can thiệp."));
    CHECK(!is_spam(r, "the chap so do",
                   "nha toi muon the chap so do de vay tien lam an, "
                   "hoi thu tuc dang ky the chap o dau"));
    hl_rules_free(&r);
    return check_report();
}
