/*
 * fuzz_config: libFuzzer target for the configuration loader
 * hl_config_load() (libconfig parsing, @include, every setting's check, the
 * did-you-mean suggestions, the bounce key's measurement).  Each input is
 * hotline.conf in a private directory that also holds what a configuration
 * may name: db.pass, bounce.key, short.key, ca.pem and unit.conf (one unit,
 * for @include).  Inputs whose @include could leave that directory are
 * skipped (fuzz.h).  Seeds: tests/data/config and tests/fuzz/seeds/fuzz_config.
 *
 * Checks the contracts of config.h on every input:
 *   - a configuration that does not load says why: at least one diagnostic,
 *     each "FILE:LINE: message" or "FILE: message"; one that loads has none;
 *   - no diagnostic shows a secret (the bounce key's bytes from its file or
 *     its environment variable, the database password file's) unless the
 *     input itself holds it;
 *   - a loaded configuration finds each of its units by code, and its
 *     settings are within the ranges the checks promise.
 *
 *   bash scripts/fuzz.sh fuzz_config        (builds build-fuzz/ with clang)
 *   build-fuzz/fuzz_config CRASH-FILE       (replays one input)
 */
#include "config.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

static const char file_key[] = "fuzz-file-bounce-key-0123456789abcdef";
static const char env_key[] = "fuzz-env-bounce-key-0123456789abcdef";
static const char db_pass[] = "fuzz-db-password-never-shown";

static const char unit_conf[] =
    "{ code = \"p-hang-bac\"; name = \"UBND ph\xc6\xb0\xe1\xbb\x9dng H\xc3\xa0ng "
    "B\xe1\xba\xa1\x63\";\n"
    "  kind = \"ward\"; parent = \"so-xd\"; feedback_email = \"gopy@hangbac.example.vn\";\n"
    "  mailbox = { host = \"::1\"; port = 1143; tls = \"starttls\"; user = \"hb\";\n"
    "              password_env = \"HL_FUZZ_HB_PASS\"; inbox = \"Gop y\"; }; }\n";

static bool
holds(const char *line, const char *secret)
{
    return strstr(line, secret) != NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_includes_safe(data, size))
        return 0;
    static bool ready;
    if (!ready) {
        fuzz_write("db.pass", db_pass, sizeof db_pass - 1);
        fuzz_write("bounce.key", file_key, sizeof file_key - 1);
        fuzz_write("short.key", "tiny", 4);
        fuzz_write("ca.pem", "", 0);
        fuzz_write("unit.conf", unit_conf, sizeof unit_conf - 1);
        setenv("HL_FUZZ_BOUNCE_KEY", env_key, 1);
        setenv("HL_FUZZ_HB_PASS", db_pass, 1);
        ready = true;
    }
    const char *path = fuzz_write("hotline.conf", data, size);

    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_config *cfg = hl_config_load(path, &d);

    static const char *const secrets[] = {file_key, env_key, db_pass};
    for (size_t i = 0; i < d.n; i++) {
        const char *l = d.lines[i];
        const char *sep = strstr(l, ": ");
        if (sep == NULL || sep == l || sep[2] == '\0')
            abort();
        for (size_t k = 0; k < HL_NELEM(secrets); k++)
            if (holds(l, secrets[k]) && memmem(data, size, secrets[k], strlen(secrets[k])) == NULL)
                abort();
    }
    if (cfg == NULL) {
        if (d.n == 0)
            abort();
        hl_diag_fini(&d);
        return 0;
    }
    if (d.n != 0)
        abort();
    hl_diag_fini(&d);

    /* No units is valid: they may all be in the database (units.h). */
    if (cfg->conninfo == NULL || cfg->case_prefix == NULL)
        abort();
    for (size_t i = 0; i < cfg->n_units; i++) {
        const struct hl_unit_cfg *u = &cfg->units[i];
        if (u->code == NULL || hl_config_unit(cfg, u->code) != u)
            abort();
        if (u->has_mailbox && (u->mailbox.port < 1 || u->mailbox.port > 65535))
            abort();
    }
    if (cfg->poll_interval_s < 1 || cfg->poll_interval_s > 86400 || cfg->fetch_batch < 1 ||
        cfg->fetch_batch > 10000 || cfg->limits.mime.max_depth < 1 ||
        cfg->limits.mime.max_depth > 100 ||
        cfg->limits.mime.max_header_bytes > cfg->limits.mime.max_message_bytes)
        abort();
    /* A key that loaded is one of ours, whole. */
    if (cfg->bounce_key.file != NULL || cfg->bounce_key.env != NULL) {
        struct hl_err err = {0};
        char *key = hl_config_bounce_key(cfg, &err);
        if (key != NULL) {
            if (strlen(key) < 16)
                abort();
            free(key);
        }
    }
    hl_config_free(&cfg);
    if (cfg != NULL)
        abort();
    return 0;
}
