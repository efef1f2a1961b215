/*
 * ctl: what hotlinectl's subcommands share: the exit statuses, the one-line
 * usage error, and opening the configuration and the database.
 */
#ifndef HL_CTL_H
#define HL_CTL_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "store.h"
#include "util.h"

#define EX_USAGE 2
#define EX_CONFIG 78

/* Prints "hotlinectl WHO: MESSAGE (HINT)" as one line on stderr (WHO NULL:
 * "hotlinectl: MESSAGE (HINT)") and returns EX_USAGE. */
int hl_ctl_usage(const char *who, const char *hint, const char *fmt, ...) HL_PRINTF(3, 4);

/* Loads the configuration conf, printing its problems as FILE:LINE lines,
 * and opens the database.  Returns 0 with both set, EX_CONFIG when the
 * configuration is bad, or 1 after "hotlinectl WHO: why" when the database
 * cannot be opened (nothing is left open then). */
int hl_ctl_open(const char *conf, const char *who, struct hl_config **cfg_out,
                struct hl_store **store_out);

/* The configuration's rule set, its problems printed as FILE:LINE lines;
 * NULL when it has any (ctl_register.c). */
struct hl_rules;
struct hl_rules *hl_ctl_load_rules(const struct hl_config *cfg);
/* Replaces cfg's units with those in force: the database's, overridden by
 * the configuration's own for the codes it still lists (units.h).  Called
 * by hl_ctl_open; silent when the database has no unit tables yet. */
void hl_ctl_units(struct hl_config *cfg, struct hl_store *s);

/* Who acts, for the audit trail: by (--by), else the user who ran sudo,
 * else $USER, else "hotlinectl". */
const char *hl_ctl_actor(const char *by);

/* at as "dd/mm/yyyy HH:MM" in Viet Nam time, into buf; returns buf. */
const char *hl_ctl_local_time(int64_t at, char *buf, size_t size);

/* One "--NAME VALUE" option of a subcommand and where its value goes: into
 * *value, or, when many is set, appended to many[0 .. max) (*n counts
 * them). */
struct hl_ctl_opt {
    const char *name; /* "--by" */
    const char **value;
    const char **many;
    size_t max;
    size_t *n;
};

/* The words of a subcommand's command line: a word naming one of opts
 * (ended by a NULL name) takes the next word as its value, which must not
 * be empty; any other word beginning with "--" is refused; the rest are
 * positional, up to max_pos of them into pos (*n_pos counts them; NULL
 * pos: none is allowed).  Returns 0, or EX_USAGE after one line on stderr
 * ("hotlinectl WHO: unknown option \"--x\"", "... --x needs a value",
 * "... unexpected \"w\"", "... at most N --x"). */
int hl_ctl_options(const char *who, int argc, char **argv, const struct hl_ctl_opt *opts,
                   const char **pos, int max_pos, int *n_pos);

/* Closes what hl_ctl_open opened. */
void hl_ctl_close(struct hl_config **cfg, struct hl_store **store);

#endif
