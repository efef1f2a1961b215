/*
 * intake_pg: the intake half of store.h over libpq.  The intake commit sends
 * a whole batch in libpq pipeline mode: every statement up to the Sync runs
 * in one implicit transaction, so the batch is all-or-nothing and costs one
 * round trip instead of one per row.  The batch's mail that opens a case,
 * the bulk of it, is one set-based statement (new_set_sql), which alone
 * opens cases and claims acknowledgements; replies and machine mail are one
 * statement each (ins_sql).
 */
#include "store_int.h"
#include "sql_gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "charset.h"
#include "dedup_pg.h"
#include "reply_pg.h"

/* ---- intake seam ---- */

static void
uid_array(struct hl_buf *b, const uint32_t *uids, size_t n)
{
    hl_buf_putc(b, '{');
    for (size_t i = 0; i < n; i++)
        hl_buf_printf(b, i ? ",%u" : "%u", uids[i]);
    hl_buf_putc(b, '}');
}

static int
pg_known_uids(void *store, int mailbox_id, uint32_t uidvalidity, const uint32_t *uids, size_t n,
              bool *known_out, struct hl_err *err)
{
    struct hl_store *s = store;
    struct hl_buf arr;
    char id[16], uv[16];
    hl_buf_init(&arr);
    uid_array(&arr, uids, n);
    snprintf(id, sizeof id, "%d", mailbox_id);
    snprintf(uv, sizeof uv, "%u", uidvalidity);
    const char *p[] = {id, uv, arr.data};
    PGresult *res = exec_params(s,
                                "SELECT uid FROM messages WHERE mailbox_id = $1 AND uidvalidity = "
                                "$2 AND uid = ANY($3::bigint[])",
                                3, p);
    hl_buf_fini(&arr);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return pg_fail(s, res, err, "look up known UIDs");
    memset(known_out, 0, n * sizeof *known_out);
    for (int r = 0; r < PQntuples(res); r++) {
        uint32_t uid = (uint32_t)strtoul(PQgetvalue(res, r, 0), NULL, 10);
        for (size_t i = 0; i < n; i++)
            if (uids[i] == uid)
                known_out[i] = true;
    }
    PQclear(res);
    return 0;
}

static int
pg_known_digests(void *store, int mailbox_id, const char *const *sha256s, size_t n, bool *dup_out,
                 struct hl_err *err)
{
    struct hl_store *s = store;
    struct hl_buf arr;
    char id[16];
    hl_buf_init(&arr);
    hl_pg_text_array(&arr, (char *const *)sha256s, n);
    snprintf(id, sizeof id, "%d", mailbox_id);
    const char *p[] = {id, arr.data};
    PGresult *res = exec_params(
        s, "SELECT sha256 FROM messages WHERE mailbox_id = $1 AND sha256 = ANY($2::text[])", 2, p);
    hl_buf_fini(&arr);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return pg_fail(s, res, err, "look up known digests");
    memset(dup_out, 0, n * sizeof *dup_out);
    for (int r = 0; r < PQntuples(res); r++) {
        const char *d = PQgetvalue(res, r, 0);
        for (size_t i = 0; i < n; i++)
            if (strcmp(sha256s[i], d) == 0)
                dup_out[i] = true;
    }
    PQclear(res);
    return 0;
}

static int
pg_set_uidvalidity(void *store, int mailbox_id, uint32_t uidvalidity, uint32_t *previous_out,
                   struct hl_err *err)
{
    struct hl_store *s = store;
    char id[16], uv[16];
    snprintf(id, sizeof id, "%d", mailbox_id);
    snprintf(uv, sizeof uv, "%u", uidvalidity);
    const char *p[] = {id, uv};
    PGresult *res = exec_params(s,
                                "UPDATE mailboxes m SET uidvalidity = $2, last_uid = CASE WHEN "
                                "o.uidvalidity IS DISTINCT FROM $2 THEN 0 ELSE m.last_uid END "
                                "FROM (SELECT uidvalidity FROM mailboxes WHERE id = $1) o "
                                "WHERE m.id = $1 RETURNING coalesce(o.uidvalidity, 0)",
                                2, p);
    if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1)
        return pg_fail(s, res, err, "record UIDVALIDITY");
    *previous_out = (uint32_t)strtoul(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    return 0;
}

/* ins_sql: one message, one statement: the case it joins, the message, the
 * events, and the mail that follows from it (relay to the citizen for a
 * clerk's answer; notice to the clerks for a citizen's addition; the bounce
 * bookkeeping for a DSN about our mail).  The parameters, which new_set_sql
 * takes as arrays (it reads those of a new case, ins_sql the others):
 *   $1 create?  $2 prefix  $3 unit  $4 receiving unit  $5 category  $6 priority
 *   $7 tags  $8 fields  $9 subject  $10 from  $11 from name  $12 flagged
 *   $13 problems  $14 deadline days  $15 no ack  $16 mailbox  $17 uidvalidity
 *   $18 uid  $19 disposition  $20 raw  $21 size  $22 truncated  $23 sha256
 *   $24 message-id  $25 in-reply-to  $26 references  $27 to  $28 delivered-to
 *   $29 text  $30 charset  $31 malformed  $32 rules trace  $33 disposition
 *   reason  $34 no-ack reason  $35 thread code  $36 max acks  $37 ack window
 *   $38 due  $39 transfer due  $40 bounced outbox row  $41 bounce permanent?
 *   $42 bounce detail  $43 clerk command  $44 kind  $45 accused unit
 *   $46 legal basis of the kind's time limit  $47 why a clerk's mail is unverified
 *   (NULL: verified, trust.h)  $48 acknowledgements per unit and hour (0: no cap)
 *   $49..$61 the reply's plan (reply_pg.h: hl_reply_pg_params) */
/* ins_sql's parameter count and the places (0-based) the code names. */
#define N_ITEM_PARAMS 48
#define N_INS_PARAMS (N_ITEM_PARAMS + HL_REPLY_PG_N_PARAMS)
#define ITEM_UID 17
#define ITEM_RAW 19
/* new_set_sql: ins_sql's as arrays, then the attachments' seven, then the
 * letter's key and intake.dedup_days. */
#define N_SET_PARAMS 57
#define SET_ATT_UID 48
#define SET_ATT_DATA 54
#define SET_LETTER_KEY 55
/* Type OIDs (catalog/pg_type_d.h, which libpq does not install). */
#define PG_BYTEA_OID 17
#define PG_TEXT_OID 25
#define PG_BYTEA_ARRAY_OID 1001
#define PG_TEXT_ARRAY_OID 1009

/* The statements read as SQL, one clause a line. */
/* clang-format off */

/* The message row; CASE_ID and DISPOSITION are SQL expressions. */
#define SQL_MESSAGE_INSERT(CASE_ID, DISPOSITION)                                                   \
    " m AS ("                                                                                      \
    " INSERT INTO messages (case_id, mailbox_id, uidvalidity, uid, disposition, raw, raw_size,"    \
    "  truncated, sha256, message_id, in_reply_to, references_hdr, from_address, from_name,"       \
    "  to_addrs, delivered_to, subject, body_text, charset_note, problems, malformed,"             \
    "  disposition_reason)"                                                                        \
    " VALUES (" CASE_ID ", $16::int, $17::bigint, $18::bigint, " DISPOSITION ", $20::bytea,"       \
    "  $21::bigint, $22::bool, $23, $24, $25, $26, $10, $11, $27, $28, $9, $29, $30, $13,"         \
    "  $31::bool, $33) RETURNING id),"

/* Everything that opens no case: a reply that names a case (joined as the
 * citizen's, a clerk's or a stranger's) and mail that opens no case (a DSN
 * about our mail among it).  Every new case, with its acknowledgement (one
 * rate limit, one algorithm), is new_set_sql's. */
static const char ins_sql[] =
    "WITH"
    /* Who wrote it and what follows was decided in C (reply.h, $49 on);
     * this only checks that the case is still what that was decided on
     * (else hl_case_changed aborts the batch and intake reads it again) and
     * writes the plan down.  A case merged into another (case merge)
     * threads to its successor. */
    " t0 AS (SELECT k.id, k.code, k.unit_code, " HL_REPLY_PG_VIEW("k0", "k") " AS view"
    "  FROM cases k0 JOIN cases k ON k.id = coalesce(k0.merged_into, k0.id)"
    "  WHERE k0.code = $35 AND $1::bool),"
    " t AS (SELECT id, code, unit_code, $49::text AS role FROM t0 WHERE CASE WHEN $49::text"
    "  IS NOT NULL AND view = $50::jsonb THEN true ELSE hl_case_changed($35) END),"
    " b AS (SELECT o.id AS oid, o.case_id, o.kind FROM outbox o WHERE o.id = $40::bigint),"
    SQL_MESSAGE_INSERT(
        "coalesce((SELECT id FROM t), (SELECT case_id FROM b))",
        "coalesce((SELECT 'reply_' || role FROM t), $19)")
    " e5 AS (INSERT INTO events (case_id, actor, kind, detail)"
    "  SELECT id, coalesce($10, 'unknown'), $61::text,"
    "  jsonb_build_object('from', $10::text, 'subject', $9::text, 'message_id', $24::text)"
    "  || CASE WHEN role = 'clerk_unverified' THEN jsonb_build_object('why', $47::text)"
    "  ELSE '{}' END FROM t),"
    /* A stranger's mail, or a clerk's without a verified reply tag. */
    " f AS (UPDATE cases SET flagged = true, flag_reason = concat_ws(E'\\n', flag_reason, $51::text),"
    "  updated_at = now() WHERE id = (SELECT id FROM t) AND $51::text IS NOT NULL),"
    /* The unit's clerks hear that mail in a clerk's name was held. */
    " v1 AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt, vars)"
    "  SELECT t.id, (SELECT id FROM m), 'unverified', t.unit_code, $52::text[],"
    "  jsonb_build_object('sender', $10::text, 'reason', $47::text) FROM t"
    "  WHERE $52::text[] IS NOT NULL),"
    /* A clerk's answer: relayed to the citizen from the unit's address,
     * the status moved, the first response recorded. */
    " r0 AS (SELECT id, unit_code FROM t WHERE $53::bool),"
    " r1 AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt)"
    "  SELECT id, (SELECT id FROM m), 'relay', unit_code, ARRAY[$54::text]"
    "  FROM r0 WHERE $54::text IS NOT NULL RETURNING id),"
    " r2 AS (UPDATE cases SET first_response_at = coalesce(first_response_at, now()),"
    "  status = coalesce($55::text, status), resolved_at = CASE WHEN $56::bool THEN now()"
    "  ELSE resolved_at END, updated_at = now() WHERE id = (SELECT id FROM r0)),"
    " r3 AS (INSERT INTO events (case_id, actor, kind, detail)"
    "  SELECT id, coalesce($10, 'unknown'), 'answered', jsonb_build_object('first', $57::bool,"
    "  'relayed', EXISTS (SELECT 1 FROM r1), 'why_not', $58::text, 'resolved', $56::bool)"
    "  FROM r0),"
    " r4 AS (INSERT INTO events (case_id, actor, kind, detail)"
    "  SELECT t.id, coalesce($10, 'unknown'), 'internal_note', jsonb_build_object('subject',"
    "  $9::text) FROM t WHERE $59::bool),"
    /* A citizen's addition, to the clerks the plan names. */
    " n1 AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt)"
    "  SELECT t.id, (SELECT id FROM m), 'notice', t.unit_code, ARRAY[q.x] FROM t,"
    "  unnest($60::text[]) WITH ORDINALITY AS q (x, n) ORDER BY q.n),"
    /* A bounce of our mail: on the row, on the case, and for an answer to
     * the citizen, the mark that tells the clerk to phone instead. */
    " b1 AS (UPDATE outbox SET bounced_at = now(), bounce_detail = $42"
    "  WHERE id = (SELECT oid FROM b) AND $41::bool),"
    " b2 AS (UPDATE cases SET flagged = true, citizen_undeliverable = citizen_undeliverable OR"
    "  (SELECT kind IN ('ack', 'relay') FROM b), flag_reason = concat_ws(E'\\n', flag_reason,"
    "  'undeliverable ' || (SELECT kind FROM b) || ' mail: ' || coalesce($42, 'bounced')),"
    "  updated_at = now() WHERE id = (SELECT case_id FROM b) AND $41::bool),"
    " b3 AS (INSERT INTO events (case_id, actor, kind, detail)"
    "  SELECT case_id, 'hotlined', 'bounced', jsonb_build_object('outbox', oid, 'kind', kind,"
    "  'permanent', $41::bool, 'detail', $42::text) FROM b WHERE case_id IS NOT NULL)"
    " SELECT (SELECT '~' || code FROM t), (SELECT id FROM m)";

/* clang-format on */

/* Every mail of a batch that opens a case, in one statement: the
 * parameters are those of ins_sql, each an array with one element per mail
 * (text[] but for $20, the raw bytes, bytea[]), and $49..$55 the
 * attachments of all of them (uid, position, filename, content type, size,
 * sha256, bytes).  Planning once per batch instead of once per mail is what
 * this is for.  Case numbers follow the order of the arrays (nextval runs
 * after the sort), and the acknowledgement checks see the mail of the batch
 * in that order: one acknowledgement per Message-ID, and a sender's k-th
 * mail is acknowledged while the acknowledgements already sent plus k stay
 * within the limit.  Returns (position in the arrays, case code) per mail. */
/* clang-format off */
static const char *const new_set_sql = hl_sql_intake_new_set;
/* clang-format on */

static const char att_sql[] =
    "INSERT INTO attachments (message_id, position, filename, content_type, size, sha256, data)"
    " VALUES (currval('messages_id_seq'), $1::int, $2, $3, $4::bigint, $5, $6::bytea)";

static const char mbox_sql[] =
    "UPDATE mailboxes SET last_uid = greatest(last_uid, $2::bigint), ingested = ingested + "
    "$3::bigint, flagged = flagged + $4::bigint WHERE id = $1::int";

/* Text parameters must be valid UTF-8 without NUL: hostile headers are
 * repaired here rather than failing the whole batch. */
static const char *
clean_text(struct hl_arena *a, const char *s)
{
    if (s == NULL)
        return NULL;
    size_t len = strlen(s);
    if (hl_utf8_valid((const unsigned char *)s, len))
        return s;
    return hl_utf8_nfc(a, s, len);
}

static void
addr_list(struct hl_buf *b, const struct hl_addr *addrs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (addrs[i].address == NULL)
            continue;
        if (b->len)
            hl_buf_puts(b, ", ");
        hl_buf_puts(b, addrs[i].address);
    }
}

static int
prepare_statements(struct hl_store *s, struct hl_err *err)
{
    if (s->prepared)
        return 0;
    /* ins_sql stores no case and reads only some of the parameters it
     * shares with new_set_sql: their types are given (all text but the
     * bytes), since an unread one has none to infer. */
    Oid ins_types[N_INS_PARAMS];
    for (int i = 0; i < N_INS_PARAMS; i++)
        ins_types[i] = i == ITEM_RAW ? PG_BYTEA_OID : PG_TEXT_OID;
    PGresult *res = PQprepare(s->conn, "hl_ins", ins_sql, N_INS_PARAMS, ins_types);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        return pg_fail(s, res, err, "prepare intake");
    PQclear(res);
    /* Binary parameters carry their type: text[] everywhere but the bytes. */
    Oid types[N_SET_PARAMS];
    for (int i = 0; i < N_SET_PARAMS; i++)
        types[i] = i == ITEM_RAW || i == SET_ATT_DATA ? PG_BYTEA_ARRAY_OID : PG_TEXT_ARRAY_OID;
    res = PQprepare(s->conn, "hl_new_set", new_set_sql, N_SET_PARAMS, types);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        return pg_fail(s, res, err, "prepare intake of new cases");
    PQclear(res);
    res = PQprepare(s->conn, "hl_att", att_sql, 0, NULL);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        return pg_fail(s, res, err, "prepare attachments");
    PQclear(res);
    res = PQprepare(s->conn, "hl_mbox", mbox_sql, 0, NULL);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        return pg_fail(s, res, err, "prepare mailbox update");
    PQclear(res);
    s->prepared = true;
    return 0;
}

/* The parameters of ins_sql for one item, into v (strings in a or in the
 * item) and the length of the raw bytes, v[ITEM_RAW], into *raw_len.
 * minimal = store the raw bytes with no decoded fields (the fallback for an
 * item the database refused).  Returns whether the item is a new mail that
 * names no case, which new_set_sql can store. */
static bool
item_params(const struct hl_store *s, int mailbox_id, uint32_t uidvalidity, const char *unit,
            const struct hl_intake_item *it, bool minimal, struct hl_arena *a,
            const char *v[N_ITEM_PARAMS], size_t *raw_len)
{
    const struct hl_message *m = it->msg;
    const struct hl_class *c = &it->cls;
    struct hl_buf tags, to;
    hl_buf_init(&tags);
    hl_buf_init(&to);
    hl_buf_putc(&tags, '[');
    for (size_t i = 0; !minimal && i < c->n_tags; i++) {
        if (i)
            hl_buf_putc(&tags, ',');
        hl_buf_json_str(&tags, c->tags[i]);
    }
    hl_buf_putc(&tags, ']');
    addr_list(&to, m->to, m->n_to);
    addr_list(&to, m->cc, m->n_cc);

    bool create = c->no_case == NULL;
    const char *problems = it->problems;
    if (minimal)
        problems = hl_arena_printf(a,
                                   "%s%sthe decoded fields could not be stored; only the raw "
                                   "message was kept",
                                   problems ? problems : "", problems ? "\n" : "");
    bool flagged = it->flagged || minimal;
    /* The numbers are written into a: v outlives this call. */
    const char *prio = hl_arena_printf(a, "%d", c->priority);
    const char *deadline = hl_arena_printf(a, "%d", c->deadline_days);
    /* Mailbox 0: a case registered by hand (register.h), from no mailbox. */
    const char *mid = mailbox_id > 0 ? hl_arena_printf(a, "%d", mailbox_id) : NULL;
    const char *uv = hl_arena_printf(a, "%u", uidvalidity);
    const char *uid = hl_arena_printf(a, "%u", it->uid);
    const char *size = hl_arena_printf(a, "%zu", it->full_size ? it->full_size : it->raw_len);
    const char *max_acks = hl_arena_printf(a, "%d", s->cfg ? s->cfg->ack_max_per_sender : 3);
    const char *window = hl_arena_printf(a, "%d", s->cfg ? s->cfg->ack_window_s : 86400);
    const char *max_unit = hl_arena_printf(a, "%d", s->cfg ? s->cfg->ack_max_per_unit_hour : 0);
    const char *due = hl_arena_printf(a, "%lld", (long long)c->due_at);
    const char *tdue = hl_arena_printf(a, "%lld", (long long)c->transfer_due_at);
    const char *bounce = hl_arena_printf(a, "%lld", (long long)c->bounce_outbox_id);
    const char *vals[N_ITEM_PARAMS] = {
        create ? "t" : "f",
        s->cfg ? s->cfg->case_prefix : "HL",
        minimal ? unit : c->unit,
        unit,
        minimal ? "uncategorized" : c->category,
        prio,
        hl_arena_strdup(a, tags.data),
        minimal ? "{}" : c->fields_json,
        minimal ? NULL : clean_text(a, m->subject),
        minimal ? NULL : clean_text(a, m->from.address),
        minimal ? NULL : clean_text(a, m->from.name),
        flagged ? "t" : "f",
        clean_text(a, problems),
        c->deadline_days >= 0 ? deadline : NULL,
        c->no_ack ? "t" : "f",
        mid,
        uv,
        uid,
        create ? "new_case" : c->no_case,
        (const char *)it->raw,
        size,
        it->truncated ? "t" : "f",
        it->sha256,
        minimal ? NULL : clean_text(a, m->message_id),
        minimal ? NULL : clean_text(a, m->in_reply_to),
        minimal ? NULL : clean_text(a, m->references),
        minimal || to.data == NULL ? NULL : clean_text(a, hl_arena_strdup(a, to.data)),
        minimal ? NULL : clean_text(a, m->delivered_to),
        minimal ? "" : clean_text(a, m->text),
        minimal ? NULL : clean_text(a, m->charset_note),
        (m->flags & HL_MSG_MALFORMED) || minimal ? "t" : "f",
        minimal ? "[]" : c->trace_json,
        c->no_case_reason,
        c->no_ack_reason ? c->no_ack_reason : "a rule suppressed the acknowledgement",
        it->thread_code[0] ? it->thread_code : NULL,
        max_acks,
        window,
        c->due_at > 0 ? due : NULL,
        c->transfer_due_at > 0 ? tdue : NULL,
        c->bounce_outbox_id > 0 ? bounce : NULL,
        c->bounce_permanent ? "t" : "f",
        clean_text(a, c->bounce_detail),
        c->clerk_command,
        /* Kept even for the raw-only fallback: they are what keeps a
         * denunciation from its accused unit. */
        c->kind,
        c->accused_unit,
        c->legal_basis,
        c->clerk_unverified,
        max_unit,
    };
    memcpy(v, vals, sizeof vals);
    *raw_len = it->raw_len;
    if (it->raw_len == 0)
        v[ITEM_RAW] = "";
    hl_buf_fini(&tags);
    hl_buf_fini(&to);
    /* Every mail that opens a case, also one stored raw only and one whose
     * named case does not exist (intake read it as missing, reply.h). */
    return create && !it->view.found;
}

/* Queues one item's statements on the pipeline: ins_sql, then one per
 * attachment.  Returns the number queued, or -1. */
static int
send_item(struct hl_store *s, const struct hl_intake_item *it, const char *const *v, size_t raw_len,
          bool minimal, struct hl_arena *a)
{
    int lens[N_INS_PARAMS] = {0};
    int fmts[N_INS_PARAMS] = {0};
    lens[ITEM_RAW] = (int)raw_len;
    fmts[ITEM_RAW] = 1;
    if (!PQsendQueryPrepared(s->conn, "hl_ins", N_INS_PARAMS, v, lens, fmts, 0))
        return -1;
    int n = 1;
    const struct hl_message *m = it->msg;
    for (size_t i = 0; !minimal && i < m->n_atts; i++) {
        const struct hl_attachment *at = &m->atts[i];
        char pos[24], asize[32];
        snprintf(pos, sizeof pos, "%zu", i + 1);
        snprintf(asize, sizeof asize, "%zu", at->size);
        const char *av[6] = {pos,
                             clean_text(a, at->filename),
                             clean_text(a, at->content_type),
                             asize,
                             at->sha256,
                             at->size ? (const char *)at->data : ""};
        int alens[6] = {0, 0, 0, 0, 0, (int)at->size};
        int afmts[6] = {0, 0, 0, 0, 0, 1};
        if (!PQsendQueryPrepared(s->conn, "hl_att", 6, av, alens, afmts, 0))
            return -1;
        n++;
    }
    return n;
}

/* ---- new_set_sql's parameters ---- */

/* A one-dimensional array in PostgreSQL's binary form (array_recv), built
 * one element at a time. */
struct pg_array {
    struct hl_buf body; /* per element: int32 length (-1: NULL), bytes */
    uint32_t n;
    bool nulls;
};

static void
array_add(struct pg_array *arr, const char *p, size_t len)
{
    arr->n++;
    if (p == NULL) {
        arr->nulls = true;
        hl_pg_put_be(&arr->body, 0xffffffffu, 4);
        return;
    }
    hl_pg_put_be(&arr->body, (uint32_t)len, 4);
    hl_buf_append(&arr->body, p, len);
}

/* The whole array (header, then the elements) into out. */
static void
array_finish(const struct pg_array *arr, uint32_t elem_oid, struct hl_buf *out)
{
    hl_buf_reset(out);
    hl_pg_put_be(out, arr->n ? 1 : 0, 4); /* dimensions: an empty array has none */
    hl_pg_put_be(out, arr->nulls ? 1 : 0, 4);
    hl_pg_put_be(out, elem_oid, 4);
    if (arr->n) {
        hl_pg_put_be(out, arr->n, 4);
        hl_pg_put_be(out, 1, 4); /* lower bound */
    }
    hl_buf_append(out, arr->body.data, arr->body.len);
}

/* One new_set_sql statement being filled: its columns and, in array order,
 * the batch positions of its items. */
struct new_set {
    struct pg_array col[N_SET_PARAMS];
    size_t *items;
    size_t n, cap;
    size_t bytes; /* what the columns hold, to stay far below 1 GiB a parameter */
};

/* A batch of many large mails is sent as several statements. */
#define NEW_SET_MAX_BYTES (64u << 20)

static void
new_set_fini(struct new_set *set)
{
    for (int i = 0; i < N_SET_PARAMS; i++)
        hl_buf_fini(&set->col[i].body);
    free(set->items);
    memset(set, 0, sizeof *set);
}

static void
new_set_add(struct new_set *set, size_t pos, const struct hl_intake_item *it, const char *const *v,
            size_t raw_len, bool minimal, int dedup_days, struct hl_arena *a)
{
    for (int i = 0; i < N_ITEM_PARAMS; i++) {
        size_t len = i == ITEM_RAW ? raw_len : v[i] ? strlen(v[i]) : 0;
        array_add(&set->col[i], v[i], len);
        set->bytes += len;
    }
    /* Raw only: no letter (its text is not stored) and no attachments. */
    const char *key = dedup_days > 0 && it->letter_key[0] && !minimal ? it->letter_key : NULL;
    const char *days = hl_arena_printf(a, "%d", dedup_days);
    array_add(&set->col[SET_LETTER_KEY], key, key ? strlen(key) : 0);
    array_add(&set->col[SET_LETTER_KEY + 1], days, strlen(days));
    const struct hl_message *m = it->msg;
    for (size_t i = 0; !minimal && i < m->n_atts; i++) {
        const struct hl_attachment *at = &m->atts[i];
        char pos_s[24], asize[32];
        snprintf(pos_s, sizeof pos_s, "%zu", i + 1);
        snprintf(asize, sizeof asize, "%zu", at->size);
        const char *fn = clean_text(a, at->filename), *ct = clean_text(a, at->content_type);
        array_add(&set->col[SET_ATT_UID], v[ITEM_UID], strlen(v[ITEM_UID]));
        array_add(&set->col[SET_ATT_UID + 1], pos_s, strlen(pos_s));
        array_add(&set->col[SET_ATT_UID + 2], fn, fn ? strlen(fn) : 0);
        array_add(&set->col[SET_ATT_UID + 3], ct, ct ? strlen(ct) : 0);
        array_add(&set->col[SET_ATT_UID + 4], asize, strlen(asize));
        array_add(&set->col[SET_ATT_UID + 5], at->sha256, strlen(at->sha256));
        array_add(&set->col[SET_ATT_DATA], at->size ? (const char *)at->data : "", at->size);
        set->bytes += at->size;
    }
    if (set->n == set->cap) {
        set->cap = set->cap ? 2 * set->cap : 32;
        set->items = hl_xrealloc(set->items, set->cap * sizeof *set->items);
    }
    set->items[set->n++] = pos;
}

/* Queues the statement for set, then empties set.  *items_out receives the
 * batch positions (in a), which the results name by their place. */
static int
new_set_send(struct hl_store *s, struct new_set *set, struct hl_arena *a, size_t **items_out,
             size_t *n_out)
{
    struct hl_buf bufs[N_SET_PARAMS];
    const char *v[N_SET_PARAMS];
    int lens[N_SET_PARAMS], fmts[N_SET_PARAMS];
    for (int i = 0; i < N_SET_PARAMS; i++) {
        hl_buf_init(&bufs[i]);
        array_finish(&set->col[i], i == ITEM_RAW || i == SET_ATT_DATA ? PG_BYTEA_OID : PG_TEXT_OID,
                     &bufs[i]);
        v[i] = bufs[i].data;
        lens[i] = (int)bufs[i].len;
        fmts[i] = 1;
    }
    int ok = PQsendQueryPrepared(s->conn, "hl_new_set", N_SET_PARAMS, v, lens, fmts, 0);
    for (int i = 0; i < N_SET_PARAMS; i++)
        hl_buf_fini(&bufs[i]);
    *items_out = hl_arena_memdup(a, set->items, set->n * sizeof *set->items);
    *n_out = set->n;
    new_set_fini(set);
    return ok ? 0 : -1;
}

/* What each queued statement was, so that its result finds its items. */
struct queued {
    size_t *items; /* batch positions; for ins_sql, one */
    size_t n;
    bool set; /* new_set_sql: rows of (place, code); ins_sql: one (code, id) */
};

/* Sends items[0..n) plus the mailbox counters as one pipelined transaction
 * and reads every result.  New mail that names no case goes in new_set_sql
 * statements, everything else one ins_sql each.  Returns 0 when committed, 1
 * when nothing was because a case a reply's plan was made on changed
 * (hl_case_changed, SQLSTATE 40001), else -1 with err. */
static int
commit_pipeline(struct hl_store *s, int mailbox_id, uint32_t uidvalidity, const char *unit,
                struct hl_intake_item *items, size_t n, const bool *minimal, struct hl_err *err)
{
    struct hl_arena a;
    hl_arena_init(&a);
    struct new_set set = {0};
    /* At most: one statement per item and attachment, and the counters. */
    size_t cap = 2; /* the counters, and the letters' locks */
    for (size_t i = 0; i < n; i++)
        cap += 1 + items[i].msg->n_atts;
    struct queued *q = hl_xcalloc(cap, sizeof *q);
    size_t nq = 0;
    int rc = -1;
    bool failed = false, stale = false;
    if (!PQenterPipelineMode(s->conn)) {
        hl_err_set(err, HL_ERR_TEMP, "database: cannot enter pipeline mode");
        goto out;
    }
    /* One case for one letter: the letters' locks before anything else
     * (dedup_pg.h). */
    int dedup_days = s->cfg ? s->cfg->dedup_days : 0;
    int locked = hl_dedup_pg_queue_lock(s->conn, items, n, minimal, dedup_days);
    if (locked > 0)
        nq++; /* its one row is read and ignored below */
    failed = locked < 0;
    /* New mail first, so that its cases are numbered in UID order; then the
     * rest (replies, machine mail) one statement each, in UID order. */
    const char **params = hl_arena_alloc(&a, n * N_INS_PARAMS * sizeof *params);
    size_t *raw_lens = hl_arena_alloc(&a, n * sizeof *raw_lens);
    bool *in_set = hl_arena_alloc(&a, n * sizeof *in_set);
    uint32_t max_uid = 0;
    long flagged = 0;
    for (size_t i = 0; i < n && !failed; i++) {
        bool min = minimal && minimal[i];
        const char **v = params + i * N_INS_PARAMS;
        in_set[i] =
            item_params(s, mailbox_id, uidvalidity, unit, &items[i], min, &a, v, &raw_lens[i]);
        hl_reply_pg_params(&items[i], &a, v + N_ITEM_PARAMS);
        if (in_set[i]) {
            new_set_add(&set, i, &items[i], v, raw_lens[i], min, dedup_days, &a);
            if (set.bytes >= NEW_SET_MAX_BYTES) {
                failed = new_set_send(s, &set, &a, &q[nq].items, &q[nq].n) < 0;
                q[nq++].set = true;
            }
        }
        if (items[i].uid > max_uid)
            max_uid = items[i].uid;
        if (items[i].flagged || min)
            flagged++;
    }
    if (!failed && set.n > 0) {
        failed = new_set_send(s, &set, &a, &q[nq].items, &q[nq].n) < 0;
        q[nq++].set = true;
    }
    for (size_t i = 0; i < n && !failed; i++) {
        if (in_set[i])
            continue;
        size_t *pos = hl_arena_memdup(&a, &i, sizeof i);
        int k = send_item(s, &items[i], params + i * N_INS_PARAMS, raw_lens[i],
                          minimal && minimal[i], &a);
        if (k < 0)
            failed = true;
        for (int j = 0; j < k; j++)
            q[nq++] = (struct queued){.items = j == 0 ? pos : NULL, .n = j == 0};
    }
    char mid[16], mu[16], cnt[24], fl[24];
    snprintf(mid, sizeof mid, "%d", mailbox_id);
    snprintf(mu, sizeof mu, "%u", max_uid);
    snprintf(cnt, sizeof cnt, "%zu", n);
    snprintf(fl, sizeof fl, "%ld", flagged);
    const char *mv[] = {mid, mu, cnt, fl};
    if (failed || !PQsendQueryPrepared(s->conn, "hl_mbox", 4, mv, NULL, NULL, 0)) {
        /* The Sync below still ends the pipeline; nothing is committed. */
        pg_fail(s, NULL, err, "send batch");
        failed = true;
    }
    PQpipelineSync(s->conn);

    /* One result per queued statement, in order (each followed by NULL),
     * then the sync marker. */
    size_t seen = 0;
    for (;;) {
        PGresult *res = PQgetResult(s->conn);
        if (res == NULL) {
            if (PQstatus(s->conn) != CONNECTION_OK) {
                if (!failed)
                    hl_err_set(err, HL_ERR_TEMP, "database: connection lost during commit");
                failed = true;
                break;
            }
            continue;
        }
        ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_PIPELINE_SYNC) {
            PQclear(res);
            break;
        }
        const struct queued *qs = seen < nq ? &q[seen] : NULL;
        seen++;
        if (st == PGRES_FATAL_ERROR) {
            const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
            stale = stale || (state && strcmp(state, "40001") == 0);
            if (!failed)
                pg_fail(s, res, err, "commit batch");
            else
                PQclear(res);
            failed = true;
            continue;
        }
        if (st == PGRES_TUPLES_OK && qs != NULL && qs->set) {
            for (int r = 0; r < PQntuples(res); r++) {
                size_t place = strtoul(PQgetvalue(res, r, 0), NULL, 10);
                if (place >= 1 && place <= qs->n)
                    snprintf(items[qs->items[place - 1]].case_code, sizeof items[0].case_code, "%s",
                             PQgetvalue(res, r, 1));
            }
        } else if (st == PGRES_TUPLES_OK && qs != NULL && qs->n == 1 && PQntuples(res) == 1 &&
                   !PQgetisnull(res, 0, 0)) {
            snprintf(items[qs->items[0]].case_code, sizeof items[0].case_code, "%s",
                     PQgetvalue(res, 0, 0));
        }
        PQclear(res);
    }
    PQexitPipelineMode(s->conn);
    if (!failed)
        rc = 0;
    else if (stale)
        rc = 1;
    if (failed)
        for (size_t i = 0; i < n; i++)
            items[i].case_code[0] = '\0';
out:
    new_set_fini(&set);
    free(q);
    hl_arena_fini(&a);
    return rc;
}

/* Commits the batch as it is; the fallback when the database refuses it
 * (one by one, then raw only) is intake's (intake.c: commit_batch), which
 * marks the items to store raw only. */
static int
pg_commit(void *store, int mailbox_id, uint32_t uidvalidity, const char *unit,
          struct hl_intake_item *items, size_t n, struct hl_err *err)
{
    struct hl_store *s = store;
    if (prepare_statements(s, err) < 0)
        return -1;
    bool *minimal = NULL;
    for (size_t i = 0; i < n; i++)
        if (items[i].raw_only) {
            if (minimal == NULL)
                minimal = hl_xcalloc(n, sizeof *minimal);
            minimal[i] = true;
        }
    int rc = commit_pipeline(s, mailbox_id, uidvalidity, unit, items, n, minimal, err);
    free(minimal);
    return rc;
}

static int
pg_health(void *store, int mailbox_id, const char *error, long waiting, long ingested, long flagged,
          struct hl_err *err)
{
    struct hl_store *s = store;
    (void)ingested;
    (void)flagged;
    if (error)
        return hl_store_mailbox_failed(s, mailbox_id, error, err);
    char id[16], w[32];
    snprintf(id, sizeof id, "%d", mailbox_id);
    snprintf(w, sizeof w, "%ld", waiting);
    const char *p[] = {id, w};
    return exec_cmd(s,
                    "UPDATE mailboxes SET last_poll_at = now(), last_ok_at = now(), "
                    "consecutive_failures = 0, waiting = $2::int WHERE id = $1::int",
                    2, p, err, "record mailbox health");
}

const struct hl_store_ops hl_store_pg_ops = {
    .known_uids = pg_known_uids,
    .known_digests = pg_known_digests,
    .set_uidvalidity = pg_set_uidvalidity,
    .case_views = hl_reply_pg_case_views,
    .commit = pg_commit,
    .health = pg_health,
};
