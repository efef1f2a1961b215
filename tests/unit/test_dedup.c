/*
 * test_dedup: whether two mails are one letter (lib/core/dedup.c), table by
 * table: what the key rests on, what it ignores, what it never confuses, and
 * the window and mailbox rule of hl_dedup_same.
 */
#include <string.h>

#include "check.h"
#include "dedup.h"

#define DAY 86400

static const struct hl_letter base = {
    .sender = "lan.nguyen@example.vn",
    .message_id = "<abc.123@mail.example.vn>",
    .text = "Kính gửi UBND phường,\r\nĐường ngập nước.\r\n",
    .mailbox = "ward-a",
    .received_at = 1796000000,
};

static const char *
key_of(struct hl_letter l, char out[65])
{
    hl_dedup_key(&l, out);
    return out;
}

static void
test_basis(void)
{
    char k[65];
    struct hl_letter l = base;
    CHECK(hl_dedup_key(&l, k) == HL_DEDUP_MESSAGE_ID);
    CHECK(strlen(k) == 64);
    l.message_id = NULL;
    CHECK(hl_dedup_key(&l, k) == HL_DEDUP_BODY);
    l.message_id = "  <>  ";
    CHECK(hl_dedup_key(&l, k) == HL_DEDUP_BODY);
    l.text = " \r\n\t ";
    CHECK(hl_dedup_key(&l, k) == HL_DEDUP_NONE);
    CHECK_STR(k, "");
    l.text = NULL;
    CHECK(hl_dedup_key(&l, k) == HL_DEDUP_NONE);
    /* No sender: no identity, whatever else it has. */
    l = base;
    l.sender = NULL;
    CHECK(hl_dedup_key(&l, k) == HL_DEDUP_NONE);
    l.sender = "  ";
    CHECK(hl_dedup_key(&l, k) == HL_DEDUP_NONE);
}

/* Pairs of letters and whether their keys must be equal. */
static void
test_keys(void)
{
    struct hl_letter a = base, b = base;
    char ka[65], kb[65];
    static const struct {
        const char *what;
        const char *sender, *mid, *text;
        bool same;
    } cases[] = {
        {"sender case", "Lan.Nguyen@Example.VN", NULL, NULL, true},
        {"brackets and folding", NULL, " abc.123@mail.example.vn\r\n ", NULL, true},
        {"domain case", NULL, "<abc.123@MAIL.Example.VN>", NULL, true},
        {"left part case", NULL, "<ABC.123@mail.example.vn>", NULL, false},
        {"other Message-ID", NULL, "<abc.124@mail.example.vn>", NULL, false},
        {"another sender, same Message-ID", "mallory@example.net", NULL, NULL, false},
        {"text differs under one Message-ID", NULL, NULL, "Khác hẳn.", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        b = base;
        if (cases[i].sender)
            b.sender = cases[i].sender;
        if (cases[i].mid)
            b.message_id = cases[i].mid;
        if (cases[i].text)
            b.text = cases[i].text;
        bool eq = strcmp(key_of(a, ka), key_of(b, kb)) == 0;
        if (eq != cases[i].same)
            fprintf(stderr, "key case \"%s\"\n", cases[i].what);
        CHECK(eq == cases[i].same);
    }
    /* Without a Message-ID: the text, white space aside. */
    a.message_id = NULL;
    static const struct {
        const char *what;
        const char *sender, *text;
        bool same;
    } texts[] = {
        {"line endings", NULL, "Kính gửi UBND phường,\nĐường ngập nước.", true},
        {"blank runs", NULL, "  Kính gửi   UBND phường,\n\n\tĐường ngập nước.  \n\n", true},
        {"a word differs", NULL, "Kính gửi UBND phường,\r\nĐường ngập nước!\r\n", false},
        {"words run together", NULL, "Kính gửiUBND phường,\r\nĐường ngập nước.\r\n", false},
        {"another sender", "minh@example.vn", NULL, false},
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        b = a;
        if (texts[i].sender)
            b.sender = texts[i].sender;
        if (texts[i].text)
            b.text = texts[i].text;
        bool eq = strcmp(key_of(a, ka), key_of(b, kb)) == 0;
        if (eq != texts[i].same)
            fprintf(stderr, "text case \"%s\"\n", texts[i].what);
        CHECK(eq == texts[i].same);
    }
    /* A Message-ID is never mistaken for a text that reads the same. */
    b = base;
    b.message_id = NULL;
    b.text = "abc.123@mail.example.vn";
    a = base;
    CHECK(strcmp(key_of(a, ka), key_of(b, kb)) != 0);
    /* Nor does the sender run into the value. */
    a = base;
    a.sender = "x@y.vn";
    a.message_id = "<zabc@d>";
    b = base;
    b.sender = "x@y.vnz";
    b.message_id = "<abc@d>";
    CHECK(strcmp(key_of(a, ka), key_of(b, kb)) != 0);
}

static void
test_window(void)
{
    CHECK(hl_dedup_within(0, 0, 1));
    CHECK(hl_dedup_within(0, DAY - 1, 1));
    CHECK(!hl_dedup_within(0, DAY, 1));
    CHECK(hl_dedup_within(DAY, 1, 1)); /* the second server's clock is behind */
    CHECK(hl_dedup_within(0, 7 * DAY - 1, 7));
    CHECK(!hl_dedup_within(0, 7 * DAY, 7));
    CHECK(!hl_dedup_within(0, 0, 0)); /* 0 disables */
    CHECK(!hl_dedup_within(0, 0, -1));
}

static void
test_same(void)
{
    struct hl_letter first = base, later = base;
    later.mailbox = "so-tnmt";
    later.received_at = base.received_at + 3600;
    later.text = "the same letter as decoded by another server\n";
    CHECK(hl_dedup_same(&first, &later, 7));
    CHECK(!hl_dedup_same(&first, &later, 0));
    /* The same mailbox again: the citizen sent it twice. */
    later.mailbox = "ward-a";
    CHECK(!hl_dedup_same(&first, &later, 7));
    later.mailbox = "so-tnmt";
    /* Past the window. */
    later.received_at = base.received_at + 7 * DAY;
    CHECK(!hl_dedup_same(&first, &later, 7));
    CHECK(hl_dedup_same(&first, &later, 8));
    later.received_at = base.received_at + 60;
    /* A forged or colliding Message-ID from someone else. */
    later.sender = "ke.gia.mao@example.net";
    CHECK(!hl_dedup_same(&first, &later, 7));
    later.sender = base.sender;
    /* Without an identity nothing is the same, not even itself. */
    first.sender = later.sender = NULL;
    CHECK(!hl_dedup_same(&first, &later, 7));
}

int
main(void)
{
    test_basis();
    test_keys();
    test_window();
    test_same();
    return check_report();
}
