/*
 * test_places: the place matcher (specificity, prefixes, diacritics, house
 * number ranges, ambiguity), the places file reader and checker, the issuer
 * of a decision a complaint is about, and the text of forwarded and
 * attachment-only letters.
 */
#include "check.h"
#include "issuer.h"
#include "letter.h"
#include "places.h"

#include <stdlib.h>

static struct hl_places *
sample(void)
{
    struct hl_places *p = hl_places_new();
    struct hl_diag d;
    hl_diag_init(&d);
    static const char *const rows[][4] = {
        {"hk", "street", "Lý Thường Kiệt", "1-49"}, {"cn", "street", "Lý Thường Kiệt", "50-"},
        {"hk", "street", "Hàng Bông", NULL},        {"hk", "former_ward", "Hàng Bông", NULL},
        {"bd", "street", "Đội Cấn", NULL},          {"bd", "lane", "Ngõ 12 Đội Cấn", NULL},
        {"cg", "lane", "ngõ Gạch", NULL},           {"bd", "market", "Chợ Châu Long", NULL},
        {"bd", "street", "Châu Long", NULL},        {"cg", "ward", "Cầu Giấy", NULL},
        {"cg", "street", "Xuân Thủy", NULL},        {"bd", "lane", "Ngõ 175 Xuân Thủy", NULL},
        {"hk", "street", "Phùng Hưng", "1-99 odd"}, {"bd", "street", "Phùng Hưng", "2-98 even"},
        {"x1", "street", "Nguyễn Trãi", NULL},      {"x2", "street", "Nguyễn Trãi", NULL},
        {"tn", "alias", "Sở TN&MT", NULL},          {"tn", "alias", "STNMT", NULL},
        {"cg", "street", "Cầu Giấy", NULL},         {"bd", "street", "Đặng Dung", NULL},
        {"bd", "street", "Hang Chuoi", NULL},
    };
    for (size_t i = 0; i < HL_NELEM(rows); i++)
        CHECK(hl_places_add(p, rows[i][0], rows[i][1], rows[i][2], rows[i][3], "t.tsv", (int)i + 1,
                            &d) == 0);
    CHECK(d.n == 0);
    hl_diag_fini(&d);
    hl_places_build(p);
    return p;
}

/* The unit of the place found in subject/body, or "-". */
static const char *
unit_of(const struct hl_places *p, const char *subject, const char *body, struct hl_arena *a,
        const char **matched)
{
    struct hl_place_match m;
    if (!hl_places_match(p, subject, body, a, &m))
        return "-";
    if (matched)
        *matched = m.matched;
    return m.unit;
}

static void
test_match(void)
{
    struct hl_places *p = sample();
    struct hl_arena a;
    hl_arena_init(&a);
    const char *q = NULL;
    /* diacritics and case */
    CHECK_STR(unit_of(p, NULL, "rác ở phố Hàng Bông", &a, NULL), "hk");
    CHECK_STR(unit_of(p, NULL, "rac o pho HANG BONG", &a, NULL), "hk");
    /* a range decides a shared street; the quote keeps the citizen's words */
    CHECK_STR(unit_of(p, NULL, "Nắp cống vỡ trước số 40 Lý Thường Kiệt.", &a, &q), "hk");
    CHECK_STR(q, "số 40 Lý Thường Kiệt");
    CHECK_STR(unit_of(p, NULL, "nha 120 ly thuong kiet", &a, NULL), "cn");
    CHECK_STR(unit_of(p, NULL, "trên phố Lý Thường Kiệt", &a, NULL), "-");
    /* parity */
    CHECK_STR(unit_of(p, NULL, "số 15 Phùng Hưng", &a, NULL), "hk");
    CHECK_STR(unit_of(p, NULL, "số 16 Phùng Hưng", &a, NULL), "bd");
    CHECK_STR(unit_of(p, NULL, "số 40/12 Phùng Hưng", &a, NULL), "bd");
    /* a lane over its street; a lane only after a lane word */
    CHECK_STR(unit_of(p, NULL, "ở ngõ 12 Đội Cấn", &a, &q), "bd");
    CHECK_STR(q, "ngõ 12 Đội Cấn");
    CHECK_STR(unit_of(p, NULL, "rác ở ngõ 175 Xuân Thủy", &a, NULL), "bd");
    CHECK_STR(unit_of(p, NULL, "rác ở hẻm 175 xuan thuy", &a, NULL), "bd");
    CHECK_STR(unit_of(p, NULL, "rác ở số 175 Xuân Thủy", &a, NULL), "cg");
    CHECK_STR(unit_of(p, NULL, "tường gạch đổ", &a, NULL), "-");
    CHECK_STR(unit_of(p, NULL, "đầu ngách Gạch", &a, NULL), "cg");
    /* a market only after "chợ", and then over the street of the same name */
    CHECK_STR(unit_of(p, NULL, "Rác tập kết cạnh chợ Châu Long", &a, &q), "bd");
    CHECK_STR(q, "chợ Châu Long");
    /* a ward only after a ward word ("P.", "phường") */
    CHECK_STR(unit_of(p, NULL, "gửi UBND P. Cầu Giấy", &a, NULL), "cg");
    CHECK_STR(unit_of(p, NULL, "cầu giấy bị rách", &a, NULL), "-");
    /* a former ward after "phường", not after "quận" */
    CHECK_STR(unit_of(p, NULL, "phường Hàng Bông cũ", &a, NULL), "hk");
    /* the subject over the body; outside an address line over in it */
    CHECK_STR(unit_of(p, "Karaoke ở Xuân Thủy", "nhà tôi ở Đội Cấn", &a, NULL), "cg");
    CHECK_STR(unit_of(p, NULL, "Địa chỉ: số 5 Đội Cấn. Tiếng ồn ở Xuân Thủy", &a, NULL), "cg");
    /* the most specific of two in the body */
    CHECK_STR(unit_of(p, NULL, "phường Cầu Giấy, ngõ 12 Đội Cấn", &a, NULL), "bd");
    /* a name two units share without ranges decides nothing */
    CHECK_STR(unit_of(p, NULL, "đường Nguyễn Trãi", &a, NULL), "-");
    /* word boundaries: not inside another word */
    CHECK_STR(unit_of(p, NULL, "xuân thủyên", &a, NULL), "-");
    /* Diacritics the citizen typed decide between names that fold alike
     * ("đang dựng" is not Đặng Dung); typed without, they still match. */
    CHECK_STR(unit_of(p, NULL, "nhà bên cạnh đang dựng thêm tầng", &a, NULL), "-");
    CHECK_STR(unit_of(p, NULL, "rác ở Đặng Dung", &a, NULL), "bd");
    CHECK_STR(unit_of(p, NULL, "rac o dang dung", &a, NULL), "bd");
    CHECK_STR(unit_of(p, NULL, "rác ở phố Đăng Dung", &a, NULL), "-");
    CHECK_STR(unit_of(p, NULL, "rác ở phố Hàng Chuối", &a, NULL), "bd"); /* listed bare */
    /* A bare name typed all in lower case by someone who types diacritics
     * is a phrase, not a place; with a capital or a type word it is one. */
    CHECK_STR(unit_of(p, NULL, "Bưu điện yêu cầu giấy ủy quyền", &a, NULL), "-");
    CHECK_STR(unit_of(p, NULL, "nhà tôi ở Cầu Giấy", &a, NULL), "cg");
    CHECK_STR(unit_of(p, NULL, "nhà tôi ở phố cầu giấy", &a, NULL), "cg");
    CHECK_STR(unit_of(p, NULL, "nha toi o cau giay", &a, NULL), "cg");
    /* aliases are not places */
    CHECK_STR(unit_of(p, NULL, "Sở TN&MT", &a, NULL), "-");
    hl_arena_fini(&a);
    hl_places_free(&p);
    CHECK(p == NULL);
}

static void
test_file(void)
{
    const char *path = "/tmp/test_places.tsv";
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    fputs("# comment\n"
          "hk\tstreet\tHàng Bông\n"
          "zz\tstreet\tHàng Gai\n"
          "hk\tboulevard\tHàng Mã\n"
          "hk\tstreet\tLý Thường Kiệt\t49-1\n"
          "bd\tstreet\tHàng Bông\n"
          "hk\tstreet\n"
          "hk\tstreet\tHàng Bông\n",
          f);
    fclose(f);
    static const char *const units[] = {"hk", "bd"};
    struct hl_places *p = hl_places_new();
    struct hl_diag d;
    hl_diag_init(&d);
    CHECK(hl_places_add_file(p, path, units, 2, &d) == 5);
    CHECK(d.n == 5);
    CHECK(d.n > 0 && strstr(d.lines[0], "test_places.tsv:3: unknown unit \"zz\"") != NULL);
    CHECK(d.n > 1 && strstr(d.lines[1], ":4: unknown kind \"boulevard\"") != NULL);
    CHECK(d.n > 2 && strstr(d.lines[2], ":5: house numbers") != NULL);
    CHECK(d.n > 3 && strstr(d.lines[3], ":7: expected unit") != NULL);
    CHECK(d.n > 4 && strstr(d.lines[4], ":8: duplicate place") != NULL);
    hl_diag_fini(&d);
    hl_diag_init(&d);
    CHECK(hl_places_check(p, &d) == 1);
    CHECK(d.n == 1 && strstr(d.lines[0], ":6: \"Hàng Bông\" is in bd and hk") != NULL);
    hl_diag_fini(&d);
    CHECK(hl_places_count(p) == 2);
    hl_places_free(&p);
    remove(path);
}

static void
test_issuer(void)
{
    struct hl_places *p = sample();
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_issuer is;
    CHECK(hl_issuer_find("Tôi khiếu nại Quyết định số 123/QĐ-UBND ngày 3/5/2026 của UBND phường "
                         "Cầu Giấy về việc xử phạt",
                         p, &a, &is));
    CHECK_STR(is.unit, "cg");
    CHECK_STR(is.named, "phường Cầu Giấy");
    /* a former ward, without diacritics */
    CHECK(hl_issuer_find("khieu nai quyet dinh thu hoi cua UBND phuong Hang Bong", p, &a, &is));
    CHECK_STR(is.unit, "hk");
    /* an alias in the decision's number */
    CHECK(hl_issuer_find("Khiếu nại quyết định 45/QĐ-STNMT thu hồi giấy chứng nhận", p, &a, &is));
    CHECK_STR(is.unit, "tn");
    /* a refusal, issuer not named */
    CHECK(hl_issuer_find("Tôi khiếu nại việc từ chối cấp đổi sổ đỏ", p, &a, &is));
    CHECK(is.unit == NULL);
    CHECK_STR(is.decision, "khiếu nại việc từ chối");
    /* a complaint about no decision */
    CHECK(!hl_issuer_find("Tôi khiếu nại về tiếng ồn karaoke ở phường Cầu Giấy", p, &a, &is));
    /* an address before the complaint is not the issuer */
    CHECK(hl_issuer_find("Tôi ở phường Cầu Giấy. Khiếu nại quyết định xử phạt của Sở TN&MT", p, &a,
                         &is));
    CHECK_STR(is.unit, "tn");
    hl_arena_fini(&a);
    hl_places_free(&p);
}

static void
test_letter(void)
{
    const char *fwd = "From: b@example.com\r\nSubject: =?UTF-8?Q?=C4=90=C6=A1n_khi=E1=BA=BFu?=\r\n"
                      "Content-Type: text/plain; charset=utf-8\r\n\r\nnội dung chuyển tiếp\r\n";
    char *raw = hl_xasprintf("From: a@example.com\r\nSubject: Fw\r\nMIME-Version: 1.0\r\n"
                             "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                             "Content-Type: text/plain\r\n\r\nFYI\r\n--b\r\n"
                             "Content-Type: message/rfc822\r\n\r\n%s\r\n--b--\r\n",
                             fwd);
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    struct hl_message *m = hl_mime_parse((const unsigned char *)raw, strlen(raw), &lim);
    struct hl_arena a;
    hl_arena_init(&a);
    const char *t = hl_letter_text(m, &a);
    CHECK(strstr(t, "FYI") != NULL);
    CHECK(strstr(t, "Đơn khiếu") != NULL);
    CHECK(strstr(t, "nội dung chuyển tiếp") != NULL);
    hl_message_free(&m);
    free(raw);
    raw = hl_xasprintf("From: a@example.com\r\nSubject: Gui don\r\nMIME-Version: 1.0\r\n"
                       "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                       "Content-Type: application/pdf; name=\"don-rac_cho-Chau-Long.pdf\"\r\n"
                       "Content-Disposition: attachment; filename=\"don-rac_cho-Chau-Long.pdf\"\r\n"
                       "\r\nJVBERi0=\r\n--b--\r\n");
    m = hl_mime_parse((const unsigned char *)raw, strlen(raw), &lim);
    t = hl_letter_text(m, &a);
    CHECK(strstr(t, "don rac cho Chau Long") != NULL);
    hl_message_free(&m);
    free(raw);
    hl_arena_fini(&a);
}

int
main(void)
{
    test_match();
    test_file();
    test_issuer();
    test_letter();
    return check_report();
}
