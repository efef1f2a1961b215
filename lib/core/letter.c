/*
 * letter: see letter.h.
 */
#include "letter.h"

#include <stdbool.h>
#include <string.h>

#define MAX_FORWARDS 4

static bool
blank(const char *s)
{
    for (; s && *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
            return false;
    return true;
}

/* A file name as words: the extension dropped, '_', '-', '.' and '+' as
 * spaces. */
static void
name_words(struct hl_buf *b, const char *name)
{
    const char *dot = strrchr(name, '.');
    size_t n = dot && dot != name && strlen(dot) <= 5 ? (size_t)(dot - name) : strlen(name);
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        hl_buf_putc(b, c == '_' || c == '-' || c == '.' || c == '+' ? ' ' : c);
    }
    hl_buf_putc(b, '\n');
}

const char *
hl_letter_text(const struct hl_message *msg, struct hl_arena *a)
{
    const char *text = msg->text ? msg->text : "";
    size_t forwards = 0;
    bool names = false;
    for (size_t i = 0; i < msg->n_atts; i++) {
        const char *ct = msg->atts[i].content_type ? msg->atts[i].content_type : "";
        if (strcmp(ct, "message/rfc822") == 0 || strcmp(ct, "message/global") == 0)
            forwards++;
        else if (msg->atts[i].filename && *msg->atts[i].filename)
            names = true;
    }
    if (forwards == 0 && !(names && blank(text)))
        return text;
    struct hl_buf b;
    hl_buf_init(&b);
    hl_buf_puts(&b, text);
    size_t read = 0;
    for (size_t i = 0; i < msg->n_atts && read < MAX_FORWARDS; i++) {
        const struct hl_attachment *at = &msg->atts[i];
        const char *ct = at->content_type ? at->content_type : "";
        if (strcmp(ct, "message/rfc822") != 0 && strcmp(ct, "message/global") != 0)
            continue;
        read++;
        struct hl_mime_limits lim;
        hl_mime_limits_default(&lim);
        struct hl_message *fw = hl_mime_parse(at->data, at->size, &lim);
        hl_buf_puts(&b, "\n\n");
        if (fw->subject) {
            hl_buf_puts(&b, fw->subject);
            hl_buf_putc(&b, '\n');
        }
        hl_buf_puts(&b, fw->text ? fw->text : "");
        hl_message_free(&fw);
    }
    if (forwards == 0) {
        /* Only attachments: their names are the letter. */
        hl_buf_putc(&b, '\n');
        for (size_t i = 0; i < msg->n_atts; i++)
            if (msg->atts[i].filename && *msg->atts[i].filename)
                name_words(&b, msg->atts[i].filename);
    }
    const char *out = hl_arena_strdup(a, b.data ? b.data : "");
    hl_buf_fini(&b);
    return out;
}
