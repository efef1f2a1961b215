#!/usr/bin/env python3
"""Generate the eighth held-out routing batch: letters 901-1000 of tests/data/routing.

Written on 6 December 2026 by an engineer on hotline who wrote neither the rules nor any earlier
batch, for issue 15 item 5.  Writes NNN-short-name.eml + NNN-short-name.json for NNN in 901..1000
into the folder given as the first argument (default: the folder this script lives in), removing
only earlier files of that range.  Standard library only and deterministic (its own fixed seed
20261268, fixed dates): two runs give byte-identical files.

The MIME writer is make_routing.py's, the letter helper, the batch writer and the code-page presets
are make_routing2.py's, imported as make_routing6.py does; the voices and situations are new (see
README: the eighth batch).
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_routing as mr  # noqa: E402  (the MIME writer of the first batch)
import make_routing2 as m2  # noqa: E402  (letter helper, batch writer, code-page presets)

FIRST = 901
LAST = 1000
mr.SEED = 20261268
mr.CTX = mr.Ctx()
mr.BASE_DATE = datetime.datetime(2026, 11, 27, 0, 0, 0,
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
L = m2.L
HK, BD, CG, SS, CP1258, VISCII = m2.HK, m2.BD, m2.CG, m2.SS, m2.CP1258, m2.VISCII
RE_NOTE = "text/plain; a reply quoting an earlier answer"


# =============================================================================================
# The letters (901-1000).  Labels follow the routing table of the corpus README with its December
# 2026 additions (repeated in this folder's README).  A place decides only when it lies wholly in
# one sample unit since the 1 July 2025 merger (the places tables of this folder's README).
# =============================================================================================
def land():
    L("viet-kieu-dung-ten-nha-cha-me", to="so-tnmt",
      sender=("Nguyễn Hữu Khiêm", "khiem.nguyenhuu@example.com"),
      subject="Kính hỏi về việc người có quốc tịch nước ngoài đứng tên chung trên Giấy chứng nhận",
      text="""Kính gửi Quý Sở Tài nguyên và Môi trường thành phố Hà Nội,

Tôi tên là Nguyễn Hữu Khiêm, sinh năm 1961 tại Hà Nội, hiện định cư tại thành phố Lyon, Cộng hòa Pháp, mang quốc tịch Pháp từ năm 1992 và vẫn còn giữ hộ chiếu Việt Nam.
Kính thưa Quý Sở, song thân của tôi đã lần lượt qua đời vào các năm 2019 và 2025, để lại một căn nhà và thửa đất có Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở mang tên cả hai cụ.
Anh chị em chúng tôi gồm bốn người, ba người hiện sinh sống tại Hà Nội, riêng tôi ở nước ngoài. Chúng tôi đã thống nhất cùng đứng tên chung trên Giấy chứng nhận, không ai bán phần của mình.
Tôi kính mong Quý Sở giải đáp cho tôi ba điều. Thứ nhất, người Việt Nam định cư ở nước ngoài có quốc tịch nước ngoài như tôi có được đứng tên chung trên Giấy chứng nhận đối với đất ở hay không.
Thứ hai, nếu không được, thì phần thừa kế của tôi được giải quyết như thế nào, có buộc phải tặng cho hoặc chuyển nhượng lại cho các em tôi hay không, và trong thời hạn bao lâu.
Thứ ba, tôi có thể ủy quyền cho em gái tôi làm toàn bộ thủ tục đăng ký biến động tại Việt Nam, còn tôi ký giấy ủy quyền tại Tổng Lãnh sự quán ở Pháp, được chăng.
Tôi xin nói thêm, năm nay tôi đã 65 tuổi, sức khỏe không còn như xưa, mỗi chuyến về nước đều phải chuẩn bị nhiều tháng, cho nên tôi rất mong được hướng dẫn một lần cho đủ, để không phải đi lại nhiều lần.
Các em tôi ở nhà cũng đã hỏi nhiều nơi, mỗi người trả lời một kiểu, người bảo được đứng tên, người bảo không, người lại bảo phải nhờ dịch vụ. Chúng tôi không muốn làm gì sai với pháp luật.
Tôi xin trân trọng cảm ơn Quý Sở và kính chúc Quý Sở mạnh khỏe.

Trân trọng kính thư,
Nguyễn Hữu Khiêm
""", topic="land", unit="so-tnmt",
      why="A long, stiffly formal letter from a French-Vietnamese heir asking whether he can co-own his parents' land on the certificate.")

    L("nuoi-ga-thue-dat-cong-ich-het-han", to=SS,
      sender=("Kieu Van Dong", "dong.kieuvan.ga@example.net"),
      subject="hop dong thue dat cong ich nuoi ga het han",
      text="""Kinh gui cac anh chi,

Toi nuoi ga de o thon Phu Ninh, thue 3 sao dat cong ich cua xa tu nam 2016 de lam chuong, hop dong 10 nam thang 12 nay het han.
Nghe noi dot toi xa se dau gia lai khu dat nay, toi da xay chuong ga kien co va dang nuoi 4000 con, neu ko duoc thue tiep thi ko biet dua ga di dau.
Xin hoi nguoi dang thue co duoc uu tien gia han hop dong thue dat ko, ho so xin thue tiep nop o dau.
Dong
""", topic="land", unit="so-tnmt",
      why="A chicken farmer's lease of commune public land runs out: land, so-tnmt, though sent to the commune; the farm is a decoy.")

    L("khieu-nai-qd-dinh-chinh-so-do-cua-me", to="so-tp",
      sender=("Đặng Thùy Linh", "linh.dangthuy.ls@example.com"),
      subject="Đơn khiếu nại Quyết định đính chính Giấy chứng nhận (viết thay mẹ tôi)",
      text="""Kính gửi Sở Tư pháp,

Tôi là luật sư tập sự, viết đơn này thay mẹ tôi là bà Vũ Thị Hạnh, 71 tuổi, vì mẹ tôi không dùng thư điện tử.
Mẹ tôi khiếu nại Quyết định số 2231/QĐ-STNMT ngày 12/11/2026 của Sở Tài nguyên và Môi trường về việc đính chính Giấy chứng nhận, theo đó diện tích thửa đất của mẹ tôi từ 84 m2 bị sửa thành 79,5 m2 theo đề nghị của nhà bên cạnh.
Quyết định được ban hành khi mẹ tôi chưa được mời đến đo đạc, chưa ký biên bản xác định ranh giới, mốc giới. Đề nghị Sở Tài nguyên và Môi trường hủy quyết định này và giải quyết lại đúng trình tự.
Gia đình tôi gửi nhầm về Sở Tư pháp vì nghĩ khiếu nại thì gửi cơ quan tư pháp, mong quý Sở chuyển giúp.

Đặng Thùy Linh (viết thay bà Vũ Thị Hạnh)
""", topic="land", unit="so-tnmt", letter="complaint",
      why="A young lawyer's complaint for her mother about so-tnmt's correction of a certificate, issuer named, sent to so-tp.")

    L("mua-nha-giay-tay-1998", to="so-tnmt",
      sender=(None, "caphe.ngoc.hanh@example.com"),
      subject="Hoi",
      text="""Nha e mo quan cafe, can nha nay bo me mua giay tay tu nam 1998 ko cong chung, nguoi ban gio da mat, bay gio muon lam so do (GCN) thi can giay to gi a, k co hop dong cong chung thi co lam dc k?
""", topic="land", unit="so-tnmt", mailer="iphone",
      why="Phone mail with an empty subject line 'Hoi': a house bought on a handwritten paper in 1998 and never certified.")

    L("nam-anh-em-dung-ten-chung-viscii", to="so-tnmt",
      sender=("Lương Văn Thịnh", "thinh.luongvan@example.org"),
      subject="Hỏi thủ tục ghi tên năm anh em trên sổ đỏ đất thừa kế",
      text="""Kính gửi quý cơ quan,

Bố mẹ tôi mất không để lại di chúc, để lại mảnh đất 120 m2 đã có sổ đỏ. Năm anh em chúng tôi đã lập văn bản thỏa thuận không chia, muốn cùng đứng tên chung.
Xin hỏi sổ đỏ mới có ghi được đủ tên năm người không, hay chỉ ghi một người đại diện, và nếu sau này một người muốn bán phần của mình thì có tách thửa được không.

Lương Văn Thịnh
""", topic="land", unit="so-tnmt", cte="8bit", **VISCII,
      why="Five siblings asking to co-own inherited land on one certificate; VISCII 8bit.")


def business():
    L("quan-cafe-doi-so-nha-giay-hkd", to="so-khdt",
      sender=("Pham Thi Hong Van", "vanpham.cafe@example.com"),
      subject="giay chung nhan ho kinh doanh van ghi so nha cu",
      text="""Chao cac anh chi,

E mo quan ca phe o pho Ta Hien tu 2021, nam nay thanh pho danh lai so nha ca day pho, nha e tu so 17 thanh so 31.
Giay chung nhan dang ky ho kinh doanh van ghi so 17, ngan hang va ben thue doi e phai sua cho dung dia chi moi.
E co phai lam ho so thay doi noi dung dang ky ko, co mat phi ko, hay chi can mang giay xac nhan doi so nha den la dc.
Tks a chi.
Van
""", topic="business_registration", unit="so-khdt",
      why="A café's household-business certificate still shows the old house number after renumbering; the old-quarter street is a decoy.")

    L("xuong-in-dia-diem-kinh-doanh-thu-hai", to="so-khdt",
      sender=("Trịnh Quốc Bảo", "bao.trinh.inan@example.net"),
      subject="Đăng ký địa điểm kinh doanh thứ hai cho xưởng in",
      text="""Kính gửi Phòng Đăng ký kinh doanh,

Công ty TNHH in ấn của tôi có trụ sở và xưởng in ở một chỗ. Nay tôi thuê thêm một mặt bằng nhỏ cách đó 3 km làm cửa hàng nhận in danh thiếp, in ảnh lấy ngay.
Tôi chưa muốn lập chi nhánh, chỉ muốn đăng ký địa điểm kinh doanh. Xin hỏi hồ sơ gồm những gì, có cần hợp đồng thuê có công chứng không, bao nhiêu ngày có kết quả.

Trịnh Quốc Bảo
""", topic="business_registration", unit="so-khdt",
      why="A print shop owner registers a second business location, not a branch.")

    L("vo-tiep-quan-ho-kinh-doanh-gara", to="ubnd-tp",
      sender=("Hồ Thị Thanh Mai", "maiho.garage@example.com"),
      subject="Chồng mất, tôi muốn tiếp tục đứng tên hộ kinh doanh gara",
      text="""Kính gửi quý cơ quan,

Chồng tôi là chủ hộ kinh doanh gara sửa chữa ô tô, mất đột ngột hồi tháng 9. Gara vẫn có ba thợ làm, khách quen vẫn mang xe đến.
Tôi muốn đứng tên hộ kinh doanh để tiếp tục làm, nhưng không biết phải làm thủ tục thay đổi chủ hộ hay phải chấm dứt rồi đăng ký mới.
Giấy chứng tử và văn bản các con đồng ý để tôi đứng tên tôi đã có. Mong được hướng dẫn và chuyển giúp đến nơi giải quyết.

Hồ Thị Thanh Mai
""", topic="business_registration", unit="so-khdt",
      why="A widow takes over her late husband's garage as household business owner; sent to the city office.")

    L("tiem-may-cham-dut-hkd", to="so-khdt",
      sender=(None, "thomay.ba.tuyet@example.com"),
      subject="dong ho kinh doanh",
      text="""Toi 68 tuoi nghi may roi, muon cham dut hoat dong ho kinh doanh tiem may, ben thue bao phai co thong bao cua phong dang ky kinh doanh truoc, xin hoi nop giay gi o dau.
""", topic="business_registration", unit="so-khdt", mailer="iphone",
      why="One-line phone mail: an old tailor closes her household business; the tax office is a decoy.")

    L("ke-toan-chu-so-huu-huong-loi", to="so-khdt",
      sender=("Mai Thanh Tâm", "tam.mai.ketoan@example.org"),
      subject="Kê khai thông tin chủ sở hữu hưởng lợi cho công ty khách hàng",
      text="""Kính gửi quý Sở,

Tôi làm kế toán dịch vụ cho khoảng hai mươi công ty nhỏ. Các khách hàng của tôi được nhắc phải bổ sung thông tin về chủ sở hữu hưởng lợi khi thay đổi đăng ký doanh nghiệp.
Xin hỏi công ty đã thành lập từ trước có phải tự nộp thông báo bổ sung ngay không, hay chỉ kê khai khi có thay đổi khác, và mẫu nào dùng cho công ty một thành viên do cá nhân làm chủ.

Mai Thanh Tâm
""", topic="business_registration", unit="so-khdt",
      why="An accountant asks about declaring beneficial owners for her client companies' registration.")

    L("khieu-nai-buoc-doi-ten-cong-ty-nhan-hieu", to="thanh-tra",
      sender=("Do Minh Quan", "quan.do.bansi@example.net"),
      subject="khieu nai thong bao buoc doi ten cong ty",
      text="""Kinh gui Thanh tra thanh pho,

Toi la giam doc cong ty TNHH buon ban hoa qua, co sap o cho dau moi. Ngay 16/11/2026 So KHDT ra thong bao so 9120/TB-SKHDT yeu cau cong ty toi doi ten trong 2 thang vi ten xam pham nhan hieu cua 1 cong ty khac.
Cong ty toi dung ten nay tu 2015, truoc khi ho dang ky nhan hieu. Toi khieu nai thong bao nay, de nghi So KHDT xem xet lai.
Quan
""", topic="business_registration", unit="so-khdt", letter="complaint",
      why="A fruit wholesaler's complaint about so-khdt's order to rename his company, issuer named, sent to thanh-tra.")


def residence():
    L("bao-ve-tam-tru-phong-bao-ve", to="ca-tp",
      sender=("Nguyen Van Tuan", "tuan.baove.nv@example.com"),
      subject="bao ve toa nha xin dang ky tam tru o phong truc",
      text="""Chao cac anh,

E que Nghe An, lam bao ve cho 1 toa chung cu, ca dem xong e ngu luon o phong truc tang 1, ko thue tro.
Ban quan ly toa nha noi dang ky tam tru o phong truc ko dc vi ko phai cho o hop phap. Vay e phai dang ky tam tru o dau a, con e vao lop 1 can xac nhan cu tru.
Tuan
""", topic="residence", unit="ca-tp",
      why="A building security guard who sleeps in the guard room asks where he can register temporary residence; the school is a decoy.")

    L("gia-han-tam-tru-de-con-vao-lop-1", to="ca-tp",
      sender=("Chu Thị Hoa", "hoa.chuthi.phuhuynh@example.net"),
      subject="Tạm trú hết hạn khi cả nhà về quê, con sắp nhập học",
      text="""Kính gửi Công an thành phố,

Gia đình tôi thuê nhà ở Hà Nội sáu năm, tạm trú có thời hạn đến tháng 10/2026. Đúng lúc đó cả nhà về quê chăm bố tôi ốm nên quên gia hạn.
Bây giờ trường tiểu học yêu cầu thông tin cư trú để xét tuyển cháu vào lớp 1 đợt bổ sung. Xin hỏi tôi gia hạn tạm trú qua VNeID được không hay phải đăng ký lại từ đầu, chủ nhà phải đồng ý lại không.

Chu Thị Hoa
""", topic="residence", unit="ca-tp",
      why="A family's temporary residence lapsed while away; the primary school enrolment is a decoy.")

    L("tai-xe-buyt-dia-chi-cu-tru-sau-sap-nhap", to="ca-tp",
      sender=(None, "laixe.tuyen32@example.com"),
      subject="thong tin cu tru van ghi phuong cu",
      text="""Toi lai xe buyt, tra tren VNeID thi noi thuong tru van ghi phuong cu truoc sap nhap, di lam giay to cho con bi hoi mai, xin cap nhat giup.
""", topic="residence", unit="ca-tp", mailer="iphone",
      why="One-line phone mail: a bus driver's residence record still shows his pre-merger ward.")

    L("tho-moc-chuyen-thuong-tru-nha-tai-dinh-cu", to="ca-tp",
      sender=("Tạ Văn Lâm", "lam.tavan.thomoc@example.org"),
      subject="Chuyển thường trú về căn hộ tái định cư",
      text="""Kính gửi quý cơ quan,

Nhà tôi bị giải tỏa để mở đường, cả nhà năm người đã nhận căn hộ tái định cư và chuyển về ở từ tháng 8. Căn hộ mới chỉ có biên bản bàn giao và quyết định bố trí tái định cư, chưa có sổ hồng.
Tôi làm thợ mộc, đi làm suốt ngày, muốn hỏi với giấy tờ như vậy có đăng ký thường trú cho cả nhà ở căn hộ mới được không, và nơi thường trú cũ đã bị phá thì xóa thế nào.

Tạ Văn Lâm
""", topic="residence", unit="ca-tp",
      why="A carpenter moves his family's permanent residence to a resettlement flat without a title yet; the clearance is a decoy.")

    L("khieu-nai-tu-choi-tam-tru-nha-dien-giai-toa", to="so-tp",
      sender=("Lò Văn Kiên", "kien.lovan@example.com"),
      subject="Khiếu nại văn bản từ chối đăng ký tạm trú vì nhà thuê nằm trong diện giải tỏa",
      text="""Kính gửi Sở Tư pháp,

Tôi thuê nhà để ở và làm việc, chủ nhà đã đồng ý cho đăng ký tạm trú. Ngày 18/11/2026 Công an thành phố có văn bản từ chối đăng ký tạm trú cho tôi với lý do nhà nằm trong khu vực đã có thông báo thu hồi đất để mở đường.
Nhà chưa có quyết định thu hồi, chủ nhà và các hộ xung quanh vẫn ở bình thường. Tôi khiếu nại văn bản này và đề nghị Công an thành phố xem xét đăng ký tạm trú cho tôi.

Lò Văn Kiên
""", topic="residence", unit="ca-tp", letter="complaint",
      why="A tenant's complaint about the city police's refusal of temporary residence in a house due for clearance, issuer named, sent to so-tp; the land recovery is a decoy.")

    L("ke-toan-can-ho-tra-gop-thuong-tru", to="ca-tp",
      sender=("Ngo Thi Phuong", "phuong.ngo.kt@example.net"),
      subject="can ho tra gop chua co so hong dang ky thuong tru dc ko",
      text="""Kinh gui CA TP,

E lam ke toan, mua can ho chung cu tra gop ngan hang tu nam 2024, chu dau tu chua lam so hong. E da o han o day, CCCD voi HK van ghi dia chi o que.
Hop dong mua ban voi chu dau tu co dung lam giay to cho o hop phap de dang ky thuong tru ko a, hay phai cho co so hong.
Tks
""", topic="residence", unit="ca-tp",
      why="An accountant asks whether a purchase contract for a flat bought on instalments suffices for permanent residence.")


def civil_status():
    L("doi-ten-cho-con-bi-treu-cp1258", to=BD,
      sender=("Khuất Thị Ngân", "ngan.khuatthi@example.com"),
      subject="Xin thay đổi tên cho con vì cháu bị bạn bè trêu",
      text="""Kính gửi quý cơ quan,

Con gái tôi 9 tuổi, tên khai sinh là Nguyễn Thị Bờm, do ông nội đặt theo tục cũ. Từ khi đi học cháu bị bạn bè trêu chọc, khóc không chịu đến lớp.
Gia đình tôi ở phố Hàng Bún, muốn làm thủ tục thay đổi tên cho cháu thành Nguyễn Bảo Ngọc. Xin hỏi cần giấy tờ gì, cháu có phải ký đồng ý không.

Khuất Thị Ngân
""", topic="civil_status", unit=BD, place="phố Hàng Bún", cte="quoted-printable", **CP1258,
      why="A mother asks to change her daughter's given name; she lives on Hàng Bún street (Ba Đình), place only; windows-1258 QP.")

    L("khai-sinh-tre-bi-bo-roi-cong-nha-tho", to="so-tp",
      sender=("Têrêsa Phan Thị Mến", "men.phanthi.gx@example.com"),
      subject="Xin hướng dẫn đăng ký khai sinh cho bé sơ sinh bị bỏ trước cổng nhà thờ",
      text="""Kính gửi Sở Tư pháp,

Tôi là giáo dân, đang giúp các nữ tu trong giáo xứ. Sáng 20/11 chúng tôi thấy một bé gái sơ sinh được bọc khăn để trước cổng nhà thờ, đã báo công an và đưa bé đi khám, bé khỏe mạnh.
Các nữ tu xin được tạm thời chăm nuôi bé. Nay chúng tôi cần đăng ký khai sinh cho bé tại UBND phường Ba Đình. Xin hỏi ai là người đứng ra đăng ký, cần biên bản gì, và tên, quê quán của bé ghi thế nào khi không biết cha mẹ.

Têrêsa Phan Thị Mến
""", topic="civil_status", unit=BD,
      why="A parishioner asks how to register the birth of a newborn left at the church gate, at the ward of Ba Đình; sent to so-tp; the police report is a decoy.")

    L("sinh-con-tai-nha-khong-giay-chung-sinh", to=SS,
      sender=("Dinh Thi Mien", "mien.dinhthi@example.com"),
      subject="sinh con o nha ko co giay chung sinh",
      text="""Chao cac anh chi,

E o thon Duoc Ha, xa Tien Duoc cu. Thang 10 e de chau thu 3 o nha vi chuyen da nhanh qua ko kip ra tram y te, ba do la me chong e.
Gio di lam giay khai sinh cho chau thi bi hoi giay chung sinh, ma e ko co. Xin hoi phai lam giay gi thay the, co can nguoi lam chung ko a.
Mien
""", topic="civil_status", unit=SS, place="xa Tien Duoc cu",
      why="Birth registration for a baby born at home without a birth paper, in the former commune of Tiên Dược (Sóc Sơn); place only.")

    L("khieu-nai-tu-choi-bo-sung-que-quan", to="ubnd-tp",
      sender=("Ha Thi Thu Trang", "trang.hathu@example.org"),
      subject="khieu nai viec phuong tu choi bo sung que quan",
      text="""Kinh gui UBND thanh pho,

Giay khai sinh cua toi cap nam 1990 de trong muc que quan. Toi nop ho so bo sung thong tin que quan o UBND P. Cau Giay, ngay 20/11/2026 phuong co van ban tu choi vi "khong du can cu".
Toi da nop ban sao giay khai sinh cua bo toi ghi ro que quan. Toi khieu nai van ban tu choi nay cua UBND phuong Cau Giay, de nghi phuong xem xet lai.
Trang
""", topic="civil_status", unit=CG, letter="complaint",
      why="Complaint about the ward of Cầu Giấy's refusal to add a birthplace to a birth record, issuer named, sent to the city office.")

    L("fwd-dang-ky-lai-ket-hon-giay-bi-uot", to=HK,
      sender=("Lưu Đức Anh", "ducanh.luu@example.net"),
      subject="Fwd: Xin đăng ký lại việc kết hôn",
      text="""Kính gửi phường,

Tôi chuyển thư của mẹ tôi, bà gửi từ tuần trước mà địa chỉ cũ không còn ai trả lời. Mong phường xem giúp.

Đức Anh
""", fwd=dict(sender=("Nguyễn Thị Loan", "loan.nguyenthi52@example.com"),
              to="phananh@vpubnd.hanoi.example.vn", date=mr.D(1126, 19, 40),
              subject="Xin đăng ký lại việc kết hôn",
              text="""Kính gửi quý cơ quan,

Nhà tôi ở phố Hàng Bè, trận mưa tháng 9 dột mái, hòm giấy tờ ngấm nước, giấy chứng nhận kết hôn năm 1976 của vợ chồng tôi nát hết không đọc được.
Sổ đăng ký kết hôn ngày ấy cũng không còn lưu. Nay chồng tôi ốm nặng, con cái cần giấy này để làm thủ tục cho ông. Xin hỏi đăng ký lại việc kết hôn cần những gì.

Nguyễn Thị Loan
"""), form="fwd", topic="civil_status", unit=HK, place="phố Hàng Bè",
      why="A son forwards his mother's request to re-register a 1976 marriage whose paper rotted; Hàng Bè street (Hoàn Kiếm) only in the original.")

    L("nguoi-thue-tro-mat-khai-tu", to=HK,
      sender=("Vu Van Hai", "hai.vuvan.nhatro@example.com"),
      subject="nguoi thue phong mat, ai di khai tu",
      text="""Kinh gui cac anh chi,

Toi cho thue phong o ngo Phat Loc, 1 ong khach thue 70 tuoi song 1 minh vua mat tuan truoc, da co benh vien cap giay bao tu, nguoi nha o que chua len duoc.
Toi la chu nha co di dang ky khai tu thay dc ko, can mang nhung giay gi.
Hai
""", topic="civil_status", unit=HK, place="ngo Phat Loc",
      why="A landlord asks whether he may register the death of a lone tenant; Phất Lộc lane (Hoàn Kiếm), place only.")
def construction_permit():
    L("giao-xu-xay-nha-giao-ly", to="so-xd",
      sender=("Phạm Văn Giuse Thành", "thanh.pham.gx@example.org"),
      subject="Hỏi thủ tục cấp phép xây nhà giáo lý cho giáo xứ",
      text="""Kính gửi Sở Xây dựng,

Tôi là thành viên hội đồng mục vụ một giáo xứ. Giáo xứ muốn xây một nhà giáo lý hai tầng trong khuôn viên nhà thờ để các em thiếu nhi học, thay cho dãy nhà cấp bốn đã xuống cấp.
Khuôn viên đã có giấy chứng nhận đứng tên giáo xứ. Xin hỏi công trình của cơ sở tôn giáo có phải xin giấy phép xây dựng không, cần văn bản chấp thuận của cơ quan nào trước, và nộp hồ sơ ở đâu.

Kính thư,
Phạm Văn Giuse Thành
""", topic="construction_permit", unit="so-xd", form="nfd", cte="quoted-printable",
      why="A parish council member asks for a building permit for a catechism hall; NFD QP.")

    L("chuong-ga-co-can-xin-phep", to=SS,
      sender=("Than Van Loi", "loi.thanvan@example.com"),
      subject="lam chuong ga co can giay phep xay dung ko",
      text="""Chao xa,

Nha toi muon dung them 2 dai chuong ga khung thep mai ton, moi dai 300 m2, tren dat vuon nha minh o Soc Son, dat da co so do la dat trang trai.
Xin hoi chuong trai nhu the co phai xin GPXD ko, neu phai thi xin o dau, ho so gom gi. Toi ko muon lam xong lai bi phat.
Loi
""", topic="construction_permit", unit="so-xd",
      why="A chicken farmer asks whether two steel-frame sheds need a building permit, sent to the commune: so-xd.")

    L("khieu-nai-qd-thu-hoi-gpxd", to="ubnd-tp",
      sender=("Kim Thị Hảo", "hao.kimthi@example.net"),
      subject="Khiếu nại quyết định thu hồi giấy phép xây dựng",
      text="""Kính gửi UBND thành phố,

Ngày 19/11/2026 Sở Xây dựng ban hành quyết định thu hồi giấy phép xây dựng nhà ở của gia đình tôi, cấp từ tháng 6, với lý do giấy phép cấp sai vì lô đất "vướng chỉ giới đường đỏ".
Khi cấp phép Sở đã thẩm định chỉ giới, gia đình tôi đã làm móng xong. Tôi khiếu nại quyết định này của Sở Xây dựng và đề nghị Sở xem xét lại, nếu đúng là vướng chỉ giới thì phải có phương án cho gia đình tôi.

Kim Thị Hảo
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="Complaint about so-xd's revocation of a building permit, issuer named, sent to the city office.")

    L("tho-may-xay-tang-ham", to="so-xd",
      sender=("Lê Thị Thoa", "thoa.le.maydo@example.com"),
      subject="Xây lại nhà có làm một tầng hầm thì xin phép thế nào",
      text="""Kính gửi quý Sở,

Tôi có tiệm may đo ở tầng một, nhà đã cũ nên định xây lại năm tầng, muốn làm thêm một tầng hầm để làm kho vải và chỗ để xe.
Xin hỏi nhà ở riêng lẻ có tầng hầm thì hồ sơ xin phép có gì khác, có cần thẩm tra thiết kế và cam kết với các nhà liền kề không.

Lê Thị Thoa
""", topic="construction_permit", unit="so-xd",
      why="A tailor rebuilding her house asks how to get a permit with a basement.")

    L("nha-lun-nghieng-ep-coc-gia-co-xin-phep", to="so-xd",
      sender=(None, "chunha.trungkien@example.net"),
      subject="xin phep",
      text="""Nha toi 3 tang bi lun nghieng ve 1 ben, tho bao phai ep coc gia co mong va nang nen len 50 phan, lam nhu vay co phai xin giay phep xay dung ko a.
""", topic="construction_permit", unit="so-xd", mailer="iphone",
      why="One-line phone mail: a house owner asks whether jacking piles under a tilting house and raising its floor needs a permit; subject says only 'xin phep'.")


def certification():
    L("khieu-nai-tu-choi-chung-thuc-thoa-thuan-di-san", to="thanh-tra",
      sender=("Đặng Thùy Linh", "linh.dangthuy.ls@example.com"),
      subject="Khiếu nại việc từ chối chứng thực văn bản thỏa thuận phân chia di sản",
      text="""Kính gửi Thanh tra thành phố,

Tôi viết thay mẹ tôi là bà Vũ Thị Hạnh. Ngày 24/11/2026 UBND phường Ba Đình có văn bản từ chối chứng thực văn bản thỏa thuận phân chia di sản là căn nhà của bố tôi, với lý do "di sản là nhà đất phải công chứng".
Theo quy định, việc chứng thực văn bản thỏa thuận phân chia di sản là nhà đất vẫn thuộc thẩm quyền của UBND cấp xã. Mẹ tôi khiếu nại văn bản từ chối này của UBND phường Ba Đình và đề nghị phường chứng thực.

Đặng Thùy Linh
""", topic="certification", unit=BD, letter="complaint",
      why="The young lawyer's complaint for her mother about the ward of Ba Đình's refusal to certify an inheritance agreement, sent to thanh-tra.")

    L("xe-om-chung-thuc-bang-lai", to=CG,
      sender=(None, "grab.minhduc88@example.com"),
      subject="chung thuc bang lai",
      text="""E chay xe om o pho Tran Dang Ninh, hang xe bat nop ban sao chung thuc bang lai xe, ra phuong thi bao bang lai ko chung thuc dc, vay e phai lam the nao a.
""", topic="certification", unit=CG, place="pho Tran Dang Ninh", mailer="iphone",
      why="One-line phone mail: a motorbike-taxi driver is refused a certified copy of his licence; Trần Đăng Ninh street (Cầu Giấy), place only.")

    L("chung-thuc-chu-ky-giay-nhan-no-cho-hang-be", to=HK,
      sender=("Trương Thị Lựu", "luu.truong.buonhang@example.com"),
      subject="Chứng thực chữ ký trên giấy nhận nợ giữa hai người buôn",
      text="""Kính gửi quý cơ quan,

Tôi buôn hải sản khô ở chợ Hàng Bè hơn hai mươi năm. Một mối hàng lẻ lấy hàng của tôi gối đầu, nay còn nợ 180 triệu, đã đồng ý viết giấy nhận nợ và hẹn trả dần trong một năm.
Tôi muốn hai bên cùng đến bộ phận một cửa để chứng thực chữ ký trên giấy nhận nợ cho chắc chắn. Xin hỏi giấy nhận nợ viết tay có chứng thực chữ ký được không, có cần mẫu riêng, và lệ phí bao nhiêu.

Trương Thị Lựu
""", topic="certification", unit=HK, place="chợ Hàng Bè",
      why="A wholesaler at Hàng Bè market (Hoàn Kiếm) asks to have signatures on a debt acknowledgement certified; place only.")

    L("nguoi-nuoc-ngoai-chung-thuc-ho-chieu", to=HK,
      sender=("Sophie Marchand", "sophie.marchand@example.com"),
      subject="Xin chứng thực bản sao hộ chiếu",
      text="""Kính gửi anh chị,

Tôi là người Pháp, tôi sông ở phố Mã Mây ba năm. Công ty tôi làm việc cân một bản sao hộ chiếu có chứng thực để làm hồ sơ gia hạn giấy phep lao động.
Tôi đã đi đến một cửa hôm thứ năm, nhưng chị ở đó nói hộ chiếu nước ngoài không chứng thực được ở đây, tôi không hiểu rõ. Xin vui long cho tôi biết tôi phải đi đâu.
Cảm ơn nhiều,
Sophie
""", topic="certification", unit=HK, place="phố Mã Mây",
      why="A French resident, in Vietnamese with mistakes, asks for a certified copy of her passport; Mã Mây street (Hoàn Kiếm), place only; the work permit is a decoy.")

    L("tho-moc-chung-thuc-chung-chi-di-xuat-khau", to="so-tp",
      sender=("Nghiem Van Sang", "sang.nghiem.moc@example.net"),
      subject="chung thuc ban sao chung chi nghe moc di lam o nuoc ngoai",
      text="""Kinh gui So Tu phap,

Toi lam tho moc, sap di lam o Nhat theo hop dong, cong ty phai cu can 5 ban sao chung thuc chung chi nghe va bang tot nghiep trung cap.
Toi len UBND xa Soc Son 2 lan deu bao may in hong, hen tuan sau. Xin So nhac xa lam giup, toi sap het han nop ho so.
Sang
""", topic="certification", unit=SS,
      why="A carpenter going to work in Japan cannot get certified copies at the commune of Sóc Sơn; sent to so-tp.")


def garbage():
    L("re-canh-cay-cat-tia-pho-duc-chinh", to=BD,
      sender=("Bạch Thị Dung", "dung.bachthi@example.org"),
      subject="Re: Trả lời phản ánh về cành cây cắt tỉa",
      text="""Kính gửi phường,

Phường trả lời sẽ cho thu dọn trong ngày, nhưng đến nay đã năm ngày, đống cành lá cắt tỉa cây trên phố Phó Đức Chính vẫn chất cao trước cửa nhà tôi, lá khô bay khắp nơi, tối có người còn đổ thêm túi rác lên trên.

Bạch Thị Dung

> Ngày 28/11/2026 bộ phận tiếp nhận trả lời:
> Đã đề nghị đơn vị vệ sinh thu dọn cành cây trong ngày 29/11/2026.
""", topic="garbage", unit=BD, place="phố Phó Đức Chính", note=RE_NOTE,
      why="A reply quoting an earlier answer: tree-trimming debris still piled on Phó Đức Chính street (Ba Đình); place only.")

    L("to-cao-trai-ga-vut-ga-chet-xuong-suoi", to=SS,
      sender=("Nguyen Thi Hue", "huenguyen.tanminh@example.com"),
      subject="to cao trai ga vut ga chet xuong suoi",
      text="""Kinh gui UBND xa,

Toi o thon Xuan Tan, khu xa Tan Minh cu. Trai ga nha ong Lam dau thon tuan nao cung cho bao tai ga chet ra vut xuong suoi sau nha van hoa, co bao vut ca o bo suoi.
Nuoc suoi boc mui thoi, ruoi nhang bu kin, tre con van ra do choi. Toi to cao viec nay, de nghi xa xu ly va bat ho chon lap dung cach.
Hue
""", topic="garbage", unit=SS, place="xa Tan Minh cu", letter="denunciation",
      why="Denunciation of a chicken farm dumping dead birds in a stream, former commune of Tân Minh (Sóc Sơn): the commune's case, place only.")

    L("nem-rac-tu-tang-tren-xuong-san-tap-the", to=BD,
      sender=(None, "tapthe.c4.haiyen@example.net"),
      subject="nem rac tu tren tang xuong",
      text="""Khu tap the cua toi o phuong Truc Bach cu co may ho tang 4 tang 5 toi nao cung nem tui rac qua cua so xuong san chung, sang ra rac vung vai, co hom roi trung dau nguoi, de nghi phuong nhac nho xu ly.
""", topic="garbage", unit=BD, place="phuong Truc Bach cu", mailer="iphone",
      why="One-line phone mail: households in a walk-up block throw rubbish bags from upper windows into the shared yard, former ward of Trúc Bạch (Ba Đình); place only.")

    L("xe-cho-rac-ri-nuoc-xuan-thuy", to=CG,
      sender=("Tong Van Khoa", "khoa.tongvan@example.org"),
      subject="xe cho rac ri nuoc ban suot doan duong",
      text="""Kinh gui UBND phuong Cau Giay,

Khoang 11h dem hang ngay xe cho rac di qua pho Xuan Thuy, thung xe ri nuoc rac chay thanh vet dai tren mat duong, sang ra ca doan boc mui, ruoi bau.
Toi ban hang an sang o day, khach keu ko chiu noi. De nghi phuong yeu cau don vi thu gom dung xe kin, ko de ri nuoc.
Khoa
""", topic="garbage", unit=CG,
      why="A rubbish truck leaking waste water along Xuân Thủy street; the ward of Cầu Giấy is named.")

    L("to-cao-gara-do-dau-thai-lop-cu", to=HK,
      sender=("Lã Văn Quyết", "quyet.lavan@example.com"),
      subject="Tố cáo gara đổ dầu thải, lốp cũ ra đầu phố",
      text="""Kính gửi quý cơ quan,

Tôi cũng làm nghề sửa xe nên biết dầu thải phải thu gom riêng. Một gara sửa ô tô trên phố Cầu Gỗ tối nào cũng đổ dầu máy thải vào miệng cống đầu phố và chất lốp cũ, ắc quy hỏng cạnh gốc cây.
Mùi dầu nồng cả đoạn phố, lốp cũ đọng nước mưa thành ổ muỗi. Tôi tố cáo việc làm này, đề nghị kiểm tra và buộc gara thu gom chất thải đúng quy định.

Lã Văn Quyết
""", topic="garbage", unit=HK, place="phố Cầu Gỗ", letter="denunciation",
      why="A garage owner denounces a rival garage dumping waste oil and old tyres on Cầu Gỗ street (Hoàn Kiếm): the ward's case; the drain is a decoy.")

    L("nguoi-nuoc-ngoai-lo-gio-do-rac", to=HK,
      sender=("Kim Min-jun", "minjun.kim@example.com"),
      subject="Tôi không biết đổ rác giờ nào",
      text="""Xin chào phường Hoàn Kiếm,

Tôi là người Hàn Quốc, mới thuê nhà ở đây hai tháng. Tôi đi làm về muộn, xe rác đi qua lúc tôi chưa về, tôi không biêt để túi rác ở đâu.
Hàng xóm nói để ngoài cửa là bị phạt. Xin phường cho tôi biết lịch thu gom rác, và có chỗ nào để rác buổi tối được không. Tôi muốn làm đúng.
Cảm ơn,
Kim Min-jun
""", topic="garbage", unit=HK,
      why="A Korean tenant, in imperfect Vietnamese, asks the ward of Hoàn Kiếm for the rubbish collection times.")


def flooding():
    L("gara-ngap-xe-khach-tran-thai-tong", to=CG,
      sender=("Luong Van Toan", "toan.gara.luong@example.net"),
      subject="gara ngap, xe khach ngam nuoc",
      text="""Chao cac anh chi,

Toi mo gara sua xe gan pho Tran Thai Tong, tu khi toa nha ben canh xay xong thi cong thoat nuoc doan nay bi thu hep, mua 30 phut la nuoc dang vao gara 30 cm.
Thang nay 2 lan xe cua khach ngam nuoc den san, toi phai den tien sua. De nghi kiem tra va mo rong cong thoat nuoc doan nay.
Toan
""", topic="flooding", unit="so-xd",
      why="A garage floods because a drain was narrowed; drainage is so-xd's, the Cầu Giấy street and mailbox are decoys.")

    L("san-nha-tho-ngap-moi-le", to="so-xd",
      sender=("Maria Nguyễn Thị Huệ", "hue.maria.nguyen@example.com"),
      subject="Sân nhà thờ và con đường trước nhà thờ ngập mỗi khi mưa",
      text="""Kính gửi Sở Xây dựng,

Tôi là giáo dân, chiều Chủ nhật nào mưa là sân nhà thờ giáo xứ tôi ngập đến mắt cá, con đường trước cổng ngập sâu hơn, cụ già và các em nhỏ đi lễ phải lội nước.
Từ khi đường được nâng cao thì nước từ mặt đường dồn ngược vào sân, hố ga trước cổng không thoát kịp. Xin Sở cho kiểm tra hệ thống thoát nước đoạn này.

Maria Nguyễn Thị Huệ
""", topic="flooding", unit="so-xd",
      why="A parishioner: the church yard and the road outside flood since the road was raised; drainage.")

    L("re-ghi-thu-nuoc-bi-tham-nhua-lap", to="so-xd",
      sender=("Triệu Văn Hòa", "hoa.trieuvan.bv@example.net"),
      subject="Re: Phản hồi về việc nước đọng trước tòa nhà",
      text="""Kính gửi Sở Xây dựng,

Tôi làm bảo vệ tòa nhà. Sở trả lời là đã giao đơn vị kiểm tra, nhưng thực tế các ghi thu nước hai bên đường trước tòa nhà đã bị lớp thảm nhựa mới phủ kín từ lần làm lại mặt đường.
Mưa xuống nước không có chỗ chảy, đọng thành vũng dài cả trăm mét, ba hôm sau mới khô. Đề nghị cho mở lại các ghi thu nước.

Triệu Văn Hòa

> Ngày 27/11/2026 Sở Xây dựng trả lời:
> Sở đã giao đơn vị quản lý thoát nước kiểm tra hiện trường.
""", topic="flooding", unit="so-xd", note=RE_NOTE,
      why="A reply quoting so-xd's answer: a guard says the drain grates were paved over; the road works are a decoy.")

    L("khu-do-thi-ton-nen-nuoc-tran-trai-ga", to=SS,
      sender=("Cao Van Bay", "bay.caovan.ga@example.com"),
      subject="nuoc tu khu do thi moi tran vao trai",
      text="""Kinh gui cac co quan,

Toi ten Bay, nuoi ga o Soc Son da 12 nam, truoc nay chua bao gio ngap, nha toi o thap nhung nuoc mua van chay ra muong tieu cua thon roi ra song.
Tu nam ngoai ben canh lam khu do thi moi, ho ton nen cao hon ruong cu gan 2 met, cong thoat cua ho lai noi thang vao muong tieu nho cua thon.
Dot mua giua thang 11 nuoc tu khu do do ve, muong tran, nuoc vao trai toi cao 40 phan, ga chet hon 600 con, ga con chet gan het, cam uot het.
Toi co len thon hoi, thon bao viec nay la cua chu dau tu, chu dau tu thi bao cong cua ho lam dung thiet ke, roi chang ai den xem.
Hang xom toi nha ong Thu trong lua cung bi ngap ca thang, lua chet, nha ba Nguyet nuoi vit cung vay.
Toi ko biet gui ai nen gui xa, nho xa chuyen len tren. Chung toi chi xin lam lai muong tieu cho du to hoac lam cong rieng cho khu do thi, chu mua nao cung the nay thi chet.
Bay
""", topic="flooding", unit="so-xd",
      why="A long, rambling letter from a chicken farmer flooded by a new urban area's drainage; sent to the commune: so-xd.")

    L("nuoc-dong-diem-dung-xe-buyt-duong-trung", to="so-xd",
      sender=(None, "taixe.buyt.hung@example.net"),
      subject="Phan anh",
      text="""Diem dung xe buyt o doan duong trung canh cong vien, mua xong nuoc dong sau 20 phan ca ngay ko rut, xe toi vao don khach la bat nuoc len nguoi dung cho, de nghi lam thoat nuoc.
""", topic="flooding", unit="so-xd", mailer="iphone",
      why="One-line phone mail with subject 'Phan anh': a bus driver about water pooling at a bus stop on a low stretch of road; drainage, the bus is a decoy.")
def noise():
    L("nguoi-nuoc-ngoai-tiem-xe-rua-ga-ta-hien", to=HK,
      sender=("Daniel Whitfield", "dan.whitfield@example.net"),
      subject="Tiếng nổ xe máy ban đêm",
      text="""Kính gủi anh chị,

Tôi là người Úc, tôi thuê phòng trên phố Tạ Hiện. Có một tiệm sửa xe máy gần nhà, họ sửa xong là nổ máy, rú ga rất to để thử, nhiều khi đến 11 giờ hoặc 12 giờ đêm.
Tôi phải dậy lúc 5 giờ để đi dạy học, tôi không ngủ được. Tôi đã nói với chủ tiệm nhưng anh ấy chỉ cười. Xin giúp tôi, cảm ơn rất nhiêu.
Daniel
""", topic="noise", unit=HK, place="phố Tạ Hiện",
      why="An Australian tenant, in imperfect Vietnamese, about a motorbike repair shop revving engines at night on Tạ Hiện street (Hoàn Kiếm); place only.")

    L("ga-choi-gay-3h-sang-ngo-chau-long", to="ubnd-tp",
      sender=("Tran Van Nhat", "nhat.tranvan@example.com"),
      subject="NHA HANG XOM NUOI GA CHOI GAY TU 3H SANG",
      text="""KINH GUI THANH PHO,

NHA SO 9 NGO CHAU LONG NUOI 6 CON GA CHOI TREN SAN THUONG, 3H SANG LA GAY INH OI, CON TOI THI HOC KY MA DEM NAO CUNG BI DANH THUC.
TOI DA SANG NOI 3 LAN, HO BAO GA NHA HO HO NUOI. DE NGHI XU LY NGAY!!!
NHAT
""", topic="noise", unit=BD, place="ngo Chau Long",
      why="An angry letter in capitals about fighting cocks crowing at 3 a.m. in Châu Long lane (Ba Đình), sent to the city office; place only.")

    L("thanh-nien-ru-ga-duy-tan", to=CG,
      sender=(None, "vanphong.duytan.ha@example.com"),
      subject="Phan anh",
      text="""Dem nao tu 1h den 3h cung co nhom thanh nien ru ga xe do o pho Duy Tan, P. Cau Giay, ca toa nha ko ai ngu dc, de nghi phuong xu ly.
""", topic="noise", unit=CG, mailer="iphone",
      snippet="cung co nhom thanh nien",
      why="Short phone mail with subject 'Phan anh': youths revving modified motorbikes at night; the ward of Cầu Giấy is named.")

    L("san-bong-mini-tran-thai-tong-den-khuya", to=CG,
      sender=("Đoàn Văn Lực", "luc.doanvan.baove@example.org"),
      subject="Sân bóng đá mini hò hét, thổi còi đến gần nửa đêm",
      text="""Kính gửi quý cơ quan,

Tôi là bảo vệ ca đêm của một tòa chung cư trên phố Trần Thái Tông. Sân bóng đá mini sát tường rào tòa nhà cho thuê đá đến 23 giờ 30 mỗi tối, người chơi hò hét, thổi còi, đập bóng vào lưới thép rầm rầm, có hôm còn mở loa cổ vũ.
Cư dân các tầng thấp đêm nào cũng xuống phòng bảo vệ phàn nàn, nhiều nhà có trẻ nhỏ và người ốm. Xin quý cơ quan kiểm tra và yêu cầu sân đóng cửa sớm hơn.

Đoàn Văn Lực
""", topic="noise", unit=CG, place="phố Trần Thái Tông",
      why="A night guard about a five-a-side pitch shouting and whistling until midnight on Trần Thái Tông street (Cầu Giấy); place only.")

    L("to-cao-lo-mo-lon-ban-dem-phu-linh", to=SS,
      sender=("Phí Văn Hùng", "hung.phivan.pl@example.com"),
      subject="Tố cáo lò mổ lợn hoạt động ồn ào từ 1 giờ sáng",
      text="""Kính gửi quý cơ quan,

Tôi ở xóm Đồng, khu xã Phù Linh cũ. Một lò mổ lợn tư nhân sát xóm hoạt động từ 1 giờ đến 5 giờ sáng mỗi đêm, tiếng lợn kêu thét, tiếng xe tải vào ra, tiếng máy bơm rửa chuồng vang cả xóm.
Người già, trẻ nhỏ không ngủ được, tôi đã phản ánh miệng với chủ lò nhiều lần nhưng không thay đổi. Tôi tố cáo cơ sở này gây tiếng ồn ban đêm, đề nghị kiểm tra và xử lý.

Phí Văn Hùng
""", topic="noise", unit=SS, place="xã Phù Linh cũ", letter="denunciation",
      why="Denunciation of a private pig slaughterhouse noisy from 1 a.m., former commune of Phù Linh (Sóc Sơn): the commune's case.")

    L("khieu-nai-phat-loa-quan-ca-phe-ba-dinh", to="ubnd-tp",
      sender=("Quan Thị Minh Hằng", "hang.quan.cafe@example.net"),
      subject="Khiếu nại quyết định xử phạt quán cà phê vì loa",
      text="""Kính gửi UBND thành phố,

Tôi là chủ một quán cà phê nhỏ. Ngày 21/11/2026 UBND phường Ba Đình ra quyết định xử phạt tôi 5 triệu đồng về tiếng ồn vì chiếc loa nhỏ đặt trong quán mở nhạc nhẹ lúc 9 giờ tối.
Đoàn kiểm tra không đo tiếng ồn bằng máy, chỉ lập biên bản theo lời một người hàng xóm. Tôi khiếu nại quyết định này của UBND phường Ba Đình, đề nghị phường xem xét lại.

Quan Thị Minh Hằng
""", topic="noise", unit=BD, letter="complaint",
      why="A café owner's complaint about the ward of Ba Đình's noise fine, issuer named, sent to the city office.")

    L("khieu-nai-qd-phat-ca-doan-tap-hat", to=CG,
      sender=("Giang Van Thuc", "thuc.giangvan.gx@example.com"),
      subject="khieu nai QD xu phat",
      text="""Kinh gui phuong,

Toi la truong ca doan giao xu, ca doan 12 nguoi tap hat thanh ca o nha toi moi toi thu 5 tu 19h30 den 21h, chi dung 1 dan organ, ko dung loa.
Ngay 25/11/2026 toi nhan QD xu phat so 318/QD-XPHC phat 2 trieu ve gay tieng on. Toi khieu nai QD nay, de nghi xem xet lai vi gio tap van trong gio sinh hoat binh thuong.
Thuc
""", topic="noise", unit=CG, letter="complaint",
      why="A parish choir leader's complaint about a noise fine that does not name who issued it, sent to the ward of Cầu Giấy: that mailbox's unit.")


def water():
    L("nha-tro-bi-tinh-gia-nuoc-kinh-doanh", to="so-xd",
      sender=("Hoang Van Thang", "thang.hoangvan.nt@example.net"),
      subject="nha tro bi tinh tien nuoc gia kinh doanh",
      text="""Kinh gui So,

Toi co 8 phong cho sinh vien thue, dung chung 1 dong ho nuoc. Cong ty nuoc noi nha cho thue la kinh doanh nen tu thang 10 tinh gia nuoc kinh doanh, gap 3 gia sinh hoat.
Sinh vien dung nuoc de sinh hoat chu co kinh doanh gi dau. Xin hoi nha tro co duoc tinh gia sinh hoat theo so nguoi ko, can lam thu tuc gi.
Thang
""", topic="water", unit="so-xd",
      why="A landlord's boarding house charged the business water tariff; water is so-xd's.")

    L("dong-ho-nuoc-bi-trom", to="so-xd",
      sender=(None, "tiemcafe.maihuong@example.com"),
      subject="Gap!!!",
      text="""Dong ho nuoc truoc cua quan cafe nha e bi trom thao mat dem qua, nuoc phun ra dau ngo, e da khoa van nhung quan ko co nuoc dung, nho cho nguoi lap lai gap a.
""", topic="water", unit="so-xd", mailer="iphone",
      why="Phone mail with subject 'Gap!!!': a café's water meter stolen in the night, no water.")

    L("to-dan-pho-ong-gang-cu-ri-set", to="so-xd",
      sender=("Vương Đình Tuấn", "tuan.vuongdinh.tdp@example.org"),
      subject="Đề nghị thay đường ống nước cũ của cả tổ dân phố",
      text="""Kính gửi Sở Xây dựng,

Tôi là tổ trưởng tổ dân phố, thay mặt 46 hộ viết thư này. Đường ống cấp nước của tổ là ống gang lắp từ những năm 1980, nay rỉ sét, tháng nào cũng vỡ một chỗ.
Mỗi lần sửa là cả tổ mất nước nửa ngày, nước chảy ra đầu tiên đỏ như nước gỉ. Tổ đã họp và đề nghị được thay mới toàn tuyến ống, các hộ sẵn sàng phối hợp.

Vương Đình Tuấn, tổ trưởng
""", topic="water", unit="so-xd", cte="8bit", **CP1258,
      why="A residents' group head asks for the lane's rusty 1980s water mains to be replaced; windows-1258 8bit.")

    L("nuoc-may-co-au-trung", to="so-xd",
      sender=(None, "me.be.gao2019@example.net"),
      subject="nuoc may co con trung",
      text="""Hom nay mo voi nuoc may ra chau thay co may con au trung nho li ti boi, ca khu tap the deu vay, xin cho nguoi kiem tra nuoc gap.
""", topic="water", unit="so-xd", mailer="iphone",
      why="One-line phone mail: tiny larvae in tap water across a housing block.")

    L("be-nuoc-mai-chung-cu-khong-thau-rua", to="so-xd",
      sender=("Mẫn Văn Chiến", "chien.manvan@example.com"),
      subject="Bể nước mái chung cư ba năm không thau rửa",
      text="""Kính gửi quý Sở,

Tôi làm bảo vệ ở một tòa chung cư 15 tầng. Từ khi về làm tôi chưa thấy ai thau rửa bể nước trên mái, nắp bể hở, có lần tôi lên thấy cả xác chim.
Cư dân phàn nàn nước có mùi, ban quản lý cứ nói sắp làm. Đề nghị Sở kiểm tra chất lượng nước sinh hoạt và yêu cầu thau rửa bể định kỳ.

Mẫn Văn Chiến
""", topic="water", unit="so-xd",
      why="A guard reports the rooftop water tank of his building never cleaned; water supply quality.")


def power():
    L("tiem-may-bi-chuyen-gia-dien-kinh-doanh", to="ubnd-tp",
      sender=("Châu Thị Bích", "bich.chauthi.may@example.com"),
      subject="Tiệm may tại nhà bị chuyển sang giá điện kinh doanh",
      text="""Kính gửi UBND thành phố,

Tôi nhận may đo tại nhà, chỉ có hai máy may gia đình đặt ở phòng khách. Tháng này điện lực đến kiểm tra rồi chuyển cả công tơ nhà tôi sang giá điện kinh doanh.
Cả nhà năm người sinh hoạt chung công tơ đó, tiền điện tháng 11 tăng gần gấp đôi. Tôi đề nghị được tính lại, hoặc cho tách công tơ theo tỷ lệ.

Châu Thị Bích
""", topic="power", unit="ubnd-tp",
      why="A home tailor's electricity meter moved to the business tariff.")

    L("cot-dien-trong-giua-san-trai-ga", to="ubnd-tp",
      sender=("Nong Van Phuc", "phuc.nongvan@example.org"),
      subject="cot dien dung giua san trai ga ko hoi y kien",
      text="""Kinh gui thanh pho,

Toi nuoi ga o Soc Son. Tuan truoc doi thi cong dien den chon 1 cot dien trung the ngay giua san phoi cua trai ga nha toi, ko bao truoc, ko hoi y kien.
Day dien keo ngang qua mai chuong, ga so, de non. Toi de nghi nganh dien doi cot ra mep duong lang.
Phuc
""", topic="power", unit="ubnd-tp",
      why="A chicken farmer: an electricity pole planted in his farmyard without asking.")

    L("fwd-cong-to-rieng-cho-nguoi-thue", to="ubnd-tp",
      sender=("Bùi Thị Nguyệt", "nguyet.bui.chunha@example.net"),
      subject="Fwd: Xin lắp công tơ điện riêng cho từng phòng cho thuê",
      text="""Kính gửi UBND thành phố,

Tôi đã gửi thư dưới đây cho điện lực từ tuần trước nhưng chưa có ai trả lời, xin thành phố xem giúp.

Nguyệt
""", fwd=dict(sender=("Bùi Thị Nguyệt", "nguyet.bui.chunha@example.net"),
              to="cskh@dienluc.example.vn", date=mr.D(1124, 21, 5),
              subject="Xin lắp công tơ điện riêng cho từng phòng cho thuê",
              text="""Kính gửi điện lực,

Tôi có sáu phòng cho công nhân thuê, hiện dùng chung một công tơ nên người thuê phải chịu giá bậc cao. Tôi muốn lắp công tơ riêng cho từng phòng để mỗi phòng được tính giá điện sinh hoạt theo bậc.
Xin hỏi thủ tục, chi phí, và thời gian lắp.

Bùi Thị Nguyệt
"""), form="fwd", topic="power", unit="ubnd-tp",
      why="A landlord forwards her unanswered request for a separate electricity meter per rented room.")

    L("re-ban-quan-ly-ban-dien-gia-cao", to="ubnd-tp",
      sender=("Ong Van Duc", "duc.ongvan@example.com"),
      subject="Re: tra loi ve gia dien chung cu",
      text="""Kinh gui UBND TP,

Toi da doc tra loi duoi day, nhung ban quan ly toa nha van thu tien dien cua cu dan theo 1 gia 3.800d/so, cao hon gia bac thang cua dien luc, lai ko xuat hoa don.
Cu dan de nghi dien luc ky hop dong mua ban dien truc tiep voi tung can ho.
Duc

> Ngay 25/11/2026 UBND TP tra loi:
> Da chuyen phan anh cua ong den don vi dien luc de xem xet.
""", topic="power", unit="ubnd-tp", note=RE_NOTE, shape="plain",
      why="A reply quoting the city office's answer: a building manager resells electricity above the tariff.")

    L("cat-dien-du-da-dong-tien-qua-app", to="ubnd-tp",
      sender=("Lam Van Cuong", "cuong.lamvan88@example.net"),
      subject="DA DONG TIEN DIEN MA VAN BI CAT DIEN",
      text="""TOI DA DONG TIEN DIEN THANG 11 QUA APP NGAN HANG NGAY 20/11, CO BIEN LAI HAN HOI, VAY MA SANG NAY DIEN LUC DEN CAT DIEN NHA TOI VI "NO TIEN".
CA NHA KO CO DIEN, TU LANH HONG DO, DE NGHI DONG DIEN LAI NGAY VA XIN LOI!!!
""", topic="power", unit="ubnd-tp",
      why="An angry letter in capitals: power cut for non-payment although the bill was paid by app.")


def roads():
    L("tai-xe-buyt-mat-duong-han-lun-vet-banh", to="so-gtvt",
      sender=("Hứa Văn Tài", "tai.huavan.bus@example.com"),
      subject="Mặt đường hằn lún thành rãnh vệt bánh xe",
      text="""Kính gửi Sở Giao thông vận tải,

Tôi lái xe buýt mười năm. Trên tuyến tôi chạy có đoạn gần một cây số mặt đường bị hằn lún thành hai rãnh sâu theo vệt bánh xe, mưa xuống nước đọng trong rãnh.
Xe buýt đi qua bị lắc mạnh, khách đứng suýt ngã, xe máy đi vào rãnh rất dễ trượt. Đề nghị Sở cho cào bóc và thảm lại đoạn đường này.

Hứa Văn Tài
""", topic="roads", unit="so-gtvt",
      why="A bus driver about rutted asphalt on his route; the standing water is a decoy.")

    L("tam-thep-day-ranh-dao-long", to="so-gtvt",
      sender=(None, "xeom.anh.tu@example.com"),
      subject="gap",
      text="""Tam thep day ranh dao duong o nga tu bi bung 1 dau, xe may di qua dap keu va truot, chieu qua e chay xe om nga 1 lan, de nghi cho han lai ngay.
""", topic="roads", unit="so-gtvt", mailer="iphone",
      why="Phone mail with subject 'gap': a loose steel plate over a road trench threw a motorbike-taxi driver.")

    L("lan-can-cau-gay", to="so-gtvt",
      sender=("Ninh Văn Thắng", "thang.ninhvan.gara@example.net"),
      subject="Lan can cầu bị gãy hai nhịp chưa sửa",
      text="""Kính gửi quý Sở,

Tôi có gara ở đầu cầu, hằng ngày thấy xe qua lại. Sau vụ xe tải đâm hơn một tháng trước, lan can phía hạ lưu của cầu bị gãy hai nhịp, chỉ quây tạm bằng dây nilon.
Buổi tối trẻ con đi xe đạp qua rất sát mép cầu. Đề nghị Sở cho lắp lại lan can sớm.

Ninh Văn Thắng
""", topic="roads", unit="so-gtvt",
      why="A garage owner by a bridge reports two broken guardrail spans.")

    L("duong-thon-sat-lo-xuong-ao", to=SS,
      sender=("Do Thi Lan", "lan.dothi.ss@example.org"),
      subject="duong be tong thon sat mep xuong ao",
      text="""Kinh gui UBND xa,

Doan duong be tong lien thon chay ven ao ca cua thon bi sat mat 1 mang mep dai khoang 15 m, mat duong nut doc, xe cho ga, xe ban tai di qua rat nguy hiem.
De nghi cap tren cho ke lai bo ao va sua duong truoc khi sap han.
Lan
""", topic="roads", unit="so-gtvt",
      why="A village concrete road collapsing into a pond, sent to the commune: roads, so-gtvt.")

    L("vong-xuyen-moi-che-tam-nhin", to="so-gtvt",
      sender=("Vi Thị Hạnh", "hanh.vithi@example.com"),
      subject="VÒNG XUYẾN MỚI LÀM CHE HẾT TẦM NHÌN, TAI NẠN LIÊN TỤC",
      text="""KÍNH GỬI SỞ GIAO THÔNG,

VÒNG XUYẾN MỚI LÀM Ở NGÃ BA GẦN NHÀ TÔI ĐẮP ĐẤT TRỒNG CÂY CAO QUÁ ĐẦU NGƯỜI, XE TỪ HAI NHÁNH KHÔNG NHÌN THẤY NHAU. MỘT THÁNG ĐÃ BỐN VỤ VA CHẠM, TUẦN TRƯỚC MỘT CHÁU HỌC SINH GÃY CHÂN.
ĐỀ NGHỊ HẠ THẤP NGAY CÂY VÀ ĐẤT TRÊN VÒNG XUYẾN, ĐỪNG ĐỢI CÓ NGƯỜI CHẾT MỚI LÀM!
""", topic="roads", unit="so-gtvt",
      why="An angry accented letter in capitals about a new roundabout blocking visibility.")
def illegal_construction():
    L("cot-anten-tren-mai-nha-quan-hoa-viscii", to=CG,
      sender=("Lục Thị Hằng", "hang.lucthi@example.net"),
      subject="Nhà bên cạnh dựng cột ăng-ten sắt cao chót vót trên mái",
      text="""Kính gửi quý cơ quan,

Nhà bên cạnh tôi trên phố Quan Hoa vừa cho dựng một cột ăng-ten sắt cao gần mười lăm mét trên mái nhà bốn tầng, chân cột bắt vào sàn mái, dây néo kéo sang cả mái nhà tôi.
Tôi hỏi thì họ nói cho thuê chỗ đặt trạm, không có giấy tờ gì cho xem. Mỗi lần gió to cột rung, nhà tôi rất sợ. Đề nghị kiểm tra công trình này.

Lục Thị Hằng
""", topic="illegal_construction", unit=CG, place="phố Quan Hoa", cte="8bit", **VISCII,
      why="A steel antenna mast put up without papers on a neighbour's roof on Quan Hoa street (Cầu Giấy); place only; VISCII 8bit.")

    L("khung-bien-quang-cao-tren-mai-hang-dao", to="so-xd",
      sender=("Tieu Van Binh", "binh.tieuvan.in@example.com"),
      subject="khung sat bien quang cao khong lo tren noc nha",
      text="""Kinh gui So XD,

Toi lam nghe in bat quang cao nen biet bien to the nao phai co phep. Tren noc 1 can nha pho Hang Dao vua han 1 khung sat bien quang cao cao 6 m dai 10 m, hang xom deu lo.
Khung han thang vao tuong mai nha cu, ko thay bien cap phep. De nghi kiem tra, neu ko phep thi cho thao do.
Binh
""", topic="illegal_construction", unit=HK, place="pho Hang Dao",
      why="A huge billboard frame welded on an old roof on Hàng Đào street (Hoàn Kiếm), sent to so-xd; place only.")

    L("to-cao-chung-cu-mini-ngo-phat-loc", to=HK,
      sender=("Quách Văn Nghĩa", "nghia.quach.tdp@example.org"),
      subject="Tố cáo nhà xin phép nhà ở nhưng xây thành chung cư mini cho thuê",
      text="""Kính gửi quý cơ quan,

Tôi là thành viên tổ dân phố. Một hộ trong ngõ Phất Lộc có giấy phép xây nhà ở riêng lẻ, nhưng thực tế đang ngăn thành hai mươi tư căn hộ nhỏ, mỗi tầng bốn căn, làm lối thoát hiểm bằng cầu thang sắt bên ngoài và đã dán quảng cáo cho thuê.
Ngõ chỉ rộng hai mét, nếu có cháy thì xe không vào được. Tôi tố cáo hộ này xây dựng sai phép, đề nghị kiểm tra và đình chỉ.

Quách Văn Nghĩa
""", topic="illegal_construction", unit=HK, place="ngõ Phất Lộc", letter="denunciation",
      why="A residents' group member denounces a house permitted as a home but built as 24 rental flats in Phất Lộc lane (Hoàn Kiếm): the ward's case.")

    L("biet-thu-tren-dat-rung-gan-den-soc", to=SS,
      sender=("Phan Van Kha", "kha.phanvan@example.net"),
      subject="xay biet thu tren dat doi gan den Soc",
      text="""Chao cac anh chi,

Khu doi thong phia sau gan den Soc may thang nay co nguoi xay tuong rao kien co va 3 can biet thu mai thai, dang do be tong can thu 4.
Dan o day deu biet khu doi nay la dat rung, truoc chi trong thong. Sao xay to vay ma ko ai kiem tra.
Kha
""", topic="illegal_construction", unit=SS, place="den Soc",
      why="Villas going up on a wooded hill behind Sóc temple (Sóc Sơn); place only; the forest land is a decoy.")

    L("khieu-nai-phat-thay-mai-ton", to="so-xd",
      sender=("Mạc Văn Tiến", "tien.macvan@example.com"),
      subject="Khiếu nại quyết định xử phạt vì thay mái tôn cũ",
      text="""Kính gửi Sở Xây dựng,

Nhà tôi chỉ thay tấm mái tôn cũ đã thủng bằng tấm mái tôn mới cùng kích thước, không nâng tầng, không mở rộng. Ngày 22/11/2026 UBND phường Cầu Giấy ra quyết định xử phạt tôi 15 triệu đồng về hành vi xây dựng không có giấy phép.
Tôi khiếu nại quyết định này của UBND phường Cầu Giấy, vì sửa chữa mái không làm thay đổi kết cấu thì không phải xin phép. Đề nghị phường hủy quyết định.

Mạc Văn Tiến
""", topic="illegal_construction", unit=CG, letter="complaint",
      why="Complaint about the ward of Cầu Giấy's fine for replacing a roof, issuer named, sent to so-xd; the permit is a decoy.")

    L("cau-sat-noi-hai-nha-qua-ngo", to=CG,
      sender=("La Van Thinh", "thinh.la.tdp@example.org"),
      subject="bac cau sat noi 2 nha qua ngo",
      text="""Kinh gui UBND phuong Cau Giay,

Trong ngo nha toi o pho Duy Tan, 1 gia dinh co 2 can nha doi dien nhau vua han 1 cau sat co mai ton noi tang 3 nha nay sang tang 3 nha kia, bac ngang qua ngo.
Cau thap, xe cho hang cao ko vao duoc, ngo toi han, nuoc mua tu mai cau do xuong giua ngo. Ko thay bien cap phep nao. De nghi phuong kiem tra.
Thinh
""", topic="illegal_construction", unit=CG,
      why="A family welds a roofed steel bridge between its two houses across a lane; the ward of Cầu Giấy is named.")


def encroachment():
    L("re-bon-cay-xay-kien-co-nguyen-truong-to", to=BD,
      sender=("Lý Văn Trọng", "trong.lyvan.moc@example.net"),
      subject="Re: Phản ánh về bồn cây chiếm vỉa hè",
      text="""Kính gửi phường,

Tôi nhận được trả lời dưới đây, nhưng hai tuần rồi các bồn cây xây gạch và chậu cảnh to trên vỉa hè phố Nguyễn Trường Tộ vẫn nguyên, còn có nhà xây thêm bồn mới. Vỉa hè chỉ còn lối rộng nửa mét, tôi chở gỗ bằng xe đẩy không qua được.

Lý Văn Trọng

> Ngày 25/11/2026 bộ phận tiếp nhận trả lời:
> Phường sẽ kiểm tra và yêu cầu các hộ tháo dỡ bồn cây trên vỉa hè.
""", topic="encroachment", unit=BD, place="phố Nguyễn Trường Tộ", note=RE_NOTE,
      why="A carpenter's reply quoting the ward's answer: brick plant beds still take the pavement on Nguyễn Trường Tộ street (Ba Đình); place only.")

    L("o-to-do-chiem-diem-dung-xe-buyt", to=CG,
      sender=("Phung Van Ha", "ha.phungvan.bus@example.com"),
      subject="o to do chiem diem dung xe buyt",
      text="""Chao cac anh chi,

Toi lai xe buyt, diem dung tren pho Tran Dang Ninh gan nhu luc nao cung co 2 3 o to con do ngay o vach dung xe buyt, co xe do tren ca via he sat nha cho.
Xe buyt phai dung giua duong cho khach len xuong, rat nguy hiem cho cac cu va hoc sinh. De nghi xu ly.
Ha
""", topic="encroachment", unit=CG, place="pho Tran Dang Ninh",
      why="A bus driver about cars parked in a bus stop bay on Trần Đăng Ninh street (Cầu Giấy); place only.")

    L("xe-may-cho-thue-xep-kin-via-he-ma-may", to=HK,
      sender=(None, "homestay.phuong.linh@example.net"),
      subject="via he",
      text="""Cac cua hang cho khach tay thue xe may tren pho Ma May xep 30 40 chiec kin via he ca ngay, khach di bo phai di duoi long duong, de nghi phuong don dep.
""", topic="encroachment", unit=HK, place="pho Ma May", mailer="iphone",
      why="One-line phone mail: rental motorbikes fill the pavement of Mã Mây street (Hoàn Kiếm); place only.")

    L("phoi-thoc-tren-duong-gan-cho-soc-son", to=SS,
      sender=("Ta Van Hien", "hien.tavan.xetai@example.org"),
      subject="phoi thoc rom ra kin nua long duong",
      text="""Kinh gui xa,

Mua gat nay doan duong tu cho Soc Son di vao cac thon may ho dan phoi thoc, rom ra kin nua long duong, lay da va cay chan.
Toi chay xe tai nho cho hang, toi qua phai lan lan nguoc chieu, hom truoc 1 xe may dam vao dong da nga. De nghi xa nhac nho, cam phoi tren duong.
Hien
""", topic="encroachment", unit=SS, place="cho Soc Son",
      why="Rice and straw dried on half the road from Sóc Sơn market (Sóc Sơn); place only.")

    L("to-cao-quan-ca-phe-mai-che-ngo-chau-long", to=BD,
      sender=("Trần Thị Thanh Xuân", "xuan.tranthanh@example.com"),
      subject="Tố cáo quán cà phê dựng mái che sắt và bàn ghế kín lối ngõ",
      text="""Kính gửi quý cơ quan,

Một quán cà phê ở ngõ Châu Long mới hàn khung sắt, lợp mái che kín phần lối đi chung trước cửa và kê bàn ghế cố định, lối ngõ chỉ còn đủ một người đi.
Sáng sớm người đi chợ phải lách qua bàn khách. Tôi tố cáo quán này chiếm dụng lối đi chung, đề nghị kiểm tra và buộc tháo dỡ.

Trần Thị Thanh Xuân
""", topic="encroachment", unit=BD, place="ngõ Châu Long", letter="denunciation",
      why="Denunciation of a café that roofed and filled the lane in Châu Long lane (Ba Đình) with tables: the ward's case.")

    L("khieu-nai-qd-phat-xe-om-do-via-he", to=HK,
      sender=("Nguyen Van Sau", "sau.xeom.hb@example.com"),
      subject="khieu nai QD xu phat do xe tren via he",
      text="""Kinh gui phuong,

Toi chay xe om, chieu 23/11 dung xe sat mep via he pho Hang Buom 5 phut cho khach ra thi bi lap bien ban, sau do nhan QD xu phat so 77/QD-XPHC phat 400k ve lan chiem via he.
Toi ko bay ban gi, chi dung cho khach. Toi khieu nai QD nay, xin xem xet giam hoac mien phat.
Sau
""", topic="encroachment", unit=HK, letter="complaint",
      why="A motorbike-taxi driver's complaint about a pavement fine that does not name who issued it, sent to the ward of Hoàn Kiếm: that mailbox's unit.")


def harassment():
    L("to-cao-quan-ly-thi-truong-chan-xe-hang", to="thanh-tra",
      sender=("Đinh Văn Tường", "tuong.dinhvan.ct@example.net"),
      subject="Tố cáo cán bộ quản lý thị trường chặn xe hàng đòi tiền",
      text="""Kính gửi Thanh tra thành phố,

Tôi buôn rau củ đầu mối, xe tải nhỏ chở hàng vào chợ lúc 3 giờ sáng. Hai tuần nay có hai người mặc sắc phục quản lý thị trường chặn xe ở đầu đường, nói kiểm tra hóa đơn nguồn gốc.
Họ không lập biên bản, chỉ nói "muốn đi nhanh thì mỗi chuyến năm trăm", lái xe của tôi đã phải đưa ba lần. Tôi tố cáo hành vi này, biển số xe của họ tôi đã ghi lại.

Đinh Văn Tường
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A vegetable wholesaler denounces market-surveillance officers stopping his truck for cash.")

    L("to-cao-can-bo-pccc-ep-mua-binh-chua-chay", to="ca-tp",
      sender=("Huỳnh Văn Khánh", "khanh.huynh.garage@example.com"),
      subject="Tố cáo cán bộ kiểm tra phòng cháy ép mua bình chữa cháy",
      text="""Kính gửi Công an thành phố,

Gara của tôi bị kiểm tra phòng cháy chữa cháy ngày 20/11. Cán bộ kiểm tra nói bình chữa cháy của tôi "không đạt", đưa số điện thoại một cửa hàng bảo mua ở đó thì sẽ "cho qua", không thì lập biên bản đình chỉ.
Giá ở cửa hàng đó gấp đôi giá ngoài. Tôi tố cáo cán bộ này lợi dụng việc kiểm tra để ép mua hàng, xin chuyển đến nơi có thẩm quyền.

Huỳnh Văn Khánh
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A garage owner denounces a fire-safety inspector pushing a shop's extinguishers, sent to the police (the accused's unit): thanh-tra.")

    L("fwd-to-cao-can-bo-bhxh-cho-cam-on", to="thanh-tra",
      sender=("Doan Thi Yen", "yen.doan.ketoan@example.net"),
      subject="Fwd: to cao can bo BHXH",
      text="""Kinh gui Thanh tra TP,

Toi gui lai thu to cao duoi day, da gui 2 tuan ma ko thay hoi am, mong Thanh tra xem xet.
Yen
""", fwd=dict(sender=("Doan Thi Yen", "yen.doan.ketoan@example.net"),
              to="phananh@vpubnd.hanoi.example.vn", date=mr.D(1118, 16, 20),
              subject="to cao can bo BHXH",
              text="""Kinh gui UBND TP,

Toi lam ke toan cho 1 cong ty may. Ho so xin hoan tien bao hiem dong thua cua cong ty nop tu thang 8, can bo thu ly cu hen lai, lan gan nhat noi thang "chi biet cach cam on thi tuan sau co".
Toi to cao can bo nay gay kho de de doi tien.
Yen
"""), form="fwd", cte="7bit", charset="us-ascii", topic="harassment", unit="thanh-tra",
      letter="denunciation", snippet="da gui 2 tuan ma ko thay hoi am",
      why="An accountant forwards her denunciation of a social insurance officer angling for a 'thank-you', first sent to the city office.")

    L("dan-phong-thu-tien-bai-xe-om", to="thanh-tra",
      sender=(None, "xeom.cho.cu@example.com"),
      subject="to cao",
      text="""Bai xe om cua tui toi o cong cho bi may anh dan phong phuong thu moi nguoi 200k moi thang, ai ko dong thi bi duoi, ko co bien lai gi, tui toi to cao viec nay.
""", topic="harassment", unit="thanh-tra", letter="denunciation", mailer="iphone",
      why="One-line phone mail: motorbike-taxi drivers denounce ward militia collecting a monthly fee from their stand.")

    L("to-cao-can-bo-nha-o-mua-nha-nha-nuoc-cp1258", to="so-xd",
      sender=("Đặng Thùy Linh", "linh.dangthuy.ls@example.com"),
      subject="Tố cáo cán bộ gợi ý tiền để duyệt hồ sơ mua nhà thuộc sở hữu nhà nước",
      text="""Kính gửi Sở Xây dựng,

Tôi viết thay mẹ tôi, bà Vũ Thị Hạnh, đang thuê căn hộ tập thể thuộc sở hữu nhà nước từ năm 1985 và nộp hồ sơ xin mua căn hộ này từ tháng 5.
Chuyên viên thụ lý hồ sơ ở phòng quản lý nhà đã hai lần gọi mẹ tôi lên, nói hồ sơ "còn vướng", gợi ý "chi khoảng ba mươi triệu thì anh lo được". Mẹ tôi không đưa.
Chúng tôi tố cáo hành vi này và đề nghị chuyển đơn đến cơ quan có thẩm quyền xử lý.

Đặng Thùy Linh
""", topic="harassment", unit="thanh-tra", letter="denunciation", cte="quoted-printable", **CP1258,
      why="The young lawyer denounces, for her mother, a so-xd housing officer hinting at 30 million, sent to so-xd; windows-1258 QP.")

    L("to-cao-thu-y-doi-tien-ky-kiem-dich-ga", to=SS,
      sender=("Vu Van Quy", "quy.vuvan.ga@example.com"),
      subject="don to cao",
      text="""Kinh gui cac co quan,

Toi ten Quy, nuoi ga thit o Soc Son, moi lua xuat chuong khoang 3000 con ban cho thuong lai ve cac tinh, phai co giay kiem dich moi duoc cho di.
Truoc day toi goi la can bo thu y den lay mau ky giay, moi lan mat phi theo bien lai, the la dung.
Tu thang 9 co 1 can bo thu y moi phu trach, lan nao den cung noi ga nha toi "co dau hieu", phai lay mau xet nghiem gui ve tinh mat 7 ngay, ga thi den ngay xuat, thuong lai ko cho duoc.
Roi anh ay noi nho neu muon ky ngay thi gui anh 2 trieu moi lua, ko bien lai. Toi da phai dua 2 lan vi ga qua lua ko ban dc thi lo nang hon.
Hang xom toi nha ong Ty, ba Nga nuoi ga cung bi nhu vay, nguoi thi 1 trieu, nguoi 2 trieu.
Toi gui don to cao can bo thu y nay den xa nho chuyen len cap tren, toi khong biet gui dau cho dung.
Quy
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A long, rambling denunciation of a veterinary officer demanding money to sign chicken quarantine papers, sent to the commune.")

    L("can-bo-van-hoa-goi-y-boi-duong-xuong-in", to="thanh-tra",
      sender=("Cu Van Thanh", "thanh.cuvan.in@example.net"),
      subject="phan anh can bo goi y boi duong",
      text="""Kinh gui Thanh tra thanh pho,

Toi co xuong in nho. Thang nay 1 can bo van hoa phuong den kiem tra giay phep hoat dong in 3 lan, lan nao cung noi thieu giay nay giay kia roi bao "bo duong anh em 1 chut thi khoi phai kiem tra nua".
Giay to cua toi day du. Toi phan anh de thanh tra biet va nhac nho, toi ko muon kien ai.
Thanh
""", topic="harassment", unit="thanh-tra",
      why="A print-shop owner reports, without denouncing, a ward culture officer hinting at a 'bồi dưỡng'.")
def regulation():
    L("kien-nghi-bo-so-theo-doi-an-pham-cp1258", to="so-tp",
      sender=("Trịnh Quốc Bảo", "bao.trinh.inan@example.net"),
      subject="Kiến nghị đơn giản hóa việc ghi sổ từng đơn hàng của cơ sở in",
      text="""Kính gửi Sở Tư pháp,

Theo quy định hiện hành, cơ sở in phải ghi chép từng đơn hàng vào sổ và lưu hợp đồng, kể cả đơn in một hộp danh thiếp hay mười tờ thực đơn cho quán ăn.
Cửa hàng nhỏ như tôi mỗi ngày vài chục đơn lặt vặt, ghi sổ mất cả giờ. Tôi kiến nghị miễn ghi sổ cho các sản phẩm in không phải xuất bản phẩm, dưới một mức số lượng nhất định, hoặc cho phép dùng phần mềm bán hàng thay sổ giấy.

Trịnh Quốc Bảo
""", topic="regulation", unit="so-tp", cte="base64", **CP1258,
      why="A print-shop owner proposes easing the rule to log every print order; windows-1258 base64.")

    L("gop-y-hoa-don-dien-tu-may-tinh-tien-hkd", to="so-tp",
      sender=("Ngo Thi Phuong", "phuong.ngo.kt@example.net"),
      subject="gop y quy dinh hoa don dien tu khoi tao tu may tinh tien",
      text="""Kinh gui So Tu phap,

E lam ke toan cho may ho kinh doanh nho (quan pho, tiem tap hoa). Quy dinh bat ho doanh thu tu 1 ty tro len dung hoa don dien tu khoi tao tu may tinh tien lam ho phai mua may, phan mem, mang, ma nhieu ba chu quan 60 70 tuoi ko biet dung.
E kien nghi co lo trinh dai hon, ho tro may mien phi, va cho phep xuat hoa don gop cuoi ngay cho khach le.
Phuong
""", topic="regulation", unit="so-tp",
      why="An accountant comments on the rule requiring cash-register e-invoices for household businesses.")

    L("gop-y-du-thao-quy-che-to-dan-pho", to="so-tp",
      sender=("Vương Đình Tuấn", "tuan.vuongdinh.tdp@example.org"),
      subject="Góp ý dự thảo quy chế tổ chức và hoạt động của tổ dân phố",
      text="""Kính gửi Sở Tư pháp,

Tôi làm tổ trưởng tổ dân phố mười hai năm, xin góp ý dự thảo quy chế tổ chức và hoạt động của tổ dân phố đang lấy ý kiến.
Điều 5 giao tổ dân phố "phối hợp nắm tình hình cư trú, tạm trú" nhưng tổ không có công cụ, không được xem dữ liệu; đề nghị bỏ hoặc ghi rõ chỉ là thông báo cho công an khi phát hiện.
Điều 9 quy định họp tổ ít nhất mỗi tháng một lần; thực tế người dân đi làm cả ngày, đề nghị sửa thành mỗi quý một lần, họp thêm khi cần.
Điều 12 quy định mức bồi dưỡng tổ trưởng bằng 0,7 mức lương cơ sở nhưng tổ trưởng còn kiêm thu các loại quỹ, làm danh sách rác, danh sách tiêm chủng; đề nghị tăng lên hoặc có khoản riêng cho việc kiêm nhiệm.
Điều 14 về kinh phí hoạt động chỉ ghi "từ nguồn đóng góp tự nguyện", đề nghị có ngân sách tối thiểu cho tiền điện, nước nhà văn hóa.
Ngoài ra, tôi đề nghị bỏ việc tổ trưởng phải ký xác nhận vào các loại đơn của dân, vì tổ trưởng không có thẩm quyền chứng thực mà dân cứ mang đến nhờ ký.
Xin cảm ơn và mong dự thảo được sửa cho sát thực tế.

Vương Đình Tuấn
""", topic="regulation", unit="so-tp",
      why="A long, article-by-article comment by a residents' group head on a draft rule for residents' groups; residence and certification are decoys.")

    L("viet-kieu-kien-nghi-hop-phap-hoa-lanh-su", to="so-tp",
      sender=("Nguyễn Hữu Khiêm", "khiem.nguyenhuu@example.com"),
      subject="Kính trình kiến nghị về yêu cầu hợp pháp hóa lãnh sự giấy tờ do nước ngoài cấp",
      text="""Kính gửi Quý Sở Tư pháp thành phố Hà Nội,

Tôi là Nguyễn Hữu Khiêm, người Việt Nam định cư tại Cộng hòa Pháp. Qua việc lo thủ tục thừa kế cho gia đình, tôi xin kính trình Quý Sở một kiến nghị về quy định hành chính.
Hiện nay mỗi giấy tờ do cơ quan nước ngoài cấp, như giấy khai sinh, giấy chứng tử, khi dùng trong thủ tục tại Việt Nam đều phải hợp pháp hóa lãnh sự rồi dịch và chứng thực bản dịch, tốn nhiều tháng và chi phí.
Kính đề nghị Quý Sở nghiên cứu, kiến nghị cho phép cơ quan tiếp nhận tự xác minh giấy tờ qua kênh điện tử của nước cấp, hoặc miễn hợp pháp hóa đối với giấy tờ của các nước đã có hiệp định tương trợ tư pháp với Việt Nam.

Trân trọng kính thư,
Nguyễn Hữu Khiêm
""", topic="regulation", unit="so-tp",
      why="The French-Vietnamese heir, in stiff formal Vietnamese, proposes easing consular legalisation; certification and inheritance are decoys.")

    L("gop-y-du-thao-pccc-nha-tro", to="ca-tp",
      sender=("Hoang Van Thang", "thang.hoangvan.nt@example.net"),
      subject="gop y du thao quy dinh PCCC nha tro",
      text="""Kinh gui CA TP,

Toi co nha tro 8 phong, doc du thao quy dinh cua thanh pho ve dieu kien an toan PCCC doi voi nha o ket hop cho thue dang lay y kien.
Du thao bat moi nha tro tu 5 phong phai co cau thang thoat hiem thu 2, ma nha pho ngang 4 m thi ko the lam dc. De nghi cho phep thay bang thang day, loi thoat qua mai, va co lo trinh 3 nam.
Xin chuyen y kien nay den noi soan du thao.
Thang
""", topic="regulation", unit="so-tp",
      why="A landlord comments on a draft fire-safety rule for rented rooms, sent to the police: regulation, so-tp.")


def compliment():
    L("cam-on-xa-tiem-phong-cum-ga", to=SS,
      sender=(None, "trai.ga.thanh.lam@example.com"),
      subject="cam on xa",
      text="""Cam on can bo thu y va UBND xa Soc Son da xuong tan trai tiem phong cum gia cam mien phi cho dan toi, ga nha toi 2 lua deu khoe.
""", topic="compliment", unit=SS, mailer="iphone",
      why="One-line phone mail: a chicken farmer thanks the commune of Sóc Sơn for free bird-flu vaccination.")

    L("viet-kieu-cam-on-phuong-ba-dinh-gui-trich-luc", to="ubnd-tp",
      sender=("Trần Quang Vĩnh", "vinh.tranquang.us@example.net"),
      subject="Thư cảm ơn cán bộ UBND phường Ba Đình",
      text="""Kính gửi Quý Ủy ban nhân dân thành phố Hà Nội,

Tôi là Trần Quang Vĩnh, hiện cư trú tại Hoa Kỳ. Tôi xin được bày tỏ lòng biết ơn chân thành đối với cán bộ tư pháp – hộ tịch của UBND phường Ba Đình.
Sau khi tôi gửi thư yêu cầu, chỉ trong mười ngày, phường đã cấp bản sao trích lục khai sinh và gửi bảo đảm sang tận California, kèm lời dặn chu đáo.
Kính mong Quý Ủy ban chuyển lời cảm ơn này đến phường và ghi nhận tinh thần phục vụ của các cán bộ.

Trân trọng,
Trần Quang Vĩnh
""", topic="compliment", unit=BD,
      why="A formal thank-you from abroad to the ward of Ba Đình for posting a birth extract, sent to the city office; civil status is a decoy.")

    L("tai-xe-buyt-cam-on-cong-an-tim-chau", to="ca-tp",
      sender=("Le Van Quang", "quang.levan.bus@example.org"),
      subject="cam on CA TP",
      text="""Kinh gui CA TP,

Chieu 24/11 mot chau be 5 tuoi di lac len xe buyt cua toi, toi dua chau den tram cong an gan ben xe. Chi 2 tieng sau cac anh cong an da tim duoc me chau va dua chau ve nha an toan.
Toi xin cam on cac anh.
Quang
""", topic="compliment", unit="ca-tp",
      why="A bus driver thanks the city police for finding a lost child's mother.")

    L("nguoi-nuoc-ngoai-cam-on-phuong-cau-giay", to=CG,
      sender=("Tanaka Yuki", "yuki.tanaka@example.com"),
      subject="Cám ơn cán bộ phường rất nhiều",
      text="""Kính gủi phường Cầu Giấy,

Tôi là người Nhật, tôi sống và làm việc ở đây ba năm. Tuần trước tôi đến phường để hỏi thủ tục cho con tôi, tiếng Việt của tôi không tốt lắm.
Chị cán bộ ở một cửa rất kiên nhẫn, viết ra giấy từng bước cho tôi, còn gọi điện giúp tôi hỏi trường. Tôi rất cám ơn chị và phường Cầu Giấy.
Yuki Tanaka
""", topic="compliment", unit=CG,
      why="A Japanese resident, in imperfect Vietnamese, thanks the ward of Cầu Giấy's one-stop clerk; the school is a decoy.")

    L("tho-may-cam-on-tro-giup-phap-ly-viscii", to="so-tp",
      sender=("Lê Thị Thoa", "thoa.le.maydo@example.com"),
      subject="Cảm ơn Trung tâm trợ giúp pháp lý của Sở Tư pháp",
      text="""Kính gửi Sở Tư pháp,

Tôi là thợ may, năm nay bị một khách hàng kiện đòi bồi thường một bộ áo dài cưới. Tôi không có tiền thuê luật sư, được giới thiệu đến Trung tâm trợ giúp pháp lý của Sở.
Luật sư của Trung tâm hướng dẫn tôi tận tình, không lấy một đồng, vụ việc đã hòa giải xong. Tôi xin cảm ơn Sở và các luật sư.

Lê Thị Thoa
""", topic="compliment", unit="so-tp", cte="quoted-printable", **VISCII,
      why="A tailor thanks so-tp's legal aid centre; VISCII QP.")


def other():
    L("lop-1-nam-muoi-hoc-sinh-mot-buoi", to="ubnd-tp",
      sender=("Hoàng Thị Thu Hà", "thuha.hoang.ph@example.net"),
      subject="Lớp 1 của con tôi có 52 học sinh và chỉ học một buổi",
      text="""Kính gửi UBND thành phố,

Con tôi vừa vào lớp 1 ở một trường tiểu học công lập. Lớp cháu có 52 học sinh, ba bạn ngồi một bàn, cô giáo không thể kèm từng em tập viết.
Trường chỉ dạy một buổi vì thiếu phòng, buổi chiều phụ huynh phải tự tìm chỗ gửi. Chúng tôi đề nghị thành phố có kế hoạch xây thêm phòng học hoặc trường mới cho khu vực này.

Hoàng Thị Thu Hà
""", topic="other", unit="ubnd-tp", form="nfd", cte="8bit",
      why="Parents of a first-grader: 52 pupils a class and half-day schooling (education: other); NFD 8bit.")

    L("nha-ve-sinh-truong-tieu-hoc-hong", to="ubnd-tp",
      sender=(None, "bo.cua.an.lop2a@example.com"),
      subject="Kien nghi",
      text="""Nha ve sinh hoc sinh o truong tieu hoc cua con toi hong voi nuoc va khoa cua ca thang, cac chau nhin ve nha, de nghi thanh pho kiem tra.
""", topic="other", unit="ubnd-tp", mailer="iphone",
      why="Phone mail with subject 'Kien nghi': broken school toilets at a primary school (education: other); the water is a decoy.")

    L("con-bi-bat-nat-o-truong", to="ubnd-tp",
      sender=("Mac Van Long", "long.macvan@example.com"),
      subject="CON TOI BI BAN DANH HOI DONG 3 LAN, NHA TRUONG IM LANG",
      text="""KINH GUI THANH PHO,

CON TOI HOC LOP 4, 1 THANG NAY BI 1 NHOM BAN CHAN DANH O NHA VE SINH 3 LAN, LAN CUOI SUNG CA MAT. TOI BAO CO CHU NHIEM VA BAN GIAM HIEU THI CHI NOI "TRE CON TRANH CHAP".
DE NGHI THANH PHO CHI DAO KIEM TRA NGAY, BAO VE CON TOI!!!
LONG
""", topic="other", unit="ubnd-tp",
      why="An angry letter in capitals about bullying at a primary school (education: other).")

    L("bao-ve-bi-no-luong", to="ubnd-tp",
      sender=("Dao Van Kien", "kien.daovan.bv@example.net"),
      subject="cong ty dich vu bao ve no luong 3 thang",
      text="""Kinh gui UBND thanh pho,

Toi va 11 anh em bao ve cac toa chung cu lam cho 1 cong ty dich vu bao ve, tu thang 9 den nay chua duoc tra luong, cong ty hua mai.
Cong ty cung ko dong bao hiem xa hoi cho chung toi du co tru vao luong. Xin thanh pho chi cho chung toi noi khieu nai va bao ve quyen loi.
Kien
""", topic="other", unit="ubnd-tp",
      why="Building security guards unpaid for three months by their company (labour: other); the company is a decoy for business registration.")

    L("viet-kieu-xin-an-tang-tro-cot-me", to="ubnd-tp",
      sender=("Nguyễn Hữu Khiêm", "khiem.nguyenhuu@example.com"),
      subject="Kính hỏi thủ tục đưa tro cốt của thân mẫu về an táng tại nghĩa trang thành phố",
      text="""Kính gửi Quý Ủy ban nhân dân thành phố Hà Nội,

Thân mẫu tôi mất tại Pháp năm 2025 và đã được hỏa táng. Theo nguyện vọng của cụ, gia đình tôi mong đưa tro cốt về an táng bên cạnh phần mộ thân phụ tại một nghĩa trang của thành phố.
Kính xin Quý Ủy ban cho biết thủ tục nhập cảnh tro cốt, thủ tục xin một vị trí an táng và cơ quan phụ trách nghĩa trang để chúng tôi liên hệ.

Trân trọng kính thư,
Nguyễn Hữu Khiêm
""", topic="other", unit="ubnd-tp",
      why="The French-Vietnamese heir asks how to bring his mother's ashes home for burial in a city cemetery (other).")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else HERE
    for group in (land, business, residence, civil_status, construction_permit, certification,
                  garbage, flooding, noise, water, power, roads, illegal_construction,
                  encroachment, harassment, regulation, compliment, other):
        group()
    # write_batch removes earlier files by a three-digit number; letter 1000 has four.
    for old in os.listdir(out_dir):
        m = re.match(r"(\d{4})-.*\.(eml|json)$", old)
        if m and FIRST <= int(m.group(1)) <= LAST:
            os.remove(os.path.join(out_dir, old))
    m2.write_batch(FIRST, LAST, out_dir)
    mr.summary()


if __name__ == "__main__":
    main()
