/* autoreply: see autoreply.h.  The checks read only decoded header values of
 * one message.  Every string built is bounded (the reason is a fixed buffer,
 * header values are quoted at most QUOTE_MAX bytes). */
#include "autoreply.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compose.h"
#include "fold.h"

#define QUOTE_MAX 80

static const char *const check_names[] = {
    [HL_AR_OK] = "ok",
    [HL_AR_OWN_LOOP] = "own_loop",
    [HL_AR_NULL_SENDER] = "null_sender",
    [HL_AR_AMBIGUOUS_SENDER] = "ambiguous_sender",
    [HL_AR_SYSTEM_SENDER] = "system_sender",
    [HL_AR_OWN_ADDRESS] = "own_address",
    [HL_AR_FOREIGN_LOOP] = "foreign_loop",
    [HL_AR_AUTO_SUBMITTED] = "auto_submitted",
    [HL_AR_AUTOREPLY_HEADER] = "autoreply_header",
    [HL_AR_PRECEDENCE] = "precedence",
    [HL_AR_MAILING_LIST] = "mailing_list",
    [HL_AR_REPORT] = "report",
    [HL_AR_SPAM_VERDICT] = "spam_verdict",
    [HL_AR_OOO_SUBJECT] = "ooo_subject",
};

const char *
hl_autoreply_check_name(enum hl_autoreply_check check)
{
    if ((size_t)check < HL_NELEM(check_names) && check_names[check])
        return check_names[check];
    return "?";
}

void
hl_autoreply_policy_default(struct hl_autoreply_policy *pol)
{
    memset(pol, 0, sizeof *pol);
    pol->max_acks_per_sender = 3;
    pol->window_s = 86400;
}

bool
hl_autoreply_rate_allows(const struct hl_autoreply_policy *pol, int acks_in_window)
{
    return pol->max_acks_per_sender > 0 && acks_in_window < pol->max_acks_per_sender;
}

static enum hl_autoreply_check HL_PRINTF(3, 4)
    stop(struct hl_autoreply_verdict *v, enum hl_autoreply_check check, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->reason, sizeof v->reason, fmt, ap);
    va_end(ap);
    /* Header values are hostile: keep the reason one printable line. */
    for (char *p = v->reason; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = ' ';
    v->check = check;
    v->drop = check == HL_AR_OWN_LOOP;
    return check;
}

/* Value without surrounding blanks, at most QUOTE_MAX bytes, for reasons. */
static const char *
quote(const char *s, char *buf, size_t size)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    if (n > QUOTE_MAX)
        n = QUOTE_MAX;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    /* Do not cut a UTF-8 character in two. */
    while (n > 0 && n < strlen(s) && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    snprintf(buf, size, "%.*s", (int)n, s);
    return buf;
}

/* First word of a header value, lower-cased ("auto-replied; x=y" -> "auto-replied"). */
static void
first_token(const char *s, char *out, size_t size)
{
    size_t w = 0;
    while (*s == ' ' || *s == '\t')
        s++;
    while (*s && *s != ';' && *s != ' ' && *s != '\t' && *s != ',' && w + 1 < size) {
        char c = *s++;
        out[w++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out[w] = '\0';
}

static bool
is_negative(const char *value)
{
    char tok[16];
    first_token(value, tok, sizeof tok);
    return strcmp(tok, "no") == 0 || strcmp(tok, "false") == 0 || strcmp(tok, "0") == 0;
}

/* The addr-spec inside "<...>" of a Return-Path, or the whole value.  Returns
 * false for the null path "<>". */
bool
hl_autoreply_return_path(const char *value, char *out, size_t size)
{
    const char *lt = strchr(value, '<');
    const char *b = lt ? lt + 1 : value;
    while (*b == ' ')
        b++;
    const char *e = lt ? strchr(b, '>') : b + strlen(b);
    if (e == NULL)
        e = b + strlen(b);
    while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    size_t n = (size_t)(e - b);
    if (n >= size)
        n = size - 1;
    memcpy(out, b, n);
    out[n] = '\0';
    return n > 0;
}

static bool
system_local_part(const char *address)
{
    static const char *const exact[] = {"mailer-daemon", "mailer_daemon", "mailerdaemon",
                                        "postmaster",    "bounce",        "bounces"};
    static const char *const prefixes[] = {"noreply",      "no-reply",     "no_reply", "donotreply",
                                           "do-not-reply", "do_not_reply", "bounce-",  "bounces-",
                                           "bounces+",     "mailer-daemon"};
    const char *at = strrchr(address, '@');
    size_t n = at ? (size_t)(at - address) : strlen(address);
    for (size_t i = 0; i < HL_NELEM(exact); i++)
        if (strlen(exact[i]) == n && strncasecmp(address, exact[i], n) == 0)
            return true;
    for (size_t i = 0; i < HL_NELEM(prefixes); i++) {
        size_t pl = strlen(prefixes[i]);
        if (pl > n || strncasecmp(address, prefixes[i], pl) != 0)
            continue;
        /* "noreply", "noreply+x", "no-reply.vn" but not "noreplyteam"-like words
         * glued to letters, except when the prefix ends in a separator. */
        char next = pl < n ? address[pl] : '\0';
        char last = prefixes[i][pl - 1];
        if (pl == n || last == '-' || last == '+' ||
            !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')))
            return true;
    }
    return false;
}

static bool
own_address(const struct hl_autoreply_policy *pol, const char *address)
{
    for (size_t i = 0; i < pol->n_own; i++)
        if (pol->own_addresses[i] && strcasecmp(pol->own_addresses[i], address) == 0)
            return true;
    return false;
}

static bool
is_report_type(const char *ct)
{
    return strncasecmp(ct, "multipart/report", 16) == 0 ||
           strncasecmp(ct, "message/delivery-status", 23) == 0 ||
           strncasecmp(ct, "message/global-delivery-status", 30) == 0 ||
           strncasecmp(ct, "message/disposition-notification", 32) == 0;
}

/* Out-of-office subject starts, folded (no diacritics, lower case).  A phrase
 * ending in a space must be followed by more text; "vang mat" needs a colon or
 * a dash after it, being an ordinary Vietnamese word. */
static bool
ooo_subject(const char *subject)
{
    static const char *const starts[] = {
        "out of office",   "out of the office",   "automatic reply", "auto reply",
        "auto-reply",      "autoreply",           "auto:",           "tra loi tu dong",
        "tu dong tra loi", "thu tra loi tu dong", "thu tu dong",     "vang mat:",
        "vang mat -",      "vang mat(",           "vang mat (",      "abwesenheitsnotiz",
    };
    char *f = hl_fold_str(subject);
    const char *s = f;
    while (*s == ' ' || *s == '\t' || *s == '[' || *s == '(')
        s++;
    bool hit = false;
    for (size_t i = 0; i < HL_NELEM(starts) && !hit; i++)
        hit = strncmp(s, starts[i], strlen(starts[i])) == 0;
    free(f);
    return hit;
}

enum hl_autoreply_check
hl_autoreply_check(const struct hl_message *msg, const struct hl_autoreply_policy *pol,
                   struct hl_autoreply_verdict *v)
{
    char q[QUOTE_MAX + 8];
    const char *h;
    v->check = HL_AR_OK;
    v->drop = false;
    v->reason[0] = '\0';

    /* 1. Our own loop header, and 6 for another installation's. */
    bool foreign_hotline = false;
    char foreign_value[QUOTE_MAX + 8] = "";
    for (size_t i = 0; i < msg->n_headers; i++) {
        if (strcasecmp(msg->headers[i].name, "X-Hotline-Loop") != 0)
            continue;
        char tok[256];
        first_token(msg->headers[i].value, tok, sizeof tok);
        if (pol->loop_domain && strcasecmp(tok, pol->loop_domain) == 0)
            return stop(v, HL_AR_OWN_LOOP, "X-Hotline-Loop: %s", quote(tok, q, sizeof q));
        foreign_hotline = true;
        quote(msg->headers[i].value, foreign_value, sizeof foreign_value);
    }

    /* 2. Null sender. */
    char rp[256] = "";
    bool has_rp = false;
    if ((h = hl_message_header(msg, "Return-Path")) != NULL) {
        has_rp = hl_autoreply_return_path(h, rp, sizeof rp);
        if (!has_rp)
            return stop(v, HL_AR_NULL_SENDER, "Return-Path: <> (null envelope sender)");
    }
    if (msg->from.address == NULL || msg->from.address[0] == '\0')
        return stop(v, HL_AR_NULL_SENDER, "no From address");

    /* 3. Two From headers: no one address to answer. */
    size_t n_from = 0;
    for (size_t i = 0; i < msg->n_headers; i++)
        n_from += strcasecmp(msg->headers[i].name, "From") == 0;
    if (n_from > 1)
        return stop(v, HL_AR_AMBIGUOUS_SENDER, "%zu From headers", n_from);

    /* 4. System senders. */
    if (system_local_part(msg->from.address))
        return stop(v, HL_AR_SYSTEM_SENDER, "From: %s", quote(msg->from.address, q, sizeof q));
    if (has_rp && system_local_part(rp))
        return stop(v, HL_AR_SYSTEM_SENDER, "Return-Path: %s", quote(rp, q, sizeof q));

    /* 5. Ourselves. */
    if (own_address(pol, msg->from.address))
        return stop(v, HL_AR_OWN_ADDRESS, "From: %s is our own address",
                    quote(msg->from.address, q, sizeof q));
    if (has_rp && own_address(pol, rp))
        return stop(v, HL_AR_OWN_ADDRESS, "Return-Path: %s is our own address",
                    quote(rp, q, sizeof q));

    /* 6. Other helpdesks. */
    if (foreign_hotline)
        return stop(v, HL_AR_FOREIGN_LOOP, "X-Hotline-Loop: %s", foreign_value);
    for (size_t i = 0; i < msg->n_headers; i++) {
        const char *name = msg->headers[i].name;
        const char *value = msg->headers[i].value ? msg->headers[i].value : "";
        bool hit =
            strcasecmp(name, "X-Loop") == 0 || strcasecmp(name, "X-RT-Loop-Prevention") == 0 ||
            (strcasecmp(name, "X-OTRS-Loop") == 0 && !is_negative(value)) ||
            hl_str_has_prefix_ci(name, "X-Zendesk-") || hl_str_has_prefix_ci(name, "X-Freshdesk-");
        if (hit)
            return stop(v, HL_AR_FOREIGN_LOOP, "%s: %s", name, quote(value, q, sizeof q));
    }

    /* 7. RFC 3834. */
    if ((h = hl_message_header(msg, "Auto-Submitted")) != NULL && !is_negative(h)) {
        char tok[64];
        first_token(h, tok, sizeof tok);
        if (tok[0] != '\0')
            return stop(v, HL_AR_AUTO_SUBMITTED, "Auto-Submitted: %s", quote(h, q, sizeof q));
    }

    /* 8. Non-standard auto-reply markers. */
    static const char *const autoreply_headers[] = {"X-Autoreply", "X-Autorespond", "X-Auto-Reply",
                                                    "X-Autoresponder"};
    for (size_t i = 0; i < HL_NELEM(autoreply_headers); i++)
        if ((h = hl_message_header(msg, autoreply_headers[i])) != NULL && !is_negative(h))
            return stop(v, HL_AR_AUTOREPLY_HEADER, "%s: %s", autoreply_headers[i],
                        quote(h, q, sizeof q));

    /* 9. Precedence. */
    if ((h = hl_message_header(msg, "Precedence")) != NULL) {
        char tok[32];
        first_token(h, tok, sizeof tok);
        if (strcmp(tok, "bulk") == 0 || strcmp(tok, "junk") == 0 || strcmp(tok, "list") == 0 ||
            strcmp(tok, "auto_reply") == 0)
            return stop(v, HL_AR_PRECEDENCE, "Precedence: %s", tok);
    }

    /* 10. Mailing lists. */
    static const char *const list_headers[] = {"List-Id", "List-Unsubscribe", "List-Post"};
    for (size_t i = 0; i < HL_NELEM(list_headers); i++)
        if ((h = hl_message_header(msg, list_headers[i])) != NULL)
            return stop(v, HL_AR_MAILING_LIST, "%s: %s", list_headers[i], quote(h, q, sizeof q));

    /* 11. Delivery and disposition reports. */
    if ((h = hl_message_header(msg, "Content-Type")) != NULL) {
        const char *ct = h;
        while (*ct == ' ' || *ct == '\t')
            ct++;
        if (is_report_type(ct))
            return stop(v, HL_AR_REPORT, "Content-Type: %s", quote(ct, q, sizeof q));
    }
    for (size_t i = 0; i < msg->n_atts; i++)
        if (msg->atts[i].content_type && is_report_type(msg->atts[i].content_type))
            return stop(v, HL_AR_REPORT, "part %s", quote(msg->atts[i].content_type, q, sizeof q));

    /* 12. Upstream spam verdicts. */
    if ((h = hl_message_header(msg, "X-Spam-Flag")) != NULL) {
        char tok[16];
        first_token(h, tok, sizeof tok);
        if (strcmp(tok, "yes") == 0)
            return stop(v, HL_AR_SPAM_VERDICT, "X-Spam-Flag: %s", quote(h, q, sizeof q));
    }
    static const char *const spam_headers[] = {"X-Spam-Status", "X-Spam"};
    for (size_t i = 0; i < HL_NELEM(spam_headers); i++) {
        if ((h = hl_message_header(msg, spam_headers[i])) == NULL)
            continue;
        char tok[16];
        first_token(h, tok, sizeof tok);
        if (strcmp(tok, "yes") == 0)
            return stop(v, HL_AR_SPAM_VERDICT, "%s: %s", spam_headers[i], quote(h, q, sizeof q));
    }

    /* 13. Out-of-office subjects. */
    if (msg->subject && ooo_subject(msg->subject))
        return stop(v, HL_AR_OOO_SUBJECT, "Subject: %s", quote(msg->subject, q, sizeof q));

    return HL_AR_OK;
}
