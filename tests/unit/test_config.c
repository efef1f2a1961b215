/*
 * test_config: hl_config_load on good and bad files under tests/data/config.
 * Bad files are table-driven: each lists every diagnostic it must produce,
 * in order, with exact FILE:LINE, so a lost, extra or misplaced report fails.
 * Runs from the repository root (ctest sets the working directory).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "config.h"
#include "digest.h"

#define DATA "tests/data/config"
#define BAD DATA "/bad/"

/* Values of the secrets used by the test files: none may ever be printed. */
static const char *const secrets[] = {
    "s3cret-mailbox-pass", "smtp-secret-value", "db-secret-value",
    "env-secret-hang-bac", "hunter2",           NULL,
};

static void
check_no_secret(const struct hl_diag *d)
{
    for (size_t i = 0; i < d->n; i++)
        for (size_t j = 0; secrets[j] != NULL; j++)
            CHECK_MSG(strstr(d->lines[i], secrets[j]) == NULL, "a secret leaked into: %s",
                      d->lines[i]);
}

static char *
real_dir(const char *dir)
{
    char *p = realpath(dir, NULL);
    REQUIRE(p != NULL);
    return p;
}

static struct hl_config *
load_good(const char *path)
{
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_config *cfg = hl_config_load(path, &d);
    for (size_t i = 0; i < d.n; i++)
        fprintf(stderr, "unexpected: %s\n", d.lines[i]);
    CHECK_INT(d.n, 0);
    REQUIRE(cfg != NULL);
    hl_diag_fini(&d);
    return cfg;
}

static void
check_path(const char *got, const char *dir, const char *rel)
{
    char *base = real_dir(dir);
    char *want = hl_xasprintf("%s/%s", base, rel);
    CHECK_STR(got, want);
    free(want);
    free(base);
}

static void
test_good_values(void)
{
    struct hl_config *cfg = load_good(DATA "/good/hotline.conf");

    CHECK_STR(cfg->path, DATA "/good/hotline.conf");
    CHECK_STR(cfg->conninfo, "host=127.0.0.1 port=5432 dbname=hotline user=hotline");
    check_path(cfg->db_password.file, DATA "/good", "secrets/db.pass");
    CHECK(cfg->db_password.env == NULL);
    CHECK_STR(cfg->case_prefix, "HNI");
    check_path(cfg->rules_dir, DATA "/good", "rules");
    CHECK_STR(cfg->templates_dir, "/srv/hotline/templates");
    CHECK_STR(cfg->log_level, "debug");
    CHECK_INT(cfg->poll_interval_s, 10);
    CHECK(!cfg->idle);
    CHECK_INT(cfg->fetch_batch, 50);
    CHECK_INT(cfg->backoff_max_s, 120);
    CHECK_STR(cfg->metrics_listen, "[::1]:9154");
    CHECK_INT(cfg->metrics_stale_after_s, 45);

    /* Set in the file. */
    CHECK_INT(cfg->limits.mime.max_depth, 12);
    CHECK_INT(cfg->limits.mime.max_parts, 150);
    CHECK_INT(cfg->limits.message_budget_ms, 1500);
    /* Left to their defaults. */
    CHECK_INT(cfg->limits.mime.max_message_bytes, 26214400);
    CHECK_INT(cfg->limits.mime.max_header_bytes, 65536);
    CHECK_INT(cfg->limits.match_limit, 1000000);
    CHECK_INT(cfg->limits.depth_limit, 10000);

    CHECK(cfg->has_smtp);
    CHECK_STR(cfg->smtp.host, "127.0.0.1");
    CHECK_INT(cfg->smtp.port, 2525);
    CHECK_INT(cfg->smtp.tls, HL_TLS_PLAIN);
    CHECK(cfg->smtp.allow_plain);
    CHECK_STR(cfg->smtp.user, "hotline");
    check_path(cfg->smtp.password.file, DATA "/good", "secrets/smtp.pass");
    CHECK_STR(cfg->smtp.helo, "hotline.example.vn");
    CHECK(cfg->smtp.trust.ca_file == NULL);

    CHECK_INT(cfg->n_units, 3);
    const struct hl_unit_cfg *city = &cfg->units[0];
    CHECK_STR(city->code, "ubnd-tp");
    CHECK_STR(city->name, "Văn phòng UBND thành phố Hà Nội");
    CHECK(city->parent == NULL);
    CHECK_STR(city->kind, "city");
    CHECK_STR(city->feedback_email, "phananh@vpubnd.hanoi.example.vn");
    CHECK_STR(city->hotline_phone, "+84 24 0000 0101");
    CHECK(city->address == NULL);
    CHECK_INT(city->n_clerks, 2);
    CHECK_STR(city->clerks[1], "le.minh.duc@vpubnd.hanoi.example.vn");
    CHECK_STR(city->head, "chanhvanphong@vpubnd.hanoi.example.vn");
    CHECK(!city->has_mailbox);
    CHECK_INT(city->line, 22);

    const struct hl_unit_cfg *xd = hl_config_unit(cfg, "so-xd");
    CHECK(xd == &cfg->units[1]);
    CHECK_STR(xd->parent, "ubnd-tp");
    CHECK_STR(xd->address, "52 Lê Đại Hành, Hà Nội");
    CHECK_INT(xd->line, 27);
    CHECK(xd->has_mailbox);
    CHECK_STR(xd->mailbox.host, "mail.hanoi.example.vn");
    CHECK_INT(xd->mailbox.port, 993); /* implicit TLS by default */
    CHECK_INT(xd->mailbox.tls, HL_TLS_IMPLICIT);
    CHECK(!xd->mailbox.allow_plain);
    CHECK_STR(xd->mailbox.user, "so-xd");
    check_path(xd->mailbox.password.file, DATA "/good", "secrets/so-xd.pass");
    CHECK_STR(xd->mailbox.inbox, "INBOX");
    CHECK_STR(xd->mailbox.processed, "Processed");
    check_path(xd->mailbox.trust.ca_file, DATA "/good", "ca.pem");
    /* Written in mixed case, kept in lower case like hl_sha256_hex. */
    CHECK_STR(xd->mailbox.trust.pin_sha256,
              "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    /* From units/phuong.conf via @include: its own line numbers. */
    const struct hl_unit_cfg *ward = hl_config_unit(cfg, "p-hang-bac");
    REQUIRE(ward != NULL);
    CHECK_INT(ward->line, 3);
    CHECK_STR(ward->kind, "ward");
    CHECK_STR(ward->parent, "so-xd");
    CHECK_STR(ward->mailbox.host, "::1");
    CHECK_INT(ward->mailbox.port, 1143);
    CHECK_INT(ward->mailbox.tls, HL_TLS_STARTTLS);
    CHECK(ward->mailbox.password.file == NULL);
    CHECK_STR(ward->mailbox.password.env, "HL_TEST_HANGBAC_PASS");
    CHECK_STR(ward->mailbox.inbox, "Gop y");
    CHECK_STR(ward->mailbox.processed, "Da xu ly");
    CHECK(ward->mailbox.trust.ca_file == NULL);
    CHECK(ward->mailbox.trust.pin_sha256 == NULL);

    CHECK(hl_config_unit(cfg, "so-khong-co") == NULL);
    hl_config_free(&cfg);
    CHECK(cfg == NULL);
    hl_config_free(&cfg); /* NULL is fine */
}

static void
test_defaults(void)
{
    struct hl_config *cfg = load_good(DATA "/minimal.conf");
    CHECK(cfg->db_password.file == NULL);
    CHECK(cfg->db_password.env == NULL);
    CHECK_STR(cfg->case_prefix, "HL");
    check_path(cfg->rules_dir, DATA, "rules");
    check_path(cfg->templates_dir, DATA, "templates");
    CHECK_STR(cfg->log_level, "info");
    CHECK_INT(cfg->poll_interval_s, 30);
    CHECK(cfg->idle);
    CHECK_INT(cfg->fetch_batch, 200);
    CHECK_INT(cfg->backoff_max_s, 300);
    CHECK_INT(cfg->urgent_hours, 24);
    CHECK_INT(cfg->limits.mime.max_message_bytes, 26214400);
    CHECK_INT(cfg->limits.mime.max_depth, 20);
    CHECK_INT(cfg->limits.mime.max_parts, 200);
    CHECK_INT(cfg->limits.mime.max_header_bytes, 65536);
    CHECK_INT(cfg->limits.message_budget_ms, 2000);
    CHECK_INT(cfg->limits.match_limit, 1000000);
    CHECK_INT(cfg->limits.depth_limit, 10000);
    CHECK(!cfg->has_smtp);
    CHECK(cfg->metrics_listen == NULL);
    CHECK_INT(cfg->metrics_stale_after_s, 90);
    CHECK_INT(cfg->n_units, 1);
    CHECK_STR(cfg->units[0].kind, "other");
    CHECK_INT(cfg->units[0].n_clerks, 0);
    CHECK(cfg->units[0].head == NULL);
    CHECK(!cfg->units[0].has_mailbox);
    hl_config_free(&cfg);

    cfg = load_good(DATA "/smtp-defaults.conf");
    CHECK_STR(cfg->db_password.env, "HL_TEST_SET_VAR");
    CHECK(cfg->has_smtp);
    CHECK_INT(cfg->smtp.tls, HL_TLS_STARTTLS);
    CHECK_INT(cfg->smtp.port, 587);
    CHECK(cfg->smtp.user == NULL);
    CHECK(cfg->smtp.helo != NULL); /* the host name */
    CHECK_INT(cfg->units[0].mailbox.tls, HL_TLS_STARTTLS);
    CHECK_INT(cfg->units[0].mailbox.port, 143);
    hl_config_free(&cfg);
}

/* A config named without a directory resolves against ".", and its
 * @include still works. */
static void
test_relative_to_cwd(void)
{
    char *home = real_dir(".");
    CHECK_INT(chdir(DATA "/good"), 0);
    char *here = real_dir(".");
    struct hl_config *cfg = load_good("hotline.conf");
    char *want = hl_xasprintf("%s/rules", here);
    CHECK_STR(cfg->rules_dir, want);
    free(want);
    CHECK(hl_config_unit(cfg, "p-hang-bac") != NULL);
    hl_config_free(&cfg);
    CHECK_INT(chdir(home), 0);
    free(here);
    free(home);
}

static void
test_secrets(void)
{
    struct hl_config *cfg = load_good(DATA "/good/hotline.conf");
    struct hl_err err = {0};

    char *s = hl_config_secret(&hl_config_unit(cfg, "so-xd")->mailbox.password, &err);
    CHECK_STR(s, "s3cret-mailbox-pass"); /* trailing \n stripped */
    free(s);
    s = hl_config_secret(&cfg->smtp.password, &err);
    CHECK_STR(s, "smtp-secret-value"); /* trailing \r\n stripped */
    free(s);
    s = hl_config_secret(&cfg->db_password, &err);
    CHECK_STR(s, "db-secret-value"); /* no newline at all */
    free(s);
    s = hl_config_secret(&hl_config_unit(cfg, "p-hang-bac")->mailbox.password, &err);
    CHECK_STR(s, "env-secret-hang-bac");
    free(s);
    hl_config_free(&cfg);

    struct hl_secret_ref unset = {.env = "HL_TEST_SURELY_UNSET"};
    CHECK(hl_config_secret(&unset, &err) == NULL);
    CHECK_INT(err.kind, HL_ERR_CONFIG);
    CHECK(strstr(err.msg, "HL_TEST_SURELY_UNSET") != NULL);

    struct hl_secret_ref empty = {.file = DATA "/empty.pass"};
    memset(&err, 0, sizeof err);
    CHECK(hl_config_secret(&empty, &err) == NULL);
    CHECK_INT(err.kind, HL_ERR_CONFIG);
    CHECK(strstr(err.msg, "empty") != NULL);

    struct hl_secret_ref gone = {.file = DATA "/no-such.pass"};
    memset(&err, 0, sizeof err);
    CHECK(hl_config_secret(&gone, &err) == NULL);
    CHECK(strstr(err.msg, "No such file") != NULL);

    struct hl_secret_ref none = {0};
    memset(&err, 0, sizeof err);
    CHECK(hl_config_secret(&none, &err) == NULL);
    CHECK_INT(err.kind, HL_ERR_CONFIG);
}

static void
test_tls_mode_name(void)
{
    CHECK_STR(hl_tls_mode_name(HL_TLS_IMPLICIT), "implicit");
    CHECK_STR(hl_tls_mode_name(HL_TLS_STARTTLS), "starttls");
    CHECK_STR(hl_tls_mode_name(HL_TLS_PLAIN), "plain");
}

/* reports: the monthly digests, and who gets which (digest.h). */
static void
test_reports(void)
{
    struct hl_config *cfg = load_good(DATA "/reports.conf");
    CHECK_INT(cfg->n_reports, 3);
    CHECK_STR(cfg->report_conninfo, "host=standby dbname=hotline");
    const struct hl_report_cfg *city = &cfg->reports[0], *each = &cfg->reports[1];
    CHECK_STR(city->name, "thanh-pho");
    CHECK(city->unit == NULL);
    CHECK_INT(city->day, 3);
    CHECK(city->compare);
    CHECK(!city->rollup);
    CHECK_INT(city->n_to, 2);
    CHECK_STR(each->unit, "*");
    CHECK(each->rollup);
    CHECK(!each->compare);
    CHECK_INT(each->day, 1);
    CHECK_INT(cfg->reports[2].day, 28);

    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_digest_target *t;
    /* The city: its two recipients, "head" being the root unit's. */
    CHECK_INT(hl_digest_targets(cfg, city, &a, &t), 1);
    CHECK(t[0].unit == NULL);
    CHECK_STR(t[0].sender, "ubnd-tp");
    CHECK_INT(t[0].n_rcpt, 2);
    CHECK_STR(t[0].rcpt[1], "chanhvanphong@ubnd.example.vn");
    /* Each unit with a head; the ward has none. */
    CHECK_INT(hl_digest_targets(cfg, each, &a, &t), 2);
    CHECK_STR(t[0].unit, "ubnd-tp");
    CHECK_STR(t[1].unit, "so-xd");
    CHECK_STR(t[1].rcpt[0], "giamdoc@soxd.example.vn");
    CHECK_INT(hl_digest_targets(cfg, &cfg->reports[2], &a, &t), 1);
    CHECK_STR(t[0].sender, "so-xd");
    hl_arena_fini(&a);
    hl_config_free(&cfg);
}

/* "@BAD@" in an expected line stands for the absolute tests/data/config/bad. */
struct bad_case {
    const char *file;
    const char *lines[16];
};

static const struct bad_case bad_cases[] = {
    {"syntax.conf", {BAD "syntax.conf:4: syntax error"}},
    {"include-syntax.conf", {BAD "inc/broken.conf:3: syntax error"}},
    {"include-missing.conf", {BAD "include-missing.conf:3: cannot open include file"}},
    {"include-check.conf",
     {
         BAD "inc/unit-bad.conf:3: unknown setting \"usr\" (did you mean \"user\"?)",
         BAD "inc/unit-bad.conf:3: missing required setting \"user\" in \"units[0].mailbox\"",
     }},
    {"no-such.conf",
     {BAD "no-such.conf: cannot read the configuration: No such file or directory"}},
    {"inc", {BAD "inc: cannot read the configuration: not a regular file"}},
    {"unknown.conf",
     {
         BAD "unknown.conf:2: unknown setting \"conninf\" (did you mean \"conninfo\"?)",
         BAD "unknown.conf:2: missing required setting \"conninfo\" in \"database\"",
         BAD "unknown.conf:3: unknown setting \"case_prefx\" (did you mean \"case_prefix\"?)",
         BAD "unknown.conf:4: unknown setting \"colour\"",
         BAD "unknown.conf:5: unknown setting \"poll_intervall\" (did you mean \"poll_interval\"?)",
         BAD "unknown.conf:6: unknown setting \"tsl\" (did you mean \"tls\"?)",
         BAD "unknown.conf:9: unknown setting \"Head\" (did you mean \"head\"?)",
         BAD "unknown.conf:11: unknown setting \"procesed\" (did you mean \"processed\"?)",
     }},
    {"types.conf",
     {
         BAD "types.conf:2: \"conninfo\" must be a string, not an integer",
         BAD "types.conf:4: \"poll_interval\" must be an integer, not a string",
         BAD "types.conf:4: \"idle\" must be a boolean, not a string",
         BAD "types.conf:4: \"fetch_batch\" must be an integer, not a number with a fraction",
         BAD "types.conf:5: \"limits\" must be a group, not a list",
         BAD "types.conf:8: \"clerks\" must be an array of email addresses, not a string",
         BAD "types.conf:9: \"mailbox\" must be a group, not a string",
         BAD "types.conf:10: each unit must be a group { ... }, not a string",
     }},
    {"missing.conf",
     {
         BAD "missing.conf:2: missing required setting \"conninfo\" in \"database\"",
         BAD "missing.conf:4: missing required setting \"code\" in \"units[0]\"",
         BAD "missing.conf:4: missing required setting \"feedback_email\" in \"units[0]\"",
         BAD "missing.conf:5: missing required setting \"name\" in \"units[1]\"",
         BAD "missing.conf:6: missing required setting \"host\" in \"units[1].mailbox\"",
         BAD "missing.conf:6: missing required setting \"user\" in \"units[1].mailbox\"",
         BAD "missing.conf:6: missing password in \"units[1].mailbox\": set \"password_file\" "
             "or \"password_env\"",
     }},
    /* Units are data in the database (units.h): a configuration may list
     * none (tests/data/config/units-in-db.conf loads, test_units_in_db). */
    {"no-units.conf", {BAD "no-units.conf: missing required setting \"database\""}},
    {"units.conf",
     {
         BAD "units.conf:4: unit code \"So_XD\" must match [a-z0-9][a-z0-9-]* (at most 64 "
             "characters)",
         BAD "units.conf:6: duplicate unit code \"so-tp\" (first declared at " BAD "units.conf:5)",
         BAD "units.conf:7: parent \"nowhere\" is not the code of any unit",
         BAD "units.conf:8: \"kind\" must be one of city, department, district, commune, ward, "
             "other, not \"village\"",
         BAD "units.conf:9: \"feedback_email\" is not a plausible email address (local@domain): "
             "\"not an address\"",
         BAD "units.conf:10: \"head\" is not a plausible email address (local@domain): "
             "\"head@@x.example.vn\"",
         BAD "units.conf:11: clerk 2 is not a plausible email address (local@domain): \"bad@\"",
         BAD "units.conf:11: clerk 3 is not a plausible email address (local@domain): "
             "\"line\\x0abreak@x.example.vn\"",
         BAD "units.conf:12: \"hotline_phone\" may hold only digits, spaces and + ( ) - ., not "
             "\"call me\"",
         BAD "units.conf:13: feedback_email \"B@X.example.vn\" is already the address of unit "
             "\"so-tp\" (" BAD "units.conf:5): mail to it could not be routed",
     }},
    {"cycle.conf",
     {
         BAD "cycle.conf:5: parent cycle: a -> c -> b -> a",
         BAD "cycle.conf:9: parent cycle: d -> d",
     }},
    {"tls.conf",
     {
         BAD "tls.conf:3: \"port\" must be between 1 and 65535, not 0",
         BAD "tls.conf:3: tls = \"plain\" sends passwords in clear text: it needs allow_plain = "
             "true",
         BAD "tls.conf:3: tls = \"plain\" is only allowed to a loopback host (127.x.x.x, ::1, "
             "localhost), not \"smtp.example.vn\"",
         BAD "tls.conf:6: tls = \"plain\" is only allowed to a loopback host (127.x.x.x, ::1, "
             "localhost), not \"imap.example.vn\"",
         BAD "tls.conf:9: \"tls\" must be one of implicit, starttls, plain, not \"tsl\"",
         BAD "tls.conf:9: \"port\" must be between 1 and 65535, not 70000",
         BAD "tls.conf:12: tls = \"plain\" sends passwords in clear text: it needs allow_plain = "
             "true",
         BAD "tls.conf:15: ca_file \"@BAD@/no-such-ca.pem\" is not readable: No such file or "
             "directory",
         BAD "tls.conf:15: \"pin_sha256\" must be 64 hex digits (SHA-256 of the certificate's "
             "DER)",
     }},
    {"secrets.conf",
     {
         BAD "secrets.conf:2: conninfo must not contain a password: put the password in "
             "password_file or password_env",
         BAD "secrets.conf:3: missing password in \"smtp\": set \"password_file\" or "
             "\"password_env\"",
         BAD "secrets.conf:7: set only one of \"password_file\" and \"password_env\"",
         BAD "secrets.conf:9: password_file \"@BAD@/secrets/none.pass\" is not readable: No "
             "such file or directory",
         BAD "secrets.conf:11: environment variable HL_TEST_SURELY_UNSET (password_env) is not "
             "set",
         BAD "secrets.conf:13: \"password_env\" must name an environment variable, not \"not a "
             "name\"",
         BAD "secrets.conf:15: password_file \"@BAD@/inc\" is not a regular file",
     }},
    {"conninfo-uri.conf",
     {
         BAD "conninfo-uri.conf:1: conninfo must not contain a password: put the password in "
             "password_file or password_env",
     }},
    {"limits.conf",
     {
         BAD "limits.conf:2: \"poll_interval\" must be between 1 and 86400, not 0",
         BAD "limits.conf:2: \"fetch_batch\" must be between 1 and 10000, not 100000",
         BAD "limits.conf:2: \"backoff_max\" must be between 1 and 86400, not -5",
         BAD "limits.conf:3: \"max_mime_depth\" must be between 1 and 100, not 101",
         BAD "limits.conf:3: \"max_parts\" must be between 1 and 10000, not 0",
         BAD "limits.conf:3: \"max_header_bytes\" (200000) must not exceed "
             "\"max_message_bytes\" (100000)",
         BAD "limits.conf:4: \"message_budget_ms\" must be between 10 and 600000, not 0",
         BAD "limits.conf:5: \"regex_match_limit\" must be between 1000 and 1000000000, not "
             "5000000000",
         BAD "limits.conf:5: \"regex_depth_limit\" must be between 100 and 1000000000, not 1",
         BAD "limits.conf:6: \"case_prefix\" must be 2 to 8 capital letters A-Z, not \"hl\"",
         BAD "limits.conf:7: \"log_level\" must be one of debug, info, warning, error, not "
             "\"verbose\"",
     }},
    {"choice.conf",
     {
         BAD "choice.conf:2: \"log_level\" must be one of debug, info, warning, error, not "
             "\"Info\" (did you mean \"info\"?)",
         BAD "choice.conf:4: \"kind\" must be one of city, department, district, commune, ward, "
             "other, not \"wards\" (did you mean \"ward\"?)",
         BAD "choice.conf:5: \"tls\" must be one of implicit, starttls, plain, not \"implict\" "
             "(did you mean \"implicit\"?)",
     }},
    {"reports.conf",
     {
         BAD "reports.conf:1: report_conninfo must not contain a password: put the password in "
             "password_file or password_env",
         BAD "reports.conf:6: \"name\" must be 1 to 32 characters a-z, 0-9, _ or -, not \"Thanh "
             "Pho\"",
         BAD "reports.conf:7: \"unit\" must be a unit's code or \"*\" (each unit), not \"so-xx\"",
         BAD "reports.conf:8: \"day\" must be between 1 and 28, not 29",
         BAD "reports.conf:8: \"head\": unit \"ubnd-tp\" has no head",
         BAD "reports.conf:8: recipient 2 must be \"head\" or an e-mail address, not \"not an "
             "address\"",
         BAD "reports.conf:10: report \"c\" is declared twice",
         BAD "reports.conf:11: unknown setting \"wen\"",
         BAD "reports.conf:11: \"to\" must name at least one recipient",
         BAD "reports.conf:12: missing required setting \"to\" in \"reports[6]\"",
     }},
    {"metrics.conf",
     {
         BAD "metrics.conf:2: \"listen\" must be a numeric HOST:PORT such as \"127.0.0.1:9154\" "
             "or \"[::1]:9154\", not \"localhost:9154\"",
         BAD "metrics.conf:2: \"stale_after\" must be between 10 and 86400, not 5",
     }},
    {"dup-mailbox.conf",
     {
         BAD "dup-mailbox.conf:9: mailbox 127.0.0.1:993 user \"shared\" folder \"inbox\" is "
             "already polled by unit \"a\" (" BAD "dup-mailbox.conf:4)",
         BAD "dup-mailbox.conf:12: \"processed\" must differ from \"inbox\" (\"Same\")",
     }},
};

static char *
expand(const char *line, const char *bad_abs)
{
    struct hl_buf b;
    hl_buf_init(&b);
    const char *p;
    while ((p = strstr(line, "@BAD@")) != NULL) {
        hl_buf_append(&b, line, (size_t)(p - line));
        hl_buf_puts(&b, bad_abs);
        line = p + 5;
    }
    hl_buf_puts(&b, line);
    return hl_buf_steal(&b);
}

static void
test_bad_files(void)
{
    char *bad_abs = real_dir(BAD);
    int failures = 0;
    for (size_t c = 0; c < HL_NELEM(bad_cases); c++) {
        const struct bad_case *bc = &bad_cases[c];
        char *path = hl_xasprintf(BAD "%s", bc->file);
        struct hl_diag d;
        hl_diag_init(&d);
        struct hl_config *cfg = hl_config_load(path, &d);
        if (cfg != NULL) {
            fprintf(stderr, "%s: loaded although it is bad\n", path);
            failures++;
            hl_config_free(&cfg);
        }
        check_no_secret(&d);
        size_t n_want = 0;
        while (n_want < HL_NELEM(bc->lines) && bc->lines[n_want] != NULL)
            n_want++;
        bool same = d.n == n_want;
        for (size_t i = 0; same && i < n_want; i++) {
            char *want = expand(bc->lines[i], bad_abs);
            same = strcmp(want, d.lines[i]) == 0;
            free(want);
        }
        if (!same) {
            failures++;
            fprintf(stderr, "%s: diagnostics differ\n", path);
            for (size_t i = 0; i < n_want; i++)
                fprintf(stderr, "  want: %s\n", bc->lines[i]);
            for (size_t i = 0; i < d.n; i++)
                fprintf(stderr, "  got:  %s\n", d.lines[i]);
        }
        hl_diag_fini(&d);
        free(path);
    }
    free(bad_abs);
    CHECK_INT(failures, 0);
}

/* Each of these would be accepted by a careless checker. */
static void
test_conninfo_password_forms(void)
{
    static const struct {
        const char *conninfo;
        bool bad;
    } cases[] = {
        {"dbname=hotline password=x", true},
        {"dbname=hotline PASSWORD = x", true},
        {"password=x", true},
        {"postgresql://u:x@db/hotline", true},
        {"postgres://db/hotline?sslmode=require&password=x", true},
        {"dbname=hotline passfile=/etc/hotline/pgpass", false},
        {"postgresql://u@db/hotline", false},
        {"host=db dbname=hotline user=password_owner", false},
    };
    char dir[] = "/tmp/hl-test-config-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    char *path = hl_xasprintf("%s/c.conf", dir);
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        FILE *f = fopen(path, "w");
        REQUIRE(f != NULL);
        fprintf(f,
                "database = { conninfo = \"%s\"; };\n"
                "units = ( { code = \"a\"; name = \"A\"; feedback_email = \"a@x.vn\"; } );\n",
                cases[i].conninfo);
        fclose(f);
        struct hl_diag d;
        hl_diag_init(&d);
        struct hl_config *cfg = hl_config_load(path, &d);
        if (cases[i].bad) {
            CHECK(cfg == NULL);
            CHECK_INT(d.n, 1);
            if (d.n == 1) {
                CHECK(strstr(d.lines[0], ":1: conninfo must not contain a password") != NULL);
                /* The conninfo is never echoed: it holds the password. */
                CHECK(strstr(d.lines[0], cases[i].conninfo) == NULL);
            }
            hl_config_free(&cfg);
        } else {
            CHECK_MSG(cfg != NULL, "rejected %s: %s", cases[i].conninfo, d.n ? d.lines[0] : "?");
            if (cfg != NULL)
                CHECK_STR(cfg->conninfo, cases[i].conninfo);
            hl_config_free(&cfg);
        }
        hl_diag_fini(&d);
    }
    unlink(path);
    rmdir(dir);
    free(path);
}

static void
write_file(const char *dir, const char *name, const char *content)
{
    char *path = hl_xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    REQUIRE(f != NULL);
    fputs(content, f);
    fclose(f);
    free(path);
}

/* bounce_key_file / bounce_key_env: a good key loads and reads back; a
 * missing, empty or short one is a FILE:LINE problem that never shows the
 * key. */
static void
test_bounce_key(void)
{
    char dir[] = "/tmp/hl-test-bounce-key-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    static const char *const key_files[][2] = {
        {"good.key", "0123456789abcdef0123456789abcdef\n"},
        {"short.key", "tiny-secret\n"},
        /* 15 bytes and a newline, which does not count */
        {"fifteen.key", "fifteen-secret!\r\n"},
        {"empty.key", "\n"},
    };
    for (size_t i = 0; i < HL_NELEM(key_files); i++)
        write_file(dir, key_files[i][0], key_files[i][1]);
    setenv("HL_TEST_BOUNCE_KEY", "env-bounce-key-0123456789", 1);
    setenv("HL_TEST_SHORT_KEY", "tiny-secret", 1);

    static const struct {
        const char *line2;
        const char *want; /* NULL: loads; "@D@" stands for the directory */
    } cases[] = {
        {"bounce_key_file = \"good.key\";", NULL},
        {"bounce_key_env = \"HL_TEST_BOUNCE_KEY\";", NULL},
        {"bounce_key_file = \"short.key\";",
         "@D@/c.conf:2: bounce key file @D@/short.key holds fewer than 16 bytes (make one with: "
         "openssl rand -hex 32 >@D@/short.key)"},
        {"bounce_key_file = \"fifteen.key\";",
         "@D@/c.conf:2: bounce key file @D@/fifteen.key holds fewer than 16 bytes (make one "
         "with: openssl rand -hex 32 >@D@/fifteen.key)"},
        {"bounce_key_file = \"empty.key\";",
         "@D@/c.conf:2: bounce key file @D@/empty.key is empty"},
        {"bounce_key_file = \"none.key\";",
         "@D@/c.conf:2: bounce_key_file \"@D@/none.key\" is not readable: No such file or "
         "directory"},
        {"bounce_key_file = \".\";",
         "@D@/c.conf:2: bounce_key_file \"@D@/.\" is not a regular file"},
        {"bounce_key_env = \"HL_TEST_SHORT_KEY\";",
         "@D@/c.conf:2: environment variable HL_TEST_SHORT_KEY holds fewer than 16 bytes: a "
         "bounce key needs more"},
        {"bounce_key_env = \"HL_TEST_SURELY_UNSET\";",
         "@D@/c.conf:2: environment variable HL_TEST_SURELY_UNSET (bounce_key_env) is not set"},
        {"bounce_key_file = \"good.key\"; bounce_key_env = \"HL_TEST_BOUNCE_KEY\";",
         "@D@/c.conf:2: set only one of \"bounce_key_file\" and \"bounce_key_env\""},
        {"bounce_key_fil = \"good.key\";",
         "@D@/c.conf:2: unknown setting \"bounce_key_fil\" (did you mean \"bounce_key_file\"?)"},
    };
    char *path = hl_xasprintf("%s/c.conf", dir);
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        char *text = hl_xasprintf("database = { conninfo = \"dbname=hotline\"; };\n%s\n"
                                  "units = ( { code = \"a\"; name = \"A\"; feedback_email = "
                                  "\"a@x.vn\"; } );\n",
                                  cases[i].line2);
        write_file(dir, "c.conf", text);
        free(text);
        struct hl_diag d;
        hl_diag_init(&d);
        struct hl_config *cfg = hl_config_load(path, &d);
        for (size_t j = 0; j < d.n; j++) {
            CHECK(strstr(d.lines[j], "tiny-secret") == NULL);
            CHECK(strstr(d.lines[j], "fifteen-secret") == NULL);
        }
        if (cases[i].want == NULL) {
            CHECK_MSG(cfg != NULL, "%s: %s", cases[i].line2, d.n ? d.lines[0] : "?");
            if (cfg == NULL) {
                hl_diag_fini(&d);
                continue;
            }
            struct hl_err err = {0};
            char *key = hl_config_bounce_key(cfg, &err);
            REQUIRE(key != NULL);
            CHECK(strcmp(key, "0123456789abcdef0123456789abcdef") == 0 ||
                  strcmp(key, "env-bounce-key-0123456789") == 0);
            free(key);
            hl_config_free(&cfg);
        } else {
            CHECK(cfg == NULL);
            hl_config_free(&cfg);
            struct hl_buf want;
            hl_buf_init(&want);
            for (const char *p = cases[i].want; *p;) {
                if (strncmp(p, "@D@", 3) == 0) {
                    hl_buf_puts(&want, dir);
                    p += 3;
                } else {
                    hl_buf_putc(&want, *p++);
                }
            }
            CHECK_MSG(d.n == 1 && strcmp(d.lines[0], want.data) == 0,
                      "%s:\n  want: %s\n  got:  %s (%zu lines)", cases[i].line2, want.data,
                      d.n ? d.lines[0] : "", d.n);
            hl_buf_fini(&want);
        }
        hl_diag_fini(&d);
    }
    /* Without either setting there is no key. */
    write_file(dir, "c.conf",
               "database = { conninfo = \"dbname=hotline\"; };\n"
               "units = ( { code = \"a\"; name = \"A\"; feedback_email = \"a@x.vn\"; } );\n");
    struct hl_config *cfg = load_good(path);
    CHECK(cfg->bounce_key.file == NULL);
    CHECK(cfg->bounce_key.env == NULL);
    hl_config_free(&cfg);

    unlink(path);
    free(path);
    for (size_t i = 0; i < HL_NELEM(key_files); i++) {
        char *f = hl_xasprintf("%s/%s", dir, key_files[i][0]);
        unlink(f);
        free(f);
    }
    rmdir(dir);
    unsetenv("HL_TEST_BOUNCE_KEY");
    unsetenv("HL_TEST_SHORT_KEY");
}

/* The shipped example is a valid configuration once the files it names exist. */
/* hl_config_check_secret_modes: a secret file its group or others may
 * read is reported with its setting and mode; a private one is not. */
struct mode_report {
    int n;
    char setting[64];
    unsigned mode;
};

static void
note_mode(void *ctx, const char *setting, const char *path, unsigned mode)
{
    struct mode_report *r = ctx;
    (void)path;
    r->n++;
    snprintf(r->setting, sizeof r->setting, "%s", setting);
    r->mode = mode;
}

static void
test_secret_modes(void)
{
    char dir[] = "/tmp/hl-test-secret-modes-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    write_file(dir, "good.key", "0123456789abcdef0123456789abcdef\n");
    write_file(dir, "db.pass", "secret\n");
    write_file(dir, "c.conf",
               "database = { conninfo = \"dbname=hotline\"; password_file = \"db.pass\"; };\n"
               "bounce_key_file = \"good.key\";\n"
               "units = ( { code = \"a\"; name = \"A\"; feedback_email = \"a@x.vn\"; } );\n");
    char *key = hl_xasprintf("%s/good.key", dir), *pass = hl_xasprintf("%s/db.pass", dir);
    char *path = hl_xasprintf("%s/c.conf", dir);
    REQUIRE(chmod(key, 0600) == 0 && chmod(pass, 0640) == 0);
    struct hl_config *cfg = load_good(path);
    struct mode_report r = {0};
    CHECK_INT(hl_config_check_secret_modes(cfg, false, note_mode, &r), 1);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.setting, "database password_file");
    CHECK_INT((int)r.mode, 0640);
    /* Only the mailboxes': none here. */
    memset(&r, 0, sizeof r);
    CHECK_INT(hl_config_check_secret_modes(cfg, true, note_mode, &r), 0);
    REQUIRE(chmod(pass, 0600) == 0);
    CHECK_INT(hl_config_check_secret_modes(cfg, false, note_mode, &r), 0);
    hl_config_free(&cfg);
    unlink(key);
    unlink(pass);
    unlink(path);
    rmdir(dir);
    free(key);
    free(pass);
    free(path);
}

static void
test_example(void)
{
    size_t len;
    struct hl_err err;
    char *text = hl_read_file("hotline.conf.example", &len, &err);
    REQUIRE(text != NULL);
    char dir[] = "/tmp/hl-test-example-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    char *sub = hl_xasprintf("%s/secrets", dir);
    CHECK_INT(mkdir(sub, 0700), 0);
    free(sub);
    sub = hl_xasprintf("%s/certs", dir);
    CHECK_INT(mkdir(sub, 0700), 0);
    free(sub);
    static const char *const files[] = {"secrets/db.pass",      "secrets/smtp.pass",
                                        "secrets/ubnd-tp.pass", "certs/soxd-ca.pem",
                                        "secrets/bounce.key",   NULL};
    for (size_t i = 0; files[i] != NULL; i++)
        write_file(dir, files[i],
                   strcmp(files[i], "secrets/bounce.key") == 0 ? "an-example-key-of-32-characters\n"
                                                               : "x\n");
    write_file(dir, "hotline.conf", text);
    free(text);
    setenv("HOTLINE_SOXD_IMAP_PASSWORD", "x", 1);

    char *path = hl_xasprintf("%s/hotline.conf", dir);
    struct hl_config *cfg = load_good(path);
    CHECK_INT(cfg->n_units, 12);
    CHECK_STR(cfg->case_prefix, "HN");
    CHECK_INT(hl_config_unit(cfg, "so-xd")->mailbox.port, 143);
    CHECK_INT(hl_config_unit(cfg, "ubnd-tp")->mailbox.tls, HL_TLS_IMPLICIT);
    CHECK(cfg->bounce_key.file != NULL);
    CHECK_INT(cfg->urgent_hours, 24);
    hl_config_free(&cfg);
    unsetenv("HOTLINE_SOXD_IMAP_PASSWORD");

    for (size_t i = 0; files[i] != NULL; i++) {
        char *f = hl_xasprintf("%s/%s", dir, files[i]);
        unlink(f);
        free(f);
    }
    unlink(path);
    free(path);
    sub = hl_xasprintf("%s/secrets", dir);
    rmdir(sub);
    free(sub);
    sub = hl_xasprintf("%s/certs", dir);
    rmdir(sub);
    free(sub);
    rmdir(dir);
}

/* A configuration that lists no units (they are in the database) loads,
 * and names a designated handler the database knows. */
static void
test_units_in_db(void)
{
    struct hl_config *cfg = load_good(DATA "/units-in-db.conf");
    if (cfg == NULL)
        return;
    CHECK_INT(cfg->n_units, 0);
    CHECK_STR(cfg->denunciations.designated[0], "thanh-tra");
    hl_config_free(&cfg);
}

int
main(void)
{
    setenv("HL_TEST_SET_VAR", "not-a-real-secret", 1);
    setenv("HL_TEST_HANGBAC_PASS", "env-secret-hang-bac", 1);
    unsetenv("HL_TEST_SURELY_UNSET");
    test_good_values();
    test_defaults();
    test_relative_to_cwd();
    test_secrets();
    test_tls_mode_name();
    test_bad_files();
    test_conninfo_password_forms();
    test_example();
    test_bounce_key();
    test_secret_modes();
    test_reports();
    test_units_in_db();
    return check_report();
}
