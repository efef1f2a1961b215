/*
 * ctl_common: see ctl.h.
 */
#include "ctl.h"

#include <stdarg.h>
#include <stdio.h>

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
