/*
 * digest: the pure part of digest.h: who gets which digest, and the mail.
 */
#include "digest.h"

#include <string.h>

#include "bounce.h"
#include "compose.h"

static const struct hl_unit_cfg *
root_unit(const struct hl_config *cfg)
{
    for (size_t i = 0; i < cfg->n_units; i++)
        if (cfg->units[i].parent == NULL && !cfg->units[i].retired)
            return &cfg->units[i];
    return cfg->n_units ? &cfg->units[0] : NULL;
}

static void
add_rcpt(struct hl_arena *a, struct hl_digest_target *t, const char *addr)
{
    if (addr == NULL || !hl_compose_addr_valid(addr))
        return;
    char *low = hl_arena_strdup(a, addr);
    for (char *p = low; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    for (size_t i = 0; i < t->n_rcpt; i++)
        if (strcmp(t->rcpt[i], low) == 0)
            return;
    t->rcpt[t->n_rcpt++] = low;
}

static bool
target(const struct hl_report_cfg *rc, const struct hl_unit_cfg *u, const char *unit,
       const char *sender, struct hl_arena *a, struct hl_digest_target *t)
{
    *t = (struct hl_digest_target){rc, unit, sender, NULL, 0};
    t->rcpt = hl_arena_alloc(a, (rc->n_to + 1) * sizeof *t->rcpt);
    for (size_t i = 0; i < rc->n_to; i++)
        add_rcpt(a, t, strcmp(rc->to[i], "head") == 0 ? (u ? u->head : NULL) : rc->to[i]);
    return t->n_rcpt > 0 && sender != NULL;
}

size_t
hl_digest_targets(const struct hl_config *cfg, const struct hl_report_cfg *rc, struct hl_arena *a,
                  struct hl_digest_target **out)
{
    const struct hl_unit_cfg *root = root_unit(cfg);
    *out = hl_arena_alloc(a, (cfg->n_units + 1) * sizeof **out);
    size_t n = 0;
    if (rc->unit && strcmp(rc->unit, "*") == 0) {
        for (size_t i = 0; i < cfg->n_units; i++) {
            const struct hl_unit_cfg *u = &cfg->units[i];
            /* A retired unit has no report of its own: its successor's
             * holds its cases (units.h). */
            if (u->code && !u->retired && target(rc, u, u->code, u->code, a, &(*out)[n]))
                n++;
        }
        return n;
    }
    const struct hl_unit_cfg *u = rc->unit ? hl_config_unit(cfg, rc->unit) : root;
    if (u && target(rc, u, rc->unit, u->code, a, &(*out)[n]))
        n++;
    return n;
}

static const char *
domain_of(const char *addr)
{
    const char *at = addr ? strrchr(addr, '@') : NULL;
    return at && at[1] ? at + 1 : NULL;
}

int
hl_digest_build(const struct hl_config *cfg, const struct hl_bounce_key *key, const char *sender,
                const struct hl_report *r, const char *html, size_t html_len, const char *rcpt,
                int64_t outbox_id, int64_t now, struct hl_buf *out, struct hl_buf *mail_from,
                struct hl_err *err)
{
    const struct hl_unit_cfg *u = sender ? hl_config_unit(cfg, sender) : NULL;
    if (u == NULL || u->feedback_email == NULL)
        u = root_unit(cfg);
    const char *domain = u ? domain_of(u->feedback_email) : NULL;
    if (domain == NULL)
        return hl_err_set(err, HL_ERR_CONFIG, "digest: no unit with a feedback address sends it");
    char d0[16], d1[16], i0[16], i1[16];
    hl_report_ddmmyyyy(r->from, d0, sizeof d0);
    hl_report_ddmmyyyy(r->to, d1, sizeof d1);
    const char *title = hl_report_title(r);
    struct hl_buf subject, body, mid, file;
    hl_buf_init(&subject);
    hl_buf_init(&body);
    hl_buf_init(&mid);
    hl_buf_init(&file);
    hl_buf_printf(&subject, "Báo cáo phản ánh, kiến nghị %s – %s%s%s", d0, d1, title ? ": " : "",
                  title ? title : "");
    if (title)
        hl_buf_printf(&body, "%s%s\n", title,
                      r->root && r->rollup ? " và các đơn vị trực thuộc" : "");
    hl_report_write_summary(r, &body);
    hl_buf_printf(&mid, "<hl.digest.%lld@%s>", (long long)outbox_id, domain);
    hl_buf_printf(&file, "bao-cao-%s-%s%s%s.html", hl_report_iso(r->from, i0, sizeof i0),
                  hl_report_iso(r->to, i1, sizeof i1), r->root ? "-" : "", r->root ? r->root : "");
    struct hl_compose_part part = {file.data, "text/html", (const unsigned char *)html, html_len};
    struct hl_compose_mail m = {
        .from = {u->name, u->feedback_email},
        .to = {{NULL, rcpt}},
        .n_to = 1,
        .subject = subject.data,
        .date = now,
        .message_id = mid.data,
        .auto_submitted = HL_COMPOSE_AUTO_GENERATED,
        .loop_domain = domain,
        .body = body.data,
        .cte = HL_COMPOSE_QP,
        .parts = &part,
        .n_parts = 1,
    };
    int rc = hl_compose_build(&m, out, err);
    if (rc == 0) {
        hl_buf_reset(mail_from);
        hl_bounce_address(key, outbox_id, domain, mail_from);
    }
    hl_buf_fini(&subject);
    hl_buf_fini(&body);
    hl_buf_fini(&mid);
    hl_buf_fini(&file);
    return rc;
}
