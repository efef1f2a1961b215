/*
 * hotlinectl case new: a case taken by phone, from the feedback box or at
 * the counter, written into the register (register.h).
 *
 *   case new --channel phone|box|counter|email --unit U [--name N] [--phone P]
 *            [--email E] [--address A] --subject S --text T|--text-file F
 *            [--attach FILE]... [--received TIME] [--by NAME]
 *
 * Prints the case code at once (first word of the one line on stdout), with
 * the responsible unit, category, due date and whether the citizen will be
 * acknowledged by mail.  Files are checked against limits.max_message_bytes
 * by their size before they are read.
 *
 * Exit status: 0 registered, 1 refused input or database failure, 2 bad
 * usage, 78 bad configuration, rules or calendar.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "classify.h"
#include "config.h"
#include "ctl.h"
#include "intake.h"
#include "mime.h"
#include "refuse.h"
#include "register.h"
#include "rules.h"
#include "sla.h"
#include "store.h"
#include "util.h"

#define usage_error(...) hl_ctl_usage("case new", "see hotlinectl case --help", __VA_ARGS__)
#define MAX_FILES 64

int hl_ctl_case_new(int argc, char **argv, const char *conf);

struct new_args {
    struct hl_register_input in;
    const char *text_file;
    const char *files[MAX_FILES];
    size_t n_files;
    const char *received;
    const char *by;
    const char *urgency;
};

static int
parse(int argc, char **argv, struct new_args *a)
{
    memset(a, 0, sizeof *a);
    const struct hl_ctl_opt opts[] = {
        {.name = "--channel", .value = &a->in.channel},
        {.name = "--unit", .value = &a->in.unit},
        {.name = "--name", .value = &a->in.name},
        {.name = "--phone", .value = &a->in.phone},
        {.name = "--email", .value = &a->in.email},
        {.name = "--address", .value = &a->in.address},
        {.name = "--subject", .value = &a->in.subject},
        {.name = "--text", .value = &a->in.text},
        {.name = "--text-file", .value = &a->text_file},
        {.name = "--received", .value = &a->received},
        {.name = "--by", .value = &a->by},
        {.name = "--priority", .value = &a->urgency},
        {.name = "--attach", .many = a->files, .max = MAX_FILES, .n = &a->n_files},
        {.name = NULL},
    };
    int rc = hl_ctl_options("case new", argc - 1, argv + 1, opts, NULL, 0, NULL);
    if (rc != 0)
        return rc;
    if (a->in.channel == NULL || a->in.unit == NULL || a->in.subject == NULL)
        return usage_error("--channel, --unit and --subject are required");
    if ((a->in.text == NULL) == (a->text_file == NULL))
        return usage_error("give the text with exactly one of --text and --text-file");
    if (a->urgency && strcmp(a->urgency, "urgent") != 0 && strcmp(a->urgency, "normal") != 0 &&
        strcmp(a->urgency, "complex") != 0)
        return usage_error("--priority must be urgent, normal or complex, not \"%s\"", a->urgency);
    if (a->received && hl_register_parse_time(a->received, &a->in.received_at) < 0)
        return usage_error("--received \"%s\" is not \"YYYY-MM-DD HH:MM\" (Viet Nam time)",
                           a->received);
    if (!hl_register_channel_valid(a->in.channel))
        return usage_error("--channel must be phone, box, counter or email, not \"%s\"",
                           a->in.channel);
    return 0;
}

/* Reads path when it is a regular file of at most max bytes.  Returns the
 * bytes (the caller frees), or NULL after one line on stderr. */
static char *
read_bounded(const char *path, size_t max, size_t *len_out)
{
    struct stat st;
    if (stat(path, &st) < 0 || !S_ISREG(st.st_mode)) {
        fprintf(stderr, "hotlinectl case new: %s: %s\n", path,
                errno ? strerror(errno) : "not a regular file");
        return NULL;
    }
    if ((size_t)st.st_size > max) {
        fprintf(stderr,
                "hotlinectl case new: %s is %lld bytes, over limits.max_message_bytes (%zu)\n",
                path, (long long)st.st_size, max);
        return NULL;
    }
    struct hl_err err = {0};
    char *data = hl_read_file(path, len_out, &err);
    if (data == NULL)
        fprintf(stderr, "hotlinectl case new: %s\n", err.msg);
    return data;
}

struct hl_rules *
hl_ctl_load_rules(const struct hl_config *cfg)
{
    const char **codes = hl_xcalloc(cfg->n_units ? cfg->n_units : 1, sizeof *codes);
    for (size_t i = 0; i < cfg->n_units; i++)
        codes[i] = cfg->units[i].code;
    struct hl_rules_env env = {codes,
                               cfg->n_units,
                               cfg->limits.match_limit,
                               cfg->limits.depth_limit,
                               cfg->limits.message_budget_ms,
                               cfg->places_dir};
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_rules *r = hl_rules_load(cfg->rules_dir, &env, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    free(codes);
    return r;
}

/* Composes, decodes, classifies and stores the case.  Returns an exit status. */
static int
register_case(struct new_args *a, const struct hl_config *cfg, struct hl_store *s,
              const struct hl_rules *rules, const struct hl_sla_calendar *cal)
{
    const struct hl_unit_cfg *u = hl_config_unit(cfg, a->in.unit);
    struct hl_err err = {0};
    struct hl_buf raw;
    hl_buf_init(&raw);
    struct hl_message *msg = NULL;
    int rc = 1;
    if (u == NULL) {
        fprintf(stderr, "hotlinectl case new: unit \"%s\" is not configured\n", a->in.unit);
        goto out;
    }
    const char *at = u->feedback_email ? strrchr(u->feedback_email, '@') : NULL;
    const char *domain = at ? at + 1 : "localhost";
    if (hl_register_compose(&a->in, u->feedback_email, domain, &cfg->limits.mime, &raw, &err) < 0) {
        fprintf(stderr, "hotlinectl case new: %s\n", err.msg);
        goto out;
    }
    msg = hl_mime_parse((const unsigned char *)raw.data, raw.len, &cfg->limits.mime);
    /* The citizen is who the operator wrote down, not the address the
     * message had to be written from: without an e-mail address the case
     * has none, and nobody is acknowledged. */
    bool has_email = a->in.email && *a->in.email;
    msg->from.address = has_email ? hl_arena_strdup(&msg->arena, a->in.email) : NULL;
    msg->from.name = a->in.name && *a->in.name ? hl_arena_strdup(&msg->arena, a->in.name) : NULL;

    struct hl_intake_item it;
    memset(&it, 0, sizeof it);
    it.raw = (const unsigned char *)raw.data;
    it.raw_len = raw.len;
    it.full_size = raw.len;
    it.arrived_at = a->in.received_at;
    hl_sha256_hex(raw.data, raw.len, it.sha256);
    it.msg = msg;
    it.cls.category = "uncategorized";
    it.cls.unit = a->in.unit;
    it.cls.priority = 1;
    it.cls.deadline_days = -1;
    it.cls.trace_json = "[]";
    it.cls.fields_json = "{}";
    it.cls.clerk_unverified = "registered by hand";
    if (hl_classify_apply(cfg, rules, cal, msg, a->in.unit, a->in.received_at, &msg->arena,
                          &it.cls) < 0) {
        it.flagged = true;
        it.problems = "classification failed; left with the receiving unit";
    }
    /* An operator wrote it down: whatever a spam rule thinks, it is a case. */
    it.cls.no_case = NULL;
    it.cls.no_case_reason = NULL;
    if (it.cls.review) {
        it.flagged = true;
        it.problems = it.cls.review;
    }
    /* Urgent counts in working hours, complex twice the days (refuse.h). */
    if (a->urgency && strcmp(a->urgency, "normal") != 0) {
        int64_t due = hl_urgency_due_for(cfg, rules, cal, a->urgency, a->in.received_at,
                                         it.cls.kind, it.cls.category, it.cls.deadline_days);
        if (due > 0)
            it.cls.due_at = due;
    }
    if (hl_register_commit(s, &a->in, a->urgency, &it, &err) < 0) {
        fprintf(stderr, "hotlinectl case new: %s\n", err.msg);
        goto out;
    }
    char due[32];
    printf("%s registered (%s) for %s, category %s, due %s; %s\n", it.case_code, a->in.channel,
           it.cls.unit, it.cls.category,
           it.cls.due_at > 0 ? hl_ctl_local_time(it.cls.due_at, due, sizeof due) : "(none)",
           !has_email      ? "no e-mail address: tell the citizen the code yourself"
           : it.cls.no_ack ? "no acknowledgement (a rule said so)"
                           : "acknowledgement queued by mail");
    rc = 0;
out:
    hl_message_free(&msg);
    hl_buf_fini(&raw);
    return rc;
}

int
hl_ctl_case_new(int argc, char **argv, const char *conf)
{
    struct new_args a;
    int rc = parse(argc, argv, &a);
    if (rc != 0)
        return rc;
    if (a.in.received_at == 0)
        a.in.received_at = (int64_t)time(NULL);
    a.in.operator= hl_ctl_actor(a.by);
    struct hl_config *cfg;
    struct hl_store *s;
    rc = hl_ctl_open(conf, "case new", &cfg, &s);
    if (rc != 0)
        return rc;
    struct hl_rules *rules = NULL;
    struct hl_sla_calendar *cal = NULL;
    char *text = NULL;
    char *data[MAX_FILES] = {0};
    struct hl_register_file files[MAX_FILES];
    size_t max = cfg->limits.mime.max_message_bytes;
    rc = 1;
    if (a.text_file) {
        size_t len;
        text = read_bounded(a.text_file, max, &len);
        if (text == NULL)
            goto out;
        a.in.text = text;
    }
    for (size_t i = 0; i < a.n_files; i++) {
        size_t len;
        data[i] = read_bounded(a.files[i], max, &len);
        if (data[i] == NULL)
            goto out;
        const char *slash = strrchr(a.files[i], '/');
        files[i] = (struct hl_register_file){slash ? slash + 1 : a.files[i], NULL,
                                             (const unsigned char *)data[i], len};
    }
    a.in.files = files;
    a.in.n_files = a.n_files;
    struct hl_err err = {0};
    if (hl_register_check(&a.in, &cfg->limits.mime, &err) < 0) {
        fprintf(stderr, "hotlinectl case new: %s\n", err.msg);
        goto out;
    }
    rc = EX_CONFIG;
    rules = hl_ctl_load_rules(cfg);
    if (rules == NULL)
        goto out;
    struct hl_diag diag;
    hl_diag_init(&diag);
    cal = hl_sla_calendar_load(cfg->calendar, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    if (cal == NULL)
        goto out;
    rc = register_case(&a, cfg, s, rules, cal);
out:
    for (size_t i = 0; i < a.n_files; i++)
        free(data[i]);
    free(text);
    hl_sla_calendar_free(&cal);
    hl_rules_free(&rules);
    hl_ctl_close(&cfg, &s);
    return rc;
}
