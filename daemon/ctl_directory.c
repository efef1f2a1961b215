/*
 * hotlinectl directory: the public directory of hotlines and feedback
 * addresses (directory.h), from the units in force.
 *
 *   directory --format html|csv|json [--out FILE]
 *
 * Exit status: 0 written, 1 cannot write or database failure, 2 bad usage,
 * 78 bad configuration.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "ctl.h"
#include "directory.h"
#include "util.h"

#define usage_error(...) hl_ctl_usage("directory", "see hotlinectl --help", __VA_ARGS__)

int hl_ctl_directory(int argc, char **argv, const char *conf);

int
hl_ctl_directory(int argc, char **argv, const char *conf)
{
    const char *format = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        const char **val = strcmp(argv[i], "--format") == 0 ? &format
                           : strcmp(argv[i], "--out") == 0  ? &out
                                                            : NULL;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: hotlinectl [-c FILE] directory --format html|csv|json [--out FILE]\n");
            return 0;
        }
        if (val == NULL)
            return usage_error("unknown argument \"%s\"", argv[i]);
        if (i + 1 >= argc)
            return usage_error("%s needs a value", argv[i]);
        *val = argv[++i];
    }
    if (format == NULL)
        return usage_error("--format html, csv or json is required");
    enum hl_directory_format f;
    if (strcmp(format, "html") == 0)
        f = HL_DIRECTORY_HTML;
    else if (strcmp(format, "csv") == 0)
        f = HL_DIRECTORY_CSV;
    else if (strcmp(format, "json") == 0)
        f = HL_DIRECTORY_JSON;
    else
        return usage_error("--format: \"%s\" is not html, csv or json", format);

    struct hl_config *cfg;
    struct hl_store *s;
    int rc = hl_ctl_open(conf, "directory", &cfg, &s);
    if (rc != 0)
        return rc;
    struct hl_buf b;
    hl_buf_init(&b);
    hl_directory_render(&b, cfg->units, cfg->n_units, f, hl_clock_now());
    FILE *fp = out ? fopen(out, "w") : stdout;
    if (fp == NULL || fwrite(b.data, 1, b.len, fp) != b.len || (out && fclose(fp) != 0)) {
        fprintf(stderr, "hotlinectl directory: cannot write %s: %s\n", out ? out : "stdout",
                strerror(errno));
        rc = 1;
    }
    hl_buf_fini(&b);
    hl_ctl_close(&cfg, &s);
    return rc;
}
