/*
 * kind: see kind.h.  Everything here is a lookup in the configuration; the
 * unit list is small (tens to a few hundred units), so linear searches.
 */
#include "kind.h"

#include <string.h>
#include <strings.h>

bool
hl_kind_valid(const char *name)
{
    return name && (strcmp(name, HL_KIND_FEEDBACK) == 0 || strcmp(name, HL_KIND_COMPLAINT) == 0 ||
                    strcmp(name, HL_KIND_DENUNCIATION) == 0);
}

bool
hl_kind_is_denunciation(const char *kind)
{
    return kind && strcmp(kind, HL_KIND_DENUNCIATION) == 0;
}

bool
hl_kind_designated(const struct hl_config *cfg, const char *unit)
{
    if (unit == NULL)
        return false;
    for (size_t i = 0; i < cfg->denunciations.n_designated; i++)
        if (strcmp(cfg->denunciations.designated[i], unit) == 0)
            return true;
    return false;
}

static bool
same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* The configured handler of a denunciation of accused, or NULL. */
static const char *
handler_of(const struct hl_config *cfg, const char *accused)
{
    const struct hl_denunciation_cfg *d = &cfg->denunciations;
    if (d->handler == HL_DENOUNCE_UNIT)
        return same(d->handler_unit, accused) ? NULL : d->handler_unit;
    const struct hl_unit_cfg *u = accused ? hl_config_unit(cfg, accused) : NULL;
    if (u && u->parent && hl_config_unit(cfg, u->parent) && !same(u->parent, accused))
        return u->parent;
    if (d->handler_unit && !same(d->handler_unit, accused))
        return d->handler_unit;
    /* The accused is the root and no fallback is named: a designated handler
     * will do, as long as it is not the accused itself. */
    for (size_t i = 0; i < d->n_designated; i++)
        if (!same(d->designated[i], accused))
            return d->designated[i];
    return NULL;
}

static const char anonymous_review[] = "anonymous denunciation: no usable sender address "
                                       "(Luật Tố cáo 2018, Điều 25: check whether it must be "
                                       "handled)";

void
hl_kind_route(const struct hl_config *cfg, const char *kind, const char *accused,
              const char *mailbox_unit, const char *routed_unit, const char *from_address,
              struct hl_kind_route *out)
{
    memset(out, 0, sizeof *out);
    out->kind = hl_kind_valid(kind) ? kind : HL_KIND_FEEDBACK;
    out->unit = routed_unit;
    out->deadline_days = -1;
    if (strcmp(out->kind, HL_KIND_COMPLAINT) == 0) {
        out->deadline_days = cfg->complaints.deadline_days > 0 ? cfg->complaints.deadline_days : -1;
        out->legal_basis = cfg->complaints.legal_basis;
        return;
    }
    if (strcmp(out->kind, HL_KIND_DENUNCIATION) != 0)
        return;
    const struct hl_denunciation_cfg *d = &cfg->denunciations;
    out->deadline_days = d->limits.deadline_days > 0 ? d->limits.deadline_days : 30;
    out->legal_basis = d->limits.legal_basis ? d->limits.legal_basis : "Luật Tố cáo 2018, Điều 30";
    if (accused && strcmp(accused, HL_ACCUSED_NONE) == 0) {
        /* A neighbour's building, a bar's noise: the competent unit handles
         * it where the rules routed it; the denouncer stays confidential
         * (the forward is redacted unless that unit is a designated
         * handler, hl_kind_redact). */
        if (from_address == NULL || *from_address == '\0')
            out->review = anonymous_review;
        return;
    }
    /* People write to the inspectorate to denounce others: a designated
     * handler's own mailbox accuses nobody by default. */
    /* A unit named in the letter (a rule's capture) that is not one of ours
     * is no accused: the mailbox's unit is, and a clerk should look. */
    const char *unknown = accused && hl_config_unit(cfg, accused) == NULL ? accused : NULL;
    if (unknown)
        accused = NULL;
    bool at_handler = accused == NULL && hl_kind_designated(cfg, mailbox_unit);
    out->accused = accused ? accused : at_handler ? NULL : mailbox_unit;
    if (unknown)
        out->review = "denunciation: the unit the letter accuses is not a configured unit; "
                      "the mailbox's unit is taken as the accused";
    if (at_handler) {
        out->unit = hl_kind_designated(cfg, routed_unit) ? routed_unit : mailbox_unit;
    } else if (out->accused == NULL) {
        /* Nothing to keep it from; route as the rules say, and look. */
        out->review = "denunciation: no accused unit could be determined; check its routing";
    } else if (hl_kind_designated(cfg, routed_unit) && !same(routed_unit, out->accused)) {
        out->unit = routed_unit;
    } else {
        const char *h = handler_of(cfg, out->accused);
        if (h) {
            out->unit = h;
        } else {
            out->unit = out->accused;
            out->review = "denunciation: no handler other than the accused unit is configured "
                          "(denunciations.handler, fallback, designated); it was sent to "
                          "nobody: transfer it by hand";
        }
    }
    if (from_address == NULL || *from_address == '\0') {
        bool stuck = out->unit && out->accused && strcmp(out->unit, out->accused) == 0;
        out->review = stuck ? "anonymous denunciation, and no handler other than the accused "
                              "unit: transfer it by hand"
                            : anonymous_review;
    }
}

bool
hl_kind_unit_barred(const char *kind, const char *accused, const char *unit)
{
    return hl_kind_is_denunciation(kind) && same(accused, unit);
}

bool
hl_kind_address_barred(const struct hl_config *cfg, const char *kind, const char *accused,
                       const char *address)
{
    if (!hl_kind_is_denunciation(kind) || accused == NULL || address == NULL)
        return false;
    const struct hl_unit_cfg *u = hl_config_unit(cfg, accused);
    if (u == NULL)
        return false;
    if ((u->feedback_email && strcasecmp(u->feedback_email, address) == 0) ||
        (u->head && strcasecmp(u->head, address) == 0))
        return true;
    for (size_t i = 0; i < u->n_clerks; i++)
        if (strcasecmp(u->clerks[i], address) == 0)
            return true;
    return false;
}

bool
hl_kind_redact(const struct hl_config *cfg, const char *kind, const char *unit)
{
    return hl_kind_is_denunciation(kind) && !hl_kind_designated(cfg, unit);
}

void
hl_kind_mask(const char *text, const char *needle, const char *mask, struct hl_buf *out)
{
    hl_buf_reset(out);
    if (text == NULL)
        return;
    size_t nlen = needle ? strlen(needle) : 0;
    if (nlen < 3) {
        hl_buf_puts(out, text);
        return;
    }
    const char *p = text;
    while (*p) {
        if (strncasecmp(p, needle, nlen) == 0) {
            hl_buf_puts(out, mask);
            p += nlen;
        } else {
            hl_buf_putc(out, *p++);
        }
    }
    if (out->data == NULL)
        hl_buf_puts(out, "");
}

int
hl_kind_transfer_allowed(const char *code, const char *kind, const char *accused, const char *to,
                         struct hl_err *err)
{
    if (hl_kind_unit_barred(kind, accused, to))
        return hl_err_set(err, HL_ERR_INPUT,
                          "case %s is a denunciation of %s: it cannot be transferred to the unit "
                          "it accuses (Luật Tố cáo 2018)",
                          code, to);
    return 0;
}

int
hl_kind_extension(const struct hl_config *cfg, const char *code, const char *kind,
                  const char *status, int done, int *days_out, struct hl_err *err)
{
    const struct hl_kind_cfg *k = hl_kind_is_denunciation(kind) ? &cfg->denunciations.limits
                                  : kind && strcmp(kind, HL_KIND_COMPLAINT) == 0 ? &cfg->complaints
                                                                                 : NULL;
    if (k == NULL)
        return hl_err_set(err, HL_ERR_INPUT,
                          "case %s is feedback: only a complaint or a denunciation has a legal "
                          "extension (change a deadline with case reopen --days)",
                          code);
    if (status && (strcmp(status, "resolved") == 0 || strcmp(status, "spam") == 0))
        return hl_err_set(err, HL_ERR_INPUT, "case %s is %s: nothing to extend", code, status);
    if (k->extension_days <= 0)
        return hl_err_set(err, HL_ERR_INPUT,
                          "case %s: the configuration allows no extension of a %s", code, kind);
    if (done > 0)
        return hl_err_set(err, HL_ERR_INPUT, "case %s was already extended: once is the limit",
                          code);
    *days_out = k->extension_days;
    return 0;
}
