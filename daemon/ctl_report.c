/*
 * hotlinectl report: per-unit figures for inspection (lib/report.h).
 *
 *   report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit U] [--json]
 *
 * Arguments are checked before the configuration is read.  Exit status: 0
 * printed, 1 unknown unit or database failure (one line on stderr), 2 bad
 * usage (one line on stderr), 78 bad configuration.
 */
#include <stdio.h>
#include <string.h>

#include "ctl.h"
#include "report.h"
#include "store.h"
#include "util.h"

#define usage_error(...) hl_ctl_usage("report", "see hotlinectl report --help", __VA_ARGS__)

int hl_ctl_report(int argc, char **argv, const char *conf);

static const char usage_text[] =
    "usage: hotlinectl [-c FILE] report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit U] "
    "[--json]\n"
    "  cases received in the period (default: the last 30 days), by responsible unit\n";

int
hl_ctl_report(int argc, char **argv, const char *conf)
{
    struct hl_report_filter f = {0};
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        if (strcmp(opt, "-h") == 0 || strcmp(opt, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (strcmp(opt, "--json") == 0) {
            f.json = true;
            continue;
        }
        const char **slot = strcmp(opt, "--from") == 0   ? &f.from
                            : strcmp(opt, "--to") == 0   ? &f.to
                            : strcmp(opt, "--unit") == 0 ? &f.unit
                                                         : NULL;
        if (slot == NULL)
            return usage_error("unknown argument \"%s\"", opt);
        if (i + 1 >= argc)
            return usage_error("%s needs a value", opt);
        *slot = argv[++i];
        if (slot != &f.unit && !hl_report_date_ok(*slot))
            return usage_error("%s \"%s\" is not a date (YYYY-MM-DD)", opt, *slot);
    }
    if (f.from && f.to && strcmp(f.from, f.to) > 0)
        return usage_error("--from %s is after --to %s", f.from, f.to);

    struct hl_config *cfg;
    struct hl_store *s;
    int rc = hl_ctl_open(conf, "report", &cfg, &s);
    if (rc != 0)
        return rc;
    struct hl_err err = {0};
    if (hl_report_print(s, &f, stdout, &err) < 0) {
        fprintf(stderr, "hotlinectl report: %s\n", err.msg);
        rc = 1;
    }
    hl_ctl_close(&cfg, &s);
    return rc;
}
