/*
 * ctl_common: see ctl.h.
 */
#include "ctl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sla.h"
#include "units.h"

int
hl_ctl_usage(const char *who, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "hotlinectl%s%s: ", who ? " " : "", who ? who : "");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, " (%s)\n", hint);
    va_end(ap);
    return EX_USAGE;
}

int
hl_ctl_open(const char *conf, const char *who, struct hl_config **cfg_out,
            struct hl_store **store_out)
{
    struct hl_diag diag;
    hl_diag_init(&diag);
    *store_out = NULL;
    *cfg_out = hl_config_load(conf, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    if (*cfg_out == NULL)
        return EX_CONFIG;
    struct hl_err err = {0};
    *store_out = hl_store_open(*cfg_out, &err);
    if (*store_out == NULL) {
        fprintf(stderr, "hotlinectl%s%s: %s\n", who ? " " : "", who ? who : "", err.msg);
        hl_config_free(cfg_out);
        return 1;
    }
    hl_ctl_units(*cfg_out, *store_out);
    return 0;
}

void
hl_ctl_units(struct hl_config *cfg, struct hl_store *s)
{
    struct hl_unit_cfg *db = NULL;
    size_t n_db = 0;
    struct hl_err err = {0};
    /* Before `db migrate` there is no unit table yet: the configuration's
     * units are all there is. */
    if (hl_units_pg_load(s, &db, &n_db, &err) < 0)
        return;
    size_t n = 0;
    struct hl_unit_cfg *all = hl_units_overlay(db, n_db, cfg->units, cfg->n_units, &n);
    hl_units_free(&db, n_db);
    hl_units_install(cfg, all, n);
}

void
hl_ctl_close(struct hl_config **cfg, struct hl_store **store)
{
    hl_store_close(store);
    hl_config_free(cfg);
}

const char *
hl_ctl_actor(const char *by)
{
    if (by)
        return by;
    const char *names[] = {getenv("SUDO_USER"), getenv("USER")};
    for (size_t i = 0; i < HL_NELEM(names); i++)
        if (names[i] && *names[i])
            return names[i];
    return "hotlinectl";
}

const char *
hl_ctl_local_time(int64_t at, char *buf, size_t size)
{
    char date[16];
    hl_sla_format_date(hl_sla_local_date(at), date, sizeof date);
    int64_t minute = ((at + HL_SLA_UTC_OFFSET_S) % 86400 + 86400) % 86400 / 60;
    snprintf(buf, size, "%s %02d:%02d", date, (int)(minute / 60), (int)(minute % 60));
    return buf;
}

int
hl_ctl_options(const char *who, int argc, char **argv, const struct hl_ctl_opt *opts,
               const char **pos, int max_pos, int *n_pos)
{
    static const char hint[] = "see hotlinectl case --help";
    int have = 0;
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        if (strncmp(o, "--", 2) != 0) {
            if (pos == NULL || have == max_pos)
                return hl_ctl_usage(who, hint, "unexpected \"%s\"", o);
            pos[have++] = o;
            continue;
        }
        const struct hl_ctl_opt *opt = opts;
        while (opt->name && strcmp(opt->name, o) != 0)
            opt++;
        if (opt->name == NULL)
            return hl_ctl_usage(who, hint, "unknown option \"%s\"", o);
        if (i + 1 >= argc || *argv[i + 1] == '\0')
            return hl_ctl_usage(who, hint, "%s needs a value", o);
        const char *v = argv[++i];
        if (opt->many == NULL) {
            *opt->value = v;
        } else if (*opt->n == opt->max) {
            return hl_ctl_usage(who, hint, "at most %zu %s", opt->max, o);
        } else {
            opt->many[(*opt->n)++] = v;
        }
    }
    if (n_pos)
        *n_pos = have;
    return 0;
}
