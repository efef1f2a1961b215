/*
 * units: the city's units as data.  The database holds them (schema 010,
 * lib/pg/units_pg.c); this module holds what is decided about them without a
 * server: reading and checking a units file (the JSON of `hotlinectl unit
 * import`, shaped like tests/data/corpus/units.json plus the mailbox group),
 * writing it back (`unit export`), following a retired unit's successors,
 * which mailboxes a daemon polls, and the bookkeeping of a merge or a split.
 *
 * A unit is struct hl_unit_cfg (config.h): the configuration's units and the
 * database's are the same record.  A retired unit is never deleted; when it
 * has a successor, its mail, its old address and its open cases go there.
 *
 * Ownership: arrays of units returned here belong to the caller, who frees
 * them with hl_units_free; every string inside belongs to its unit.
 */
#ifndef HL_UNITS_H
#define HL_UNITS_H

#include <stdio.h>

#include "config.h"
#include "table.h"
#include "util.h"

/* A units file is refused above this size (a city has hundreds of units,
 * a province a few thousand: a few MB at most). */
#define HL_UNITS_FILE_MAX_BYTES (16u * 1024 * 1024)

/* Frees every string of u and zeroes it. */
void hl_unit_cfg_fini(struct hl_unit_cfg *u);
/* Deep copy of src into dst (dst's old contents are not freed). */
void hl_unit_cfg_copy(struct hl_unit_cfg *dst, const struct hl_unit_cfg *src);
void hl_units_free(struct hl_unit_cfg **units, size_t n);

/* [a-z0-9][a-z0-9-]*, at most 64 characters: the codes the config accepts. */
bool hl_unit_code_valid(const char *code);
/* "city", "department", "district", "commune", "ward", "other". */
bool hl_unit_kind_valid(const char *kind);

const struct hl_unit_cfg *hl_units_find(const struct hl_unit_cfg *units, size_t n,
                                        const char *code);

/* The unit that now answers for code: code itself while it is active, else
 * its successor's answer, followed to an active unit.  NULL when code is
 * unknown, or retired without an active successor (a loop included). */
const char *hl_units_resolve(const struct hl_unit_cfg *units, size_t n, const char *code);

/* Whether a daemon polls u's mailbox, and for which unit its mail is then
 * received (*route_out, borrowed from units): an active unit's mailbox for
 * itself; a retired unit's for its successor (the old address still works). */
bool hl_units_polled(const struct hl_unit_cfg *units, size_t n, const struct hl_unit_cfg *u,
                     const char **route_out);

/* The unit an address reaches: a unit's feedback address (an active unit's
 * own, or a retired one's routed to its successor), or one of the aliases
 * (alias_addrs[i] once belonged to alias_units[i]).  Case-insensitive.
 * Returns a borrowed code, or NULL. */
const char *hl_units_route_address(const struct hl_unit_cfg *units, size_t n,
                                   const char *const *alias_addrs, const char *const *alias_units,
                                   size_t n_aliases, const char *address);

/* Reads a units file: a JSON array of units (or {"units": [...]}).  Every
 * problem goes into diag as "FILE:LINE: message".  known_codes are units
 * already in the database, which parents and successors may name.  A
 * relative password_file or ca_file is taken relative to base_dir.  Returns
 * 0 with the units, or -1 (nothing returned) when any problem was found. */
int hl_units_from_json(const char *file, const char *text, size_t len, const char *base_dir,
                       const char *const *known_codes, size_t n_known,
                       struct hl_unit_cfg **units_out, size_t *n_out, struct hl_diag *diag);

/* Appends units as a units file (what hl_units_from_json reads back). */
void hl_units_to_json(struct hl_buf *b, const struct hl_unit_cfg *units, size_t n);

/* Checks one unit's fields as `unit add` and `unit edit` set them; the
 * first problem goes into err (HL_ERR_INPUT).  Returns 0 or -1. */
int hl_unit_check(const struct hl_unit_cfg *u, const struct hl_unit_cfg *units, size_t n,
                  struct hl_err *err);

/* The bookkeeping of a merge (olds into one) or a split (one into several):
 * which units retire (their successor becomes `successor`), which active
 * units under them move under the successor, and which old feedback
 * addresses become aliases.  The cases are the store's to move. */
struct hl_unit_plan {
    char *successor;
    char **retire;
    size_t n_retire;
    char **reparent;    /* active units whose parent retires ... */
    char **reparent_to; /* ... and their new parent (NULL: none, the top) */
    size_t n_reparent;
    char **aliases; /* lower-case addresses, each of the retired unit retire[alias_of[i]] */
    size_t *alias_of;
    size_t n_aliases;
    char **targets; /* split: the units the cases are shared among (targets[0] = successor) */
    size_t n_targets;
};

/* Merge olds into `into`.  Returns 0 with plan filled, or -1 with err
 * (HL_ERR_INPUT, one line) when a unit is unknown, retired (but for one
 * merged into `into` before: merged again, its open cases move), named
 * twice, or `into` lies under one of the olds. */
int hl_units_plan_merge(const struct hl_unit_cfg *units, size_t n, const char *const *olds,
                        size_t n_olds, const char *into, struct hl_unit_plan *plan,
                        struct hl_err *err);
/* Split old among into[0..n_into) (at least one, each active; into[0]
 * becomes the successor, so the old address routes there). */
int hl_units_plan_split(const struct hl_unit_cfg *units, size_t n, const char *old,
                        const char *const *into, size_t n_into, struct hl_unit_plan *plan,
                        struct hl_err *err);
void hl_unit_plan_fini(struct hl_unit_plan *plan);

/* Replaces cfg's units with units[0..n) (takes ownership; the old ones are
 * freed).  Only while nobody else reads cfg->units. */
void hl_units_install(struct hl_config *cfg, struct hl_unit_cfg *units, size_t n);

/* The units in force: the database's, overridden by the configuration's
 * own for the codes it lists (a configuration that still lists units wins
 * for them, as hotlined writes them to the database at start).  Returns a
 * new array of copies. */
struct hl_unit_cfg *hl_units_overlay(const struct hl_unit_cfg *db, size_t n_db,
                                     const struct hl_unit_cfg *conf, size_t n_conf, size_t *n_out);

/* Our mail domains (bounces and clerks' reply tags name them): appends to
 * domains[n_known ..) a copy of the domain of each unit's feedback address
 * not yet there (compared without case), up to max in all; never removes
 * one, so an old address keeps working.  Returns the new count; the caller
 * frees the copies. */
size_t hl_units_add_mail_domains(const struct hl_unit_cfg *units, size_t n, const char **domains,
                                 size_t n_known, size_t max);

/* ---- the store (lib/pg/units_pg.c) ---------------------------------------
 * Every write is one transaction; every change moves units_version, which
 * daemons poll. */
struct hl_store;

/* Every unit, retired ones included, ordered by code, with its mailbox. */
int hl_units_pg_load(struct hl_store *s, struct hl_unit_cfg **units_out, size_t *n_out,
                     struct hl_err *err);
/* The aliases: parallel arrays of addresses and the units they belonged to
 * (the caller frees each string and both arrays). */
int hl_units_pg_aliases(struct hl_store *s, char ***addrs_out, char ***units_out, size_t *n_out,
                        struct hl_err *err);
/* units_version.version (0 when the row is missing). */
int hl_units_pg_version(struct hl_store *s, long long *version_out, struct hl_err *err);
/* Writes units (added or changed; mailbox rows follow has_mailbox), with a
 * history row per unit that changed ("action" there).  Units that are the
 * same already are left alone, so writing the same set twice changes
 * nothing.  *changed_out: how many changed. */
int hl_units_pg_save(struct hl_store *s, const struct hl_unit_cfg *units, size_t n,
                     const char *actor, const char *action, int *changed_out, struct hl_err *err);
/* Carries out a merge or split plan: retires, re-parents, adds aliases,
 * moves open cases (case_ids[i] to case_units[i]; none for a merge, which
 * moves every open case of the retired units to the successor), one event
 * per moved case ("unit_merged" / "unit_split"), history rows.  Deadlines
 * are kept.  *moved_out: the cases moved. */
int hl_units_pg_apply(struct hl_store *s, const struct hl_unit_plan *plan, const char *action,
                      const char *const *case_ids, const char *const *case_units, size_t n_cases,
                      const char *actor, long *moved_out, struct hl_err *err);
/* Open cases of unit: id, code and the text a rule reads (subject, and the
 * first message's text).  Parallel arrays of heap strings. */
struct hl_unit_case {
    char *id;
    char *code;
    char *subject;
    char *text;
    char *from;
};
int hl_units_pg_open_cases(struct hl_store *s, const char *unit, struct hl_unit_case **cases_out,
                           size_t *n_out, struct hl_err *err);
void hl_unit_cases_free(struct hl_unit_case **cases, size_t n);
/* `unit show`: what the database holds of a unit besides its settings.
 * Owned by the detail (hl_unit_detail_fini). */
struct hl_unit_detail {
    long long open;     /* its cases open or answered */
    long long held;     /* its cases, in any status */
    long long received; /* cases whose letter reached its mailbox first */
    char **aliases;     /* addresses that route to it (its predecessors' too) */
    size_t n_aliases;
    struct hl_table *history; /* at, actor, action, detail; oldest first */
};
int hl_units_pg_detail(struct hl_store *s, const char *code, struct hl_unit_detail *out,
                       struct hl_err *err);
void hl_unit_detail_fini(struct hl_unit_detail *d);

#endif
