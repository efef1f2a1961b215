/* Unit tests for lib/core/trust.c: the reply token against HMAC-SHA256 values
 * computed independently (Python's hmac module), the reply address, every
 * verdict of hl_trust_check (no key, no tag, a forged tag, another case's
 * tag, an expired tag, a valid tag in Delivered-To, To, In-Reply-To or
 * References, a tag of a domain that is not ours), and the reading of
 * Authentication-Results (authserv-id, topmost header, dmarc, aligned and
 * unaligned dkim, comments, quoting, forged headers of other servers). */
#include "trust.h"

#include <stdio.h>
#include <string.h>

#include "check.h"

#define KEY "hotline-test-reply-key-0123456789"
#define CASE "HL-2026-000004"
#define CLERK "thu.nt@soxd.hanoi.example.vn"
#define DAY 20800L
/* python3: hmac.new(KEY, b"hotline-reply-v1\nHL-2026-000004\n" + CLERK +
 * b"\n20800", hashlib.sha256).hexdigest()[:16] */
#define TAG_4 "504ec7b7a876bbe3"
#define TAG_5 "9c46c7bea685c8bf"     /* the same for HL-2026-000005 */
#define TAG_4_OLD "26185212a8545872" /* HL-2026-000004, day 20000 */

static struct hl_trust_key key;
static const char *domains[] = {"soxd.hanoi.example.vn", "ubnd.hanoi.example.vn"};
static const struct hl_trust_policy policy = {&key, domains, 2, NULL};
/* Noon of day DAY - 10: the token of DAY is valid. */
static const int64_t NOW = (DAY - 10) * 86400 + 43200;

static void
test_token(void)
{
    struct hl_err err = {0};
    struct hl_trust_key k;
    CHECK(hl_trust_key_init(&k, (const unsigned char *)"short", 5, &err) == -1);
    CHECK(err.kind == HL_ERR_CONFIG && strstr(err.msg, "short") == NULL);
    char tok[HL_TRUST_TOKEN_SIZE];
    hl_trust_token(&key, CASE, CLERK, DAY * 86400 + 3600, tok);
    CHECK_STR(tok, "20800x" TAG_4);
    /* Case of the code and of the address do not matter. */
    hl_trust_token(&key, "hl-2026-000004", "Thu.NT@SoXD.Hanoi.Example.VN", DAY * 86400, tok);
    CHECK_STR(tok, "20800x" TAG_4);
    hl_trust_token(&key, "HL-2026-000005", CLERK, DAY * 86400, tok);
    CHECK_STR(tok, "20800x" TAG_5);

    struct hl_buf b;
    hl_buf_init(&b);
    CHECK(hl_trust_reply_address(&key, "phananh@soxd.hanoi.example.vn", CASE, CLERK, DAY * 86400,
                                 &b, &err) == 0);
    CHECK_STR(b.data, "phananh+HL-2026-000004-20800x" TAG_4 "@soxd.hanoi.example.vn");
    hl_buf_reset(&b);
    CHECK(hl_trust_reply_address(&key, "pa+x@soxd.hanoi.example.vn", CASE, CLERK, 0, &b, &err) ==
          -1);
    CHECK(hl_trust_reply_address(&key, "nodomain", CASE, CLERK, 0, &b, &err) == -1);
    hl_buf_fini(&b);
}

static enum hl_trust_verdict
check_one(const struct hl_trust_policy *p, const char *from, const char *rcpt, const char *irt,
          const char *refs, const char *const *ar, size_t n_ar)
{
    const char *rcpts[] = {rcpt};
    struct hl_trust_mail m = {
        .case_code = CASE,
        .from = from,
        .rcpts = rcpts,
        .n_rcpts = rcpt ? 1 : 0,
        .in_reply_to = irt,
        .references = refs,
        .auth_results = ar,
        .n_auth_results = n_ar,
    };
    char why[256];
    enum hl_trust_verdict v = hl_trust_check(p, &m, NOW, why, sizeof why);
    CHECK((v == HL_TRUST_VERIFIED) == (why[0] == '\0'));
    return v;
}

#define ADDR(code, tok) "phananh+" code "-" tok "@soxd.hanoi.example.vn"

static void
test_check(void)
{
    /* No key: nothing verifies. */
    struct hl_trust_policy nokey = policy;
    nokey.key = NULL;
    CHECK(check_one(&nokey, CLERK, ADDR(CASE, "20800x" TAG_4), NULL, NULL, NULL, 0) ==
          HL_TRUST_NO_KEY);
    /* No tag: delivered to the plain feedback address. */
    CHECK(check_one(&policy, CLERK, "phananh@soxd.hanoi.example.vn", NULL, NULL, NULL, 0) ==
          HL_TRUST_NO_TAG);
    CHECK(check_one(&policy, CLERK, NULL, "<abc@mail.example>", NULL, NULL, 0) == HL_TRUST_NO_TAG);
    /* The genuine reply, as Delivered-To, in a To list with a name, upper-cased by a relay. */
    CHECK(check_one(&policy, CLERK, ADDR(CASE, "20800x" TAG_4), NULL, NULL, NULL, 0) ==
          HL_TRUST_VERIFIED);
    CHECK(check_one(&policy, CLERK,
                    "\"Phan anh\" <" ADDR(CASE, "20800x" TAG_4) ">, other@example.com", NULL, NULL,
                    NULL, 0) == HL_TRUST_VERIFIED);
    CHECK(check_one(&policy, "THU.NT@soxd.hanoi.example.vn",
                    "PHANANH+HL-2026-000004-20800X504EC7B7A876BBE3@SOXD.HANOI.EXAMPLE.VN", NULL,
                    NULL, NULL, 0) == HL_TRUST_VERIFIED);
    /* Another clerk (or a forger) using this clerk's tag. */
    CHECK(check_one(&policy, "other@soxd.hanoi.example.vn", ADDR(CASE, "20800x" TAG_4), NULL, NULL,
                    NULL, 0) == HL_TRUST_BAD_TAG);
    /* A made-up tag; a tag with its day moved later (the HMAC covers it). */
    CHECK(check_one(&policy, CLERK, ADDR(CASE, "20800x0123456789abcdef"), NULL, NULL, NULL, 0) ==
          HL_TRUST_BAD_TAG);
    CHECK(check_one(&policy, CLERK, ADDR(CASE, "20900x" TAG_4), NULL, NULL, NULL, 0) ==
          HL_TRUST_BAD_TAG);
    /* Another case's genuine tag, for a mail that names this case. */
    CHECK(check_one(&policy, CLERK, ADDR("HL-2026-000005", "20800x" TAG_5), NULL, NULL, NULL, 0) ==
          HL_TRUST_OTHER_CASE);
    /* An expired one. */
    CHECK(check_one(&policy, CLERK, ADDR(CASE, "20000x" TAG_4_OLD), NULL, NULL, NULL, 0) ==
          HL_TRUST_EXPIRED);
    /* Valid on its last day, expired the day after. */
    {
        const char *rcpts[] = {ADDR(CASE, "20800x" TAG_4)};
        struct hl_trust_mail m = {.case_code = CASE, .from = CLERK, .rcpts = rcpts, .n_rcpts = 1};
        CHECK(hl_trust_check(&policy, &m, DAY * 86400 + 86399, NULL, 0) == HL_TRUST_VERIFIED);
        CHECK(hl_trust_check(&policy, &m, (DAY + 1) * 86400, NULL, 0) == HL_TRUST_EXPIRED);
    }
    /* Not our domain: not even read. */
    CHECK(check_one(&policy, CLERK, "phananh+" CASE "-20800x" TAG_4 "@evil.example", NULL, NULL,
                    NULL, 0) == HL_TRUST_NO_TAG);
    /* The forward's signed Message-ID, in In-Reply-To or deep in References. */
    CHECK(check_one(&policy, CLERK, "phananh@soxd.hanoi.example.vn",
                    "<hl." CASE ".forward.17.20800x" TAG_4 "@soxd.hanoi.example.vn>", NULL, NULL,
                    0) == HL_TRUST_VERIFIED);
    CHECK(check_one(&policy, CLERK, NULL, NULL,
                    "<a@b.example> <hl." CASE ".forward.17.20800x" TAG_4
                    "@soxd.hanoi.example.vn> <c@d.example>",
                    NULL, 0) == HL_TRUST_VERIFIED);
    /* An unsigned id of ours (the old form) is no tag. */
    CHECK(check_one(&policy, CLERK, NULL, "<hl." CASE ".forward.17@soxd.hanoi.example.vn>", NULL,
                    NULL, 0) == HL_TRUST_NO_TAG);
    /* A good tag beside bad ones still counts. */
    CHECK(check_one(&policy, CLERK, ADDR(CASE, "20800x0123456789abcdef"),
                    "<hl." CASE ".forward.17.20800x" TAG_4 "@soxd.hanoi.example.vn>", NULL, NULL,
                    0) == HL_TRUST_VERIFIED);
    /* No From at all. */
    CHECK(check_one(&policy, NULL, ADDR(CASE, "20800x" TAG_4), NULL, NULL, NULL, 0) ==
          HL_TRUST_BAD_TAG);
}

static void
test_auth(void)
{
    struct hl_trust_policy p = policy;
    p.authserv_id = "mx.soxd.hanoi.example.vn";
    const char *good = ADDR(CASE, "20800x" TAG_4);
    const char *pass[] = {"mx.soxd.hanoi.example.vn; dkim=pass header.d=soxd.hanoi.example.vn; "
                          "dmarc=pass (p=reject) header.from=soxd.hanoi.example.vn"};
    CHECK(check_one(&p, CLERK, good, NULL, NULL, pass, 1) == HL_TRUST_VERIFIED);
    /* A valid tag does not save a failed DMARC. */
    const char *fail[] = {"mx.soxd.hanoi.example.vn; spf=fail smtp.mailfrom=soxd.hanoi.example.vn;"
                          " dkim=none; dmarc=fail header.from=soxd.hanoi.example.vn"};
    CHECK(check_one(&p, CLERK, good, NULL, NULL, fail, 1) == HL_TRUST_AUTH_FAILED);
    /* None of our server's headers: held. */
    CHECK(check_one(&p, CLERK, good, NULL, NULL, NULL, 0) == HL_TRUST_AUTH_NONE);
    /* A forged header of another authserv-id is ignored, and a forged one of
     * ours below our server's own (topmost) one does not count. */
    const char *forged[] = {"evil.example; dmarc=pass header.from=soxd.hanoi.example.vn"};
    CHECK(check_one(&p, CLERK, good, NULL, NULL, forged, 1) == HL_TRUST_AUTH_NONE);
    const char *below[] = {"mx.soxd.hanoi.example.vn; dmarc=fail",
                           "mx.soxd.hanoi.example.vn; dmarc=pass"};
    CHECK(check_one(&p, CLERK, good, NULL, NULL, below, 2) == HL_TRUST_AUTH_FAILED);
    /* Tag problems are reported before authentication. */
    CHECK(check_one(&p, CLERK, "phananh@soxd.hanoi.example.vn", NULL, NULL, pass, 1) ==
          HL_TRUST_NO_TAG);

    /* hl_trust_auth_results itself. */
    const char *id = "mx.soxd.hanoi.example.vn", *dom = "soxd.hanoi.example.vn";
    const char *v1[] = {"MX.SoXD.hanoi.example.vn 1; dkim = pass (good signature) "
                        "header.d=hanoi.example.vn header.s=s1"};
    CHECK(hl_trust_auth_results(v1, 1, id, dom) == HL_TRUST_AUTH_PASS); /* relaxed alignment */
    const char *v2[] = {"mx.soxd.hanoi.example.vn; dkim=pass header.d=gmail.com"};
    CHECK(hl_trust_auth_results(v2, 1, id, dom) == HL_TRUST_AUTH_FAIL); /* not aligned */
    const char *v3[] = {"mx.soxd.hanoi.example.vn; dkim=pass header.d=example.vn.evil.com"};
    CHECK(hl_trust_auth_results(v3, 1, id, dom) == HL_TRUST_AUTH_FAIL);
    const char *v4[] = {"mx.soxd.hanoi.example.vn; dkim=pass header.d=vn"};
    CHECK(hl_trust_auth_results(v4, 1, id, dom) == HL_TRUST_AUTH_FAIL); /* no bare TLD */
    const char *v5[] = {"mx.soxd.hanoi.example.vn; none"};
    CHECK(hl_trust_auth_results(v5, 1, id, dom) == HL_TRUST_AUTH_FAIL);
    /* A comment or a quoted reason cannot smuggle a result in. */
    const char *v6[] = {"mx.soxd.hanoi.example.vn; dkim=fail (; dmarc=pass) header.d="
                        "soxd.hanoi.example.vn",
                        "mx.soxd.hanoi.example.vn; dkim=fail reason=\"x; dmarc=pass\""};
    CHECK(hl_trust_auth_results(v6, 1, id, dom) == HL_TRUST_AUTH_FAIL);
    CHECK(hl_trust_auth_results(v6 + 1, 1, id, dom) == HL_TRUST_AUTH_FAIL);
    /* dmarc=pass about another domain says nothing of ours. */
    const char *v7[] = {"mx.soxd.hanoi.example.vn; dmarc=pass header.from=evil.example"};
    CHECK(hl_trust_auth_results(v7, 1, id, dom) == HL_TRUST_AUTH_FAIL);
    /* An authserv-id that merely starts like ours is another one. */
    const char *v8[] = {"mx.soxd.hanoi.example.vn.evil; dmarc=pass"};
    CHECK(hl_trust_auth_results(v8, 1, id, dom) == HL_TRUST_AUTH_MISSING);
    CHECK(hl_trust_verdict_name(HL_TRUST_OTHER_CASE)[0] == 'o');
}

static void
test_relay(void)
{
    const unsigned def = 1 | 2 | 4; /* pdf, image, office */
    CHECK(hl_trust_relay_allowed(def, "application/pdf", "công-văn.pdf"));
    CHECK(hl_trust_relay_allowed(def, "Application/PDF", "VAN-BAN.PDF"));
    CHECK(hl_trust_relay_allowed(def, "image/jpeg", "anh.jpeg"));
    CHECK(hl_trust_relay_allowed(
        def, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a.docx"));
    CHECK(!hl_trust_relay_allowed(def, "application/pdf", "hoa-don.pdf.exe"));
    CHECK(!hl_trust_relay_allowed(def, "application/x-msdownload", "hoa-don.pdf.exe"));
    CHECK(!hl_trust_relay_allowed(def, "application/octet-stream", "a.pdf"));
    CHECK(!hl_trust_relay_allowed(def, "application/pdf", "a.docx")); /* type and name disagree */
    CHECK(!hl_trust_relay_allowed(def, "application/pdf", NULL));
    CHECK(!hl_trust_relay_allowed(def, "application/pdf", ".pdf"));
    CHECK(!hl_trust_relay_allowed(def, "application/pdf", "a.pdf "));
    CHECK(!hl_trust_relay_allowed(def, "text/plain", "a.txt")); /* text not allowed by default */
    CHECK(hl_trust_relay_allowed(8, "text/plain", "a.txt"));
    CHECK(!hl_trust_relay_allowed(2, "application/pdf", "a.pdf")); /* images only */
}

static void
defang_is(const char *in, size_t max, const char *want)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_buf_puts(&b, "");
    hl_trust_defang(in, max, &b);
    CHECK_STR(b.data, want);
    hl_buf_fini(&b);
}

static void
test_defang(void)
{
    defang_is("Nộp phí tại https://pay.evil.com/x ngay", 120,
              "Nộp phí tại hxxps://pay[.]evil[.]com/x ngay");
    defang_is("HTTP://A.B.vn và ftp://x.org, www.thue.gov.vn", 120,
              "hxxp://A[.]B[.]vn và fxp://x[.]org, www[.]thue[.]gov[.]vn");
    defang_is("Đường dài 1.5 km. Xin cảm ơn.", 120, "Đường dài 1.5 km. Xin cảm ơn.");
    defang_is("a\r\nBcc: x@y", 120, "a  Bcc: x@y");
    defang_is("ngập úng", 4, "ngập…");
    /* 200 characters are cut to 120, never inside a character. */
    struct hl_buf longer, b;
    hl_buf_init(&longer);
    for (int i = 0; i < 200; i++)
        hl_buf_puts(&longer, "ậ");
    hl_buf_init(&b);
    hl_trust_defang(longer.data, 120, &b);
    hl_buf_fini(&longer);
    CHECK(b.len == 120 * strlen("ậ") + strlen("…"));
    hl_buf_fini(&b);
}

int
main(void)
{
    struct hl_err err = {0};
    CHECK(hl_trust_key_init(&key, (const unsigned char *)KEY, strlen(KEY), &err) == 0);
    test_token();
    test_check();
    test_auth();
    test_relay();
    test_defang();
    hl_trust_key_fini(&key);
    return check_report();
}
