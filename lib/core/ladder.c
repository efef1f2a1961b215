#include "ladder.h"

#include <stdbool.h>
#include <string.h>

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
