/*
 * export: cases in the shape proposed for entry into the national system for
 * receiving and answering feedback (hotlinectl export pakn; docs/export.md,
 * docs/pakn-export.schema.json).  Decision 31/2021/QĐ-TTg, Art. 43 asks that
 * feedback received by e-mail be entered there.  No specification of that
 * system's import format is published: the shape is a proposal, to be
 * matched to the specification when one is.
 *
 * A denunciation (kind 'denunciation') carries no sender fields: the law
 * protects a denouncer's identity, so name, e-mail, phone and address are
 * left out of the file altogether.
 *
 * Layers: the writers (export.c) are pure; hl_export_load (export_pg.c) reads
 * the cases of a period in one statement.
 *
 * Ownership: struct hl_export owns its rows (an arena); hl_export_fini.
 */
#ifndef HL_EXPORT_H
#define HL_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sla.h"
#include "util.h"

struct hl_store;

#define HL_EXPORT_FORMAT_VERSION 1

struct hl_export_case {
    const char *code;
    int64_t received_at;
    const char *channel, *kind;
    /* NULL when unknown, and always for a denunciation */
    const char *sender_name, *sender_email, *sender_phone, *sender_address;
    const char *title, *content, *field;
    const char *receiving_unit, *receiving_unit_name;
    const char *responsible_unit, *responsible_unit_name;
    const char *status;      /* open | answered | resolved */
    const char *answer_text; /* the first answer relayed to the citizen, or NULL */
    int64_t answered_at;     /* 0 when not answered */
    bool published;
};

struct hl_export {
    struct hl_sla_date from, to;
    int64_t generated_at;
    struct hl_export_case *cases;
    size_t n_cases;
    struct hl_arena arena;
};

/* The status's proposed national label ("Đang xử lý", "Đã trả lời", "Đã giải
 * quyết"). */
const char *hl_export_status_vi(const char *status);

/* Reads the cases received from..to (spam left out), oldest first.  Returns
 * 0, or -1 with err. */
int hl_export_load(struct hl_store *s, struct hl_sla_date from, struct hl_sla_date to,
                   struct hl_export *out, struct hl_err *err);
void hl_export_fini(struct hl_export *x);

void hl_export_write_json(const struct hl_export *x, struct hl_buf *b);
/* UTF-8 with a BOM, RFC 4180, formulas defused like the report's CSV. */
void hl_export_write_csv(const struct hl_export *x, struct hl_buf *b);

#endif
