/* Unit tests for lib/core/cases.c: which action a case's status allows, the
 * checks and recipients of a transfer, and the did-you-mean for units. */
#include "cases.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "suggest.h"

static const char *const xd_clerks[] = {"Ngo.Thi.Thu@soxaydung.hanoi.example.vn",
                                        "pham.van.duc@soxaydung.hanoi.example.vn"};
/* A clerk of both units (written differently) and a blank entry. */
static const char *const tnmt_clerks[] = {"pham.quoc.bao@sotnmt.hanoi.example.vn",
                                          " NGO.THI.THU@SOXAYDUNG.HANOI.EXAMPLE.VN ", ""};

static const struct hl_case_unit units[] = {
    {.code = "so-xd",
     .active = true,
     .clerks = xd_clerks,
     .n_clerks = 2,
     .feedback_email = "phananh@soxaydung.hanoi.example.vn"},
    {.code = "so-tnmt",
     .active = true,
     .clerks = tnmt_clerks,
     .n_clerks = 3,
     .feedback_email = "phananh@sotnmt.hanoi.example.vn"},
    {.code = "xa-soc-son", .active = true, .feedback_email = "PhanAnh@socson.hanoi.example.vn"},
    {.code = "phuong-hoan-kiem", .active = false, .feedback_email = "phananh@hk.example.vn"},
    {.code = "so-nobody", .active = true},
};
#define N_UNITS HL_NELEM(units)

static void
test_allowed(void)
{
    static const struct {
        enum hl_case_op op;
        const char *status;
        bool ok;
        const char *says;
    } t[] = {
        {HL_CASE_ASSIGN, "open", true, NULL},
        {HL_CASE_ASSIGN, "resolved", true, NULL},
        {HL_CASE_TRANSFER, "open", true, NULL},
        {HL_CASE_TRANSFER, "answered", true, NULL},
        {HL_CASE_TRANSFER, "resolved", false, "case HL-1 is resolved: reopen it first"},
        {HL_CASE_TRANSFER, "spam", false, "case HL-1 is spam: reopen it first"},
        {HL_CASE_RESOLVE, "open", true, NULL},
        {HL_CASE_RESOLVE, "answered", true, NULL},
        {HL_CASE_RESOLVE, "resolved", false, "case HL-1 is already resolved"},
        {HL_CASE_REOPEN, "resolved", true, NULL},
        {HL_CASE_REOPEN, "answered", true, NULL},
        {HL_CASE_REOPEN, "open", false, "case HL-1 is already open"},
        {HL_CASE_REOPEN, "spam", false,
         "case HL-1 is spam: only a resolved or answered case can be reopened"},
    };
    for (size_t i = 0; i < HL_NELEM(t); i++) {
        struct hl_err err = {0};
        int rc = hl_case_allowed(t[i].op, "HL-1", t[i].status, &err);
        CHECK((rc == 0) == t[i].ok);
        if (!t[i].ok) {
            CHECK_STR(err.msg, t[i].says);
            CHECK(err.kind == HL_ERR_INPUT);
        }
    }
}

static void
test_suggest(void)
{
    const char *codes[] = {"so-xd", "so-tnmt", "phuong-hoan-kiem", "ca-tp"};
    CHECK_STR(hl_suggest("so-tmnt", codes, 4), "so-tnmt");
    CHECK_STR(hl_suggest("SO-XD", codes, 4), "so-xd");
    CHECK_STR(hl_suggest("phuong-hoankiem", codes, 4), "phuong-hoan-kiem");
    CHECK(hl_suggest("so-gtvt", codes, 4) == NULL);
    CHECK(hl_suggest("x", codes, 4) == NULL);
    CHECK(hl_suggest("so-xd", codes, 0) == NULL);
}

/* Plans a transfer of an open case; returns the error message or "". */
static const char *
plan(const char *from, const char *to, const char *status, struct hl_case_transfer_plan *p)
{
    static struct hl_err err;
    memset(&err, 0, sizeof err);
    if (hl_case_plan_transfer("HL-1", status, from, to, units, N_UNITS, p, &err) < 0)
        return err.msg;
    return "";
}

static void
test_transfer(void)
{
    struct hl_case_transfer_plan p;
    hl_case_transfer_plan_init(&p);

    /* Both units' clerks, lower-case, each once; the forward to the new
     * unit's only. */
    CHECK_STR(plan("so-xd", "so-tnmt", "open", &p), "");
    CHECK_STR(p.notice_rcpt.data, "ngo.thi.thu@soxaydung.hanoi.example.vn\n"
                                  "pham.van.duc@soxaydung.hanoi.example.vn\n"
                                  "pham.quoc.bao@sotnmt.hanoi.example.vn");
    CHECK_STR(p.forward_rcpt.data, "pham.quoc.bao@sotnmt.hanoi.example.vn\n"
                                   "ngo.thi.thu@soxaydung.hanoi.example.vn");

    /* A unit without clerks hears at its feedback address; nothing is
     * forwarded to it. */
    CHECK_STR(plan("so-xd", "xa-soc-son", "answered", &p), "");
    CHECK_STR(p.notice_rcpt.data, "ngo.thi.thu@soxaydung.hanoi.example.vn\n"
                                  "pham.van.duc@soxaydung.hanoi.example.vn\n"
                                  "phananh@socson.hanoi.example.vn");
    CHECK(p.forward_rcpt.len == 0);
    CHECK_STR(plan("xa-soc-son", "so-xd", "open", &p), "");
    CHECK_STR(p.notice_rcpt.data, "phananh@socson.hanoi.example.vn\n"
                                  "ngo.thi.thu@soxaydung.hanoi.example.vn\n"
                                  "pham.van.duc@soxaydung.hanoi.example.vn");

    /* Refusals: one line each, nothing planned. */
    CHECK_STR(plan("so-xd", "so-tmnt", "open", &p),
              "unknown unit \"so-tmnt\" (did you mean \"so-tnmt\"?)");
    CHECK_STR(plan("so-xd", "so-qwerty", "open", &p), "unknown unit \"so-qwerty\"");
    /* an inactive unit is not suggested */
    CHECK_STR(plan("so-xd", "phuong-hoankiem", "open", &p), "unknown unit \"phuong-hoankiem\"");
    CHECK_STR(plan("so-xd", "phuong-hoan-kiem", "open", &p), "unit phuong-hoan-kiem is not active");
    CHECK_STR(plan("so-xd", "so-xd", "open", &p), "case HL-1 is already with so-xd");
    CHECK_STR(plan("so-xd", "so-tnmt", "resolved", &p), "case HL-1 is resolved: reopen it first");
    CHECK_STR(plan("so-xd", "so-tnmt", "spam", &p), "case HL-1 is spam: reopen it first");
    CHECK_STR(plan("so-gone", "so-nobody", "open", &p),
              "neither so-gone nor so-nobody has clerks or a feedback address to tell of the "
              "transfer");
    hl_case_transfer_plan_fini(&p);
}

int
main(void)
{
    test_allowed();
    test_suggest();
    test_transfer();
    return check_report();
}
