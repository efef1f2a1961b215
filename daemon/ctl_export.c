/*
 * hotlinectl export pakn: the cases of a period for entry into the national
 * system for receiving and answering feedback (lib/core/export.h,
 * docs/export.md).
 *
 *   export pakn [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format json|csv] [--out FILE]
 *
 * The period defaults like the report's (the last full month).  Arguments
 * are checked before the configuration is read.  Exit status: 0 written, 1
 * database or output failure, 2 bad usage, 78 bad configuration.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ctl.h"
#include "export.h"
#include "report.h"
#include "sla.h"
#include "store.h"
#include "util.h"

#define usage_error(...) hl_ctl_usage("export", "see hotlinectl export --help", __VA_ARGS__)

int hl_ctl_export(int argc, char **argv, const char *conf);

static const char usage_text[] =
    "usage: hotlinectl [-c FILE] export pakn [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
    "                  [--format json|csv] [--out FILE]\n"
    "  the cases received in the period (default: the last full month) in the shape proposed\n"
    "  for the national feedback system (docs/export.md)\n";

int
hl_ctl_export(int argc, char **argv, const char *conf)
{
    const char *from = NULL, *to = NULL, *fmt = "json", *out_path = NULL;
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (argc < 2 || strcmp(argv[1], "pakn") != 0)
        return usage_error("the only export is \"pakn\"");
    for (int i = 2; i < argc; i++) {
        const char *opt = argv[i];
        if (strcmp(opt, "-h") == 0 || strcmp(opt, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        const char **slot = strcmp(opt, "--from") == 0     ? &from
                            : strcmp(opt, "--to") == 0     ? &to
                            : strcmp(opt, "--format") == 0 ? &fmt
                            : strcmp(opt, "--out") == 0    ? &out_path
                                                           : NULL;
        if (slot == NULL)
            return usage_error("unknown argument \"%s\"", opt);
        if (i + 1 >= argc)
            return usage_error("%s needs a value", opt);
        *slot = argv[++i];
        if ((slot == &from || slot == &to) && !hl_report_date_ok(*slot))
            return usage_error("%s \"%s\" is not a date (YYYY-MM-DD)", opt, *slot);
    }
    if (from && to && strcmp(from, to) > 0)
        return usage_error("--from %s is after --to %s", from, to);
    bool csv = strcmp(fmt, "csv") == 0;
    if (!csv && strcmp(fmt, "json") != 0)
        return usage_error("--format \"%s\" is not json or csv", fmt);

    struct hl_config *cfg;
    struct hl_store *s;
    int rc = hl_ctl_open(conf, "export", &cfg, &s);
    if (rc != 0)
        return rc;
    int64_t now = (int64_t)time(NULL);
    struct hl_sla_date d0, d1;
    hl_report_period(from, to, hl_sla_local_date(now), &d0, &d1);
    struct hl_err err = {0};
    struct hl_export x;
    /* Read from the hot standby when there is one (database.report_conninfo). */
    struct hl_store *rs = cfg->report_conninfo ? hl_store_open_report(cfg, &err) : s;
    int lrc = rs ? hl_export_load(rs, d0, d1, &x, &err) : (memset(&x, 0, sizeof x), -1);
    if (rs != s)
        hl_store_close(&rs);
    if (lrc < 0) {
        fprintf(stderr, "hotlinectl export: %s\n", err.msg);
        hl_export_fini(&x);
        hl_ctl_close(&cfg, &s);
        return 1;
    }
    x.generated_at = now;
    struct hl_buf b;
    hl_buf_init(&b);
    if (csv)
        hl_export_write_csv(&x, &b);
    else
        hl_export_write_json(&x, &b);
    FILE *out = out_path ? fopen(out_path, "wb") : stdout;
    if (out == NULL || fwrite(b.data, 1, b.len, out) != b.len || fflush(out) != 0) {
        fprintf(stderr, "hotlinectl export: %s: %s\n", out_path ? out_path : "stdout",
                strerror(errno));
        rc = 1;
    }
    if (out && out != stdout && fclose(out) != 0 && rc == 0) {
        fprintf(stderr, "hotlinectl export: %s: %s\n", out_path, strerror(errno));
        rc = 1;
    }
    hl_buf_fini(&b);
    hl_export_fini(&x);
    hl_ctl_close(&cfg, &s);
    return rc;
}
