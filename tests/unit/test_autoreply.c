/* Unit tests for lib/mail/autoreply.c: each check on a hand-written message, the
 * order of the checks, every message of tests/data/corpus against its
 * sidecar's expect_ack, and delivery status notifications (tests/data/dsn,
 * the corpus bounce, hand-made variants for the order of the id clues, and
 * with a bounce key: which clues are still trusted). */
#include "autoreply.h"
#include "dsn.h"
#include "bounce.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

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

/* ---- delivery status notifications ---- */

static const char *const our_domains[] = {"soxaydung.hanoi.example.vn", "caugiay.hanoi.example.vn"};

static bool
dsn_raw(const char *raw, size_t len, struct hl_dsn *d)
{
    struct hl_message *msg = hl_mime_parse((const unsigned char *)raw, len, NULL);
    bool r = hl_dsn_read(msg, our_domains, HL_NELEM(our_domains), d);
    hl_message_free(&msg);
    return r;
}

static struct hl_bounce_key bounce_key;

static bool
dsn_keyed(const char *raw, const struct hl_bounce_key *key, struct hl_dsn *d)
{
    struct hl_message *msg = hl_mime_parse((const unsigned char *)raw, strlen(raw), NULL);
    bool r = hl_dsn_read_keyed(msg, our_domains, HL_NELEM(our_domains), key, d);
    hl_message_free(&msg);
    return r;
}

/* raw with every occurrence of from replaced by to; caller frees. */
static char *
replaced(const char *raw, const char *from, const char *to)
{
    struct hl_buf b;
    hl_buf_init(&b);
    size_t fl = strlen(from);
    for (const char *p = raw;;) {
        const char *q = strstr(p, from);
        if (q == NULL) {
            hl_buf_puts(&b, p);
            break;
        }
        hl_buf_append(&b, p, (size_t)(q - p));
        hl_buf_puts(&b, to);
        p = q + fl;
    }
    return hl_buf_steal(&b);
}

static void
check_clean(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        CHECK(*p >= 0x20 && *p != 0x7f);
}

static const struct {
    const char *file;
    int64_t outbox_id;
    const char *how;
    const char *action;
    const char *status;
    bool permanent;
    const char *recipient;
    const char *diagnostic; /* substring */
} dsn_expect[] = {
    {"01-postfix-report-failed.eml", 4711, "envelope", "failed", "5.1.1", true,
     "pham.van.binh@gmail.example.com",
     "550-5.1.1 The email account that you tried to reach does not exist. Please try"},
    {"02-postfix-report-delayed.eml", 4712, "envelope", "delayed", "4.4.1", false,
     "to.thi.huong@phuongnghiado.example.vn",
     "connect to mx.phuongnghiado.example.vn[203.0.113.45]:25: Connection timed out"},
    {"03-exim-text-bounce.eml", 4713, "envelope", "failed", "5.1.1", true,
     "tran.van.hung@mail.example.net",
     "550 5.1.1 <tran.van.hung@mail.example.net>: Recipient address rejected: User unknown "
     "in local recipient table"},
    {"04-foreign-domain.eml", 0, "", "failed", "5.1.1", true, "nguyen.thi.my@example.org",
     "550 5.1.1 <nguyen.thi.my@example.org>: Recipient address rejected: User unknown"},
    {"05-qmail-failure-notice.eml", 4715, "envelope", "failed", "5.1.1", true,
     "le.thi.mai@example.org", "Sorry, no mailbox here by that name. (#5.1.1)"},
    {"06-exchange-ndr.eml", 4716, "message_id", "failed", "5.1.10", true,
     "nguyen.thi.lan@hanoi-edu.example.vn",
     "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;"},
    {"07-vn-webmail-bounce.eml", 4717, "message_id", "failed", "5.0.0", true,
     "hoang.van.nam@vnmail.example.vn", "Lý do: 550 Hộp thư không tồn tại (mailbox unavailable)"},
    {"08-postfix-text-bounce.eml", 4719, "envelope", "failed", "5.2.2", true,
     "do.thi.ha@example.org", "552 5.2.2 <do.thi.ha@example.org>: Mailbox full"},
    {"09-exim-delay-warning.eml", 4718, "envelope", "delayed", "", false,
     "vu.minh.chau@mail.example.net", ""},
};

static void
test_dsn_files(void)
{
    for (size_t i = 0; i < HL_NELEM(dsn_expect); i++) {
        char *path = hl_xasprintf("tests/data/dsn/%s", dsn_expect[i].file);
        size_t len = 0;
        char *raw = slurp(path, &len);
        CHECK(raw != NULL);
        struct hl_dsn d;
        bool r = raw && dsn_raw(raw, len, &d);
        bool ok =
            r && d.is_dsn && d.outbox_id == dsn_expect[i].outbox_id &&
            strcmp(d.how, dsn_expect[i].how) == 0 && strcmp(d.action, dsn_expect[i].action) == 0 &&
            strcmp(d.status, dsn_expect[i].status) == 0 && d.permanent == dsn_expect[i].permanent &&
            strcmp(d.recipient, dsn_expect[i].recipient) == 0 &&
            strstr(d.diagnostic, dsn_expect[i].diagnostic) != NULL;
        CHECK(ok);
        if (!ok)
            fprintf(stderr,
                    "  %s: dsn=%d id=%lld how=%s action=%s status=%s permanent=%d\n"
                    "    recipient=%s\n    diagnostic=%s\n",
                    dsn_expect[i].file, r, (long long)d.outbox_id, d.how, d.action, d.status,
                    d.permanent, d.recipient, d.diagnostic);
        check_clean(d.recipient);
        check_clean(d.diagnostic);
        free(raw);
        free(path);
    }
}

/* The order of the clues, on variants of the samples with clues taken away. */
static void
test_dsn_clues(void)
{
    size_t len;
    char *pf = slurp("tests/data/dsn/01-postfix-report-failed.eml", &len);
    char *dl = slurp("tests/data/dsn/02-postfix-report-delayed.eml", &len);
    char *ex = slurp("tests/data/dsn/03-exim-text-bounce.eml", &len);
    CHECK(pf && dl && ex);
    if (!(pf && dl && ex))
        goto out;
    struct hl_dsn d;
    /* Without the bounce address: the ENVID. */
    char *a = replaced(pf, "bounce+4711@soxaydung", "phananh@soxaydung");
    CHECK(dsn_raw(a, strlen(a), &d) && d.outbox_id == 4711 && strcmp(d.how, "envid") == 0);
    /* Without the ENVID too: our Message-ID in the returned message. */
    char *b = replaced(a, "Original-Envelope-Id: hl-4711", "X-Postfix-Note: none");
    CHECK(dsn_raw(b, strlen(b), &d) && d.outbox_id == 4711 && strcmp(d.how, "message_id") == 0);
    /* A foreign Message-ID domain: nothing, but still a DSN. */
    char *c =
        replaced(b, ".ack.4711@soxaydung.hanoi.example.vn>", ".ack.4711@soxaydung.example.com>");
    CHECK(dsn_raw(c, strlen(c), &d) && d.is_dsn && d.outbox_id == 0 && d.how[0] == '\0');
    CHECK(strcmp(d.status, "5.1.1") == 0 && d.permanent);
    /* The clues disagree: the envelope wins, then the ENVID. */
    char *e = replaced(pf, "Original-Envelope-Id: hl-4711", "Original-Envelope-Id: hl-9");
    CHECK(dsn_raw(e, strlen(e), &d) && d.outbox_id == 4711 && strcmp(d.how, "envelope") == 0);
    char *f = replaced(e, "bounce+4711@soxaydung", "phananh@soxaydung");
    CHECK(dsn_raw(f, strlen(f), &d) && d.outbox_id == 9 && strcmp(d.how, "envid") == 0);
    /* An ENVID that is not ours is ignored. */
    char *g = replaced(b, "X-Postfix-Note: none", "Original-Envelope-Id: 20260216.7C9E41C0F0");
    CHECK(dsn_raw(g, strlen(g), &d) && d.outbox_id == 4711 && strcmp(d.how, "message_id") == 0);
    free(a);
    free(b);
    free(c);
    free(e);
    free(f);
    free(g);
    /* text/rfc822-headers (a folded Message-ID) of the delayed notice. */
    a = replaced(dl, "bounce+4712@caugiay", "phananh@caugiay");
    b = replaced(a, "Original-Envelope-Id: HL-4712", "X-Note: none");
    CHECK(dsn_raw(b, strlen(b), &d) && d.outbox_id == 4712 && strcmp(d.how, "message_id") == 0);
    CHECK(strcmp(d.action, "delayed") == 0 && !d.permanent);
    free(a);
    free(b);
    /* A text bounce: our Message-ID in the copy of the message. */
    a = replaced(ex, "bounce+4713@soxaydung", "phananh@soxaydung");
    CHECK(dsn_raw(a, strlen(a), &d) && d.outbox_id == 4713 && strcmp(d.how, "message_id") == 0);
    /* ... from a stranger it is no bounce at all. */
    b = replaced(a, "Return-path: <>", "Return-path: <tran.van.hung@mail.example.net>");
    c = replaced(b, "Mail Delivery System <Mailer-Daemon@mail.example.net>",
                 "Tran Van Hung <tran.van.hung@mail.example.net>");
    CHECK(!dsn_raw(c, strlen(c), &d) && !d.is_dsn && d.outbox_id == 0 && d.action[0] == '\0');
    free(a);
    free(b);
    free(c);
    /* Lookalike bounce addresses never count. */
    static const char *const fakes[] = {
        "bounce+4713@soxaydung.hanoi.example.vn.evil.example",
        "bounce+4713@xsoxaydung.hanoi.example.vn",
        "notbounce+4713@soxaydung.hanoi.example.vn",
        "bounce+4713x@soxaydung.hanoi.example.vn",
        "bounce+0@soxaydung.hanoi.example.vn",
        "bounce+99999999999999999999@soxaydung.hanoi.example.vn",
        "bounce+@soxaydung.hanoi.example.vn",
    };
    for (size_t i = 0; i < HL_NELEM(fakes); i++) {
        char *t = replaced(ex, "bounce+4713@soxaydung.hanoi.example.vn", fakes[i]);
        char *u = replaced(t, "<hl.HL-2026-000140.forward.4713@", "<x.4713@");
        CHECK(dsn_raw(u, strlen(u), &d) && d.outbox_id == 0);
        if (d.outbox_id != 0)
            fprintf(stderr, "  %s gave %lld\n", fakes[i], (long long)d.outbox_id);
        free(t);
        free(u);
    }
    /* Our domain compares without regard to case. */
    a = replaced(ex, "bounce+4713@soxaydung.hanoi.example.vn",
                 "Bounce+4713@SoXayDung.Hanoi.Example.VN");
    b = replaced(a, "<hl.HL-2026-000140.forward.4713@", "<x.4713@");
    CHECK(dsn_raw(b, strlen(b), &d) && d.outbox_id == 4713 && strcmp(d.how, "envelope") == 0);
    free(a);
    free(b);
out:
    free(pf);
    free(dl);
    free(ex);
}

#define DSN_HEAD                                                                                   \
    "Return-Path: <>\r\n"                                                                          \
    "From: MAILER-DAEMON@mx.example.org\r\n"                                                       \
    "To: bounce+77@soxaydung.hanoi.example.vn\r\n"                                                 \
    "Subject: Delivery Status Notification\r\n"                                                    \
    "MIME-Version: 1.0\r\n"                                                                        \
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"          \
    "--b\r\nContent-Type: text/plain\r\n\r\nReport.\r\n"                                           \
    "--b\r\nContent-Type: message/delivery-status\r\n\r\n"                                         \
    "Reporting-MTA: dns; mx.example.org\r\n\r\n"

/* Several recipients: the first failed block, else the first block. */
static void
test_dsn_blocks(void)
{
    struct hl_dsn d;
    const char *mixed = DSN_HEAD "Final-Recipient: rfc822; a@example.org\r\n"
                                 "Action: delayed\r\nStatus: 4.2.2\r\n\r\n"
                                 "Final-Recipient: rfc822; <b@example.org>\r\n"
                                 "Action: FAILED\r\nStatus: 5.7.1 (refused)\r\n"
                                 "Diagnostic-Code: smtp; 554 5.7.1\r\n  Message rejected\r\n\r\n"
                                 "Final-Recipient: rfc822; c@example.org\r\n"
                                 "Action: failed\r\nStatus: 5.1.1\r\n\r\n"
                                 "--b--\r\n";
    CHECK(dsn_raw(mixed, strlen(mixed), &d));
    CHECK(d.outbox_id == 77 && strcmp(d.how, "envelope") == 0);
    CHECK(strcmp(d.recipient, "b@example.org") == 0);
    CHECK(strcmp(d.action, "failed") == 0 && strcmp(d.status, "5.7.1") == 0 && d.permanent);
    CHECK(strcmp(d.diagnostic, "554 5.7.1 Message rejected") == 0);
    const char *delayed = DSN_HEAD "Original-Recipient: rfc822; a@example.org\r\n"
                                   "Action: delayed\r\nStatus: 4.4.7\r\n\r\n"
                                   "Final-Recipient: rfc822; b@example.org\r\n"
                                   "Action: delivered\r\nStatus: 2.0.0\r\n\r\n"
                                   "--b--\r\n";
    CHECK(dsn_raw(delayed, strlen(delayed), &d));
    CHECK(strcmp(d.recipient, "a@example.org") == 0 && strcmp(d.action, "delayed") == 0 &&
          strcmp(d.status, "4.4.7") == 0 && !d.permanent);
    /* Failed for a transient reason (the queue expired): not permanent. */
    const char *expired = DSN_HEAD "Final-Recipient: rfc822; a@example.org\r\n"
                                   "Action: failed\r\nStatus: 4.4.7\r\n\r\n--b--\r\n";
    CHECK(dsn_raw(expired, strlen(expired), &d) && strcmp(d.action, "failed") == 0 && !d.permanent);
    /* No Status field: taken from the diagnostic; junk in the fields. */
    const char *nostatus =
        DSN_HEAD "Final-Recipient: rfc822; a@example.org\r\n"
                 "Action: exploded\r\nDiagnostic-Code: smtp; 550 5.1.1 no such user\x01\x7f\r\n"
                 "Status: 5.1.1.1\r\n\r\n--b--\r\n";
    CHECK(dsn_raw(nostatus, strlen(nostatus), &d) && d.action[0] == '\0' &&
          strcmp(d.status, "5.1.1") == 0 && !d.permanent);
    check_clean(d.diagnostic);
    /* A bare-LF DSN whose only block holds everything. */
    const char *flat = "Return-Path: <>\nFrom: postmaster@mx.example.org\nMIME-Version: 1.0\n"
                       "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
                       "--b\nContent-Type: message/delivery-status\n\n"
                       "Original-Envelope-Id: hl-12\nFinal-Recipient: rfc822; x@example.org\n"
                       "Action: failed\nStatus: 5.0.0\n--b--\n";
    CHECK(dsn_raw(flat, strlen(flat), &d) && d.outbox_id == 12 && strcmp(d.how, "envid") == 0 &&
          strcmp(d.recipient, "x@example.org") == 0 && d.permanent);
    /* A report without its delivery-status part is read as text. */
    const char *partless =
        "Return-Path: <>\r\nFrom: MAILER-DAEMON@mx.example.org\r\n"
        "To: bounce+78@caugiay.hanoi.example.vn\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\n<k@example.org>: 550 5.1.1 unknown\r\n--b--\r\n";
    CHECK(dsn_raw(partless, strlen(partless), &d) && d.outbox_id == 78 &&
          strcmp(d.status, "5.1.1") == 0 && strcmp(d.recipient, "k@example.org") == 0);
}

/* Messages that are no DSN. */
static void
test_dsn_not(void)
{
    struct hl_dsn d;
    static const char *const raws[] = {
        /* A citizen writing about failed mail. */
        CITIZEN "Subject: Khong the gui thu cho phuong\r\n" BODY,
        CITIZEN "Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "Không thể gửi thư đến bounce+5@soxaydung.hanoi.example.vn, lỗi 550 5.1.1.\r\n",
        /* A read receipt. */
        "From: a@example.org\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=disposition-notification; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nRead.\r\n"
        "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Final-Recipient: rfc822; a@example.org\r\nDisposition: manual-action/MDN-sent-manually; "
        "displayed\r\n--b--\r\n",
        /* MAILER-DAEMON, but no bounce text: a notice of another kind. */
        "Return-Path: <>\r\nFrom: MAILER-DAEMON@mx.example.org\r\nSubject: Postmaster "
        "notify\r\n\r\n"
        "Your mailbox is 95% full.\r\n",
        "",
    };
    for (size_t i = 0; i < HL_NELEM(raws); i++) {
        memset(&d, 0x5a, sizeof d);
        CHECK(!dsn_raw(raws[i], strlen(raws[i]), &d));
        CHECK(!d.is_dsn && d.outbox_id == 0 && d.action[0] == '\0' && d.how[0] == '\0' &&
              d.recipient[0] == '\0');
    }
}

/* Of the corpus, only the bounce is a DSN; its ack's Message-ID is not ours. */
static void
test_dsn_corpus(void)
{
    DIR *dir = opendir("tests/data/corpus");
    CHECK(dir != NULL);
    if (dir == NULL)
        return;
    size_t n = 0, dsns = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".eml") != 0)
            continue;
        char *path = hl_xasprintf("tests/data/corpus/%s", e->d_name);
        char *jpath = hl_xasprintf("tests/data/corpus/%.*s.json", (int)(l - 4), e->d_name);
        size_t len, jlen;
        char *raw = slurp(path, &len);
        char *json = slurp(jpath, &jlen);
        if (raw && json) {
            n++;
            bool bounce = strstr(json, "\"kind\": \"bounce\"") != NULL;
            struct hl_dsn d;
            bool r = dsn_raw(raw, len, &d);
            CHECK(r == bounce);
            if (r != bounce)
                fprintf(stderr, "  %s: dsn=%d\n", e->d_name, r);
            if (r) {
                dsns++;
                CHECK(d.outbox_id == 0 && d.how[0] == '\0');
                CHECK(strcmp(d.action, "failed") == 0 && strcmp(d.status, "5.1.1") == 0 &&
                      d.permanent);
                CHECK(strcmp(d.recipient, "nguoidan.khongtontai@example.org") == 0);
                CHECK(strncmp(d.diagnostic, "550 5.1.1 <nguoidan.khongtontai@example.org>", 44) ==
                      0);
            }
        }
        free(raw);
        free(json);
        free(path);
        free(jpath);
    }
    closedir(dir);
    CHECK(n == 63 && dsns == 1);
}

/* raw with "bounce+ID@" and "Envelope-Id: hl-ID" carrying tag (of any id,
 * cut to tag_len); caller frees. */
static char *
tagged(const char *raw, int64_t id, int64_t tag_of, size_t tag_len)
{
    char tag[HL_BOUNCE_TAG_LEN + 1];
    hl_bounce_tag(&bounce_key, tag_of, tag);
    tag[tag_len] = '\0';
    char *from = hl_xasprintf("bounce+%lld@", (long long)id);
    char *to = hl_xasprintf("bounce+%lld-%s@", (long long)id, tag);
    char *a = replaced(raw, from, to);
    free(from);
    free(to);
    from = hl_xasprintf("Envelope-Id: hl-%lld\r", (long long)id);
    to = hl_xasprintf("Envelope-Id: hl-%lld-%s\r", (long long)id, tag);
    char *b = replaced(a, from, to);
    free(from);
    free(to);
    free(a);
    return b;
}

/* With a key: every sample's untagged clues become untrusted (the case they
 * name is not touched) and nothing else changes; a right tag is trusted, a
 * wrong, foreign or truncated one is not. */
static void
test_dsn_keyed_files(void)
{
    for (size_t i = 0; i < HL_NELEM(dsn_expect); i++) {
        char *path = hl_xasprintf("tests/data/dsn/%s", dsn_expect[i].file);
        size_t len = 0;
        char *raw = slurp(path, &len);
        CHECK(raw != NULL);
        free(path);
        if (raw == NULL)
            continue;
        int64_t id = dsn_expect[i].outbox_id;
        struct hl_dsn plain, d;
        dsn_raw(raw, len, &plain);
        bool r = dsn_keyed(raw, &bounce_key, &d);
        bool ok = r && d.outbox_id == 0 && d.how[0] == '\0' && d.untrusted_id == id &&
                  strcmp(d.untrusted_how, dsn_expect[i].how) == 0 &&
                  strcmp(d.action, plain.action) == 0 && strcmp(d.status, plain.status) == 0 &&
                  d.permanent == plain.permanent && strcmp(d.recipient, plain.recipient) == 0 &&
                  strcmp(d.diagnostic, plain.diagnostic) == 0;
        CHECK(ok);
        if (!ok)
            fprintf(stderr, "  %s with a key, untagged: id=%lld untrusted=%lld (%s)\n",
                    dsn_expect[i].file, (long long)d.outbox_id, (long long)d.untrusted_id,
                    d.untrusted_how);
        if (id == 0) {
            free(raw);
            continue;
        }
        /* The right tag: trusted where the envelope or ENVID carried it. */
        bool by_tag = strcmp(dsn_expect[i].how, "message_id") != 0;
        char *t = tagged(raw, id, id, HL_BOUNCE_TAG_LEN);
        CHECK(dsn_keyed(t, &bounce_key, &d));
        if (by_tag) {
            CHECK(d.outbox_id == id && strcmp(d.how, dsn_expect[i].how) == 0 &&
                  d.untrusted_id == 0 && d.untrusted_how[0] == '\0');
        } else {
            CHECK(d.outbox_id == 0 && d.untrusted_id == id);
        }
        /* ... the same tag without a key: read as before. */
        CHECK(dsn_keyed(t, NULL, &d) && d.outbox_id == id &&
              strcmp(d.how, dsn_expect[i].how) == 0 && d.untrusted_id == 0);
        free(t);
        /* Another row's tag, and the right one cut short. */
        t = tagged(raw, id, id + 1, HL_BOUNCE_TAG_LEN);
        CHECK(dsn_keyed(t, &bounce_key, &d) && d.outbox_id == 0 && d.untrusted_id == id);
        free(t);
        t = tagged(raw, id, id, HL_BOUNCE_TAG_LEN - 1);
        CHECK(dsn_keyed(t, &bounce_key, &d) && d.outbox_id == 0 && d.untrusted_id == id);
        free(t);
        free(raw);
    }
}

/* The order of the clues with a key, on variants of sample 01. */
static void
test_dsn_keyed_clues(void)
{
    size_t len;
    char *pf = slurp("tests/data/dsn/01-postfix-report-failed.eml", &len);
    CHECK(pf != NULL);
    if (pf == NULL)
        return;
    char tag[HL_BOUNCE_TAG_LEN + 1], addr[96], envid[64];
    hl_bounce_tag(&bounce_key, 4711, tag);
    snprintf(addr, sizeof addr, "bounce+4711-%s@soxaydung", tag);
    snprintf(envid, sizeof envid, "Original-Envelope-Id: hl-4711-%s", tag);
    struct hl_dsn d;

    /* No bounce address; the signed ENVID is trusted, the bare one is not. */
    char *a = replaced(pf, "bounce+4711@soxaydung", "phananh@soxaydung");
    CHECK(dsn_keyed(a, &bounce_key, &d) && d.outbox_id == 0 && d.untrusted_id == 4711 &&
          strcmp(d.untrusted_how, "envid") == 0);
    char *b = replaced(a, "Original-Envelope-Id: hl-4711", envid);
    CHECK(dsn_keyed(b, &bounce_key, &d) && d.outbox_id == 4711 && strcmp(d.how, "envid") == 0);
    /* A wrongly tagged address before a signed ENVID: the ENVID wins, and
     * nothing is left marked untrusted. */
    char *c = replaced(pf, "bounce+4711@soxaydung", "bounce+4711-0000000000000000@soxaydung");
    char *e = replaced(c, "Original-Envelope-Id: hl-4711", envid);
    CHECK(dsn_keyed(e, &bounce_key, &d) && d.outbox_id == 4711 && strcmp(d.how, "envid") == 0 &&
          d.untrusted_id == 0 && d.untrusted_how[0] == '\0');
    free(a);
    free(b);
    free(c);
    free(e);
    /* Only our Message-ID: never trusted with a key. */
    a = replaced(pf, "bounce+4711@soxaydung", "phananh@soxaydung");
    b = replaced(a, "Original-Envelope-Id: hl-4711", "X-Postfix-Note: none");
    CHECK(dsn_keyed(b, &bounce_key, &d) && d.is_dsn && d.outbox_id == 0 && d.untrusted_id == 4711 &&
          strcmp(d.untrusted_how, "message_id") == 0);
    CHECK(dsn_keyed(b, NULL, &d) && d.outbox_id == 4711 && strcmp(d.how, "message_id") == 0);
    free(a);
    free(b);
    /* A relay that upper-cased the address keeps the tag valid. */
    char upper[96];
    snprintf(upper, sizeof upper, "BOUNCE+4711-%s@SOXAYDUNG", tag);
    for (char *p = upper; *p; p++)
        *p = *p >= 'a' && *p <= 'z' ? (char)(*p - 32) : *p;
    a = replaced(pf, "bounce+4711@soxaydung", upper);
    CHECK(dsn_keyed(a, &bounce_key, &d) && d.outbox_id == 4711 && strcmp(d.how, "envelope") == 0);
    free(a);
    /* The right tag at a foreign domain counts for nothing, and makes the
     * ENVID, which names no domain, untrusted too. */
    char foreign[96];
    snprintf(foreign, sizeof foreign, "bounce+4711-%s@soxaydung.example.com", tag);
    a = replaced(pf, "bounce+4711@soxaydung.hanoi.example.vn", foreign);
    b = replaced(a, "Original-Envelope-Id: hl-4711", envid);
    CHECK(dsn_keyed(b, &bounce_key, &d) && d.outbox_id == 0 &&
          strcmp(d.untrusted_how, "message_id") == 0);
    free(a);
    free(b);
    /* The tag of the address must be that of its own id. */
    a = replaced(pf, "bounce+4711@soxaydung", addr);
    b = replaced(a, "bounce+4711-", "bounce+4710-");
    CHECK(dsn_keyed(b, &bounce_key, &d) && d.outbox_id == 0 && d.untrusted_id == 4710 &&
          strcmp(d.untrusted_how, "envelope") == 0);
    free(a);
    free(b);
    free(pf);
}

int
main(void)
{
    struct hl_err err = {0};
    static const char key[] = "autoreply-test-bounce-key";
    if (hl_bounce_key_init(&bounce_key, (const unsigned char *)key, strlen(key), &err) < 0) {
        fprintf(stderr, "test_autoreply: %s\n", err.msg);
        return 1;
    }
    test_checks();
    test_names_and_rate();
    test_corpus();
    test_dsn_files();
    test_dsn_clues();
    test_dsn_blocks();
    test_dsn_not();
    test_dsn_corpus();
    test_dsn_keyed_files();
    test_dsn_keyed_clues();
    hl_bounce_key_fini(&bounce_key);
    return check_report();
}
