/*
 * hotlinectl report: the figures for inspection (lib/core/report.h), as a table,
 * JSON, CSV or one HTML file.
 *
 *   report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit U [--rollup]] [--compare]
 *          [--format table|json|csv|html] [--json] [--out FILE] [--now TIME]
 *
 * Arguments are checked before the configuration is read.  Exit status: 0
 * written, 1 unknown unit, database or output failure (one line on stderr),
 * 2 bad usage (one line on stderr), 78 bad configuration or calendar.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bounce.h"
#include "compose.h"
#include "ctl.h"
#include "digest.h"
#include "report.h"
#include "sla.h"
#include "store.h"
#include "util.h"

#define usage_error(...) hl_ctl_usage("report", "see hotlinectl report --help", __VA_ARGS__)

int hl_ctl_report(int argc, char **argv, const char *conf);

static const char usage_text[] =
    "usage: hotlinectl [-c FILE] report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit U "
    "[--rollup]]\n"
    "                  [--compare] [--format table|json|csv|html] [--json] [--out FILE]\n"
    "                  [--now \"YYYY-MM-DD HH:MM\"] [--mail-to ADDR]\n"
    "  cases received in the period (default: the last full month), by responsible unit;\n"
    "  --rollup: U and every unit under it; --compare: the previous period of equal length\n"
    "  beside; --now: the instant overdue is judged at (default: now); --mail-to: queue the\n"
    "  HTML report by mail to ADDR (the outbox sends it) instead of printing\n";

/* Queues the report by mail to rcpt, signed like the daemon's mail when a
 * bounce key is configured. */
static int
mail_report(const struct hl_config *cfg, struct hl_store *s, const struct hl_report *r,
            const char *rcpt)
{
    struct hl_err err = {0};
    struct hl_bounce_key key, *kp = NULL;
    if (cfg->bounce_key.file || cfg->bounce_key.env) {
        char *secret = hl_config_bounce_key(cfg, &err);
        if (secret == NULL) {
            fprintf(stderr, "hotlinectl report: %s\n", err.msg);
            return EX_CONFIG;
        }
        int krc = hl_bounce_key_init(&key, (const unsigned char *)secret, strlen(secret), &err);
        explicit_bzero(secret, strlen(secret));
        free(secret);
        if (krc < 0) {
            fprintf(stderr, "hotlinectl report: %s\n", err.msg);
            return EX_CONFIG;
        }
        kp = &key;
    }
    int64_t id = 0;
    int rc = hl_digest_queue(s, cfg, kp, r, rcpt, (int64_t)time(NULL), &id, &err);
    if (kp)
        hl_bounce_key_fini(kp);
    if (rc < 0) {
        fprintf(stderr, "hotlinectl report: %s\n", err.msg);
        return 1;
    }
    printf("report queued for %s (outbox %lld)\n", rcpt, (long long)id);
    return 0;
}

int
hl_ctl_report(int argc, char **argv, const char *conf)
{
    struct hl_report_filter f = {0};
    enum hl_report_format fmt = HL_REPORT_TABLE;
    const char *out_path = NULL, *fmt_s = NULL, *now_s = NULL, *mail_to = NULL;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        if (strcmp(opt, "-h") == 0 || strcmp(opt, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (strcmp(opt, "--json") == 0) {
            fmt_s = "json";
            continue;
        }
        if (strcmp(opt, "--rollup") == 0 || strcmp(opt, "--compare") == 0) {
            *(opt[2] == 'r' ? &f.rollup : &f.compare) = true;
            continue;
        }
        const char **slot = strcmp(opt, "--from") == 0      ? &f.from
                            : strcmp(opt, "--to") == 0      ? &f.to
                            : strcmp(opt, "--unit") == 0    ? &f.unit
                            : strcmp(opt, "--format") == 0  ? &fmt_s
                            : strcmp(opt, "--out") == 0     ? &out_path
                            : strcmp(opt, "--now") == 0     ? &now_s
                            : strcmp(opt, "--mail-to") == 0 ? &mail_to
                                                            : NULL;
        if (slot == NULL)
            return usage_error("unknown argument \"%s\"", opt);
        if (i + 1 >= argc)
            return usage_error("%s needs a value", opt);
        *slot = argv[++i];
        if ((slot == &f.from || slot == &f.to) && !hl_report_date_ok(*slot))
            return usage_error("%s \"%s\" is not a date (YYYY-MM-DD)", opt, *slot);
    }
    if (f.from && f.to && strcmp(f.from, f.to) > 0)
        return usage_error("--from %s is after --to %s", f.from, f.to);
    if (f.rollup && !f.unit)
        return usage_error("--rollup needs --unit");
    if (fmt_s) {
        static const char *const names[] = {"table", "json", "csv", "html"};
        size_t k = 0;
        while (k < HL_NELEM(names) && strcmp(names[k], fmt_s) != 0)
            k++;
        if (k == HL_NELEM(names))
            return usage_error("--format \"%s\" is not table, json, csv or html", fmt_s);
        fmt = (enum hl_report_format)k;
    }
    if (now_s && hl_report_parse_instant(now_s, &f.now) < 0)
        return usage_error("--now \"%s\" is not \"YYYY-MM-DD HH:MM\" or \"@SECONDS\"", now_s);

    if (mail_to && !hl_compose_addr_valid(mail_to))
        return usage_error("--mail-to \"%s\" is not an e-mail address", mail_to);
    if (mail_to && (fmt_s || out_path))
        return usage_error("--mail-to sends the HTML report: no --format, --json or --out");

    struct hl_config *cfg;
    struct hl_store *s;
    int rc = hl_ctl_open(conf, "report", &cfg, &s);
    if (rc != 0)
        return rc;
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_sla_calendar *cal = hl_sla_calendar_load(cfg->calendar, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    if (cal == NULL) {
        hl_ctl_close(&cfg, &s);
        return EX_CONFIG;
    }
    struct hl_err err = {0};
    struct hl_report r;
    /* Read from the hot standby when there is one (database.report_conninfo). */
    struct hl_store *rs = cfg->report_conninfo ? hl_store_open_report(cfg, &err) : s;
    int lrc = rs ? hl_report_load(rs, &f, cal, &r, &err) : -1;
    if (rs != s)
        hl_store_close(&rs);
    if (lrc < 0) {
        fprintf(stderr, "hotlinectl report: %s\n", err.msg);
        hl_sla_calendar_free(&cal);
        hl_ctl_close(&cfg, &s);
        return 1;
    }
    if (mail_to) {
        rc = mail_report(cfg, s, &r, mail_to);
        hl_report_fini(&r);
        hl_sla_calendar_free(&cal);
        hl_ctl_close(&cfg, &s);
        return rc;
    }
    struct hl_buf b;
    hl_buf_init(&b);
    switch (fmt) {
    case HL_REPORT_TABLE:
        hl_report_write_table(&r, &b);
        break;
    case HL_REPORT_JSON:
        hl_report_write_json(&r, &b);
        break;
    case HL_REPORT_CSV:
        hl_report_write_csv(&r, &b);
        break;
    case HL_REPORT_HTML:
        hl_report_write_html(&r, hl_report_title(&r), &b);
        break;
    }
    FILE *out = out_path ? fopen(out_path, "wb") : stdout;
    if (out == NULL || fwrite(b.data, 1, b.len, out) != b.len || fflush(out) != 0) {
        fprintf(stderr, "hotlinectl report: %s: %s\n", out_path ? out_path : "stdout",
                strerror(errno));
        rc = 1;
    }
    if (out && out != stdout && fclose(out) != 0 && rc == 0) {
        fprintf(stderr, "hotlinectl report: %s: %s\n", out_path, strerror(errno));
        rc = 1;
    }
    hl_buf_fini(&b);
    hl_report_fini(&r);
    hl_sla_calendar_free(&cal);
    hl_ctl_close(&cfg, &s);
    return rc;
}
