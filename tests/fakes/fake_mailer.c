/* fake_mailer: see fake_mailer.h. */
#include "fake_mailer.h"

#include "fake_outbox_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
fake_mailer_fini(struct fake_mailer *m)
{
    for (int i = 0; i < FAKE_MAILER_CALLS; i++) {
        free(m->sent[i]);
        m->sent[i] = NULL;
    }
}

static enum hl_send_result
send_one(void *m, const struct hl_envelope *e, const unsigned char *data, size_t len, char *reply,
         size_t cap)
{
    struct fake_mailer *fm = m;
    if (fm->calls >= FAKE_MAILER_CALLS) {
        snprintf(reply, cap, "421 fake mailer: more than %d sends", FAKE_MAILER_CALLS);
        return HL_SEND_TEMP;
    }
    int k = fm->calls++;
    fm->sent[k] = hl_xmalloc(len ? len : 1);
    memcpy(fm->sent[k], data, len);
    fm->sent_len[k] = len;
    snprintf(fm->from[k], sizeof fm->from[k], "%s", e->mail_from);
    snprintf(fm->envid[k], sizeof fm->envid[k], "%s", e->envid ? e->envid : "");
    fm->n_rcpt[k] = e->n_rcpt;
    fake_log(fm->log, "send ");
    enum hl_send_result r = fm->script[k];
    snprintf(reply, cap, "%s",
             r == HL_SEND_OK     ? "250 ok"
             : r == HL_SEND_TEMP ? "451 later\r\nX"
                                 : "550 no");
    return r;
}

const struct hl_mailer_ops fake_mailer_ops = {.send = send_one};
