/*
 * Unit tests for lib/mail/html.c: the text a reader sees in an HTML part
 * (hidden elements dropped, block elements as line breaks, whitespace
 * collapsed, character references decoded, broken markup tolerated) and the
 * charset a <meta> names.  Table-driven: HTML in, text out.
 */
#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define R "\xef\xbf\xbd" /* U+FFFD */

static const struct {
    const char *in, *want;
} cases[] = {
    /* from the first tests: paragraphs, hidden elements, breaks, spaces,
     * literal markup characters, comments, quoted '>' and an open tag */
    {"<p>Xin ch&agrave;o</p><p>b&ecirc;n &ocirc;</p>", "Xin ch\xc3\xa0o\n\nb\xc3\xaan \xc3\xb4"},
    {"<head><title>x</title></head><script>a<b</script>A&#x110;&#272;B", "A\xc4\x90\xc4\x90"
                                                                         "B"},
    {"a<br>b<div>c</div>d", "a\nb\nc\nd"},
    {"  many   \n\t spaces&nbsp;here  ", "many spaces here"},
    {"1 < 2 &amp; 3 &gt; 2 &bogus; &#xZZ;", "1 < 2 & 3 > 2 &bogus; &#xZZ;"},
    {"<!-- hidden <p>x</p> -->shown<style>p{}", "shown"},
    {"<a href=\"x>y\">link</a>", "link"},
    {"unterminated <b", "unterminated"},

    /* the named references Vietnamese text uses */
    {"&abreve;&Abreve; &dstrok;&Dstrok; &itilde;&Itilde; &utilde;&Utilde;",
     "\xc4\x83\xc4\x82 \xc4\x91\xc4\x90 \xc4\xa9\xc4\xa8 \xc5\xa9\xc5\xa8"},
    {"&acirc;&ecirc;&ocirc; &aacute;&agrave;&atilde; &eacute;&egrave; &iacute;&igrave; "
     "&oacute;&ograve;&otilde; &uacute;&ugrave; &yacute;",
     "\xc3\xa2\xc3\xaa\xc3\xb4 \xc3\xa1\xc3\xa0\xc3\xa3 \xc3\xa9\xc3\xa8 \xc3\xad\xc3\xac "
     "\xc3\xb3\xc3\xb2\xc3\xb5 \xc3\xba\xc3\xb9 \xc3\xbd"},
    {"&quot;&apos;&lt;&gt; &hellip; &ndash; &ldquo;x&rdquo;",
     "\"'<> \xe2\x80\xa6 \xe2\x80\x93 \xe2\x80\x9cx\xe2\x80\x9d"},
    /* numeric references: decimal, hex in either case, no semicolon */
    {"Vi&#7879;t Vi&#x1EC7;t Vi&#X1ec7;t &#273", "Vi\xe1\xbb\x87t Vi\xe1\xbb\x87t Vi\xe1\xbb\x87t "
                                                 "\xc4\x91"},
    /* references to what cannot be text become U+FFFD, never a NUL or a
     * broken sequence: NUL, a surrogate, beyond U+10FFFF */
    {"a&#0;b&#xD800;c&#x110000;d", "a" R "b" R "c" R "d"},
    /* more than 8 digits: the first 8 are the reference, the rest text */
    {"&#00000065;&#123456789;", "A" R "9;"},
    /* names are case-sensitive; unknown and unterminated ones stay text */
    {"&AMP; &amp &unknownentity; AT&T &", "&AMP; &amp &unknownentity; AT&T &"},
    /* a non-breaking space is a space, and collapses like one */
    {"a&#160;&nbsp; b", "a b"},

    /* block structure: one line break per block boundary, a blank line
     * around paragraphs, cells side by side, inline tags invisible */
    {"<h1>Ti&ecirc;u &#273;&#7873;</h1><ul><li>m&#7897;t</li><li>hai</li></ul>",
     "Ti\xc3\xaau \xc4\x91\xe1\xbb\x81\nm\xe1\xbb\x99t\nhai"},
    {"<table><tr><td>M&atilde;</td><td>HL-1</td></tr><tr><th>A</th><th>B</th></tr></table>",
     "M\xc3\xa3 HL-1\nA B"},
    {"<blockquote>quoted</blockquote>after", "quoted\nafter"},
    {"x<p></p><p></p><div></div>y", "x\n\ny"},
    {"<b>bold</b> <i>it</i><span>al</span> <a href=x>link</a>", "bold ital link"},
    {"<P>Upper</P><BR/>case<Br />tags", "Upper\n\ncase\ntags"},
    /* no leading or trailing blank lines */
    {"<p><p>only</p></p><br><br>", "only"},
    {"", ""},
    {"<p></p>", ""},

    /* hidden elements and broken markup */
    {"<title>T</title><template>t</template><noscript>n</noscript>seen", "seen"},
    {"<SCRIPT>x</script>a<style type='text/css'>p{}</STYLE>b", "ab"},
    /* an unclosed <head> still holds the body; an unclosed <script> does not */
    {"<head><meta charset=utf-8>body text", "body text"},
    {"before<script>never closed <p>text", "before"},
    {"x<!-- never closed", "x"},
    {"<!DOCTYPE html><?xml version=\"1.0\"?>text", "text"},
    {"<a title='a>b'>q</a>", "q"},
    /* tag names longer than 15 bytes are unknown inline tags */
    {"a<abcdefghijklmnopqrstuvwxyz>b", "ab"},
    /* Outlook's namespaced tags */
    {"<p class=MsoNormal>Ph&#7843;n &#225;nh<o:p></o:p></p>", "Ph\xe1\xba\xa3n \xc3\xa1"
                                                              "nh"},
    /* a lone '<' and a stray '>' are text */
    {"a < b > c <", "a < b > c <"},
};

static void
test_text(void)
{
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        struct hl_arena a;
        hl_arena_init(&a);
        char *got = hl_html_to_text(&a, cases[i].in, strlen(cases[i].in));
        CHECK_MSG(got != NULL && strcmp(got, cases[i].want) == 0, "html case %zu: got \"%s\"", i,
                  got ? got : "(null)");
        hl_arena_fini(&a);
    }

    /* Only len bytes are read. */
    struct hl_arena a;
    hl_arena_init(&a);
    CHECK_STR(hl_html_to_text(&a, "<p>abc</p>", 5), "ab");
    CHECK_STR(hl_html_to_text(&a, "&amp;", 4), "&amp");
    hl_arena_fini(&a);
}

static void
test_meta_charset(void)
{
    static const struct {
        const char *in, *want;
    } metas[] = {
        {"<html><head><meta http-equiv=\"Content-Type\" "
         "content=\"text/html; charset=windows-1258\"></head>",
         "windows-1258"},
        {"<meta charset=\"utf-8\">", "utf-8"},
        {"<META CHARSET='VISCII'>", "VISCII"},
        {"<meta charset=TCVN5712-1:1993>", "TCVN5712-1:1993"},
        {"<meta name=x content=y><meta charset=cp1258>", "cp1258"},
        {"<html><body>charset=utf-8</body></html>", NULL},
        {"<meta name=\"viewport\">", NULL},
        {"<meta charset=>", NULL},
        {"", NULL},
    };
    struct hl_arena a;
    hl_arena_init(&a);
    for (size_t i = 0; i < HL_NELEM(metas); i++) {
        const char *got =
            hl_html_meta_charset(&a, (const unsigned char *)metas[i].in, strlen(metas[i].in));
        if (metas[i].want == NULL)
            CHECK_MSG(got == NULL, "meta case %zu: got %s", i, got);
        else
            CHECK_MSG(got != NULL && strcmp(got, metas[i].want) == 0, "meta case %zu: got %s", i,
                      got ? got : "(null)");
    }

    /* Only the first 4 KiB are looked at. */
    struct hl_buf b;
    hl_buf_init(&b);
    for (int i = 0; i < 4100; i++)
        hl_buf_putc(&b, ' ');
    hl_buf_puts(&b, "<meta charset=utf-8>");
    CHECK(hl_html_meta_charset(&a, (const unsigned char *)b.data, b.len) == NULL);
    hl_buf_reset(&b);
    for (int i = 0; i < 4000; i++)
        hl_buf_putc(&b, ' ');
    hl_buf_puts(&b, "<meta charset=utf-8>");
    CHECK_STR(hl_html_meta_charset(&a, (const unsigned char *)b.data, b.len), "utf-8");
    /* A value is at most 40 characters. */
    hl_buf_reset(&b);
    hl_buf_puts(&b, "<meta charset=");
    for (int i = 0; i < 60; i++)
        hl_buf_putc(&b, 'x');
    hl_buf_puts(&b, ">");
    const char *got = hl_html_meta_charset(&a, (const unsigned char *)b.data, b.len);
    CHECK(got != NULL && strlen(got) == 40);
    hl_buf_fini(&b);
    hl_arena_fini(&a);
}

int
main(void)
{
    test_text();
    test_meta_charset();
    return check_report();
}
