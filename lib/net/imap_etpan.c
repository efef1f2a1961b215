/*
 * imap_etpan: the mailbox seam (mailbox.h) over libetpan's IMAP client.
 *
 * Security: libetpan verifies nothing, so after every TLS handshake (implicit
 * or STARTTLS) and before LOGIN the peer chain goes through
 * hl_tls_verify_chain; a refusal closes the connection without sending the
 * credentials.  Plaintext is used only for HL_TLS_PLAIN with allow_plain
 * (config limits that to loopback).  The password is never logged or copied
 * into an error.  Plaintext that a server sends after its STARTTLS answer is
 * treated as an injection attempt.
 *
 * Other clients share the mailbox, so everything is addressed by UID and a
 * move expunges only our UIDs: UID MOVE, or UID COPY + UID STORE \Deleted +
 * UID EXPUNGE (UIDPLUS).  A server with neither is refused rather than
 * expunging other clients' \Deleted messages with a plain EXPUNGE.
 *
 * Costs: a fetch is one UID FETCH over a range-compressed UID set; libetpan
 * holds the whole response while it is parsed, and each body is copied once
 * into the caller's buffer, so a batch costs about twice its bytes at peak.
 *
 * Folder names are UTF-8 in the configuration and modified UTF-7 on the wire
 * (RFC 3501 5.1.3), so Vietnamese folder names work.
 *
 * Ownership: struct imap owns the libetpan session; every libetpan structure
 * returned by a command is freed before the operation returns.
 */
#include "mailbox.h"
#include "tls_etpan.h"

#include <errno.h>
#include <libetpan/libetpan.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

struct imap {
    mailimap *s;
    char *host;
    char where[384]; /* "imap HOST:PORT user USER", the prefix of every error */
    bool has_move;
    bool has_uidplus;
    bool has_idle;
    bool selected;
    bool broken; /* the stream failed: do not try to LOGOUT */
};

/* ---- errors ---------------------------------------------------------- */

/* Response codes that say retrying cannot help; others (UNAVAILABLE, INUSE,
 * LIMIT, SERVERBUG, or none) may pass. */
static bool
code_is_permanent(const char *atom)
{
    static const char *const perm[] = {
        "NONEXISTENT",         "NOPERM",   "CANNOT",          "AUTHENTICATIONFAILED",
        "AUTHORIZATIONFAILED", "EXPIRED",  "PRIVACYREQUIRED", "CONTACTADMIN",
        "TRYCREATE",           "OVERQUOTA"};
    for (size_t i = 0; atom && i < HL_NELEM(perm); i++)
        if (strcasecmp(atom, perm[i]) == 0)
            return true;
    return false;
}

/* The response code of the last tagged reply, when libetpan kept one as an
 * atom.  Codes that Dovecot sends in untagged OKs are not about the failure. */
static const char *
last_code(const struct imap *m)
{
    const struct mailimap_response_info *ri = m->s->imap_response_info;
    if (ri == NULL)
        return NULL;
    if (ri->rsp_trycreate)
        return "TRYCREATE";
    const char *a = ri->rsp_atom;
    if (a == NULL || strcasecmp(a, "CLOSED") == 0 || strcasecmp(a, "HIGHESTMODSEQ") == 0 ||
        strcasecmp(a, "NOMODSEQ") == 0)
        return NULL;
    return a;
}

/* Fills err for libetpan result r of command what; returns -1. */
static int
fail(struct imap *m, int r, const char *what, struct hl_err *err)
{
    const char *text = m->s && m->s->imap_response ? m->s->imap_response : "";
    switch (r) {
    case MAILIMAP_ERROR_STREAM:
        m->broken = true;
        return hl_err_set(err, HL_ERR_TEMP, "%s: %s: connection lost or timed out", m->where, what);
    case MAILIMAP_ERROR_CONNECTION_REFUSED:
        m->broken = true;
        return hl_err_set(err, HL_ERR_TEMP,
                          "%s: %s: cannot connect (refused, unreachable or timed out)", m->where,
                          what);
    case MAILIMAP_ERROR_FATAL:
        m->broken = true;
        return hl_err_set(err, HL_ERR_TEMP, "%s: %s: server closed the session: BYE %s", m->where,
                          what, text);
    case MAILIMAP_ERROR_PARSE:
        m->broken = true;
        return hl_err_set(err, HL_ERR_TEMP, "%s: %s: cannot parse the server's response", m->where,
                          what);
    case MAILIMAP_ERROR_MEMORY:
        m->broken = true;
        return hl_err_set(err, HL_ERR_TEMP, "%s: %s: libetpan out of memory", m->where, what);
    case MAILIMAP_ERROR_SSL:
        m->broken = true;
        return hl_err_set(err, HL_ERR_TEMP, "%s: %s: TLS handshake failed", m->where, what);
    case MAILIMAP_ERROR_BAD_STATE:
        return hl_err_set(err, HL_ERR_PERM, "%s: %s: not allowed in this session state", m->where,
                          what);
    case MAILIMAP_ERROR_PROTOCOL:
        return hl_err_set(err, HL_ERR_PERM, "%s: %s: BAD %s", m->where, what, text);
    default: {
        /* Every other code is the command's own NO. */
        const char *code = last_code(m);
        enum hl_err_kind kind = code_is_permanent(code) ? HL_ERR_PERM : HL_ERR_TEMP;
        if (code)
            return hl_err_set(err, kind, "%s: %s: NO [%s] %s", m->where, what, code, text);
        return hl_err_set(err, kind, "%s: %s: NO %s", m->where, what, text);
    }
    }
}

/* ---- folder names: UTF-8 -> modified UTF-7 ------------------------------ */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

/* Decodes one UTF-8 sequence at *p; returns the code point or -1. */
static long
utf8_next(const unsigned char **p)
{
    const unsigned char *s = *p;
    long cp;
    int extra;
    if (s[0] < 0x80) {
        cp = s[0];
        extra = 0;
    } else if ((s[0] & 0xe0) == 0xc0) {
        cp = s[0] & 0x1f;
        extra = 1;
    } else if ((s[0] & 0xf0) == 0xe0) {
        cp = s[0] & 0x0f;
        extra = 2;
    } else if ((s[0] & 0xf8) == 0xf0) {
        cp = s[0] & 0x07;
        extra = 3;
    } else {
        return -1;
    }
    for (int i = 1; i <= extra; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return -1;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    static const long min[] = {0, 0x80, 0x800, 0x10000};
    if (cp < min[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return -1;
    *p = s + extra + 1;
    return cp;
}

/* Returns the wire name of folder (caller frees), or NULL for invalid UTF-8. */
static char *
mutf7_encode(const char *folder)
{
    struct hl_buf b;
    hl_buf_init(&b);
    const unsigned char *p = (const unsigned char *)folder;
    while (*p) {
        if (*p >= 0x20 && *p < 0x7f) {
            hl_buf_putc(&b, (char)*p);
            if (*p == '&')
                hl_buf_putc(&b, '-');
            p++;
            continue;
        }
        /* A run of non-printable-ASCII characters as base64 of UTF-16BE. */
        uint32_t bits = 0;
        int nbits = 0;
        hl_buf_putc(&b, '&');
        while (*p && !(*p >= 0x20 && *p < 0x7f)) {
            long cp = utf8_next(&p);
            if (cp < 0) {
                hl_buf_fini(&b);
                return NULL;
            }
            unsigned units[2];
            int nu = 0;
            if (cp >= 0x10000) {
                cp -= 0x10000;
                units[nu++] = 0xd800 | (unsigned)(cp >> 10);
                units[nu++] = 0xdc00 | (unsigned)(cp & 0x3ff);
            } else {
                units[nu++] = (unsigned)cp;
            }
            for (int i = 0; i < nu; i++) {
                bits = (bits << 16) | units[i];
                nbits += 16;
                while (nbits >= 6) {
                    nbits -= 6;
                    hl_buf_putc(&b, b64[(bits >> nbits) & 0x3f]);
                }
            }
        }
        if (nbits > 0)
            hl_buf_putc(&b, b64[(bits << (6 - nbits)) & 0x3f]);
        hl_buf_putc(&b, '-');
    }
    return hl_buf_steal(&b);
}

static char *
wire_name(struct imap *m, const char *folder, struct hl_err *err)
{
    char *w = mutf7_encode(folder);
    if (w == NULL)
        hl_err_set(err, HL_ERR_CONFIG, "%s: folder name \"%s\" is not valid UTF-8", m->where,
                   folder);
    return w;
}

/* ---- UID sets ----------------------------------------------------------- */

static int
cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Sorted, deduplicated copy of uids without zeros; sets *n_out. */
static uint32_t *
sorted_uids(const uint32_t *uids, size_t n, size_t *n_out)
{
    uint32_t *s = hl_xmalloc((n ? n : 1) * sizeof *s);
    memcpy(s, uids, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_u32);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != 0 && (k == 0 || s[k - 1] != s[i]))
            s[k++] = s[i];
    *n_out = k;
    return s;
}

/* The set as ranges "a:b,c,...": never "n:*", which would name the highest
 * UID even when n is above it. */
static struct mailimap_set *
make_set(const uint32_t *sorted, size_t n)
{
    struct mailimap_set *set = mailimap_set_new_empty();
    if (set == NULL)
        hl_panic("libetpan: out of memory");
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && sorted[j + 1] == sorted[j] + 1)
            j++;
        if (mailimap_set_add_interval(set, sorted[i], sorted[j]) != MAILIMAP_NO_ERROR)
            hl_panic("libetpan: out of memory");
        i = j + 1;
    }
    return set;
}

/* ---- open / close ------------------------------------------------------- */

/* A refusal says why, after the host and port: "TLS certificate of HOST:PORT
 * not trusted: WHY". */
static int
verify_peer(struct imap *m, const struct hl_mailbox_cfg *cfg, struct hl_err *err)
{
    struct hl_err why = {0};
    if (hl_tls_etpan_verify(m->s->imap_stream, cfg->host, &cfg->trust, &why) < 0)
        return hl_err_set(err, why.kind, "%s: TLS certificate of %s:%d not trusted: %s", m->where,
                          cfg->host, cfg->port, why.msg);
    return 0;
}

static void
imap_close(void *mb)
{
    struct imap *m = mb;
    if (m == NULL)
        return;
    if (m->s != NULL) {
        if (!m->broken && m->s->imap_stream != NULL)
            mailimap_logout(m->s);
        mailimap_free(m->s);
    }
    free(m->host);
    free(m);
}

static void *
imap_open(const struct hl_mailbox_cfg *cfg, const char *password, int timeout_s, struct hl_err *err)
{
    struct imap *m = hl_xcalloc(1, sizeof *m);
    int r;
    m->host = hl_xstrdup(cfg->host ? cfg->host : "");
    snprintf(m->where, sizeof m->where,
             strchr(m->host, ':') ? "imap [%s]:%d user %s" : "imap %s:%d user %s", m->host,
             cfg->port, cfg->user ? cfg->user : "?");

    if (cfg->host == NULL || cfg->user == NULL || password == NULL || cfg->port <= 0 ||
        cfg->port > 65535) {
        hl_err_set(err, HL_ERR_CONFIG, "%s: host, port, user and password are required", m->where);
        goto fail;
    }
    if (cfg->tls == HL_TLS_PLAIN && !cfg->allow_plain) {
        hl_err_set(err, HL_ERR_CONFIG, "%s: plaintext IMAP needs allow_plain", m->where);
        goto fail;
    }
    m->s = mailimap_new(0, NULL);
    if (m->s == NULL)
        hl_panic("libetpan: out of memory");
    mailimap_set_timeout(m->s, timeout_s > 0 ? timeout_s : 30);
    char *sni = hl_tls_etpan_sni(m->host);
    uint16_t port = (uint16_t)cfg->port;

    if (cfg->tls == HL_TLS_IMPLICIT)
        r = mailimap_ssl_connect_with_callback(m->s, m->host, port, hl_tls_etpan_set_sni, sni);
    else
        r = mailimap_socket_connect(m->s, m->host, port);
    if (r != MAILIMAP_NO_ERROR && r != MAILIMAP_NO_ERROR_AUTHENTICATED &&
        r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
        fail(m, r, "connect", err);
        goto fail;
    }
    if (cfg->tls == HL_TLS_STARTTLS) {
        r = mailimap_socket_starttls_with_callback(m->s, hl_tls_etpan_set_sni, sni);
        if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_SSL) {
            fail(m, r, "STARTTLS", err);
            goto fail;
        }
        if (r != MAILIMAP_NO_ERROR) {
            hl_err_set(err, HL_ERR_PERM, "%s: server refused STARTTLS: %s", m->where,
                       m->s->imap_response ? m->s->imap_response : "");
            m->broken = true;
            goto fail;
        }
        if (m->s->imap_stream->read_buffer_len > 0) {
            hl_err_set(err, HL_ERR_PERM, "%s: server sent plaintext after STARTTLS", m->where);
            m->broken = true;
            goto fail;
        }
    }
    if (cfg->tls != HL_TLS_PLAIN && verify_peer(m, cfg, err) < 0) {
        m->broken = true; /* say nothing more to an untrusted peer */
        goto fail;
    }

    r = mailimap_login(m->s, cfg->user, password);
    if (r == MAILIMAP_ERROR_LOGIN) {
        const char *code = last_code(m);
        hl_err_set(err, HL_ERR_PERM, "%s: login refused: %s%s%s%s", m->where, code ? "[" : "",
                   code ? code : "", code ? "] " : "",
                   m->s->imap_response ? m->s->imap_response : "");
        goto fail;
    }
    if (r != MAILIMAP_NO_ERROR) {
        fail(m, r, "LOGIN", err);
        goto fail;
    }

    /* Capabilities change at login; ask again rather than trust the greeting. */
    struct mailimap_capability_data *caps = NULL;
    r = mailimap_capability(m->s, &caps);
    if (r != MAILIMAP_NO_ERROR) {
        fail(m, r, "CAPABILITY", err);
        goto fail;
    }
    mailimap_capability_data_free(caps);
    m->has_move = mailimap_has_extension(m->s, "MOVE") != 0;
    m->has_uidplus = mailimap_has_uidplus(m->s) != 0;
    m->has_idle = mailimap_has_idle(m->s) != 0;
    return m;

fail:
    imap_close(m);
    return NULL;
}

/* ---- folders ------------------------------------------------------------ */

/* 1 when LIST shows wire exactly, 0 when not, -1 on error. */
static int
folder_exists(struct imap *m, const char *wire, const char *folder, struct hl_err *err)
{
    clist *list = NULL;
    int r = mailimap_list(m->s, "", wire, &list);
    if (r != MAILIMAP_NO_ERROR) {
        char what[300];
        snprintf(what, sizeof what, "LIST %s", folder);
        return fail(m, r, what, err);
    }
    int found = 0;
    for (clistiter *it = list ? clist_begin(list) : NULL; it; it = clist_next(it)) {
        struct mailimap_mailbox_list *mbl = clist_content(it);
        if (strcmp(mbl->mb_name, wire) == 0 ||
            (strcasecmp(wire, "INBOX") == 0 && strcasecmp(mbl->mb_name, "INBOX") == 0))
            found = 1;
    }
    if (list)
        mailimap_list_result_free(list);
    return found;
}

static int
imap_ensure_folder(void *mb, const char *folder, struct hl_err *err)
{
    struct imap *m = mb;
    int rc = -1;
    char *wire = wire_name(m, folder, err);
    if (wire == NULL)
        return -1;
    int found = folder_exists(m, wire, folder, err);
    if (found != 0) {
        rc = found < 0 ? -1 : 0;
        goto out;
    }
    int r = mailimap_create(m->s, wire);
    if (r == MAILIMAP_NO_ERROR) {
        rc = 0;
        goto out;
    }
    /* Another client may have created it meanwhile (NO [ALREADYEXISTS]). */
    struct hl_err create_err;
    char what[300];
    snprintf(what, sizeof what, "CREATE %s", folder);
    fail(m, r, what, &create_err);
    if (m->broken || folder_exists(m, wire, folder, err) != 1) {
        *err = create_err;
        goto out;
    }
    rc = 0;
out:
    free(wire);
    return rc;
}

static int
imap_select(void *mb, const char *folder, uint32_t *uidvalidity_out, uint32_t *exists_out,
            struct hl_err *err)
{
    struct imap *m = mb;
    char *wire = wire_name(m, folder, err);
    if (wire == NULL)
        return -1;
    m->selected = false;
    int r = mailimap_select(m->s, wire);
    free(wire);
    if (r != MAILIMAP_NO_ERROR) {
        char what[300];
        snprintf(what, sizeof what, "SELECT %s", folder);
        return fail(m, r, what, err);
    }
    const struct mailimap_selection_info *si = m->s->imap_selection_info;
    if (si == NULL || si->sel_uidvalidity == 0)
        return hl_err_set(err, HL_ERR_PERM, "%s: SELECT %s: server gave no UIDVALIDITY", m->where,
                          folder);
    m->selected = true;
    *uidvalidity_out = si->sel_uidvalidity;
    *exists_out = si->sel_exists;
    return 0;
}

/* ---- messages ----------------------------------------------------------- */

static int
imap_list_uids(void *mb, uint32_t **uids_out, size_t *n_out, struct hl_err *err)
{
    struct imap *m = mb;
    *uids_out = NULL;
    *n_out = 0;
    struct mailimap_search_key *key = mailimap_search_key_new_all();
    clist *result = NULL;
    if (key == NULL)
        hl_panic("libetpan: out of memory");
    int r = mailimap_uid_search(m->s, NULL, key, &result);
    mailimap_search_key_free(key);
    if (r != MAILIMAP_NO_ERROR)
        return fail(m, r, "UID SEARCH ALL", err);
    size_t n = result ? (size_t)clist_count(result) : 0;
    uint32_t *raw = hl_xmalloc((n ? n : 1) * sizeof *raw);
    size_t k = 0;
    for (clistiter *it = result ? clist_begin(result) : NULL; it; it = clist_next(it))
        raw[k++] = *(uint32_t *)clist_content(it);
    if (result)
        mailimap_search_result_free(result);
    *uids_out = sorted_uids(raw, k, n_out);
    free(raw);
    return 0;
}

static size_t
find_uid(const uint32_t *sorted, size_t n, uint32_t uid)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sorted[mid] < uid)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && sorted[lo] == uid ? lo : (size_t)-1;
}

/* INTERNALDATE as Unix seconds (the zone is +hhmm as a number: 700, -430);
 * 0 when absent.  Only the arrival-to-commit metric reads it. */
static int64_t
internal_date(const struct mailimap_date_time *d)
{
    if (d == NULL)
        return 0;
    struct tm tm = {.tm_year = d->dt_year - 1900,
                    .tm_mon = d->dt_month - 1,
                    .tm_mday = d->dt_day,
                    .tm_hour = d->dt_hour,
                    .tm_min = d->dt_min,
                    .tm_sec = d->dt_sec};
    int z = d->dt_zone < 0 ? -d->dt_zone : d->dt_zone;
    int64_t offset = (int64_t)(z / 100 * 3600 + z % 100 * 60) * (d->dt_zone < 0 ? -1 : 1);
    return (int64_t)timegm(&tm) - offset;
}

static int
imap_fetch(void *mb, const uint32_t *uids, size_t n, size_t max_bytes, struct hl_fetched **msgs_out,
           size_t *n_out, struct hl_err *err)
{
    struct imap *m = mb;
    int rc = -1;
    size_t ns;
    uint32_t *sorted = sorted_uids(uids, n, &ns);
    /* One slot per requested UID, filled in whatever order the server answers. */
    struct hl_fetched *slots = hl_xcalloc(ns ? ns : 1, sizeof *slots);
    clist *result = NULL;
    *msgs_out = NULL;
    *n_out = 0;
    if (ns == 0) {
        rc = 0;
        goto out;
    }

    struct mailimap_set *set = make_set(sorted, ns);
    struct mailimap_fetch_type *ft = mailimap_fetch_type_new_fetch_att_list_empty();
    struct mailimap_section *section = mailimap_section_new(NULL);
    struct mailimap_fetch_att *body =
        max_bytes == 0 ? mailimap_fetch_att_new_body_peek_section(section)
                       : mailimap_fetch_att_new_body_peek_section_partial(
                             section, 0, max_bytes > UINT32_MAX ? UINT32_MAX : (uint32_t)max_bytes);
    if (set == NULL || ft == NULL || section == NULL || body == NULL ||
        mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid()) != 0 ||
        mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_rfc822_size()) != 0 ||
        mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_internaldate()) !=
            0 ||
        mailimap_fetch_type_new_fetch_att_list_add(ft, body) != 0)
        hl_panic("libetpan: out of memory");
    int r = mailimap_uid_fetch(m->s, set, ft, &result);
    mailimap_fetch_type_free(ft);
    mailimap_set_free(set);
    if (r != MAILIMAP_NO_ERROR) {
        char what[64];
        snprintf(what, sizeof what, "UID FETCH (%zu messages)", ns);
        fail(m, r, what, err);
        goto out;
    }

    for (clistiter *it = result ? clist_begin(result) : NULL; it; it = clist_next(it)) {
        struct mailimap_msg_att *att = clist_content(it);
        uint32_t uid = 0, size = 0;
        bool has_size = false;
        int64_t arrived_at = 0;
        const struct mailimap_msg_att_body_section *sec = NULL;
        for (clistiter *j = clist_begin(att->att_list); j; j = clist_next(j)) {
            struct mailimap_msg_att_item *item = clist_content(j);
            if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC || !item->att_data.att_static)
                continue;
            struct mailimap_msg_att_static *st = item->att_data.att_static;
            if (st->att_type == MAILIMAP_MSG_ATT_UID) {
                uid = st->att_data.att_uid;
            } else if (st->att_type == MAILIMAP_MSG_ATT_RFC822_SIZE) {
                size = st->att_data.att_rfc822_size;
                has_size = true;
            } else if (st->att_type == MAILIMAP_MSG_ATT_INTERNALDATE) {
                arrived_at = internal_date(st->att_data.att_internal_date);
            } else if (st->att_type == MAILIMAP_MSG_ATT_BODY_SECTION) {
                const struct mailimap_msg_att_body_section *bs = st->att_data.att_body_section;
                /* Only the whole-message section from octet 0 is ours. */
                if (bs && (bs->sec_section == NULL || bs->sec_section->sec_spec == NULL) &&
                    bs->sec_origin_octet == 0)
                    sec = bs;
            }
        }
        /* Unsolicited FETCH (flag changes by other clients) carries no body. */
        size_t slot = uid ? find_uid(sorted, ns, uid) : (size_t)-1;
        if (sec == NULL || slot == (size_t)-1 || slots[slot].uid != 0)
            continue;
        size_t len = sec->sec_body_part ? sec->sec_length : 0;
        if (max_bytes && len > max_bytes) /* a server ignoring the partial */
            len = max_bytes;
        struct hl_fetched *f = &slots[slot];
        f->uid = uid;
        f->data = hl_xmalloc(len + 1);
        if (len)
            memcpy(f->data, sec->sec_body_part, len);
        f->data[len] = '\0';
        f->len = len;
        f->full_size = has_size ? size : len;
        f->truncated = f->full_size > len;
        f->arrived_at = arrived_at;
    }

    size_t k = 0;
    for (size_t i = 0; i < ns; i++)
        if (slots[i].uid != 0)
            slots[k++] = slots[i];
    *msgs_out = slots;
    *n_out = k;
    slots = NULL;
    rc = 0;
out:
    if (result)
        mailimap_fetch_list_free(result);
    free(slots);
    free(sorted);
    return rc;
}

static int
imap_sizes(void *mb, const uint32_t *uids, size_t n, size_t *sizes_out, struct hl_err *err)
{
    struct imap *m = mb;
    memset(sizes_out, 0, n * sizeof *sizes_out);
    size_t ns;
    uint32_t *sorted = sorted_uids(uids, n, &ns);
    if (ns == 0) {
        free(sorted);
        return 0;
    }
    struct mailimap_set *set = make_set(sorted, ns);
    struct mailimap_fetch_type *ft = mailimap_fetch_type_new_fetch_att_list_empty();
    if (set == NULL || ft == NULL ||
        mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid()) != 0 ||
        mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_rfc822_size()) != 0)
        hl_panic("libetpan: out of memory");
    clist *result = NULL;
    int r = mailimap_uid_fetch(m->s, set, ft, &result);
    mailimap_fetch_type_free(ft);
    mailimap_set_free(set);
    if (r != MAILIMAP_NO_ERROR) {
        free(sorted);
        return fail(m, r, "UID FETCH (RFC822.SIZE)", err);
    }
    for (clistiter *it = result ? clist_begin(result) : NULL; it; it = clist_next(it)) {
        struct mailimap_msg_att *att = clist_content(it);
        uint32_t uid = 0, size = 0;
        for (clistiter *j = clist_begin(att->att_list); j; j = clist_next(j)) {
            struct mailimap_msg_att_item *item = clist_content(j);
            if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC || !item->att_data.att_static)
                continue;
            struct mailimap_msg_att_static *st = item->att_data.att_static;
            if (st->att_type == MAILIMAP_MSG_ATT_UID)
                uid = st->att_data.att_uid;
            else if (st->att_type == MAILIMAP_MSG_ATT_RFC822_SIZE)
                size = st->att_data.att_rfc822_size;
        }
        if (uid == 0 || find_uid(sorted, ns, uid) == (size_t)-1)
            continue;
        for (size_t i = 0; i < n; i++)
            if (uids[i] == uid)
                sizes_out[i] = size;
    }
    if (result)
        mailimap_fetch_list_free(result);
    free(sorted);
    return 0;
}

static int
imap_move(void *mb, const uint32_t *uids, size_t n, const char *dest, struct hl_err *err)
{
    struct imap *m = mb;
    int rc = -1, r;
    size_t ns;
    char what[300];
    uint32_t *sorted = sorted_uids(uids, n, &ns);
    struct mailimap_set *set = NULL;
    char *wire = NULL;
    if (ns == 0) {
        rc = 0;
        goto out;
    }
    if (!m->has_move && !m->has_uidplus) {
        hl_err_set(err, HL_ERR_PERM,
                   "%s: server offers neither MOVE nor UIDPLUS; refusing a plain EXPUNGE that "
                   "would remove other clients' deleted messages",
                   m->where);
        goto out;
    }
    wire = wire_name(m, dest, err);
    if (wire == NULL)
        goto out;
    set = make_set(sorted, ns);

    if (m->has_move) {
        r = mailimap_uid_move(m->s, set, wire);
        if (r != MAILIMAP_NO_ERROR) {
            snprintf(what, sizeof what, "UID MOVE (%zu messages) to %s", ns, dest);
            fail(m, r, what, err);
            goto out;
        }
        rc = 0;
        goto out;
    }

    r = mailimap_uid_copy(m->s, set, wire);
    if (r != MAILIMAP_NO_ERROR) {
        snprintf(what, sizeof what, "UID COPY (%zu messages) to %s", ns, dest);
        fail(m, r, what, err);
        goto out;
    }
    struct mailimap_flag_list *flags = mailimap_flag_list_new_empty();
    struct mailimap_flag *deleted = mailimap_flag_new_deleted();
    if (flags == NULL || deleted == NULL || mailimap_flag_list_add(flags, deleted) != 0)
        hl_panic("libetpan: out of memory");
    struct mailimap_store_att_flags *store = mailimap_store_att_flags_new_add_flags_silent(flags);
    if (store == NULL)
        hl_panic("libetpan: out of memory");
    r = mailimap_uid_store(m->s, set, store);
    mailimap_store_att_flags_free(store);
    if (r != MAILIMAP_NO_ERROR) {
        snprintf(what, sizeof what, "UID STORE \\Deleted (%zu messages)", ns);
        fail(m, r, what, err);
        goto out;
    }
    r = mailimap_uid_expunge(m->s, set);
    if (r != MAILIMAP_NO_ERROR) {
        snprintf(what, sizeof what, "UID EXPUNGE (%zu messages)", ns);
        fail(m, r, what, err);
        goto out;
    }
    rc = 0;
out:
    if (set)
        mailimap_set_free(set);
    free(wire);
    free(sorted);
    return rc;
}

/* ---- waiting ------------------------------------------------------------ */

static int
imap_idle_start(void *mb, int *fd_out, struct hl_err *err)
{
    struct imap *m = mb;
    if (!m->has_idle)
        return hl_err_set(err, HL_ERR_PERM, "%s: the server does not offer IDLE", m->where);
    if (!m->selected || m->s->imap_selection_info == NULL)
        return hl_err_set(err, HL_ERR_PERM, "%s: IDLE without a selected folder", m->where);
    int r = mailimap_idle(m->s);
    if (r != MAILIMAP_NO_ERROR)
        return fail(m, r, "IDLE", err);
    *fd_out = mailimap_idle_get_fd(m->s);
    if (*fd_out < 0)
        return hl_err_set(err, HL_ERR_TEMP, "%s: IDLE: no connection", m->where);
    /* News may already sit in libetpan's read buffer, where poll cannot see
     * it.  (Bytes buffered inside GnuTLS are not visible either; they are
     * rare right after the continuation and wait at most for the next
     * refresh or news.) */
    return m->s->imap_stream->read_buffer_len > 0 ? 1 : 0;
}

static int
imap_idle_done(void *mb, struct hl_err *err)
{
    struct imap *m = mb;
    /* DONE collects whatever arrived, even during the last instant. */
    int r = mailimap_idle_done(m->s);
    if (r != MAILIMAP_NO_ERROR)
        return fail(m, r, "IDLE DONE", err);
    const struct mailimap_selection_info *si = m->s->imap_selection_info;
    return si && (si->sel_has_exists || si->sel_has_recent) ? 1 : 0;
}

static int
imap_idle(void *mb, int timeout_ms, struct hl_err *err)
{
    struct imap *m = mb;
    if (!m->has_idle)
        return 0;
    int fd = -1;
    int r = imap_idle_start(mb, &fd, err);
    if (r < 0)
        return -1;
    if (r == 0) {
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        if (poll(&pfd, 1, timeout_ms < 0 ? 0 : timeout_ms) < 0 && errno != EINTR)
            return hl_err_set(err, HL_ERR_TEMP, "%s: IDLE: poll: %s", m->where, strerror(errno));
    }
    return imap_idle_done(mb, err);
}

static bool
imap_has_idle(void *mb)
{
    const struct imap *m = mb;
    return m->has_idle;
}

const struct hl_mailbox_ops hl_imap_ops = {
    .open = imap_open,
    .close = imap_close,
    .ensure_folder = imap_ensure_folder,
    .select = imap_select,
    .list_uids = imap_list_uids,
    .fetch = imap_fetch,
    .sizes = imap_sizes,
    .move = imap_move,
    .idle = imap_idle,
    .has_idle = imap_has_idle,
    .idle_start = imap_idle_start,
    .idle_done = imap_idle_done,
};
