/*
 * kind: what a case is in law, and who may receive what of a denunciation.
 *
 * A case is feedback (phản ánh, kiến nghị), a complaint (khiếu nại, Luật
 * Khiếu nại 2011) or a denunciation (tố cáo, Luật Tố cáo 2018).  Complaints
 * route as feedback but carry their own time limit.  A denunciation accuses a
 * unit (by default the one whose mailbox received it) and the law keeps it
 * and its author away from the accused: it is handled by the accused's
 * superior or by a designated body (the inspectorate), within 30 days,
 * extendable, and the denouncer's identity is confidential (Art. 9, 30, 56).
 *
 * These are the decisions, as pure functions over the configuration:
 *   - hl_kind_route: the handler, deadline and review note of a new case;
 *   - hl_kind_unit_barred / hl_kind_address_barred: whether a unit or an
 *     address may receive anything of the case (forwards, escalations,
 *     transfers, notices);
 *   - hl_kind_redact: whether mail to a unit must hide the denouncer;
 *   - hl_kind_transfer_allowed: hotlinectl case transfer's extra check.
 * The SQL stores what they decide (cases.kind, cases.accused_unit) and the
 * row-level security of schema 008 enforces the same bar for clerks.
 *
 * Does not: read mail or the database; decide the kind (the rules do, with
 * `kind` and `accused` actions).
 *
 * Ownership: every pointer returned is borrowed from cfg (or from the
 * arguments) and lives as long as they do.
 */
#ifndef HL_KIND_H
#define HL_KIND_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "util.h"

#define HL_KIND_FEEDBACK "feedback"
#define HL_KIND_COMPLAINT "complaint"
#define HL_KIND_DENUNCIATION "denunciation"

/* The accused a rule gives a denunciation of a household's or a business's
 * acts (`accused = "none"`): no unit is accused, so the unit the rules
 * route it to handles it.  Never a unit code. */
#define HL_ACCUSED_NONE ""

/* Whether name is one of the three kinds. */
bool hl_kind_valid(const char *name);

/* Whether kind (NULL = feedback) is a denunciation. */
bool hl_kind_is_denunciation(const char *kind);

/* Whether unit is a designated handler of denunciations. */
bool hl_kind_designated(const struct hl_config *cfg, const char *unit);

/* What hl_kind_route decided for a new case. */
struct hl_kind_route {
    const char *kind;        /* never NULL */
    const char *accused;     /* denunciations: the accused unit; else NULL */
    const char *unit;        /* the responsible unit (the handler of a denunciation) */
    int deadline_days;       /* calendar days; -1: the category's working days apply */
    const char *legal_basis; /* NULL: the category's */
    const char *review;      /* non-NULL: flag the case with this note */
};

/* Routes a new case of kind (NULL = feedback) that the rules sent to
 * routed_unit, received by mailbox_unit from from_address (NULL when the
 * mail had no usable From).  accused is the unit a rule named (NULL: the
 * mailbox's).  A denunciation goes to routed_unit when that is a designated
 * handler and not the accused, else to the configured handler: the accused's
 * parent (or the fallback when it has none) or the fixed unit.  When no
 * handler other than the accused can be found, unit is the accused with a
 * review note: the store then forwards it to nobody and the clerks of the
 * accused cannot see it (schema 008). */
void hl_kind_route(const struct hl_config *cfg, const char *kind, const char *accused,
                   const char *mailbox_unit, const char *routed_unit, const char *from_address,
                   struct hl_kind_route *out);

/* Whether unit may receive nothing of a case of kind accusing accused: true
 * only for a denunciation and the accused unit itself. */
bool hl_kind_unit_barred(const char *kind, const char *accused, const char *unit);

/* Whether address (compared without case) belongs to the accused unit of a
 * denunciation: its feedback address, a clerk or its head.  Always false for
 * other kinds. */
bool hl_kind_address_barred(const struct hl_config *cfg, const char *kind, const char *accused,
                            const char *address);

/* Whether mail about a case of kind sent to unit must carry no sender name,
 * address or original message: a denunciation, unless unit is a designated
 * handler.  unit NULL (an address outside the units) is never designated. */
bool hl_kind_redact(const struct hl_config *cfg, const char *kind, const char *unit);

/* Removes from text every occurrence (ASCII case folded) of needle, writing
 * mask in its place, into out.  For the denouncer's address and name in a
 * quoted summary.  needle NULL or shorter than 3 bytes changes nothing. */
void hl_kind_mask(const char *text, const char *needle, const char *mask, struct hl_buf *out);

/* hotlinectl case transfer: refuses a transfer of denunciation code to its
 * accused unit.  Returns 0, or -1 with err (HL_ERR_INPUT). */
int hl_kind_transfer_allowed(const char *code, const char *kind, const char *accused,
                             const char *to, struct hl_err *err);

/* hotlinectl case extend: the days a case of kind, now in status, that was
 * extended `done` times already may be extended by (the law allows one
 * extension of a complaint or denunciation: Luật Khiếu nại 2011, Điều 28;
 * Luật Tố cáo 2018, Điều 30).  Returns 0 with *days_out, or -1 with err
 * (HL_ERR_INPUT) saying why not. */
int hl_kind_extension(const struct hl_config *cfg, const char *code, const char *kind,
                      const char *status, int done, int *days_out, struct hl_err *err);

#endif
