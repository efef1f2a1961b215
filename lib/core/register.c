/* register: see register.h. */
#include "register.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <time.h>

#include "charset.h"
#include "compose.h"
#include "sla.h"

/* One-line fields a clerk types; longer is a mistake (a pasted letter). */
#define FIELD_MAX_BYTES 1000
/* What the body adds to the text and each file to its bytes (headers,
 * base64 growth), so the limit is checked on the message as stored. */
#define B64_SIZE(n) (((n) + 2) / 3 * 4 * 78 / 76 + 512)

static const struct {
    const char *name;
    const char *text;
} channels[] = {
    {"phone", "điện thoại (đường dây nóng)"},
    {"box", "hòm thư góp ý"},
    {"counter", "trực tiếp tại bộ phận tiếp nhận"},
    {"email", "thư điện tử"},
};

bool
hl_register_channel_valid(const char *name)
{
    for (size_t i = 0; name && i < HL_NELEM(channels); i++)
        if (strcmp(name, channels[i].name) == 0)
            return true;
    return false;
}

const char *
hl_register_channel_text(const char *name)
{
    for (size_t i = 0; name && i < HL_NELEM(channels); i++)
        if (strcmp(name, channels[i].name) == 0)
            return channels[i].text;
    return name;
}

/* No control characters, valid UTF-8, not too long: a one-line field. */
static bool
one_line_ok(const char *s)
{
    size_t n = strlen(s);
    if (n > FIELD_MAX_BYTES || !hl_utf8_valid((const unsigned char *)s, n))
        return false;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p == 0x7f)
            return false;
    return true;
}

int
hl_register_check(const struct hl_register_input *in, const struct hl_mime_limits *lim,
                  struct hl_err *err)
{
    if (!hl_register_channel_valid(in->channel))
        return hl_err_set(err, HL_ERR_INPUT,
                          "--channel must be phone, box, counter or email, not \"%s\"",
                          in->channel ? in->channel : "");
    if (in->unit == NULL || *in->unit == '\0')
        return hl_err_set(err, HL_ERR_INPUT, "--unit is required");
    const struct {
        const char *opt, *v;
        bool required;
    } lines[] = {
        {"--subject", in->subject, true},  {"--name", in->name, false},
        {"--phone", in->phone, false},     {"--email", in->email, false},
        {"--address", in->address, false},
    };
    for (size_t i = 0; i < HL_NELEM(lines); i++) {
        if (lines[i].v == NULL || *lines[i].v == '\0') {
            if (lines[i].required)
                return hl_err_set(err, HL_ERR_INPUT, "%s is required", lines[i].opt);
            continue;
        }
        if (!one_line_ok(lines[i].v))
            return hl_err_set(err, HL_ERR_INPUT,
                              "%s must be one line of UTF-8 text of at most %d bytes", lines[i].opt,
                              FIELD_MAX_BYTES);
    }
    if (in->email && *in->email && !hl_compose_addr_valid(in->email))
        return hl_err_set(err, HL_ERR_INPUT, "--email \"%s\" is not an address mail can go to",
                          in->email);
    if (in->text == NULL || *in->text == '\0')
        return hl_err_set(err, HL_ERR_INPUT, "the text is empty (--text or --text-file)");
    size_t text_len = strlen(in->text);
    if (!hl_utf8_valid((const unsigned char *)in->text, text_len))
        return hl_err_set(err, HL_ERR_INPUT, "the text is not UTF-8");
    /* The text part, the files, and the multipart itself are parts. */
    if (lim->max_parts > 0 && in->n_files + 2 > (size_t)lim->max_parts)
        return hl_err_set(err, HL_ERR_INPUT, "%zu files: at most %d may be attached", in->n_files,
                          lim->max_parts - 2);
    size_t total = B64_SIZE(text_len) + 4096;
    for (size_t i = 0; i < in->n_files; i++)
        total += B64_SIZE(in->files[i].len);
    if (total > lim->max_message_bytes)
        return hl_err_set(err, HL_ERR_INPUT,
                          "the text and files make a message of about %zu bytes, over "
                          "limits.max_message_bytes (%zu)",
                          total, lim->max_message_bytes);
    return 0;
}

/* A content type from the file name, for what offices scan and photograph. */
static const char *
guess_type(const char *filename)
{
    static const struct {
        const char *ext, *type;
    } types[] = {
        {".pdf", "application/pdf"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".png", "image/png"},
        {".gif", "image/gif"},
        {".tif", "image/tiff"},
        {".tiff", "image/tiff"},
        {".txt", "text/plain"},
        {".doc", "application/msword"},
        {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {".xls", "application/vnd.ms-excel"},
        {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {".mp3", "audio/mpeg"},
        {".m4a", "audio/mp4"},
    };
    const char *dot = filename ? strrchr(filename, '.') : NULL;
    for (size_t i = 0; dot && i < HL_NELEM(types); i++)
        if (strcasecmp(dot, types[i].ext) == 0)
            return types[i].type;
    return "application/octet-stream";
}

int
hl_register_compose(const struct hl_register_input *in, const char *unit_email, const char *domain,
                    const struct hl_mime_limits *lim, struct hl_buf *out, struct hl_err *err)
{
    if (hl_register_check(in, lim, err) < 0)
        return -1;
    bool has_email = in->email && *in->email;
    if (unit_email == NULL || !hl_compose_addr_valid(unit_email))
        return hl_err_set(err, HL_ERR_INPUT, "unit %s has no feedback_email to write the case from",
                          in->unit);
    /* The particulars come first, so the clerk reads who to call back before
     * the text; they are also what the rules see, as in a letter. */
    struct hl_buf body;
    hl_buf_init(&body);
    char date[16];
    hl_sla_format_date(hl_sla_local_date(in->received_at), date, sizeof date);
    int64_t minute = ((in->received_at + HL_SLA_UTC_OFFSET_S) % 86400 + 86400) % 86400 / 60;
    hl_buf_printf(&body, "Kênh tiếp nhận: %s\n", hl_register_channel_text(in->channel));
    hl_buf_printf(&body, "Thời điểm tiếp nhận: %s %02d:%02d\n", date, (int)(minute / 60),
                  (int)(minute % 60));
    if (in->name && *in->name)
        hl_buf_printf(&body, "Người phản ánh: %s\n", in->name);
    if (in->phone && *in->phone)
        hl_buf_printf(&body, "Điện thoại: %s\n", in->phone);
    if (has_email)
        hl_buf_printf(&body, "Thư điện tử: %s\n", in->email);
    if (in->address && *in->address)
        hl_buf_printf(&body, "Địa chỉ: %s\n", in->address);
    if (in->operator&& * in->operator)
        hl_buf_printf(&body, "Người ghi nhận: %s\n", in->operator);
    hl_buf_printf(&body, "\n%s\n", in->text);

    /* A Message-ID of our own domain: unique, and naming no case (the
     * acknowledgement's own id does, once the case has a code). */
    char tok[65];
    unsigned char rnd[16];
    if (getrandom(rnd, sizeof rnd, 0) == (ssize_t)sizeof rnd) {
        hl_sha256_hex(rnd, sizeof rnd, tok);
    } else {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        char *mix = hl_xasprintf("%lld.%ld.%s", (long long)ts.tv_sec, ts.tv_nsec, in->text);
        hl_sha256_hex(mix, strlen(mix), tok);
        free(mix);
    }
    char mid[256];
    snprintf(mid, sizeof mid, "<register.%s.%.20s@%s>", in->channel, tok, domain);

    struct hl_compose_part *parts = in->n_files ? hl_xcalloc(in->n_files, sizeof *parts) : NULL;
    for (size_t i = 0; i < in->n_files; i++) {
        const struct hl_register_file *f = &in->files[i];
        parts[i] = (struct hl_compose_part){
            f->filename,
            f->content_type ? f->content_type : guess_type(f->filename),
            f->data,
            f->len,
        };
    }
    struct hl_compose_mail m = {
        .from = {in->name && *in->name ? in->name : NULL, has_email ? in->email : unit_email},
        /* To the unit that took it, as if the citizen had written to it. */
        .to = {{NULL, unit_email}},
        .n_to = unit_email && hl_compose_addr_valid(unit_email) ? 1 : 0,
        .subject = in->subject,
        .date = in->received_at,
        .message_id = mid,
        .auto_submitted = HL_COMPOSE_HUMAN,
        .loop_domain = domain,
        .body = body.data,
        .cte = HL_COMPOSE_QP,
        .parts = parts,
        .n_parts = in->n_files,
    };
    size_t before = out->len;
    int rc = hl_compose_build(&m, out, err);
    if (rc == 0) {
        /* The channel travels with the original, for whoever opens it. */
        struct hl_buf h;
        hl_buf_init(&h);
        hl_buf_printf(&h, "X-Hotline-Channel: %s\r\n", in->channel);
        hl_buf_append(&h, out->data + before, out->len - before);
        out->len = before;
        hl_buf_append(out, h.data, h.len);
        hl_buf_fini(&h);
        if (out->len - before > lim->max_message_bytes) {
            out->len = before;
            rc = hl_err_set(err, HL_ERR_INPUT,
                            "the message would be %zu bytes, over limits.max_message_bytes (%zu)",
                            h.len, lim->max_message_bytes);
        }
    }
    free(parts);
    hl_buf_fini(&body);
    return rc;
}

int
hl_register_parse_time(const char *s, int64_t *out)
{
    char *end;
    if (s[0] == '@') {
        long long v = strtoll(s + 1, &end, 10);
        if (end == s + 1 || *end != '\0' || v <= 0)
            return -1;
        *out = v;
        return 0;
    }
    int y, mo, d, h = 0, mi = 0, sec = 0, used = 0;
    char sep;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &used) != 3)
        return -1;
    const char *rest = s + used;
    if (*rest != '\0') {
        if (sscanf(rest, "%c%2d:%2d%n", &sep, &h, &mi, &used) != 3 || (sep != ' ' && sep != 'T'))
            return -1;
        rest += used;
        if (*rest == ':' && sscanf(rest, ":%2d%n", &sec, &used) == 1)
            rest += used;
        if (*rest != '\0' || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
            return -1;
    }
    char buf[16];
    snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, mo, y);
    struct hl_sla_date date;
    if (hl_sla_parse_date(buf, &date) < 0)
        return -1;
    *out = hl_sla_local_instant(date, h * 60 + mi) + sec;
    return 0;
}
