/*
 * test_issuer: who issued the decision a complaint is about (lib/core/issuer.c),
 * with the shipped places (data/places/hanoi.tsv: wards, former wards and the
 * departments' other names), one group per way citizens put it.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "issuer.h"
#include "places.h"
#include "util.h"

static struct hl_places *
hanoi(void)
{
    static const char *const units[] = {
        "ubnd-tp",          "so-tp",          "so-tnmt",         "so-xd",
        "so-gtvt",          "ca-tp",          "so-khdt",         "thanh-tra",
        "phuong-hoan-kiem", "phuong-ba-dinh", "phuong-cau-giay", "xa-soc-son",
    };
    struct hl_places *p = hl_places_new();
    struct hl_diag d;
    hl_diag_init(&d);
    CHECK(hl_places_add_file(p, "data/places/hanoi.tsv", units, HL_NELEM(units), &d) == 0);
    hl_diag_fini(&d);
    hl_places_build(p);
    return p;
}

static struct hl_places *P;
static struct hl_arena A;

/* The issuer's unit, "-" when a decision but no issuer, "none" when no decision. */
static const char *
issuer(const char *text)
{
    struct hl_issuer is;
    if (!hl_issuer_find(text, P, &A, &is))
        return "none";
    return is.unit ? is.unit : "-";
}

/* The decision named right after "khiếu nại", with its issuer. */
static void
test_after(void)
{
    CHECK_STR(issuer("Tôi khiếu nại Quyết định số 123/QĐ-UBND ngày 3/5/2026 của UBND phường "
                     "Cầu Giấy về việc xử phạt"),
              "phuong-cau-giay");
    CHECK_STR(issuer("khieu nai quyet dinh thu hoi cua UBND phuong Hang Bong"), "phuong-hoan-kiem");
    CHECK_STR(issuer("Khiếu nại QĐ xử phạt của Đội CSGT số 7"), "ca-tp");
    CHECK_STR(issuer("Tôi khiếu nại văn bản từ chối của Sở TN&MT về hồ sơ cấp sổ"), "so-tnmt");
}

/* The decision before "khiếu nại", in the subject, or sentences later. */
static void
test_anywhere(void)
{
    CHECK_STR(
        issuer("Quyết định xử phạt số 45/QĐ-XPHC của UBND phường Ba Đình\nKính gửi quý cơ "
               "quan. Tôi xin trình bày sự việc như sau, gia đình tôi bán hàng ăn từ năm 2010. "
               "Nay tôi làm đơn khiếu nại."),
        "phuong-ba-dinh");
    CHECK_STR(
        issuer("Đơn khiếu nại\nNgày 12/10/2026 tôi nhận được thông báo. Gia đình tôi đã sống ở "
               "đây ba mươi năm, có đủ giấy tờ và đã nộp thuế đầy đủ hằng năm. Nay UBND xã "
               "Sóc Sơn ra quyết định cưỡng chế tháo dỡ công trình."),
        "xa-soc-son");
    CHECK_STR(issuer("Ve viec: khieu nai\nToi bi Cong an phuong lap bien ban va ra qd phat 2 trieu "
                     "dong vi do xe tren via he, toi thay khong dung."),
              "ca-tp");
    CHECK_STR(issuer("Khiếu nại: UBND phường Cầu Giấy đã quyết định không cấp phép cho tôi."),
              "phuong-cau-giay");
    /* the writer's own decision is none */
    CHECK_STR(issuer("Tôi quyết định làm đơn khiếu nại về tiếng ồn ở phường Cầu Giấy."), "none");
    CHECK_STR(issuer("Chủ tịch UBND xã Sóc Sơn ký quyết định thu hồi giấy phép kinh doanh của tôi. "
                     "Tôi khiếu nại."),
              "xa-soc-son");
}

/* Other kinds of decisions and acts, and their abbreviations without diacritics. */
static void
test_phrasings(void)
{
    CHECK_STR(issuer("Toi khieu nai thong bao thu hoi dat cua UBND phuong Cau Giay"),
              "phuong-cau-giay");
    CHECK_STR(issuer("Toi khieu nai van ban tra loi cua So Xay dung ve viec cap phep"), "so-xd");
    CHECK_STR(issuer("khieu nai qd so 12/qd-ubnd cua ubnd p. cau giay"), "phuong-cau-giay");
    CHECK_STR(issuer("Tôi khiếu nại biên bản vi phạm hành chính do Thanh tra Sở Xây dựng lập"),
              "so-xd");
    CHECK_STR(issuer("khiếu nại quyết định xử phạt của Thanh tra giao thông"), "so-gtvt");
    CHECK_STR(issuer("Khiếu nại việc Sở Kế hoạch và Đầu tư từ chối đăng ký doanh nghiệp"),
              "so-khdt");
}

/* A former (pre-2025) ward or commune as issuer is its successor's. */
static void
test_former(void)
{
    CHECK_STR(issuer("Khiếu nại quyết định số 88/QĐ-UBND của UBND phường Quán Thánh (cũ)"),
              "phuong-ba-dinh");
    CHECK_STR(issuer("khieu nai quyet dinh cua UBND xa Phu Linh ve viec thu hoi dat"),
              "xa-soc-son");
    CHECK_STR(issuer("Khiếu nại quyết định xử phạt của Chủ tịch UBND phường Dịch Vọng Hậu"),
              "phuong-cau-giay");
    /* a former district's committee: the ward of its name */
    CHECK_STR(issuer("khieu nai quyet dinh so 5/QD-UBND nam 2024 cua UBND quan Cau Giay"),
              "phuong-cau-giay");
    /* the police, abbreviated */
    CHECK_STR(issuer("Tôi khiếu nại quyết định xử phạt của CA phường về việc để xe"), "ca-tp");
}

/* What is not the issuer, and what is no complaint about a decision. */
static void
test_not(void)
{
    /* no issuer named: the mailbox's */
    CHECK_STR(issuer("Tôi khiếu nại việc từ chối cấp đổi sổ đỏ"), "-");
    /* no decision */
    CHECK_STR(issuer("Tôi khiếu nại về tiếng ồn karaoke ở phường Cầu Giấy"), "none");
    /* the sender's address is not the issuer */
    CHECK_STR(issuer("Tôi ở phường Cầu Giấy. Khiếu nại quyết định xử phạt của Sở TN&MT"),
              "so-tnmt");
    CHECK_STR(issuer("Tôi trú tại phường Ba Đình, khiếu nại quyết định xử phạt số 5/QĐ-XPHC."),
              "-");
    /* a ward named in a later sentence is not the issuer */
    CHECK_STR(issuer("Khiếu nại quyết định xử phạt số 9/QĐ-XPHC. Nhà tôi ở phường Cầu Giấy."), "-");
    /* asking for a penalty is not complaining about one */
    CHECK_STR(issuer("Khiếu nại việc hàng xóm xây trái phép. Đề nghị Sở Xây dựng xử phạt nghiêm."),
              "none");
    /* a report drawn up by the police, in a complaint about noise */
    CHECK_STR(issuer("Tôi khiếu nại tiếng ồn karaoke. Công an phường đã đến. Tháng trước hàng xóm "
                     "cũng bị nhắc nhở nhiều lần, mọi người đều mệt mỏi vì tiếng hát suốt đêm. "
                     "Hôm qua họ đã lập biên bản nhưng quán vẫn hát."),
              "none");
}

/* A letter of a megabyte of decision words and no sentence end costs what
 * a short one does (a bounded number of decision words, bounded windows). */
static void
test_long(void)
{
    const char *unit = "khieu nai quyet dinh xu phat thong bao ";
    size_t n = strlen(unit), reps = (1u << 20) / n;
    char *text = hl_xmalloc(reps * n + 1);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * n, unit, n);
    text[reps * n] = '\0';
    CHECK_STR(issuer(text), "-");
    free(text);
}

int
main(void)
{
    P = hanoi();
    hl_arena_init(&A);
    test_after();
    test_anywhere();
    test_phrasings();
    test_former();
    test_not();
    test_long();
    hl_arena_fini(&A);
    hl_places_free(&P);
    return check_report();
}
