/*
 * hotlinectl report: per-unit figures for inspection (lib/report.h).
 *
 *   report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit U] [--json]
 *
 * Arguments are checked before the configuration is read.  Exit status: 0
 * printed, 1 unknown unit or database failure (one line on stderr), 2 bad
 * usage (one line on stderr), 78 bad configuration.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "report.h"
#include "store.h"
#include "util.h"

#define EX_USAGE 2
#define EX_CONFIG 78

int hl_ctl_report(int argc, char **argv, const char *conf);

static const char usage_text[] =
    "usage: hotlinectl [-c FILE] report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit U] "
    "[--json]\n"
    "  cases received in the period (default: the last 30 days), by responsible unit\n";

static int HL_PRINTF(1, 2) usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("hotlinectl report: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs(" (see hotlinectl report --help)\n", stderr);
    va_end(ap);
    return EX_USAGE;
}

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

    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_config *cfg = hl_config_load(conf, &diag);
    if (cfg == NULL)
        hl_diag_print(&diag);
    hl_diag_fini(&diag);
    if (cfg == NULL)
        return EX_CONFIG;
    struct hl_err err = {0};
    struct hl_store *s = hl_store_open(cfg, &err);
    int rc = 1;
    if (s != NULL && hl_report_print(s, &f, stdout, &err) == 0)
        rc = 0;
    else
        fprintf(stderr, "hotlinectl report: %s\n", err.msg);
    hl_store_close(&s);
    hl_config_free(&cfg);
    return rc;
}
