/*
 * test_status: which mail is a citizen's status question and who is told
 * what (lib/core/status.c), table-driven.
 */
#include <string.h>

#include "check.h"
#include "compose.h"
#include "status.h"
#include "thread.h"
#include "util.h"

static void
test_is_query(void)
{
    static const struct {
        const char *subject, *text;
        bool atts;
        bool want;
        const char *code;
    } cases[] = {
        /* Asked, with and without diacritics, in subject or text. */
        {"Tra cứu hồ sơ HL-2026-000123", "", false, true, "HL-2026-000123"},
        {"tra cuu", "Ma ho so: hl-2026-000123", false, true, "HL-2026-000123"},
        {"Re: [HL-2026-000123] Đã tiếp nhận phản ánh", "Cho tôi hỏi tình trạng hồ sơ?", false, true,
         "HL-2026-000123"},
        {"Hỏi", "Kiểm tra hồ sơ HL-2026-000123 giúp tôi", false, true, "HL-2026-000123"},
        {"STATUS HL-2026-000123", NULL, false, true, "HL-2026-000123"},
        {"Re: [HL-2026-000123] Đã tiếp nhận", "Tình trạng thế nào rồi ạ?", false, true,
         "HL-2026-000123"},
        {"[HL-2026-000123]", "TINH TRANG XU LY?", false, true, "HL-2026-000123"},
        {"Tiến độ giải quyết [HL-2026-000042]", "", false, true, "HL-2026-000042"},
        /* Not asked: "tình trạng" describing the problem, in a statement. */
        {"Re: [HL-2026-000123] Đã tiếp nhận",
         "Tình trạng ngập úng vẫn tiếp diễn, đề nghị xử lý gấp.", false, false, ""},
        /* A long letter that happens to say "tình trạng ... ?" adds to the case. */
        {"Re: [HL-2026-000123] Đã tiếp nhận",
         "Tình trạng rác thải ở ngõ 5 ngày càng tệ, ai chịu trách nhiệm? Tôi đã nhiều lần "
         "phản ánh nhưng không thấy ai đến thu gom, mùi hôi thối bốc lên, trẻ em trong ngõ "
         "bị ốm, người già không dám ra đường. Đề nghị các cơ quan chức năng vào cuộc, xử lý "
         "dứt điểm, xử phạt những hộ đổ rác bừa bãi và bố trí thêm thùng rác, tăng tần suất "
         "thu gom trong những ngày cuối tuần.",
         false, false, ""},
        /* No code: nothing to look up. */
        {"Tra cứu hồ sơ", "Tôi muốn tra cứu hồ sơ của tôi", false, false, ""},
        /* Files add to the case. */
        {"Tra cứu HL-2026-000123", "", true, false, ""},
        /* The code only in a quoted line, the question new: still found in the subject. */
        {"Re: [HL-2026-000123]", "Tra cứu giúp tôi\n> Mã số phản ánh: HL-2026-000123\n", false,
         true, "HL-2026-000123"},
        /* The word glued to others is not the word. */
        {"statusquo HL-2026-000123", "", false, false, ""},
        /* Another prefix is not ours. */
        {"Tra cứu XY-2026-000123", "", false, false, ""},
    };
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        char code[HL_CASE_CODE_MAX] = "junk";
        bool got = hl_status_is_query(cases[i].subject, cases[i].text, cases[i].atts, "HL", code,
                                      sizeof code);
        if (got != cases[i].want)
            fprintf(stderr, "case %zu: \"%s\" / \"%s\": got %d\n", i, cases[i].subject,
                    cases[i].text ? cases[i].text : "(null)", got);
        CHECK(got == cases[i].want);
        CHECK_STR(code, cases[i].code);
    }
}

static void
test_decide(void)
{
    struct hl_status_plan p;
    struct hl_status_case owner = {true, "An.Nguyen@Example.net", false};

    hl_status_decide(&owner, "an.nguyen@example.net", &p);
    CHECK(p.outcome == HL_STATUS_TO_OWNER);
    CHECK(p.status_to_sender && !p.notice_to_sender && !p.status_to_owner);
    CHECK_STR(hl_status_outcome_name(p.outcome), "owner");

    /* Anyone else: only the notice, and the status to the owner. */
    hl_status_decide(&owner, "someone@example.org", &p);
    CHECK(p.outcome == HL_STATUS_TO_STRANGER);
    CHECK(p.notice_to_sender && !p.status_to_sender && p.status_to_owner);

    /* The owner's address bounces: the stranger still learns nothing. */
    struct hl_status_case bouncing = {true, "an@example.net", true};
    hl_status_decide(&bouncing, "someone@example.org", &p);
    CHECK(p.notice_to_sender && !p.status_to_sender && !p.status_to_owner);
    /* ... and the owner writing from it is answered. */
    hl_status_decide(&bouncing, "AN@example.net", &p);
    CHECK(p.status_to_sender);

    /* A phone case without an address: nobody owns it by mail. */
    struct hl_status_case phone = {true, NULL, false};
    hl_status_decide(&phone, "an@example.net", &p);
    CHECK(p.outcome == HL_STATUS_TO_STRANGER && p.notice_to_sender && !p.status_to_owner &&
          !p.status_to_sender);

    /* An unknown code, or no sender: no answer at all. */
    struct hl_status_case none = {false, NULL, false};
    hl_status_decide(&none, "an@example.net", &p);
    CHECK(p.outcome == HL_STATUS_UNKNOWN_CASE);
    CHECK(!p.notice_to_sender && !p.status_to_sender && !p.status_to_owner);
    hl_status_decide(&owner, NULL, &p);
    CHECK(p.outcome == HL_STATUS_UNKNOWN_CASE && !p.notice_to_sender);
}

int
main(void)
{
    test_is_query();
    test_decide();
    return check_report();
}
