/* Unit tests for lib/core/outbox.c: rendering of acknowledgements and forwards
 * (parsed back with the MIME decoder), the retry policy, a pass over a
 * fake store and a fake mailer, and the signed bounce address and ENVID. */
#include "bounce.h"
#include "mime.h"
#include "outbox.h"
#include "rules.h"
#include "sla.h"
#include "templates.h"
#include "thread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fake_mailer.h"
#include "fake_outbox_store.h"

/* ---- fixtures ---- */

static char *clerks_xd[] = {"ngo.thi.thu@soxaydung.hanoi.example.vn",
                            "pham.van.duc@soxaydung.hanoi.example.vn"};

static struct hl_unit_cfg units[] = {
    {.code = "so-xd",
     .name = "Sở Xây dựng thành phố Hà Nội",
     .feedback_email = "phananh@soxaydung.hanoi.example.vn",
     .hotline_phone = "+84 24 0000 0104",
     .address = "52 Lê Đại Hành, Hai Bà Trưng, Hà Nội",
     .clerks = clerks_xd,
     .n_clerks = 2},
    {.code = "ubnd-tp",
     .name = "Văn phòng Ủy ban nhân dân thành phố Hà Nội",
     .feedback_email = "phananh@vpubnd.hanoi.example.vn",
     .hotline_phone = "+84 24 0000 0101"},
};

static struct hl_config cfg = {.case_prefix = "HL", .units = units, .n_units = 2};

static const char original[] = "From: =?UTF-8?Q?L=C3=AA_Quang_Minh?= <lqminh@mail.example.vn>\r\n"
                               "To: phananh@soxaydung.hanoi.example.vn\r\n"
                               "Subject: =?UTF-8?Q?Ng=E1=BA=ADp_=C3=BAng?=\r\n"
                               "Message-ID: <orig.1@mail.example.vn>\r\n"
                               "\r\n"
                               "Nuoc ngap sau 40-50 cm.\r\n";

/* 2026-02-16 09:00 +0700 and a due date five working days later. */
#define RECEIVED_AT 1771207200
#define DUE_AT (RECEIVED_AT + 7 * 86400)

static const char *citizen_rcpt[] = {"lqminh@mail.example.vn"};

static struct hl_outbox_row
ack_row(void)
{
    return (struct hl_outbox_row){
        .id = 42,
        .case_id = 7,
        .kind = "ack",
        .unit_code = "ubnd-tp",
        .lang = "vi",
        .rcpt = citizen_rcpt,
        .n_rcpt = 1,
        .attempts = 1,
        .case_code = "HL-2026-000123",
        .case_unit = "so-xd",
        .received_unit = "ubnd-tp",
        .category = "flooding",
        .priority = 1,
        /* hostile: a header line and a template placeholder in the subject */
        .subject = "Ngập úng\r\nBcc: evil@attacker.example {{unit_phone}}",
        .citizen_address = "lqminh@mail.example.vn",
        .citizen_name = "Lê Quang Minh\r\nBcc: evil2@attacker.example",
        .deadline_days = -1,
        .due_at = DUE_AT,
        .msg_message_id = "<orig.1@mail.example.vn>",
        .received_at = RECEIVED_AT,
        .msg_text = "Nước ngập sâu 40-50 cm.",
    };
}

static struct hl_templates *tpl;
static struct hl_rules *rules;

static struct hl_outbox_env
make_env(void)
{
    return (struct hl_outbox_env){
        .cfg = &cfg, .templates = tpl, .rules = rules, .owner = "test", .now = RECEIVED_AT + 60};
}

static bool
has_header(const struct hl_message *m, const char *name)
{
    return hl_message_header(m, name) != NULL;
}

/* ---- rendering ---- */

static void
test_ack(void)
{
    struct hl_outbox_env env = make_env();
    struct hl_outbox_row row = ack_row();
    struct hl_buf data, from;
    hl_buf_init(&data);
    hl_buf_init(&from);
    struct hl_err err = {0};
    CHECK(hl_outbox_render(&env, &row, env.now, &data, &from, &err) == 0);
    CHECK_STR(from.data, "bounce+42@vpubnd.hanoi.example.vn");

    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    struct hl_message *m = hl_mime_parse((const unsigned char *)data.data, data.len, &lim);
    CHECK(m != NULL);
    if (m == NULL)
        goto out;
    CHECK_STR(m->subject, "[HL-2026-000123] Đã tiếp nhận phản ánh, kiến nghị của Ông/Bà");
    /* From the receiving unit, whose domain the Message-ID carries. */
    CHECK_STR(m->from.address, "phananh@vpubnd.hanoi.example.vn");
    CHECK_STR(m->from.name, "Văn phòng Ủy ban nhân dân thành phố Hà Nội");
    CHECK(m->n_to == 1);
    CHECK_STR(m->to[0].address, "lqminh@mail.example.vn");
    CHECK(!has_header(m, "Bcc"));
    /* Nothing hostile reaches the header section. */
    char *end = strstr(data.data, "\r\n\r\n");
    CHECK(end != NULL);
    if (end)
        *end = '\0';
    CHECK(strstr(data.data, "\nBcc:") == NULL && strstr(data.data, "evil") == NULL);
    if (end)
        *end = '\r';
    /* Nor a line of its own in the body. */
    CHECK(strstr(m->text, "\nBcc:") == NULL);
    CHECK_STR(m->message_id, "<hl.HL-2026-000123.ack.42@vpubnd.hanoi.example.vn>");
    CHECK_STR(m->in_reply_to, "<orig.1@mail.example.vn>");
    CHECK(m->references && strstr(m->references, "<orig.1@mail.example.vn>"));
    CHECK_STR(hl_message_header(m, "Auto-Submitted"), "auto-replied");
    CHECK_STR(hl_message_header(m, "X-Hotline-Loop"), "vpubnd.hanoi.example.vn");

    /* A citizen's reply quoting our Message-ID finds the case. */
    char code[HL_CASE_CODE_MAX];
    CHECK(hl_thread_find_case_in_ids(m->message_id, "HL", "vpubnd.hanoi.example.vn", code,
                                     sizeof code));
    CHECK_STR(code, "HL-2026-000123");

    char due[16];
    hl_sla_format_date(hl_sla_local_date(DUE_AT), due, sizeof due);
    char *want_due = hl_xasprintf("Hạn giải quyết: ngày %s", due);
    CHECK(strstr(m->text, want_due) != NULL);
    free(want_due);
    CHECK(strstr(m->text, "Mã số phản ánh: HL-2026-000123") != NULL);
    CHECK(strstr(m->text, "Ngày tiếp nhận") == NULL); /* a forward-only line */
    CHECK(strstr(m->text, "nhận ngày 16/02/2026") != NULL);
    /* The responsible unit's contacts, and why the mail moved there. */
    CHECK(strstr(m->text, "Đường dây nóng: +84 24 0000 0104") != NULL);
    CHECK(strstr(m->text, "Địa chỉ: 52 Lê Đại Hành") != NULL);
    CHECK(strstr(m->text, "Thư được gửi đến Văn phòng Ủy ban nhân dân") != NULL);
    /* The category's legal basis from the rule set. */
    const struct hl_category *cat = hl_rules_category(rules, "flooding");
    CHECK(cat != NULL && cat->legal_basis && strstr(m->text, cat->legal_basis) != NULL);
    /* Citizen text is inserted verbatim, never expanded. */
    CHECK(strstr(m->text, "{{unit_phone}}") != NULL);
    CHECK(strstr(m->text, "[Mã phản ánh: HL-2026-000123]") != NULL);
    hl_message_free(&m);
out:
    hl_buf_fini(&data);
    hl_buf_fini(&from);
}

static void
test_forward(void)
{
    struct hl_outbox_env env = make_env();
    struct hl_outbox_row row = ack_row();
    const char *rcpt[] = {clerks_xd[0], clerks_xd[1]};
    row.kind = "forward";
    row.unit_code = "so-xd";
    row.rcpt = rcpt;
    row.n_rcpt = 2;
    row.subject = "Ngập úng kéo dài";
    row.citizen_name = "Lê Quang Minh";
    row.raw = (const unsigned char *)original;
    row.raw_len = sizeof original - 1;
    row.rules = "ngap-ung\nngap-ung\nuu-tien-khan";
    row.priority = 3;
    struct hl_buf data, from;
    hl_buf_init(&data);
    hl_buf_init(&from);
    struct hl_err err = {0};
    CHECK(hl_outbox_render(&env, &row, env.now, &data, &from, &err) == 0);
    CHECK_STR(from.data, "bounce+42@soxaydung.hanoi.example.vn");
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    struct hl_message *m = hl_mime_parse((const unsigned char *)data.data, data.len, &lim);
    CHECK(m != NULL);
    if (m == NULL)
        goto out;
    CHECK_STR(m->subject, "[HL-2026-000123] Phản ánh mới cần xử lý: Ngập úng kéo dài");
    CHECK_STR(m->from.address, "phananh@soxaydung.hanoi.example.vn");
    CHECK(m->n_to == 2);
    CHECK_STR(hl_message_header(m, "Auto-Submitted"), "auto-generated");
    CHECK(hl_message_header(m, "Reply-To") &&
          strstr(hl_message_header(m, "Reply-To"), "phananh@soxaydung.hanoi.example.vn"));
    CHECK_STR(m->message_id, "<hl.HL-2026-000123.forward.42@soxaydung.hanoi.example.vn>");
    CHECK(strstr(m->text, "Mức độ ưu tiên: Khẩn") != NULL);
    CHECK(strstr(m->text, "Lĩnh vực: ") != NULL);
    /* Each rule once, in firing order. */
    const char *r1 = strstr(m->text, "    - ngap-ung");
    CHECK(r1 != NULL && strstr(r1 + 5, "- ngap-ung") == NULL);
    CHECK(r1 != NULL && strstr(r1, "    - uu-tien-khan") != NULL);
    CHECK(strstr(m->text, "Người phản ánh: Lê Quang Minh <lqminh@mail.example.vn>") != NULL);
    CHECK(m->n_atts == 1);
    if (m->n_atts == 1) {
        CHECK_STR(m->atts[0].content_type, "message/rfc822");
        CHECK(m->atts[0].size == sizeof original - 1 &&
              memcmp(m->atts[0].data, original, sizeof original - 1) == 0);
    }
    hl_message_free(&m);
out:
    hl_buf_fini(&data);
    hl_buf_fini(&from);
}

static void
test_render_errors(void)
{
    struct hl_outbox_env env = make_env();
    struct hl_buf data, from;
    hl_buf_init(&data);
    hl_buf_init(&from);
    struct hl_err err = {0};

    struct hl_outbox_row row = ack_row();
    const char *bad[] = {"lqminh@mail.example.vn>\r\nBcc: x@y.z"};
    row.rcpt = bad;
    CHECK(hl_outbox_render(&env, &row, env.now, &data, &from, &err) == -1);
    CHECK(err.kind == HL_ERR_INPUT);
    CHECK(data.len == 0);

    row = ack_row();
    row.case_unit = "no-such-unit";
    CHECK(hl_outbox_render(&env, &row, env.now, &data, &from, &err) == -1);
    CHECK(err.kind == HL_ERR_CONFIG);

    row = ack_row();
    row.case_code = NULL;
    CHECK(hl_outbox_render(&env, &row, env.now, &data, &from, &err) == -1);
    CHECK(err.kind == HL_ERR_INPUT);

    row = ack_row();
    row.kind = "telegram";
    CHECK(hl_outbox_render(&env, &row, env.now, &data, &from, &err) == -1);
    CHECK(err.kind == HL_ERR_INPUT);

    /* Kind-specific values come from the row's vars, fixed when queued. */
    row = ack_row();
    row.kind = "reminder";
    row.vars = "days_left\x1f"
               "02\x1e"
               "unused\x1fx";
    hl_buf_reset(&data);
    CHECK(hl_outbox_render(&env, &row, env.now, &data, &from, &err) == 0);
    /* "(còn 02 ngày" in quoted-printable, with a soft line break after "còn" */
    CHECK(data.data && strstr(data.data, "n =\r\n02 ng") != NULL);
    hl_buf_fini(&data);
    hl_buf_fini(&from);
}

/* ---- policy ---- */

static void
test_backoff(void)
{
    static const struct {
        int attempts;
        int64_t base;
    } table[] = {
        {1, 60},   {2, 120},  {3, 240},   {4, 480},    {5, 960},    {6, 1920},
        {7, 3840}, {8, 7680}, {9, 15360}, {10, 21600}, {11, 21600}, {40, 21600},
    };
    for (size_t i = 0; i < HL_NELEM(table); i++) {
        int64_t b = table[i].base;
        CHECK(hl_outbox_backoff_s(table[i].attempts, 0) == b);
        /* Jitter shortens by at most 20 %, never lengthens. */
        for (uint32_t r = 1; r < 2000000000u; r += 99991u * 7) {
            int64_t d = hl_outbox_backoff_s(table[i].attempts, r);
            if (d > b || d < b - b / 5) {
                CHECK(!"backoff out of range");
                break;
            }
        }
    }
    /* Some jitter actually happens. */
    CHECK(hl_outbox_backoff_s(3, 17) != hl_outbox_backoff_s(3, 18));
}

static void
test_decide(void)
{
    struct hl_outbox_row row = ack_row();
    struct hl_outbox_outcome o;
    int64_t now = 1800000000;

    hl_outbox_decide(&row, HL_SEND_OK, "250 ok", now, 0, &o);
    CHECK(o.status == HL_OUTBOX_SENT);
    CHECK_STR(o.event, "ack_sent");
    CHECK(!o.citizen_undeliverable);

    hl_outbox_decide(&row, HL_SEND_TEMP, "450 later", now, 0, &o);
    CHECK(o.status == HL_OUTBOX_PENDING);
    CHECK(o.next_attempt_at == now + 60);
    CHECK_STR(o.event, "");
    CHECK_STR(o.reply, "450 later");

    hl_outbox_decide(&row, HL_SEND_PERM, "550 no such user", now, 0, &o);
    CHECK(o.status == HL_OUTBOX_FAILED);
    CHECK_STR(o.event, "ack_failed");
    CHECK(o.citizen_undeliverable);

    /* Give up after about three days of temporary failures: count how many
     * attempts the ladder allows. */
    int64_t waited = 0;
    int attempts = 0;
    for (row.attempts = 1; row.attempts < 100; row.attempts++) {
        hl_outbox_decide(&row, HL_SEND_TEMP, "451", now, 0, &o);
        if (o.status == HL_OUTBOX_FAILED)
            break;
        waited += o.next_attempt_at - now;
        attempts = row.attempts;
    }
    CHECK(o.status == HL_OUTBOX_FAILED && o.citizen_undeliverable);
    CHECK(waited >= HL_OUTBOX_GIVE_UP_S - HL_OUTBOX_BACKOFF_MAX_S);
    CHECK(waited <= HL_OUTBOX_GIVE_UP_S + HL_OUTBOX_BACKOFF_MAX_S);
    CHECK(attempts > 10 && attempts < 30);

    /* A failed forward does not make the citizen undeliverable. */
    row = ack_row();
    row.kind = "forward";
    hl_outbox_decide(&row, HL_SEND_PERM, "550", now, 0, &o);
    CHECK(o.status == HL_OUTBOX_FAILED && !o.citizen_undeliverable);
    CHECK_STR(o.event, "forward_failed");
}

/* ---- a pass over fakes ---- */

static void
test_pass(void)
{
    struct fake_outbox_store f = {0};
    struct fake_mailer fm = {.script = {HL_SEND_TEMP, HL_SEND_OK}, .log = f.log};
    f.rows[0] = ack_row();
    f.rows[0].id = 1;
    f.rows[0].attempts = 0;
    f.n = 1;
    struct hl_outbox_env env = make_env();
    env.mailer = &fake_mailer_ops;
    env.mailer_conn = &fm;
    struct hl_err err = {0};
    int processed = -1;

    CHECK(hl_outbox_run(&fake_outbox_store_ops, &f, &env, 10, &processed, &err) == 0);
    CHECK(processed == 1);
    /* Saved before sent; the envelope is the bounce address. */
    CHECK_STR(f.log, "claim save send mark ");
    CHECK(fm.calls == 1);
    CHECK_STR(fm.from[0], "bounce+1@vpubnd.hanoi.example.vn");
    CHECK_STR(fm.envid[0], "hl-1");
    CHECK(f.marked[0].status == HL_OUTBOX_PENDING);
    CHECK(f.marked[0].next_attempt_at > env.now && f.marked[0].next_attempt_at <= env.now + 60);

    /* The retry, an hour later, sends the identical bytes without rendering. */
    env.now += 3600;
    f.log[0] = '\0';
    CHECK(hl_outbox_run(&fake_outbox_store_ops, &f, &env, 10, &processed, &err) == 0);
    CHECK_STR(f.log, "claim send mark ");
    CHECK(fm.calls == 2);
    CHECK(fm.sent_len[0] == fm.sent_len[1] && fm.sent[0] && fm.sent[1] &&
          memcmp(fm.sent[0], fm.sent[1], fm.sent_len[0]) == 0);
    CHECK(f.marked[0].status == HL_OUTBOX_SENT);
    CHECK_STR(f.marked[0].event, "ack_sent");

    /* An ack whose recipient cannot be used fails without reaching the relay. */
    struct fake_outbox_store g = {0};
    struct fake_mailer gm = {.log = g.log};
    const char *bad[] = {"not an address"};
    g.rows[0] = ack_row();
    g.rows[0].id = 1;
    g.rows[0].rcpt = bad;
    g.n = 1;
    env.mailer_conn = &gm;
    CHECK(hl_outbox_run(&fake_outbox_store_ops, &g, &env, 10, &processed, &err) == 0);
    CHECK_STR(g.log, "claim mark ");
    CHECK(gm.calls == 0);
    CHECK(g.marked[0].status == HL_OUTBOX_FAILED && g.marked[0].citizen_undeliverable);

    /* A database failure is returned, not swallowed. */
    struct fake_outbox_store h = {.fail_claim = 1};
    CHECK(hl_outbox_run(&fake_outbox_store_ops, &h, &env, 10, &processed, &err) == -1);
    CHECK(err.kind == HL_ERR_TEMP && strstr(err.msg, "database down") != NULL);
    CHECK(processed == 0);

    fake_outbox_store_fini(&f);
    fake_outbox_store_fini(&g);
    fake_mailer_fini(&fm);
    fake_mailer_fini(&gm);
}

/* With a bounce key the envelope sender and the ENVID carry the row's tag
 * (values from Python's hmac, as in test_bounce); a row whose bytes were
 * saved before the key was set keeps its envelope sender but gets a signed
 * ENVID. */
static void
test_signed(void)
{
    static const char secret[] = "hotline-test-bounce-key-0123456789";
    struct hl_bounce_key key;
    struct hl_err err = {0};
    CHECK(hl_bounce_key_init(&key, (const unsigned char *)secret, strlen(secret), &err) == 0);

    struct hl_outbox_env env = make_env();
    env.bounce_key = &key;
    struct hl_outbox_row row = ack_row();
    struct hl_buf data, from;
    hl_buf_init(&data);
    hl_buf_init(&from);
    CHECK(hl_outbox_render(&env, &row, env.now, &data, &from, &err) == 0);
    CHECK_STR(from.data, "bounce+42-9ef46e4a0c18b154@vpubnd.hanoi.example.vn");
    /* The tag is in the envelope only: the message's own headers do not
     * change with the key. */
    CHECK(strstr(data.data, "9ef46e4a0c18b154") == NULL);
    hl_buf_fini(&data);
    hl_buf_fini(&from);

    struct fake_outbox_store f = {0};
    struct fake_mailer fm = {.script = {HL_SEND_OK}, .log = f.log};
    f.rows[0] = ack_row();
    f.rows[0].id = 1;
    f.rows[0].attempts = 0;
    f.n = 1;
    env.mailer = &fake_mailer_ops;
    env.mailer_conn = &fm;
    int processed = 0;
    CHECK(hl_outbox_run(&fake_outbox_store_ops, &f, &env, 10, &processed, &err) == 0);
    CHECK(fm.calls == 1);
    CHECK_STR(fm.from[0], "bounce+1-d11159d7c7ce9bfa@vpubnd.hanoi.example.vn");
    CHECK_STR(f.saved_from[0], "bounce+1-d11159d7c7ce9bfa@vpubnd.hanoi.example.vn");
    CHECK_STR(fm.envid[0], "hl-1-d11159d7c7ce9bfa");

    static const char old_bytes[] = "Subject: x\r\n\r\nrendered before the key\r\n";
    struct fake_outbox_store g = {0};
    struct fake_mailer gm = {.script = {HL_SEND_OK}, .log = g.log};
    g.rows[0] = ack_row();
    g.rows[0].id = 1;
    g.rows[0].data = (const unsigned char *)old_bytes;
    g.rows[0].data_len = sizeof old_bytes - 1;
    g.rows[0].mail_from = "bounce+1@vpubnd.hanoi.example.vn";
    g.n = 1;
    env.mailer_conn = &gm;
    CHECK(hl_outbox_run(&fake_outbox_store_ops, &g, &env, 10, &processed, &err) == 0);
    CHECK_STR(g.log, "claim send mark ");
    CHECK_STR(gm.from[0], "bounce+1@vpubnd.hanoi.example.vn");
    CHECK_STR(gm.envid[0], "hl-1-d11159d7c7ce9bfa");

    fake_outbox_store_fini(&f);
    fake_outbox_store_fini(&g);
    fake_mailer_fini(&fm);
    fake_mailer_fini(&gm);
    hl_bounce_key_fini(&key);
}

int
main(void)
{
    struct hl_diag diag;
    hl_diag_init(&diag);
    tpl = hl_templates_load_dir("templates", &diag);
    rules = hl_rules_load("rules", NULL, &diag);
    if (tpl == NULL || rules == NULL) {
        hl_diag_print(&diag);
        fprintf(stderr, "test_outbox: run from the repository root\n");
        return 1;
    }
    hl_diag_fini(&diag);
    hl_log_set_level(HL_LOG_ERROR);
    test_ack();
    test_forward();
    test_render_errors();
    test_backoff();
    test_decide();
    test_pass();
    test_signed();
    hl_templates_free(&tpl);
    hl_rules_free(&rules);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
