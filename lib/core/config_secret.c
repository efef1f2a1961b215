/*
 * config_secret: where secrets live (a file or an environment variable) and
 * the one place that reads them.  Nothing here puts a secret into a message
 * or a log line.  Part of the config module (config.h).
 */
#include "config_int.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bounce.h"
#include "trust.h"

/* A secret larger than this is certainly not a password file. */
#define MAX_SECRET_BYTES 65536

/* A secret's source: "<base>_file" or "<base>_env" in group ("password" for
 * passwords).  Returns the setting that names the source when one is set and
 * passed its checks, else NULL. */
const config_setting_t *
hl_config_parse_secret(struct hl_conf_check *ck, const config_setting_t *group, const char *base,
                       bool required, struct hl_secret_ref *out)
{
    char file_name[32], env_name[32];
    snprintf(file_name, sizeof file_name, "%s_file", base);
    snprintf(env_name, sizeof env_name, "%s_env", base);
    const char *file = NULL, *env = NULL;
    int has_file = hl_conf_get_str(ck, group, file_name, &file);
    int has_env = hl_conf_get_str(ck, group, env_name, &env);
    if (has_file < 0 || has_env < 0)
        return NULL;
    if (has_file && has_env) {
        hl_conf_report(ck, config_setting_get_member(group, env_name),
                       "set only one of \"%s\" and \"%s\"", file_name, env_name);
        return NULL;
    }
    if (!has_file && !has_env) {
        if (required) {
            struct hl_buf b;
            hl_buf_init(&b);
            hl_conf_label(&b, group);
            hl_conf_report(ck, group, "missing %s in \"%s\": set \"%s\" or \"%s\"", base, b.data,
                           file_name, env_name);
            hl_buf_fini(&b);
        }
        return NULL;
    }
    if (has_file) {
        const config_setting_t *s = config_setting_get_member(group, file_name);
        out->file = hl_conf_resolve(ck, file);
        return hl_conf_check_readable(ck, s, file_name, out->file) ? s : NULL;
    }
    const config_setting_t *s = config_setting_get_member(group, env_name);
    if (!hl_conf_valid_env_name(env)) {
        hl_conf_report(ck, s, "\"%s\" must name an environment variable, not %s", env_name,
                       hl_conf_shown(ck, env));
        return NULL;
    }
    out->env = hl_xstrdup(env);
    /* Only whether it is set: its value is the secret. */
    if (getenv(env) == NULL) {
        hl_conf_report(ck, s, "environment variable %s (%s) is not set", env, env_name);
        return NULL;
    }
    return s;
}

/* One allocation of the exact size, so no stray copy of the secret is left
 * in freed memory by buffer growth. */
static char *
read_secret_file(const char *path, const char *what, struct hl_err *err)
{
    char *s = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        hl_err_set(err, HL_ERR_CONFIG, "%s %s: %s", what, path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        hl_err_set(err, HL_ERR_CONFIG, "%s %s: not a regular file", what, path);
        goto out;
    }
    if (st.st_size > MAX_SECRET_BYTES) {
        hl_err_set(err, HL_ERR_CONFIG, "%s %s: larger than %d bytes", what, path, MAX_SECRET_BYTES);
        goto out;
    }
    size_t cap = (size_t)st.st_size, len = 0;
    s = hl_xmalloc(cap + 1);
    while (len < cap) {
        ssize_t r = read(fd, s + len, cap - len);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            int e = r < 0 ? errno : 0;
            hl_err_set(err, HL_ERR_CONFIG, "%s %s: %s", what, path,
                       e ? strerror(e) : "shorter than its size");
            explicit_bzero(s, cap + 1);
            free(s);
            s = NULL;
            goto out;
        }
        len += (size_t)r;
    }
    s[len] = '\0';
    while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
        s[--len] = '\0';
    if (len == 0) {
        hl_err_set(err, HL_ERR_CONFIG, "%s %s is empty", what, path);
        free(s);
        s = NULL;
    }
out:
    close(fd);
    return s;
}

char *
hl_config_secret(const struct hl_secret_ref *ref, struct hl_err *err)
{
    HL_ASSERT(ref != NULL);
    if (ref->file != NULL)
        return read_secret_file(ref->file, "password file", err);
    if (ref->env != NULL) {
        const char *v = getenv(ref->env);
        if (v == NULL || v[0] == '\0') {
            hl_err_set(err, HL_ERR_CONFIG, "environment variable %s is %s", ref->env,
                       v ? "empty" : "not set");
            return NULL;
        }
        return hl_xstrdup(v);
    }
    hl_err_set(err, HL_ERR_CONFIG, "no password configured");
    return NULL;
}

char *
hl_config_bounce_key(const struct hl_config *cfg, struct hl_err *err)
{
    const struct hl_secret_ref *ref = &cfg->bounce_key;
    char *key = ref->file ? read_secret_file(ref->file, "bounce key file", err)
                          : hl_config_secret(ref, err);
    if (key == NULL)
        return NULL;
    size_t len = strlen(key);
    if (len >= HL_BOUNCE_KEY_MIN_BYTES)
        return key;
    explicit_bzero(key, len);
    free(key);
    if (ref->file)
        hl_err_set(err, HL_ERR_CONFIG,
                   "bounce key file %s holds fewer than %d bytes (make one with: openssl rand "
                   "-hex 32 >%s)",
                   ref->file, HL_BOUNCE_KEY_MIN_BYTES, ref->file);
    else
        hl_err_set(err, HL_ERR_CONFIG,
                   "environment variable %s holds fewer than %d bytes: a bounce key needs more",
                   ref->env, HL_BOUNCE_KEY_MIN_BYTES);
    return NULL;
}

char *
hl_config_reply_key(const struct hl_config *cfg, struct hl_err *err)
{
    const struct hl_secret_ref *ref = &cfg->trust.reply_key;
    char *key =
        ref->file ? read_secret_file(ref->file, "reply key file", err) : hl_config_secret(ref, err);
    if (key == NULL)
        return NULL;
    size_t len = strlen(key);
    if (len >= HL_TRUST_KEY_MIN_BYTES)
        return key;
    explicit_bzero(key, len);
    free(key);
    hl_err_set(err, HL_ERR_CONFIG,
               "reply key %s %s holds fewer than %d bytes (make one with: openssl rand -hex 32)",
               ref->file ? "file" : "environment variable", ref->file ? ref->file : ref->env,
               HL_TRUST_KEY_MIN_BYTES);
    return NULL;
}

/* One secret file: 1 (reported) when its group or others may use it. */
static int
secret_mode_open(const char *setting, const char *path,
                 void (*report)(void *ctx, const char *setting, const char *path, unsigned mode),
                 void *ctx)
{
    struct stat st;
    if (path == NULL || stat(path, &st) != 0 || (st.st_mode & 077) == 0)
        return 0; /* a missing file was reported by the load */
    report(ctx, setting, path, (unsigned)(st.st_mode & 07777));
    return 1;
}

int
hl_config_check_secret_modes(const struct hl_config *cfg, bool units_only,
                             void (*report)(void *ctx, const char *setting, const char *path,
                                            unsigned mode),
                             void *ctx)
{
    int n = 0;
    if (!units_only) {
        n += secret_mode_open("database password_file", cfg->db_password.file, report, ctx);
        n += secret_mode_open("bounce_key_file", cfg->bounce_key.file, report, ctx);
        n += secret_mode_open("trust.reply_key_file", cfg->trust.reply_key.file, report, ctx);
        if (cfg->has_smtp)
            n += secret_mode_open("smtp password_file", cfg->smtp.password.file, report, ctx);
    }
    for (size_t i = 0; i < cfg->n_units; i++)
        if (cfg->units[i].has_mailbox)
            n += secret_mode_open("mailbox password_file", cfg->units[i].mailbox.password.file,
                                  report, ctx);
    return n;
}
