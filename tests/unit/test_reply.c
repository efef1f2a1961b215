/* Unit tests for lib/core/reply.c: who wrote a mail that names a case (the
 * citizen of the case or of the case merged into it, a clerk with or without
 * a verified reply tag, a stranger, nobody when the case does not exist) and
 * what follows: the relay and why not, the status moves (open -> answered,
 * resolve -> resolved, other statuses kept), the first response, internal
 * notes, the notice of a citizen's addition (never to the accused unit of a
 * denunciation), the flags, the "unverified" notice once a case and hour,
 * and a batch's later mail planned on what the earlier one does. */
#include "reply.h"

#include <string.h>

#include "check.h"

static const char *clerks[] = {"Thu.NT@soxd.example.vn", "lan.pt@soxd.example.vn"};

static struct hl_case_view
a_case(void)
{
    return (struct hl_case_view){
        .found = true,
        .named = "HL-2026-000004",
        .code = "HL-2026-000004",
        .unit = "so-xd",
        .status = "open",
        .citizen = "Dan@Example.com",
        .named_citizen = "Dan@Example.com",
        .kind = "feedback",
        .clerks = clerks,
        .n_clerks = 2,
    };
}

static void
test_roles(void)
{
    struct hl_case_view k = a_case();
    struct hl_sender s = {.address = "dan@example.COM"};
    CHECK_INT(hl_reply_role(&k, &s), HL_REPLY_CITIZEN);
    /* After a merge the named case's citizen is a citizen too. */
    k.named_citizen = "other@example.com";
    s.address = "OTHER@example.com";
    CHECK_INT(hl_reply_role(&k, &s), HL_REPLY_CITIZEN);
    s.address = "thu.nt@SOXD.example.vn";
    CHECK_INT(hl_reply_role(&k, &s), HL_REPLY_CLERK);
    s.unverified = "no reply tag";
    CHECK_INT(hl_reply_role(&k, &s), HL_REPLY_CLERK_UNVERIFIED);
    s.address = "thu.nt@other.example.vn";
    CHECK_INT(hl_reply_role(&k, &s), HL_REPLY_STRANGER);
    s.address = NULL; /* stored raw only: nobody the case knows */
    CHECK_INT(hl_reply_role(&k, &s), HL_REPLY_STRANGER);
    /* A citizen who is also a clerk writes as the citizen. */
    k.citizen = "lan.pt@soxd.example.vn";
    s.address = "lan.pt@soxd.example.vn";
    s.unverified = NULL;
    CHECK_INT(hl_reply_role(&k, &s), HL_REPLY_CITIZEN);
    k.found = false;
    CHECK_INT(hl_reply_role(&k, &s), HL_REPLY_NONE);
    CHECK_STR(hl_reply_role_name(HL_REPLY_CLERK_UNVERIFIED), "clerk_unverified");
    CHECK(hl_reply_role_name(HL_REPLY_NONE) == NULL);
}

static void
test_clerk_answer(void)
{
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_case_view k = a_case();
    struct hl_sender s = {.address = "thu.nt@soxd.example.vn"};
    struct hl_reply_plan p;

    hl_reply_plan(&k, &s, &a, &p);
    CHECK_STR(p.role_name, "clerk");
    CHECK_STR(p.event, "clerk_reply");
    CHECK(p.answer && !p.internal_note && p.first_response && !p.resolve);
    CHECK_STR(p.relay_to, "dan@example.com");
    CHECK(p.why_not == NULL);
    CHECK_STR(p.status_to, "answered");
    CHECK(p.flag_reason == NULL && p.n_notice == 0 && !p.notice_unverified);

    /* Answered already: no status move, not the first response. */
    k.status = "in_progress";
    k.answered = true;
    hl_reply_plan(&k, &s, &a, &p);
    CHECK(p.status_to == NULL && !p.first_response && p.relay_to != NULL);

    /* "resolve" resolves whatever the status. */
    s.clerk_command = "resolve";
    hl_reply_plan(&k, &s, &a, &p);
    CHECK_STR(p.status_to, "resolved");
    CHECK(p.resolve && p.answer);

    /* An internal note: no relay, no status move, no answer. */
    s.clerk_command = "internal";
    k = a_case();
    hl_reply_plan(&k, &s, &a, &p);
    CHECK(p.internal_note && !p.answer && p.relay_to == NULL && p.status_to == NULL);
    CHECK(!p.first_response);

    /* The citizen cannot be written to. */
    s.clerk_command = NULL;
    k.undeliverable = true;
    hl_reply_plan(&k, &s, &a, &p);
    CHECK(p.answer && p.relay_to == NULL);
    CHECK_STR(p.why_not, "the citizen's address bounces: phone them");
    CHECK_STR(p.status_to, "answered");
    k.citizen = NULL;
    hl_reply_plan(&k, &s, &a, &p);
    CHECK_STR(p.why_not, "the citizen gave no address");
    hl_arena_fini(&a);
}

static void
test_citizen_and_strangers(void)
{
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_case_view k = a_case();
    struct hl_sender s = {.address = "dan@example.com"};
    struct hl_reply_plan p;

    hl_reply_plan(&k, &s, &a, &p);
    CHECK_STR(p.event, "citizen_reply");
    REQUIRE(p.n_notice == 2);
    CHECK_STR(p.notice[0], "thu.nt@soxd.example.vn");
    CHECK_STR(p.notice[1], "lan.pt@soxd.example.vn");
    CHECK(!p.answer && p.status_to == NULL && p.relay_to == NULL && p.flag_reason == NULL);

    /* A denunciation with the accused unit: its clerks hear nothing. */
    k.kind = "denunciation";
    k.accused_unit = "so-xd";
    hl_reply_plan(&k, &s, &a, &p);
    CHECK(p.n_notice == 0 && p.notice == NULL);
    /* handled elsewhere: the handler's clerks do */
    k.accused_unit = "phuong-1";
    hl_reply_plan(&k, &s, &a, &p);
    CHECK_INT(p.n_notice, 2);

    k = a_case();
    s.address = "x@evil.example";
    hl_reply_plan(&k, &s, &a, &p);
    CHECK_STR(p.event, "stranger_mail");
    CHECK_STR(p.flag_reason, "mail from x@evil.example, who is neither the citizen nor a clerk "
                             "of the unit, quotes this case");
    CHECK(p.n_notice == 0 && !p.answer && p.relay_to == NULL);
    s.address = NULL;
    hl_reply_plan(&k, &s, &a, &p);
    CHECK_STR(p.flag_reason, "mail from an unknown sender, who is neither the citizen nor a "
                             "clerk of the unit, quotes this case");

    s.address = "lan.pt@soxd.example.vn";
    s.unverified = "no reply tag";
    hl_reply_plan(&k, &s, &a, &p);
    CHECK_STR(p.event, "unverified_clerk_reply");
    CHECK_STR(p.flag_reason, "unverified clerk reply from lan.pt@soxd.example.vn (held: not "
                             "relayed, no status change): no reply tag");
    CHECK(p.notice_unverified && !p.answer && p.relay_to == NULL && p.status_to == NULL);
    k.unverified_recent = true;
    hl_reply_plan(&k, &s, &a, &p);
    CHECK(!p.notice_unverified && p.flag_reason != NULL);
    k.unverified_recent = false;
    k.n_clerks = 0; /* nobody to tell (and nobody is a clerk) */
    hl_reply_plan(&k, &s, &a, &p);
    CHECK(!p.notice_unverified);
    CHECK_STR(p.event, "stranger_mail");

    k.found = false;
    hl_reply_plan(&k, &s, &a, &p);
    CHECK(p.role == HL_REPLY_NONE && p.event == NULL && p.flag_reason == NULL);
    hl_arena_fini(&a);
}

/* Two mails of one batch name the case: the second is planned on what the
 * first leaves. */
static void
test_apply(void)
{
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_case_view k = a_case();
    struct hl_sender clerk = {.address = "thu.nt@soxd.example.vn"};
    struct hl_sender forged = {.address = "thu.nt@soxd.example.vn", .unverified = "no tag"};
    struct hl_reply_plan p;

    hl_reply_plan(&k, &clerk, &a, &p);
    hl_reply_apply(&k, &p);
    CHECK_STR(k.status, "answered");
    CHECK(k.answered);
    hl_reply_plan(&k, &clerk, &a, &p);
    CHECK(p.status_to == NULL && !p.first_response);

    hl_reply_plan(&k, &forged, &a, &p);
    CHECK(p.notice_unverified);
    hl_reply_apply(&k, &p);
    hl_reply_plan(&k, &forged, &a, &p);
    CHECK(!p.notice_unverified);
    hl_arena_fini(&a);
}

int
main(void)
{
    test_roles();
    test_clerk_answer();
    test_citizen_and_strangers();
    test_apply();
    return check_report();
}
