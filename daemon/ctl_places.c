/*
 * hotlinectl places: the streets, lanes, markets, schools, landmarks and
 * former wards each unit covers (data/places/README.md).
 *
 *   places list [--unit U] [--json] [--places DIR]
 *   places check FILE...
 *   places import FILE
 *
 * Places are files, read with the rules (hl_rules_load, from places_dir and
 * the rule directory's *.places.tsv): `rules check/test/replay` and hotlined
 * then read the same data, a candidate rule directory can carry new places
 * (`rules suggest` writes one), and a reload (SIGHUP) swaps rules and places
 * together.  So `import` is a checked install into places_dir, not a copy
 * into PostgreSQL: it refuses a file with problems and replaces a file of
 * the same name atomically (write, fsync, rename).
 *
 * check and import report every problem as FILE:LINE: message (unknown unit,
 * unknown kind, bad house numbers, a name given to two units where one has no
 * range) and exit 78.  The unit codes come from the configuration (-c, else
 * ./hotline.conf); check without one does not check unit codes.
 */
#include "config.h"
#include "ctl.h"
#include "ctl_print.h"
#include "places.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int hl_ctl_places(int argc, char **argv, const char *conf);

#define usage_error(...)                                                                           \
    hl_ctl_usage("places",                                                                         \
                 "usage: places list [--unit U] [--json] | places check FILE... | places "         \
                 "import FILE",                                                                    \
                 __VA_ARGS__)

static struct hl_config *
load_config(const char *conf, bool required)
{
    if (access(conf, R_OK) != 0 && !required)
        return NULL;
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_config *cfg = hl_config_load(conf, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    return cfg;
}

static const char **
codes_of(const struct hl_config *cfg)
{
    const char **codes = hl_xcalloc(cfg ? cfg->n_units + 1 : 1, sizeof *codes);
    for (size_t i = 0; cfg && i < cfg->n_units; i++)
        codes[i] = cfg->units[i].code;
    return codes;
}

static void
numbers(char *out, size_t n, const struct hl_place *pl)
{
    out[0] = '\0';
    if (pl->lo == 0)
        return;
    const char *par = pl->parity == HL_PARITY_ODD    ? " odd"
                      : pl->parity == HL_PARITY_EVEN ? " even"
                                                     : "";
    if (pl->hi)
        snprintf(out, n, "%d-%d%s", pl->lo, pl->hi, par);
    else
        snprintf(out, n, "%d-%s", pl->lo, par);
}

static int
cmd_list(const char *conf, const char *unit, bool json, const char *dir)
{
    struct hl_config *cfg = load_config(conf, true);
    if (cfg == NULL)
        return EX_CONFIG;
    const char **codes = codes_of(cfg);
    struct hl_places *p = hl_places_new();
    struct hl_diag diag;
    hl_diag_init(&diag);
    const char *from = dir ? dir : cfg->places_dir;
    size_t problems = hl_places_add_dir(p, from, false, codes, cfg->n_units, &diag);
    if (dir == NULL)
        problems += hl_places_add_dir(p, cfg->rules_dir, true, codes, cfg->n_units, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    int status = problems ? EX_CONFIG : 0;
    if (unit && hl_config_unit(cfg, unit) == NULL) {
        fprintf(stderr, "hotlinectl places: unknown unit \"%s\"\n", unit);
        status = 1;
        goto out;
    }
    if (json)
        printf("[");
    size_t shown = 0;
    for (size_t i = 0; i < hl_places_count(p); i++) {
        const struct hl_place *pl = hl_places_at(p, i);
        if (unit && strcmp(pl->unit, unit) != 0)
            continue;
        char nums[64];
        numbers(nums, sizeof nums, pl);
        if (json) {
            fputs(shown ? ",\n" : "", stdout);
            hl_ctl_json_print(stdout, json_pack("{s:o,s:s,s:o,s:o,s:o,s:i}", "unit",
                                                hl_ctl_json_str(pl->unit), "kind",
                                                hl_place_kind_name(pl->kind), "name",
                                                hl_ctl_json_str(pl->name), "numbers",
                                                hl_ctl_json_str(nums[0] ? nums : NULL), "file",
                                                hl_ctl_json_str(pl->file), "line", pl->line));
        } else {
            printf("%-20s %-12s %-36s %-12s %s:%d\n", pl->unit, hl_place_kind_name(pl->kind),
                   pl->name, nums, pl->file, pl->line);
        }
        shown++;
    }
    if (json)
        printf("]\n");
    else
        printf("%zu place%s from %s\n", shown, shown == 1 ? "" : "s", from);
out:
    hl_places_free(&p);
    free(codes);
    hl_config_free(&cfg);
    return status;
}

/* Reads files (and, for import, the installed ones but the one replaced)
 * and reports every problem.  Returns their number. */
static size_t
check_files(const struct hl_config *cfg, char **files, int n, const char *skip_installed,
            struct hl_places *p)
{
    const char **codes = codes_of(cfg);
    size_t nu = cfg ? cfg->n_units : 0;
    struct hl_diag diag;
    hl_diag_init(&diag);
    size_t problems = 0;
    if (skip_installed) {
        /* The installed files other than the one being replaced: a new name
         * must not clash with theirs. */
        struct hl_places *inst = hl_places_new();
        hl_places_add_dir(inst, cfg->places_dir, false, codes, nu, &diag);
        hl_diag_fini(&diag);
        hl_diag_init(&diag);
        for (size_t i = 0; i < hl_places_count(inst); i++) {
            const struct hl_place *pl = hl_places_at(inst, i);
            const char *base = strrchr(pl->file, '/');
            if (strcmp(base ? base + 1 : pl->file, skip_installed) == 0)
                continue;
            char nums[64];
            numbers(nums, sizeof nums, pl);
            hl_places_add(p, pl->unit, hl_place_kind_name(pl->kind), pl->name, nums, pl->file,
                          pl->line, &diag);
        }
        hl_places_free(&inst);
    }
    for (int i = 0; i < n; i++)
        problems += hl_places_add_file(p, files[i], codes, nu, &diag);
    problems += hl_places_check(p, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    free(codes);
    return problems;
}

static int
cmd_check(const char *conf, char **files, int n)
{
    struct hl_config *cfg = load_config(conf, false);
    struct hl_places *p = hl_places_new();
    size_t problems = check_files(cfg, files, n, NULL, p);
    if (problems)
        fprintf(stderr, "hotlinectl places: %zu problem%s\n", problems, problems == 1 ? "" : "s");
    else
        printf("%zu places: ok%s\n", hl_places_count(p),
               cfg ? "" : " (unit codes not checked: no configuration)");
    hl_places_free(&p);
    hl_config_free(&cfg);
    return problems ? EX_CONFIG : 0;
}

static int
cmd_import(const char *conf, const char *file)
{
    struct hl_config *cfg = load_config(conf, true);
    if (cfg == NULL)
        return EX_CONFIG;
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    size_t bl = strlen(base);
    int status = 0;
    char *tmp = NULL, *dst = NULL, *data = NULL;
    if (bl < 5 || strcmp(base + bl - 4, ".tsv") != 0 || base[0] == '.') {
        fprintf(stderr, "hotlinectl places: %s: a places file is named CITY.tsv\n", file);
        status = EX_USAGE;
        goto out;
    }
    struct hl_places *p = hl_places_new();
    char *files[1] = {(char *)file};
    size_t problems = check_files(cfg, files, 1, base, p);
    size_t n = hl_places_count(p);
    hl_places_free(&p);
    if (problems) {
        fprintf(stderr, "hotlinectl places: %s: %zu problem%s: not imported\n", file, problems,
                problems == 1 ? "" : "s");
        status = EX_CONFIG;
        goto out;
    }
    struct hl_err err = {0};
    size_t len = 0;
    data = hl_read_file(file, &len, &err);
    dst = hl_xasprintf("%s/%s", cfg->places_dir, base);
    tmp = hl_xasprintf("%s/.%s.tmp", cfg->places_dir, base);
    int fd = data ? open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644) : -1;
    bool ok = fd >= 0 && write(fd, data, len) == (ssize_t)len && fsync(fd) == 0;
    if (fd >= 0 && close(fd) != 0)
        ok = false;
    if (!ok || rename(tmp, dst) != 0) {
        fprintf(stderr, "hotlinectl places: %s: %s\n", data ? cfg->places_dir : file,
                data ? strerror(errno) : err.msg);
        unlink(tmp);
        status = 1;
        goto out;
    }
    printf("%s: %zu places installed as %s; reload hotlined (kill -HUP) to use them\n", file, n,
           dst);
out:
    free(data);
    free(tmp);
    free(dst);
    hl_config_free(&cfg);
    return status;
}

int
hl_ctl_places(int argc, char **argv, const char *conf)
{
    if (argc < 2)
        return usage_error("missing subcommand: list, check or import");
    const char *sub = argv[1], *unit = NULL, *dir = NULL;
    bool json = false;
    char **rest = hl_xcalloc((size_t)argc, sizeof *rest);
    int n_rest = 0, status;
    bool is_list = strcmp(sub, "list") == 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        bool takes = strcmp(a, "--unit") == 0 || strcmp(a, "--places") == 0;
        if (is_list && takes && i + 1 >= argc) {
            free(rest);
            return usage_error("%s needs a value", a);
        }
        if (is_list && strcmp(a, "--unit") == 0)
            unit = argv[++i];
        else if (is_list && strcmp(a, "--places") == 0)
            dir = argv[++i];
        else if (is_list && strcmp(a, "--json") == 0)
            json = true;
        else if (a[0] == '-' && a[1] != '\0') {
            free(rest);
            return usage_error("unknown option \"%s\" for places %s", a, sub);
        } else
            rest[n_rest++] = argv[i];
    }
    if (is_list) {
        status = n_rest ? usage_error("unexpected argument \"%s\"", rest[0])
                        : cmd_list(conf, unit, json, dir);
    } else if (strcmp(sub, "check") == 0) {
        status = n_rest ? cmd_check(conf, rest, n_rest) : usage_error("check needs FILE...");
    } else if (strcmp(sub, "import") == 0) {
        status = n_rest == 1 ? cmd_import(conf, rest[0]) : usage_error("import takes one FILE");
    } else {
        status = usage_error("unknown subcommand \"%s\"", sub);
    }
    free(rest);
    return status;
}
