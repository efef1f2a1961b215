/*
 * conf_check: the checks every libconfig file of ours gets, shared so that
 * each file is judged alike.  A check never stops at the first problem: each
 * reports what is wrong with its own setting and the caller goes on, so that
 * one run lists everything.  Problems are held and given in file order by
 * hl_conf_flush (checks run group by group; the operator reads top to bottom).
 *
 * Strings from the file reach messages only through hl_conf_shown, which
 * escapes control characters, so a hostile file cannot forge diagnostic lines.
 *
 * Typed getters return 1 (found and valid), 0 (absent) or -1 (reported).
 *
 * Ownership: struct hl_conf_check is the caller's storage; strings it
 * returns live in its scratch arena until the caller's hl_arena_fini.
 */
#ifndef HL_CONF_CHECK_H
#define HL_CONF_CHECK_H

#include <libconfig.h>
#include <stdbool.h>
#include <stddef.h>

#include "util.h"

struct hl_conf_pending;

struct hl_conf_check {
    struct hl_diag *diag;
    struct hl_conf_pending *pending;
    size_t n_pending, cap_pending;
    const char *path;        /* as the caller gave it: diagnostics name it so */
    char *include_dir;       /* dirname(path): libconfig resolves @include here */
    char *base_dir;          /* absolute form of include_dir: relative paths resolve here */
    struct hl_arena scratch; /* quoted strings for messages; freed with the checker */
    size_t problems;
};

void hl_conf_report_at(struct hl_conf_check *ck, const char *file, int line, const char *fmt, ...)
    HL_PRINTF(4, 5);
/* Reports at the line where setting s was written. */
void hl_conf_report(struct hl_conf_check *ck, const config_setting_t *s, const char *fmt, ...)
    HL_PRINTF(3, 4);
/* Gives the held problems to ck->diag in file order. */
void hl_conf_flush(struct hl_conf_check *ck);
/* "FILE:LINE" of a setting, for messages that point at a second place. */
const char *hl_conf_where(struct hl_conf_check *ck, const config_setting_t *s);
/* A string from the file made safe to print: quoted, control bytes escaped. */
const char *hl_conf_shown(struct hl_conf_check *ck, const char *s);
void hl_conf_missing(struct hl_conf_check *ck, const config_setting_t *group, const char *name);
/* "database", "units[2].mailbox": the path of setting s, appended to b. */
void hl_conf_label(struct hl_buf *b, const config_setting_t *s);
/* "an integer", "a string" ...: a libconfig type as the operator reads it. */
const char *hl_conf_type_name(int type);
bool hl_conf_in_list(const char *s, const char *const *list);
/* Reports setting s, whose name is not in the NULL-terminated known, as
 * unknown WHAT "NAME" (did you mean "..."?). */
void hl_conf_unknown(struct hl_conf_check *ck, const config_setting_t *s, const char *what,
                     const char *const *known);
/* Reports every setting of group not in the NULL-terminated known. */
void hl_conf_check_unknown(struct hl_conf_check *ck, const config_setting_t *group,
                           const char *const *known);
/* The member if it has the wanted type (INT also accepts INT64). */
config_setting_t *hl_conf_member(struct hl_conf_check *ck, const config_setting_t *group,
                                 const char *name, int type, int *rc);
/* Valid UTF-8 (no overlongs, no surrogates) without control characters. */
bool hl_conf_clean_text(const char *s);
bool hl_conf_check_string(struct hl_conf_check *ck, const config_setting_t *s, const char *name,
                          const char *v);
/* *out is borrowed from libconfig and lives until config_destroy. */
int hl_conf_get_str(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                    const char **out);
int hl_conf_get_int(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                    long long lo, long long hi, long long *out);
int hl_conf_get_bool(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                     bool *out);
/* The index of the value in the NULL-terminated choices, -1 when absent or
 * reported. */
int hl_conf_get_choice(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                       const char *const *choices);
/* p against the file's directory (absolute p unchanged); the caller frees. */
char *hl_conf_resolve(struct hl_conf_check *ck, const char *p);
int hl_conf_get_path(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                     char **out);
/* Opens the file to prove it is readable, and never reads it. */
bool hl_conf_check_readable(struct hl_conf_check *ck, const config_setting_t *s, const char *name,
                            const char *path);

/* Value checks. */
bool hl_conf_plausible_email(const char *s);
bool hl_conf_plausible_host(const char *s);
bool hl_conf_is_loopback(const char *host);
/* [a-z0-9] then [a-z0-9-]: unit codes, step names. */
bool hl_conf_valid_code(const char *s);
bool hl_conf_valid_env_name(const char *s);

#endif
