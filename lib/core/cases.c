/*
 * cases: the checks of the clerks' actions on a case and the recipients of a
 * transfer.  Pure: the transactions are in case_pg.c.
 */
#include "cases.h"
#include "suggest.h"

#include <stdlib.h>
#include <string.h>

int
hl_case_allowed(enum hl_case_op op, const char *code, const char *status, struct hl_err *err)
{
    bool resolved = strcmp(status, "resolved") == 0;
    bool spam = strcmp(status, "spam") == 0;
    switch (op) {
    case HL_CASE_ASSIGN:
        return 0;
    case HL_CASE_TRANSFER:
        if (resolved || spam)
            return hl_err_set(err, HL_ERR_INPUT, "case %s is %s: reopen it first", code, status);
        return 0;
    case HL_CASE_RESOLVE:
        if (resolved)
            return hl_err_set(err, HL_ERR_INPUT, "case %s is already resolved", code);
        return 0;
    case HL_CASE_REOPEN:
        if (strcmp(status, "open") == 0)
            return hl_err_set(err, HL_ERR_INPUT, "case %s is already open", code);
        if (!resolved && strcmp(status, "answered") != 0)
            return hl_err_set(err, HL_ERR_INPUT,
                              "case %s is %s: only a resolved or answered case can be reopened",
                              code, status);
        return 0;
    }
    return hl_err_set(err, HL_ERR_INPUT, "case %s: unknown action", code);
}

static int
lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

void
hl_case_transfer_plan_init(struct hl_case_transfer_plan *p)
{
    hl_buf_init(&p->notice_rcpt);
    hl_buf_init(&p->forward_rcpt);
}

void
hl_case_transfer_plan_fini(struct hl_case_transfer_plan *p)
{
    hl_buf_fini(&p->notice_rcpt);
    hl_buf_fini(&p->forward_rcpt);
}

/* Appends addr, lower-cased, to the newline-separated list b unless it is
 * already there.  Returns false when addr is no address at all (empty). */
static bool
add_rcpt(struct hl_buf *b, const char *addr)
{
    if (addr == NULL)
        return false;
    while (*addr == ' ' || *addr == '\t')
        addr++;
    size_t n = strlen(addr);
    while (n > 0 && (addr[n - 1] == ' ' || addr[n - 1] == '\t'))
        n--;
    if (n == 0 || memchr(addr, '\n', n) != NULL)
        return false;
    char *low = hl_xstrndup(addr, n);
    for (char *p = low; *p; p++)
        *p = (char)lower((unsigned char)*p);
    for (const char *p = b->data; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len == n && memcmp(p, low, n) == 0) {
            free(low);
            return true;
        }
        p += len + (nl != NULL);
    }
    if (b->len)
        hl_buf_putc(b, '\n');
    hl_buf_puts(b, low);
    free(low);
    return true;
}

static void
add_unit(struct hl_buf *b, const struct hl_case_unit *u, bool fallback)
{
    bool any = false;
    for (size_t i = 0; i < u->n_clerks; i++)
        any |= add_rcpt(b, u->clerks[i]);
    /* A unit without clerks still hears of the transfer at its feedback
     * address. */
    if (fallback && !any)
        add_rcpt(b, u->feedback_email);
}

static const struct hl_case_unit *
find_unit(const struct hl_case_unit *units, size_t n, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(units[i].code, code) == 0)
            return &units[i];
    return NULL;
}

int
hl_case_plan_transfer(const char *code, const char *status, const char *from, const char *to,
                      const struct hl_case_unit *units, size_t n_units,
                      struct hl_case_transfer_plan *plan, struct hl_err *err)
{
    const struct hl_case_unit *dst = find_unit(units, n_units, to);
    if (dst == NULL) {
        const char **codes = hl_xcalloc(n_units ? n_units : 1, sizeof *codes);
        size_t n = 0;
        for (size_t i = 0; i < n_units; i++)
            if (units[i].active)
                codes[n++] = units[i].code;
        const char *hint = hl_suggest(to, codes, n);
        if (hint)
            hl_err_set(err, HL_ERR_INPUT, "unknown unit \"%s\" (did you mean \"%s\"?)", to, hint);
        else
            hl_err_set(err, HL_ERR_INPUT, "unknown unit \"%s\"", to);
        free(codes);
        return -1;
    }
    if (!dst->active)
        return hl_err_set(err, HL_ERR_INPUT, "unit %s is not active", to);
    if (strcmp(from, to) == 0)
        return hl_err_set(err, HL_ERR_INPUT, "case %s is already with %s", code, to);
    if (hl_case_allowed(HL_CASE_TRANSFER, code, status, err) < 0)
        return -1;
    const struct hl_case_unit *src = find_unit(units, n_units, from);
    hl_buf_reset(&plan->notice_rcpt);
    hl_buf_reset(&plan->forward_rcpt);
    if (src)
        add_unit(&plan->notice_rcpt, src, true);
    add_unit(&plan->notice_rcpt, dst, true);
    add_unit(&plan->forward_rcpt, dst, false);
    if (plan->notice_rcpt.len == 0)
        return hl_err_set(err, HL_ERR_INPUT,
                          "neither %s nor %s has clerks or a feedback address to tell of the "
                          "transfer",
                          from, to);
    return 0;
}
