/*
 * outbox_once: runs outbox passes until nothing is due, then exits: what
 * hotlined's sender thread does, for integration tests.
 *
 *   outbox_once -c CONFIG [--now UNIX_SECONDS] [--owner NAME] [--batch N]
 *
 * --now moves the clock (rows whose next attempt is later are not due).
 * The config's bounce key, when it names one, signs the mail as hotlined's.
 * Exit status: 0 done, 1 a pass failed, 2 usage, 78 configuration problems.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bounce.h"
#include "config.h"
#include "mailer.h"
#include "outbox.h"
#include "rules.h"
#include "store.h"
#include "templates.h"
#include "util.h"

int
main(int argc, char **argv)
{
    const char *conf = NULL, *owner = NULL;
    long long now = 0;
    int batch = 20;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-c") == 0 && i + 1 < argc)
            conf = argv[++i];
        else if (strcmp(argv[i], "--now") == 0 && i + 1 < argc)
            now = strtoll(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--owner") == 0 && i + 1 < argc)
            owner = argv[++i];
        else if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc)
            batch = (int)strtol(argv[++i], NULL, 10);
        else {
            fprintf(stderr, "usage: outbox_once -c CONFIG [--now T] [--owner NAME] [--batch N]\n");
            return 2;
        }
    }
    if (conf == NULL) {
        fprintf(stderr, "outbox_once: -c CONFIG is required\n");
        return 2;
    }
    int rc = 78;
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_rules *rules = NULL;
    struct hl_templates *tpl = NULL;
    struct hl_store *store = NULL;
    void *mailer = NULL;
    struct hl_bounce_key key = {0};
    const struct hl_bounce_key *key_used = NULL;
    struct hl_config *cfg = hl_config_load(conf, &diag);
    if (cfg == NULL)
        goto out;
    hl_log_set_level(HL_LOG_INFO);
    const char **codes = hl_xcalloc(cfg->n_units ? cfg->n_units : 1, sizeof *codes);
    for (size_t i = 0; i < cfg->n_units; i++)
        codes[i] = cfg->units[i].code;
    struct hl_rules_env renv = {.unit_codes = codes, .n_units = cfg->n_units};
    rules = hl_rules_load(cfg->rules_dir, &renv, &diag);
    free(codes);
    tpl = hl_templates_load_dir(cfg->templates_dir, &diag);
    if (rules == NULL || tpl == NULL || !cfg->has_smtp)
        goto out;

    rc = 1;
    struct hl_err err = {0};
    char *password = NULL;
    if (cfg->smtp.password.file || cfg->smtp.password.env) {
        password = hl_config_secret(&cfg->smtp.password, &err);
        if (password == NULL)
            goto fail;
    }
    mailer = hl_smtp_ops.open(&cfg->smtp, password, 30, &err);
    if (password) {
        explicit_bzero(password, strlen(password));
        free(password);
    }
    if (mailer == NULL)
        goto fail;
    store = hl_store_open(cfg, &err);
    if (store == NULL)
        goto fail;
    if (cfg->bounce_key.file || cfg->bounce_key.env) {
        char *secret = hl_config_bounce_key(cfg, &err);
        if (secret == NULL)
            goto fail;
        int krc = hl_bounce_key_init(&key, (const unsigned char *)secret, strlen(secret), &err);
        explicit_bzero(secret, strlen(secret));
        free(secret);
        if (krc < 0)
            goto fail;
        key_used = &key;
    }
    char me[64];
    snprintf(me, sizeof me, "outbox_once:%d", (int)getpid());
    struct hl_outbox_env env = {
        .cfg = cfg,
        .templates = tpl,
        .rules = rules,
        .owner = owner ? owner : me,
        .mailer = &hl_smtp_ops,
        .mailer_conn = mailer,
        .now = now,
        .bounce_key = key_used,
    };
    int processed, total = 0;
    do {
        if (hl_outbox_pass(store, &env, batch, &processed, &err) < 0)
            goto fail;
        total += processed;
    } while (processed > 0);
    printf("%d\n", total);
    rc = 0;
    goto out;
fail:
    fprintf(stderr, "outbox_once: %s\n", err.msg);
out:
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    if (mailer)
        hl_smtp_ops.close(mailer);
    hl_store_close(&store);
    hl_templates_free(&tpl);
    hl_rules_free(&rules);
    hl_config_free(&cfg);
    hl_bounce_key_fini(&key);
    return rc;
}
