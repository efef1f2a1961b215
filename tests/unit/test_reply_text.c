/* Unit tests for lib/core/reply_text.c: the answer in a clerk's reply. */
#include "reply_text.h"

#include <string.h>

#include "check.h"

static void
check_reply(const char *body, const char *want)
{
    struct hl_buf out;
    hl_buf_init(&out);
    hl_buf_puts(&out, "kept:"); /* the text is appended */
    hl_reply_text_extract(body, &out);
    CHECK(strncmp(out.data, "kept:", 5) == 0);
    CHECK_STR(out.data + 5, want);
    hl_buf_fini(&out);
}

static void
test_reply_text(void)
{
    /* Vietnamese Outlook: top-posted answer, signature, "____" + Từ/Đã gửi block
     * above the forward with its internal routing details. */
    check_reply("Kính gửi Đường dây nóng,\r\n\r\n"
                "Sở Xây dựng đã kiểm tra hiện trường ngõ 201 ngày 17/02/2026 và yêu cầu Công ty "
                "Thoát nước Hà Nội nạo vét cống.\r\n\r\n"
                "Trân trọng,\r\nNgô Thị Thu\r\nVăn phòng Sở Xây dựng\r\nĐT: 024 3976 1234\r\n"
                "\r\n\r\n________________________________\r\n"
                "Từ: Đường dây nóng Hà Nội <phananh@soxaydung.hanoi.example.vn>\r\n"
                "Đã gửi: Thứ Hai, ngày 16 tháng 2 năm 2026 09:14\r\n"
                "Đến: Ngô Thị Thu <ngo.thi.thu@soxaydung.hanoi.example.vn>\r\n"
                "Chủ đề: [HL-2026-000123] Chuyển phản ánh: Ngập úng tại ngõ 201\r\n\r\n"
                "Kính gửi Sở Xây dựng,\r\nQuy tắc: ngap-ung -> so-xd (điểm 0.92)\r\n"
                "[Mã phản ánh: HL-2026-000123]\r\n",
                "Kính gửi Đường dây nóng,\n\n"
                "Sở Xây dựng đã kiểm tra hiện trường ngõ 201 ngày 17/02/2026 và yêu cầu Công ty "
                "Thoát nước Hà Nội nạo vét cống.\n\n"
                "Trân trọng,\nNgô Thị Thu\nVăn phòng Sở Xây dựng\nĐT: 024 3976 1234\n");
    /* Vietnamese Gmail, the attribution wrapped over two lines. */
    check_reply("Phường đã xử lý xong, đề nghị thông báo cho công dân.\n\n"
                "Vào Th 2, 16 thg 2, 2026 lúc 09:14 Đường dây nóng Hà Nội <\n"
                "phananh@caugiay.hanoi.example.vn> đã viết:\n\n"
                "> Kính gửi UBND phường Cầu Giấy,\n> Quy tắc: via-he -> phuong-cau-giay\n>\n"
                "> [Mã phản ánh: HL-2026-000087]\n",
                "Phường đã xử lý xong, đề nghị thông báo cho công dân.\n");
    /* Thunderbird, answers between the quote blocks, signature below. */
    check_reply("Vào 16/02/2026 09:14, Đường dây nóng Hà Nội đã viết:\n"
                "> Nội dung: quán bia lấn chiếm vỉa hè số 30 ngõ 82 Trần Quốc Hoàn.\n\n"
                "Phường đã lập biên bản xử phạt hộ kinh doanh ngày 10/02/2026.\n\n"
                "> Đề nghị kiểm tra, xử lý và trả lời trước 27/02/2026.\n"
                "> [Mã phản ánh: HL-2026-000087]\n\n"
                "Đã yêu cầu tháo dỡ, sẽ kiểm tra lại ngày 20/02/2026.\n\n"
                "-- \nKiều Thị Lan\nBộ phận Một cửa UBND phường Cầu Giấy\n\n\n",
                "Phường đã lập biên bản xử phạt hộ kinh doanh ngày 10/02/2026.\n\n"
                "Đã yêu cầu tháo dỡ, sẽ kiểm tra lại ngày 20/02/2026.\n\n"
                "-- \nKiều Thị Lan\nBộ phận Một cửa UBND phường Cầu Giấy\n");
    /* English Outlook, a marker copied into the answer, old Mac line ends. */
    check_reply("Về phản ánh [Mã phản ánh: HL-2026-000123], Sở đã chỉ đạo xử lý.\r"
                "[Mã phản ánh: HL-2026-000123]\r\r"
                "-----Original Message-----\rFrom: Hotline\rSent: Monday\rTo: x\rSubject: y\r"
                "Routing: so-xd\r",
                "Về phản ánh, Sở đã chỉ đạo xử lý.\n");
    /* English Gmail; Outlook without the underscores (bold labels as Gmail
     * renders them in text); the old Outlook "----- Thư gốc -----". */
    check_reply(
        "Done.\n\nOn Mon, 16 Feb 2026 at 09:14, Hotline <phananh@x.example> wrote:\n> Routing\n",
        "Done.\n");
    check_reply("Đã chuyển Đội quản lý trật tự đô thị.\n\n"
                "*From:* Đường dây nóng <phananh@x.example>\n*Sent:* Monday, February 16, 2026\n"
                "*To:* Lan <lan@x.example>\n*Subject:* [HL-2026-000087] Chuyển phản ánh\n\n"
                "Routing: phuong-cau-giay\n",
                "Đã chuyển Đội quản lý trật tự đô thị.\n");
    check_reply("Đồng ý.\n----- Thư gốc -----\nTừ: Đường dây nóng\nGửi: 16/02/2026\nRouting\n",
                "Đồng ý.\n");
    check_reply("OK\n\n---------- Forwarded message ---------\nFrom: Hotline\nRouting\n", "OK\n");
    /* Lines that only look like quote headers stay. */
    check_reply("Từ: ngày 10/02/2026 đội đã làm việc với hộ dân.\nFrom: phòng Quản lý đô thị\n"
                "On site we found nothing wrote:\n_____\nKết thúc.\n",
                "Từ: ngày 10/02/2026 đội đã làm việc với hộ dân.\nFrom: phòng Quản lý đô thị\n"
                "On site we found nothing wrote:\n_____\nKết thúc.\n");
    /* A memo in the official style: Từ/Ngày without Chủ đề is the answer. */
    check_reply("Kính gửi Đường dây nóng,\n\nTừ: Phòng Quản lý đô thị\nNgày: 17/02/2026\n"
                "Nội dung: đã xử lý xong.\n",
                "Kính gửi Đường dây nóng,\n\nTừ: Phòng Quản lý đô thị\nNgày: 17/02/2026\n"
                "Nội dung: đã xử lý xong.\n");
    /* An empty reply: the body without the ">" lines and the marker. */
    check_reply("\n\nVào 16/02/2026 09:14, Đường dây nóng Hà Nội đã viết:\n> Nội dung\n"
                "> [Mã phản ánh: HL-2026-000087]\n",
                "Vào 16/02/2026 09:14, Đường dây nóng Hà Nội đã viết:\n");
    check_reply("   \n\t\n> only a quote\n", "");
    check_reply("", "");
    check_reply("-----Original Message-----\nFrom: Hotline\n[Mã phản ánh: HL-2026-000001]\n",
                "-----Original Message-----\nFrom: Hotline\n");
}

int
main(void)
{
    test_reply_text();
    return check_report();
}
