/* Unit tests for lib/autoreply.c: each check on a hand-written message, the
 * order of the checks, and every message of tests/data/corpus against its
 * sidecar's expect_ack. */
#include "autoreply.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (cond) {                                                                                \
            passed++;                                                                              \
        } else {                                                                                   \
            failed++;                                                                              \
            fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond);                     \
        }                                                                                          \
    } while (0)

static const char *const own[] = {"phananh@soxd.hanoi.example.vn",
                                  "hotline-dsn@hotline.hanoi.example.vn"};

static struct hl_autoreply_policy
policy(void)
{
    struct hl_autoreply_policy pol;
    hl_autoreply_policy_default(&pol);
    pol.loop_domain = "hotline.hanoi.example.vn";
    pol.own_addresses = own;
    pol.n_own = HL_NELEM(own);
    return pol;
}

static enum hl_autoreply_check
check_raw(const char *raw, struct hl_autoreply_verdict *v)
{
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    struct hl_message *msg = hl_mime_parse((const unsigned char *)raw, strlen(raw), &lim);
    struct hl_autoreply_policy pol = policy();
    enum hl_autoreply_check c = hl_autoreply_check(msg, &pol, v);
    hl_message_free(&msg);
    return c;
}

#define CITIZEN                                                                                    \
    "Return-Path: <an.nguyen@example.net>\r\n"                                                     \
    "From: =?UTF-8?B?Tmd1eeG7hW4gVsSDbiBBbg==?= <an.nguyen@example.net>\r\n"                       \
    "To: phananh@soxd.hanoi.example.vn\r\n"                                                        \
    "Message-ID: <1@example.net>\r\n"                                                              \
    "Date: Mon, 16 Feb 2026 09:00:00 +0700\r\n"

#define BODY "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nNội dung.\r\n"

static void
test_checks(void)
{
    static const struct {
        const char *raw;
        enum hl_autoreply_check want;
        const char *reason; /* substring */
    } cases[] = {
        {CITIZEN "Subject: Ngập úng ngõ 201\r\n" BODY, HL_AR_OK, ""},
        /* Words that appear in OOO subjects but inside a citizen's sentence. */
        {CITIZEN
         "Subject: "
         "=?UTF-8?B?Q8OhbiBi4buZIHbhuq9uZyBt4bq3dCB04bqhaSB0cuG7pSBz4bufIFVCTkQ=?=\r\n" BODY,
         HL_AR_OK, ""}, /* "Cán bộ vắng mặt tại trụ sở UBND" */
        {CITIZEN "Subject: Re: phan anh tong dai tra loi tu dong bi loi\r\n" BODY, HL_AR_OK, ""},
        {CITIZEN "Subject: Auto-Submitted no\r\nAuto-Submitted: no\r\n" BODY, HL_AR_OK, ""},
        {CITIZEN "Subject: x\r\nX-Spam-Flag: NO\r\nX-Spam-Status: No, score=1.0\r\n" BODY, HL_AR_OK,
         ""},
        {CITIZEN "Subject: x\r\nX-OTRS-Loop: no\r\nPrecedence: first-class\r\n" BODY, HL_AR_OK, ""},
        {CITIZEN "Subject: x\r\nX-Hotline-Loop: hotline.hanoi.example.vn\r\n" BODY, HL_AR_OWN_LOOP,
         "X-Hotline-Loop: hotline.hanoi.example.vn"},
        {CITIZEN "Subject: x\r\nX-Hotline-Loop: hotline.hcm.example.vn\r\n" BODY,
         HL_AR_FOREIGN_LOOP, "hotline.hcm.example.vn"},
        {"Return-Path: <>\r\nFrom: an@example.net\r\nSubject: x\r\n" BODY, HL_AR_NULL_SENDER,
         "Return-Path: <>"},
        {"From: =?UTF-8?B?QW4=?=\r\nSubject: x\r\n" BODY, HL_AR_NULL_SENDER, "no From address"},
        {CITIZEN "From: other@example.net\r\nSubject: x\r\n" BODY, HL_AR_AMBIGUOUS_SENDER,
         "2 From headers"},
        {"From: MAILER-DAEMON@mx.example.org\r\nSubject: x\r\n" BODY, HL_AR_SYSTEM_SENDER,
         "MAILER-DAEMON"},
        {"From: Postmaster <postmaster@example.org>\r\nSubject: x\r\n" BODY, HL_AR_SYSTEM_SENDER,
         "postmaster"},
        {"From: Shop <no-reply@shop.example>\r\nSubject: x\r\n" BODY, HL_AR_SYSTEM_SENDER, ""},
        {"From: Shop <noreply+abc@shop.example>\r\nSubject: x\r\n" BODY, HL_AR_SYSTEM_SENDER, ""},
        {"From: Shop <DoNotReply@shop.example>\r\nSubject: x\r\n" BODY, HL_AR_SYSTEM_SENDER, ""},
        {"Return-Path: <bounces+123@lists.example>\r\nFrom: an@example.net\r\nSubject: x\r\n" BODY,
         HL_AR_SYSTEM_SENDER, "Return-Path"},
        {"From: Bao <noreplyteam.bao@example.net>\r\nSubject: x\r\n" BODY, HL_AR_OK, ""},
        {"From: PHANANH@SOXD.hanoi.example.vn\r\nSubject: x\r\n" BODY, HL_AR_OWN_ADDRESS,
         "our own address"},
        {"Return-Path: <hotline-dsn@hotline.hanoi.example.vn>\r\nFrom: a@example.net\r\nSubject: "
         "x\r\n" BODY,
         HL_AR_OWN_ADDRESS, "Return-Path"},
        {CITIZEN "Subject: x\r\nX-Loop: helpdesk@example.com\r\n" BODY, HL_AR_FOREIGN_LOOP,
         "X-Loop"},
        {CITIZEN "Subject: x\r\nX-OTRS-Loop: yes\r\n" BODY, HL_AR_FOREIGN_LOOP, "X-OTRS-Loop"},
        {CITIZEN "Subject: x\r\nX-RT-Loop-Prevention: Example\r\n" BODY, HL_AR_FOREIGN_LOOP, ""},
        {CITIZEN "Subject: x\r\nX-Zendesk-From-Account-Id: 12\r\n" BODY, HL_AR_FOREIGN_LOOP, ""},
        {CITIZEN "Subject: x\r\nX-Freshdesk-Ticket: 99\r\n" BODY, HL_AR_FOREIGN_LOOP, ""},
        {CITIZEN "Subject: x\r\nAuto-Submitted: auto-generated\r\n" BODY, HL_AR_AUTO_SUBMITTED,
         "auto-generated"},
        {CITIZEN "Subject: x\r\nAuto-Submitted: Auto-Replied; owner-email=a@b\r\n" BODY,
         HL_AR_AUTO_SUBMITTED, ""},
        {CITIZEN "Subject: x\r\nX-Autoreply: yes\r\n" BODY, HL_AR_AUTOREPLY_HEADER, "X-Autoreply"},
        {CITIZEN "Subject: x\r\nX-Autorespond: Out of office\r\n" BODY, HL_AR_AUTOREPLY_HEADER, ""},
        {CITIZEN "Subject: x\r\nPrecedence: bulk\r\n" BODY, HL_AR_PRECEDENCE, "bulk"},
        {CITIZEN "Subject: x\r\nPrecedence: JUNK\r\n" BODY, HL_AR_PRECEDENCE, "junk"},
        {CITIZEN "Subject: x\r\nPrecedence: list\r\n" BODY, HL_AR_PRECEDENCE, "list"},
        {CITIZEN "Subject: x\r\nList-Id: <news.example.org>\r\n" BODY, HL_AR_MAILING_LIST,
         "List-Id"},
        {CITIZEN "Subject: x\r\nList-Unsubscribe: <mailto:u@example.org>\r\n" BODY,
         HL_AR_MAILING_LIST, "List-Unsubscribe"},
        {CITIZEN "Subject: x\r\nMIME-Version: 1.0\r\n"
                 "Content-Type: multipart/report; report-type=disposition-notification;\r\n"
                 " boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nRead.\r\n"
                 "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
                 "Disposition: manual-action/MDN-sent-manually; displayed\r\n--b--\r\n",
         HL_AR_REPORT, "multipart/report"},
        {CITIZEN "Subject: x\r\nX-Spam-Flag: YES\r\n" BODY, HL_AR_SPAM_VERDICT, "X-Spam-Flag"},
        {CITIZEN "Subject: x\r\nX-Spam-Status: Yes, score=9.7\r\n" BODY, HL_AR_SPAM_VERDICT,
         "X-Spam-Status"},
        {CITIZEN "Subject: Out of Office: [HL-2026-000001]\r\n" BODY, HL_AR_OOO_SUBJECT, ""},
        {CITIZEN "Subject: Automatic reply: Ngập úng\r\n" BODY, HL_AR_OOO_SUBJECT, ""},
        {CITIZEN "Subject: AUTO: An is away\r\n" BODY, HL_AR_OOO_SUBJECT, ""},
        {CITIZEN "Subject: =?UTF-8?B?VHLhuqMgbOG7nWkgdOG7sSDEkeG7mW5nOiB4?=\r\n" BODY,
         HL_AR_OOO_SUBJECT, "Trả lời tự động"},
        {CITIZEN "Subject: =?UTF-8?B?VOG7sSDEkeG7mW5nIHRy4bqjIGzhu51pOiB4?=\r\n" BODY,
         HL_AR_OOO_SUBJECT, ""}, /* "Tự động trả lời: x" */
        {CITIZEN "Subject: =?UTF-8?B?VEjGryBUUuG6oiBM4bucSSBU4buwIMSQ4buYTkc=?=\r\n" BODY,
         HL_AR_OOO_SUBJECT, ""}, /* "THƯ TRẢ LỜI TỰ ĐỘNG" */
        {CITIZEN "Subject: =?UTF-8?B?VuG6r25nIG3hurd0OiBOZ3V54buFbiBWxINuIEFu?=\r\n" BODY,
         HL_AR_OOO_SUBJECT, ""}, /* "Vắng mặt: Nguyễn Văn An" */
        {CITIZEN "Subject: Tra loi tu dong: xin cam on\r\n" BODY, HL_AR_OOO_SUBJECT, ""},
        /* Order: our loop header wins over everything else. */
        {"Return-Path: <>\r\nFrom: MAILER-DAEMON@mx.example.org\r\n"
         "X-Hotline-Loop: HOTLINE.hanoi.example.vn\r\nPrecedence: bulk\r\nSubject: x\r\n" BODY,
         HL_AR_OWN_LOOP, ""},
        /* Order: sender before headers, Auto-Submitted before Precedence before List-Id. */
        {"From: noreply@x.example\r\nAuto-Submitted: auto-replied\r\nSubject: x\r\n" BODY,
         HL_AR_SYSTEM_SENDER, ""},
        {CITIZEN "Subject: Automatic reply\r\nList-Id: <l.example>\r\nPrecedence: list\r\n"
                 "Auto-Submitted: auto-replied\r\n" BODY,
         HL_AR_AUTO_SUBMITTED, ""},
        {CITIZEN "Subject: Automatic reply\r\nList-Id: <l.example>\r\nPrecedence: list\r\n" BODY,
         HL_AR_PRECEDENCE, ""},
        {CITIZEN "Subject: Automatic reply\r\nList-Id: <l.example>\r\n" BODY, HL_AR_MAILING_LIST,
         ""},
        /* A hostile value cannot put a line break into the reason. */
        {CITIZEN "Subject: x\r\nX-Loop: =?UTF-8?B?YQ1CY2M6IGV2aWxAeA==?=\r\n" BODY,
         HL_AR_FOREIGN_LOOP, ""},
    };
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        struct hl_autoreply_verdict v;
        enum hl_autoreply_check c = check_raw(cases[i].raw, &v);
        bool ok = c == cases[i].want && v.check == c && strstr(v.reason, cases[i].reason) &&
                  strchr(v.reason, '\r') == NULL && strchr(v.reason, '\n') == NULL &&
                  v.drop == (c == HL_AR_OWN_LOOP) && (c == HL_AR_OK) == (v.reason[0] == '\0');
        CHECK(ok);
        if (!ok)
            fprintf(stderr, "  case %zu: got %s (%s), want %s\n", i, hl_autoreply_check_name(c),
                    v.reason, hl_autoreply_check_name(cases[i].want));
    }
}

static void
test_names_and_rate(void)
{
    CHECK(strcmp(hl_autoreply_check_name(HL_AR_OK), "ok") == 0);
    CHECK(strcmp(hl_autoreply_check_name(HL_AR_OOO_SUBJECT), "ooo_subject") == 0);
    CHECK(strcmp(hl_autoreply_check_name((enum hl_autoreply_check)99), "?") == 0);
    for (int c = HL_AR_OK; c <= HL_AR_OOO_SUBJECT; c++)
        CHECK(strcmp(hl_autoreply_check_name((enum hl_autoreply_check)c), "?") != 0);
    struct hl_autoreply_policy pol;
    hl_autoreply_policy_default(&pol);
    CHECK(pol.max_acks_per_sender == 3 && pol.window_s == 86400);
    CHECK(hl_autoreply_rate_allows(&pol, 0));
    CHECK(hl_autoreply_rate_allows(&pol, 2));
    CHECK(!hl_autoreply_rate_allows(&pol, 3));
    pol.max_acks_per_sender = 0;
    CHECK(!hl_autoreply_rate_allows(&pol, 0));
}

/* The corpus: which check stops which message. */
static const struct {
    const char *prefix;
    enum hl_autoreply_check want;
} corpus_expect[] = {
    {"047-", HL_AR_AUTO_SUBMITTED},   /* Outlook out-of-office */
    {"048-", HL_AR_AUTOREPLY_HEADER}, /* Roundcube vacation: X-Autoreply */
    {"049-", HL_AR_NULL_SENDER},      /* Postfix bounce: Return-Path <> */
    {"050-", HL_AR_PRECEDENCE},       /* Sympa newsletter: Precedence bulk (List-Id too) */
    {"051-", HL_AR_SYSTEM_SENDER},    /* loan spam from no-reply@, no spam header */
    {"052-", HL_AR_SPAM_VERDICT},     /* X-Spam-Flag: YES */
    {"060-", HL_AR_AMBIGUOUS_SENDER}, /* two From headers */
    {"061-", HL_AR_NULL_SENDER},      /* empty message */
    {"062-", HL_AR_NULL_SENDER},      /* From without an address */
};

static char *
slurp(const char *path, size_t *len)
{
    struct hl_err err = {0};
    char *s = hl_read_file(path, len, &err);
    if (s == NULL)
        fprintf(stderr, "%s\n", err.msg);
    return s;
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
test_corpus(void)
{
    const char *dir = "tests/data/corpus";
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    if (d == NULL)
        return;
    char *names[128];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < HL_NELEM(names)) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".eml") == 0)
            names[n++] = hl_xstrdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    CHECK(n == 63);
    struct hl_autoreply_policy pol = policy();
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    size_t acked = 0, new_cases = 0;
    for (size_t i = 0; i < n; i++) {
        char *path = hl_xasprintf("%s/%s", dir, names[i]);
        char *jpath = hl_xasprintf("%s/%.*s.json", dir, (int)(strlen(names[i]) - 4), names[i]);
        size_t len = 0, jlen = 0;
        char *raw = slurp(path, &len);
        char *json = slurp(jpath, &jlen);
        CHECK(raw && json);
        if (raw && json) {
            bool expect_ack = strstr(json, "\"expect_ack\": true") != NULL;
            bool new_case = strstr(json, "\"kind\": \"new_case\"") != NULL;
            bool threaded = strstr(json, "\"kind\": \"reply_to_case\"") != NULL ||
                            strstr(json, "\"kind\": \"clerk_reply\"") != NULL;
            struct hl_message *msg = hl_mime_parse((const unsigned char *)raw, len, &lim);
            struct hl_autoreply_verdict v;
            enum hl_autoreply_check c = hl_autoreply_check(msg, &pol, &v);
            hl_message_free(&msg);
            printf("%-45s %-17s %s\n", names[i], hl_autoreply_check_name(c), v.reason);
            new_cases += new_case;
            acked += expect_ack && c == HL_AR_OK;
            /* Every message the citizen must get an ack for passes, and so
             * do replies to a case: they are people, not machines. */
            if (expect_ack || new_case || threaded) {
                CHECK(c == HL_AR_OK);
                if (c != HL_AR_OK)
                    fprintf(stderr, "  %s stopped by %s (%s)\n", names[i],
                            hl_autoreply_check_name(c), v.reason);
            }
            for (size_t k = 0; k < HL_NELEM(corpus_expect); k++) {
                if (strncmp(names[i], corpus_expect[k].prefix, 4) != 0)
                    continue;
                CHECK(c == corpus_expect[k].want);
                CHECK(!expect_ack);
                if (c != corpus_expect[k].want)
                    fprintf(stderr, "  %s: got %s (%s), want %s\n", names[i],
                            hl_autoreply_check_name(c), v.reason,
                            hl_autoreply_check_name(corpus_expect[k].want));
            }
        }
        free(raw);
        free(json);
        free(path);
        free(jpath);
        free(names[i]);
    }
    CHECK(new_cases == 42);
    CHECK(acked == 49); /* 42 new cases + 7 readable malformed ones */
}

int
main(void)
{
    test_checks();
    test_names_and_rate();
    test_corpus();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
