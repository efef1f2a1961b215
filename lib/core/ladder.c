/* ladder: see ladder.h. */
#include "ladder.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compose.h"
#include "kind.h"

static bool
fired_already(const char *name, const char *const *fired, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(fired[i], name) == 0)
            return true;
    return false;
}

size_t
hl_ladder_due(const struct hl_config *cfg, const struct hl_sla_calendar *cal, int64_t due_at,
              const char *const *fired, size_t n_fired, int64_t now, struct hl_ladder_action *out)
{
    size_t n = 0;
    if (due_at <= 0)
        return 0;
    struct hl_sla_date today = hl_sla_local_date(now), due = hl_sla_local_date(due_at);
    if (now < due_at) {
        int left = hl_sla_working_days_between(cal, today, due);
        if (cfg->reminder_before_days > 0 && left <= cfg->reminder_before_days &&
            !fired_already("reminder", fired, n_fired))
            out[n++] = (struct hl_ladder_action){HL_LADDER_REMINDER, "reminder", left};
        return n;
    }
    /* Late: the due day itself counts as day 0, each working day after it
     * adds one. */
    int late = hl_sla_working_days_between(cal, due, today);
    if (late < 0)
        late = 0;
    for (size_t i = 0; i < cfg->n_ladder; i++) {
        const struct hl_ladder_step *st = &cfg->ladder[i];
        if (late >= st->after_days && !fired_already(st->name, fired, n_fired))
            out[n++] = (struct hl_ladder_action){(int)i, st->name, late};
    }
    return n;
}

/* ---- who is told ---- */

static void
add_rcpt(struct hl_buf *arr, size_t *n, const char *addr)
{
    if (addr == NULL || !hl_compose_addr_valid(addr))
        return;
    /* A small list: a linear search for duplicates is enough. */
    char *low = hl_xstrdup(addr);
    for (char *p = low; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    bool dup = false;
    char quoted[300];
    snprintf(quoted, sizeof quoted, "\"%s\"", low);
    dup = arr->len && strstr(arr->data, quoted) != NULL;
    if (!dup) {
        hl_buf_puts(arr, *n ? "," : "");
        hl_buf_puts(arr, quoted);
        (*n)++;
    }
    free(low);
}

struct hl_ladder_target
hl_ladder_recipients(const struct hl_config *cfg, const struct hl_unit_cfg *unit,
                     const char *assignee, const struct hl_ladder_action *act,
                     const struct hl_ladder_about *ab, struct hl_arena *a, struct hl_buf *arr)
{
    size_t n = 0;
    struct hl_ladder_target t = {NULL, NULL, NULL};
    hl_buf_reset(arr);
    hl_buf_putc(arr, '{');
    if (act->step == HL_LADDER_REMINDER) {
        for (size_t i = 0; i < unit->n_clerks; i++)
            add_rcpt(arr, &n, unit->clerks[i]);
        if (n == 0)
            add_rcpt(arr, &n, unit->feedback_email);
        if (!hl_kind_address_barred(cfg, ab->kind, ab->accused, assignee))
            add_rcpt(arr, &n, assignee);
        t.who = unit->name;
        t.unit = unit->code;
    } else {
        const struct hl_ladder_step *st = &cfg->ladder[act->step];
        switch (st->to) {
        case HL_LADDER_HEAD:
            add_rcpt(arr, &n, unit->head);
            t.who = hl_arena_printf(a, "Lãnh đạo %s", unit->name);
            t.unit = unit->code;
            if (n == 0)
                t.why_not = hl_arena_printf(a, "unit %s has no head configured", unit->code);
            break;
        case HL_LADDER_PARENT: {
            const struct hl_unit_cfg *p = unit->parent ? hl_config_unit(cfg, unit->parent) : NULL;
            if (p == NULL) {
                t.why_not = hl_arena_printf(a, "unit %s has no parent unit", unit->code);
                break;
            }
            add_rcpt(arr, &n, p->head);
            if (n == 0)
                add_rcpt(arr, &n, p->feedback_email);
            t.who = hl_arena_printf(a, "Lãnh đạo %s (đơn vị cấp trên)", p->name);
            t.unit = p->code;
            if (n == 0)
                t.why_not = hl_arena_printf(a, "parent unit %s has no usable address", p->code);
            break;
        }
        case HL_LADDER_ADDRESS:
            add_rcpt(arr, &n, st->address);
            t.who = st->address;
            break;
        }
    }
    /* A denunciation never climbs to the unit it accuses or its head: the
     * step is recorded as skipped (the case is the handler's; the accused
     * would only learn of it). */
    bool barred = hl_kind_unit_barred(ab->kind, ab->accused, t.unit);
    if (!barred && act->step != HL_LADDER_REMINDER) {
        const struct hl_ladder_step *st = &cfg->ladder[act->step];
        const struct hl_unit_cfg *p =
            st->to == HL_LADDER_PARENT && unit->parent ? hl_config_unit(cfg, unit->parent) : NULL;
        const char *addr = st->to == HL_LADDER_HEAD ? unit->head
                           : st->to == HL_LADDER_PARENT
                               ? (p ? (p->head ? p->head : p->feedback_email) : NULL)
                               : st->address;
        barred = hl_kind_address_barred(cfg, ab->kind, ab->accused, addr);
    }
    if (barred) {
        hl_buf_reset(arr);
        hl_buf_putc(arr, '{');
        t.why_not =
            hl_arena_printf(a, "a denunciation of %s is never escalated to that unit", ab->accused);
    }
    hl_buf_putc(arr, '}');
    return t;
}
