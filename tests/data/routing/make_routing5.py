#!/usr/bin/env python3
"""Generate the fifth held-out routing batch: letters 601-700 of tests/data/routing.

Written on 6 December 2026 by an engineer who wrote neither the default rules nor the earlier
batches (001-176 make_routing.py, 201-320 make_routing2.py, 401-500 make_routing3.py; 501-600 are
being written in parallel by a fourth writer and were not seen), for issue 15 item 5.  Writes
NNN-short-name.eml + NNN-short-name.json for NNN in 601..700 into the folder given as the first
argument (default: the folder this script lives in), removing only earlier files of that range.
Standard library only and deterministic (its own fixed seed 20261236, fixed dates): two runs give
byte-identical files.

The MIME writing is make_routing.py's and the helpers for decomposed UTF-8, photo-only letters and
forwards are make_routing2.py's, imported, so all batches are written the same way (see README:
the fifth batch).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_routing as mr  # noqa: E402  (the MIME writer of the first batch)
import make_routing2 as m2  # noqa: E402  (NFD, photo and forward helpers of the second batch)

FIRST = 601
LAST = 700
mr.SEED = 20261236
mr.CTX = mr.Ctx()
mr.BASE_DATE = datetime.datetime(2026, 11, 26, 0, 0, 0,
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
L = m2.L
HK, BD, CG, SS, CP1258, VISCII = m2.HK, m2.BD, m2.CG, m2.SS, m2.CP1258, m2.VISCII


# =============================================================================================
# The letters (601-700).  Labels follow the routing table of the corpus README with its December
# 2026 additions (repeated in this folder's README).  A place decides only when it lies wholly in
# one sample unit since the 1 July 2025 merger (the writer's own knowledge of Hà Nội).
# =============================================================================================
def land():
    L("chua-xin-so-do-lan-dau", to="so-tnmt",
      sender=("Thích Minh Tâm", "thichminhtam.chuathon@example.org"),
      subject="Xin hướng dẫn cấp Giấy chứng nhận cho đất chùa",
      text="""A Di Đà Phật,
Kính gửi quý cơ quan,

Bần tăng trụ trì một ngôi chùa làng ở xã Sóc Sơn. Chùa có từ thời Hậu Lê, khuôn viên khoảng 2.400 m2, đến nay vẫn chưa được cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho cơ sở tôn giáo.
Nhà chùa đã nộp hồ sơ kèm xác nhận của Ban đại diện Phật giáo từ tháng 5, cán bộ nói phải chờ đo đạc lại ranh giới vì giáp đất nông nghiệp của dân. Đã sáu tháng chưa thấy ai đến đo.
Kính mong quý cơ quan quản lý đất đai xem xét, cho biết hồ sơ đang vướng ở khâu nào.

Thích Minh Tâm
""", topic="land", unit="so-tnmt",
      why="A monk asking for the first land certificate of a village pagoda; the commune is a decoy.")

    L("tien-thue-dat-xuong-tang-gap-3", to="so-tnmt",
      sender=("Ha Van Kien", "kien.havan.xuongmoc@example.net"),
      subject="tien thue dat hang nam cua xuong moc tang gap 3",
      text="""Chao cac anh chi

Xuong moc nha toi thue dat cua nha nuoc tra tien hang nam, nam nay thong bao tien thue dat tang gap 3 lan so voi nam ngoai ma ko co giai thich don gia moi ap dung tu dau
Toi da hoi bo phan mot cua thi bao cho van ban, den han nop roi ko biet nop theo muc nao de khoi bi phat cham nop
Mong dc tra loi som
Kien
""", topic="land", unit="so-tnmt",
      why="Annual land rent tripled for a workshop (the business is a decoy): land.")

    L("khieu-nai-so-tnmt-tu-choi-dang-ky-tang-cho", to="ubnd-tp",
      sender=("Cao Thị Diệu Linh", "dieulinh.cao@example.com"),
      subject="Khiếu nại văn bản từ chối đăng ký biến động đất tặng cho",
      text="""Kính gửi Văn phòng UBND thành phố,

Bố mẹ tôi làm hợp đồng tặng cho tôi quyền sử dụng 64 m2 đất ở, hợp đồng đã công chứng. Sở Tài nguyên và Môi trường ra văn bản số 4410/STNMT-ĐKĐĐ ngày 20/11/2026 từ chối đăng ký biến động với lý do thửa đất "đang có tranh chấp", trong khi không có ai tranh chấp và tổ dân phố đã xác nhận.
Tôi khiếu nại văn bản nêu trên của Sở Tài nguyên và Môi trường, đề nghị hủy văn bản và đăng ký biến động cho tôi.

Cao Thị Diệu Linh
""", topic="land", unit="so-tnmt", letter="complaint",
      why="Complaint about so-tnmt's refusal to register a gift of land, issuer named, sent to the city office.")

    L("gia-han-dat-nong-nghiep", to="so-tnmt",
      sender=("Nguyen Van Thong", "thong.nv.tienduoc@example.com"),
      subject="hoi gia han thoi han su dung dat trong lua",
      text="""Gui So TNMT

E la nong dan o xa Soc Son, GCN dat trong lua cua nha e ghi thoi han su dung den 2023, nay da het han. Can bo thon bao tu dong gia han ko can lam gi nhung ngan hang ko chiu nhan the chap vi so ghi het han
Cho e hoi co phai lam thu tuc xac nhan gia han tren GCN ko, nop o dau, mat bao lau
tks
""", topic="land", unit="so-tnmt",
      why="Extending the term of farmland on a certificate; the commune is a decoy.")

    L("mat-so-do-bao-cong-an", to="ca-tp",
      sender=("Lò Thị Hằng", "hang.lothi@example.net"),
      subject="Mất sổ đỏ, đã trình báo công an, xin cấp lại",
      text="""Kính gửi Công an thành phố,

Nhà tôi bị trộm đột nhập hôm 2/11, mất cả két sắt trong đó có sổ đỏ mang tên chồng tôi. Tôi đã trình báo công an và có giấy xác nhận trình báo mất.
Nay tôi muốn làm thủ tục cấp lại Giấy chứng nhận quyền sử dụng đất bị mất, nhưng không biết có phải đăng báo ba lần như người ta nói không, và nộp ở đâu. Xin các anh chuyển giúp cơ quan đất đai.

Lò Thị Hằng
""", topic="land", unit="so-tnmt",
      why="Re-issuing a lost land certificate after a burglary, sent to the police (the theft report is a decoy).")

    L("so-hong-chung-cu-5-nam", to="so-tnmt",
      sender=("Dinh Quang Vinh", "vinh.dinhquang@example.org"),
      subject="5 nam chua co so hong can ho chung cu",
      text="""Kinh gui So,

Toi mua can ho o mot toa chung cu tu 2021, da thanh toan du 100%, ban giao nha tu 2021 nhung den nay chu dau tu van chua lam so hong cho cu dan
Chu dau tu noi ho so cap GCN dang nam o van phong dang ky dat dai, len do thi bao chu dau tu chua nop du. Ca toa 300 ho ko ai co so
De nghi co quan cap GCN kiem tra va tra loi ro ho so dang o dau
Vinh
""", topic="land", unit="so-tnmt",
      why="Apartment owners without their certificate (sổ hồng) for five years; the building and its developer are decoys.")


def business():
    L("shop-online-dang-ky-ho-kinh-doanh", to="so-khdt",
      sender=("Pham Thu Ha", "thuha.shoponline@example.com"),
      subject="shop online muon dang ky ho kinh doanh",
      text="""Chao cac anh chi

E o tro o phuong Cau Giay, ban quan ao online tren mang xa hoi dc 2 nam, gio san thuong mai dien tu yeu cau phai co giay dang ky ho kinh doanh moi cho ban tiep. E o tro ko co cua hang thi dia diem kinh doanh ghi the nao, co dung dia chi phong tro dc ko
Mn huong dan e ho so dang ky ho kinh doanh voi a
e Ha
""", topic="business_registration", unit="so-khdt",
      why="An online clothes seller registering a household business; the ward she lives in is a decoy.")

    L("doi-tru-so-cong-ty-bi-tra", to="so-khdt",
      sender=("Mạc Đăng Khoa", "khoa.macdang@example.com"),
      subject="Hồ sơ thay đổi địa chỉ trụ sở công ty bị trả vì ghi tên phường mới",
      text="""Kính gửi Phòng Đăng ký kinh doanh,

Công ty tôi chuyển trụ sở sang tầng 7 một tòa nhà ở phường Ba Đình. Hồ sơ thay đổi địa chỉ trụ sở chính bị trả lại hai lần: lần đầu vì tôi ghi tên phường mới sau sáp nhập, lần hai vì ghi tên phường cũ thì hệ thống báo "đơn vị hành chính không còn tồn tại".
Xin Phòng hướng dẫn ghi địa chỉ thế nào cho đúng.

Mạc Đăng Khoa
""", topic="business_registration", unit="so-khdt",
      why="Change of a company's head-office address refused over old and new ward names; the ward is a decoy.")

    L("ma-nganh-giao-duc-bi-tu-choi", to="so-khdt",
      sender=("Vũ Thị Thanh Tâm", "thanhtam.vu@example.net"),
      subject="Bổ sung ngành nghề giáo dục cho công ty bị từ chối",
      text="""Kính gửi Sở,

Công ty tôi đăng ký bổ sung ngành nghề "giáo dục kỹ năng sống" để mở lớp cho trẻ cuối tuần. Hồ sơ đăng ký thay đổi nội dung đăng ký doanh nghiệp bị trả lại, ghi chú "ngành nghề không có trong hệ thống ngành kinh tế", nhưng không nói nên chọn mã ngành nào.
Mong Sở hướng dẫn chọn mã ngành cho đúng.

Vũ Thị Thanh Tâm
""", topic="business_registration", unit="so-khdt",
      why="Adding a business line refused without a code, sent to so-khdt itself.")

    L("dang-ky-chi-nhanh-soc-son", to="so-khdt",
      sender=("Ly Minh Duc", "duc.lyminh.logistics@example.com"),
      subject="dang ky chi nhanh cong ty tai Soc Son",
      text="""Kinh gui So KHDT

Cong ty toi tru so o noi thanh, muon mo chi nhanh kho van chuyen o xa Soc Son gan san bay. Toi nop ho so dang ky hoat dong chi nhanh tren cong dang ky doanh nghiep 2 lan deu bi bao loi "dia chi chi nhanh khong hop le"
Xin cho biet can sua gi, hay phai nop giay o dau
Duc
""", topic="business_registration", unit="so-khdt",
      why="Registering a company branch in Sóc Sơn; the commune is a decoy.")

    L("chuyen-ho-kinh-doanh-len-cong-ty-cp1258", to="so-khdt",
      sender=("Kiều Văn Bình", "binh.kieuvan@example.com"),
      subject="Chuyển đổi hộ kinh doanh thành doanh nghiệp",
      text="""Kính gửi Sở Kế hoạch và Đầu tư,

Tôi có hộ kinh doanh may đo áo dài đã 15 năm, nay muốn chuyển đổi hộ kinh doanh thành công ty TNHH để xuất hóa đơn cho khách đặt đồng phục. Tôi không biết có phải chấm dứt hộ kinh doanh trước rồi mới đăng ký thành lập doanh nghiệp không, và hai việc có làm cùng một lúc được không.
Xin Sở hướng dẫn.

Kiều Văn Bình
""", topic="business_registration", unit="so-khdt", cte="quoted-printable", **CP1258,
      why="A tailor converting his household business into a company, windows-1258.")


def residence():
    L("ve-nuoc-dang-ky-lai-thuong-tru", to="ca-tp",
      sender=("Trương Quốc Hưng", "hung.truongquoc.de@example.com"),
      subject="Về nước sau 12 năm, xin đăng ký lại thường trú",
      text="""Kính gửi các anh chị,

Tôi tên Trương Quốc Hưng, sinh năm 1979. Năm 2014 tôi sang Đức làm việc, theo hợp đồng rồi ở lại luôn, vợ con tôi sang sau. Tháng 9 năm nay bố tôi ốm nặng nên tôi về nước hẳn, định ở với bố mẹ trong căn nhà cũ của gia đình ở phường Hoàn Kiếm. Tôi vẫn giữ quốc tịch Việt Nam, có hộ chiếu còn hạn.
Khi đi làm căn cước thì người ta nói đăng ký thường trú của tôi đã bị xóa từ năm 2016 vì "định cư ở nước ngoài". Tôi không hề biết việc này, hồi đó cũng không ai báo cho gia đình.
Bây giờ muốn đăng ký thường trú lại vào nhà bố mẹ thì cần những gì? Tôi có phải xin xác nhận gì bên Đức không, giấy tờ tiếng Đức có phải dịch và hợp pháp hóa không? Mẹ tôi là chủ hộ, bà đã 78 tuổi, có cần bà đi cùng không?
Tôi cũng hỏi thêm: con tôi 10 tuổi, sinh ở Đức, chưa có giấy tờ gì ở Việt Nam, sau này cháu về thì làm thế nào. Nhưng việc gấp nhất là của tôi, vì không có thường trú thì không làm được căn cước, không mở được tài khoản ngân hàng, không làm được gì cả.
Xin lỗi vì thư dài, mong các anh chị chuyển đến đúng nơi.

Trương Quốc Hưng
""", topic="residence", unit="ca-tp",
      why="Long letter of a returnee whose permanent residence was deleted; the ward and the child born abroad are decoys.")

    L("tach-ho-cho-con-trai-lay-vo", to="ca-tp",
      sender=("Bui Van Toan", "toan.buivan@example.net"),
      subject="xin tach ho cho con trai",
      text="""Gui CA TP

Nha toi o P. Ba Dinh. Con trai toi lay vo dc 1 nam, van chung HK voi bo me. Gio 2 vo chong no muon tach ho rieng nhung van o chung nha toi thi co dc ko, co can toi ky giay dong y ko
Nho cac anh huong dan giup
Toan
""", topic="residence", unit="ca-tp",
      why="Splitting a household register for a married son; the ward is a decoy.")

    L("khieu-nai-tu-choi-thuong-tru-dien-tich", to="ca-tp",
      sender=("Nông Thị Mai", "mai.nongthi@example.org"),
      subject="Khiếu nại việc từ chối đăng ký thường trú vì thiếu diện tích",
      text="""Kính gửi Công an thành phố,

Tôi nhận được văn bản từ chối đăng ký thường trú cho tôi và con vào nhà thuê với lý do diện tích bình quân dưới 8 m2/người. Căn hộ tôi thuê 36 m2, chỉ có ba người ở, tính thế nào cũng trên 8 m2.
Tôi khiếu nại văn bản từ chối này và đề nghị xem xét lại hồ sơ đăng ký thường trú của tôi.

Nông Thị Mai
""", topic="residence", unit="ca-tp", letter="complaint",
      why="Complaint about a refused permanent residence, no issuer named: the receiving police.")

    L("xac-nhan-thong-tin-cu-tru-ct07", to="ca-tp",
      sender=(None, "hoangnam.9x@example.com"),
      subject="xin xac nhan cu tru",
      text="""cho e hoi xin giay xac nhan thong tin cu tru de nop ho so xin viec thi lam online dc k hay phai ra tan noi a
""", topic="residence", unit="ca-tp", mailer="iphone",
      why="One-line phone mail asking for a residence confirmation.")

    L("fwd-luu-tru-ho-hang-ve-choi-tet", to="ca-tp",
      sender=("Hà Thị Ngân", "ngan.hathi@example.com"),
      subject="Fwd: Hỏi về khai báo lưu trú cho người nhà",
      text="""Kính gửi Công an thành phố,

Tôi gửi Sở Tư pháp thư dưới đây, Sở trả lời không thuộc thẩm quyền và bảo gửi công an.

---------- Forwarded message ---------
From: Hà Thị Ngân <ngan.hathi@example.com>
Date: Thu, 19 Nov 2026 at 20:14
Subject: Hỏi về khai báo lưu trú cho người nhà
To: <phananh@sotuphap.hanoi.example.vn>

Dịp Tết, bố mẹ chồng và hai em ở quê lên ở nhà tôi khoảng ba tuần. Tôi có phải khai báo lưu trú cho họ không, khai qua ứng dụng nào, nếu quên thì có bị phạt không?

Hà Thị Ngân
""", topic="residence", unit="ca-tp", note="text/plain; a Gmail inline forward of an earlier letter",
      why="Inline forward about declaring relatives' stay (lưu trú), first sent to so-tp (its mailbox is a decoy).")

    L("thuong-tru-cho-con-nuoi", to="ca-tp",
      sender=("Luu Van Sang", "sang.luuvan@example.com"),
      subject="dang ky thuong tru cho con nuoi",
      text="""Kinh gui CA TP

Vo chong toi da dc cong nhan nhan con nuoi tu thang 9, co quyet dinh va giay khai sinh moi cua chau. Chau van dang thuong tru o trung tam bao tro xa hoi
Gio muon dang ky thuong tru cho chau ve nha minh thi lam o dau, can giay to gi. Viec nuoi con nuoi thi xong roi, chi con HK
Sang
""", topic="residence", unit="ca-tp",
      why="Permanent residence for an adopted child, the adoption already done (a decoy).")


def civil_status():
    L("trich-luc-ket-hon-sai-nam-sinh", to=CG,
      sender=("Đỗ Thành Nam", "nam.dothanh@example.net"),
      subject="Trích lục kết hôn ghi sai năm sinh của vợ tôi",
      text="""Kính gửi các anh chị,

Vợ chồng tôi đăng ký kết hôn tại UBND phường Cầu Giấy tháng 10/2026. Trên giấy chứng nhận kết hôn và trong sổ hộ tịch, năm sinh của vợ tôi ghi 1996, đúng ra là 1995 như căn cước.
Tôi đã báo cán bộ tư pháp của phường, được hẹn "để tuần sau" đã ba tuần. Xin cho cải chính sớm vì vợ tôi sắp làm hồ sơ thai sản.

Đỗ Thành Nam
""", topic="civil_status", unit=CG,
      why="A typo in a marriage record registered at the ward of Cầu Giấy: the ward keeps the record.")

    L("khai-tu-bo-mat-o-benh-vien", to=SS,
      sender=("Tran Thi Loan", "loan.tranthi.ss@example.com"),
      subject="dang ky khai tu cho bo",
      text="""Kinh gui cac co quan

Bo toi mat ngay 28/11 tai benh vien, nha toi o thi tran Soc Son cu. Benh vien da cap giay bao tu, gio toi can dang ky khai tu de lam thu tuc cho me huong che do
Xin hoi lam o dau, co lam online dc ko, me toi gia ko di lai dc
Loan
""", topic="civil_status", unit=SS, place="thi tran Soc Son",
      why="Death registration for a father; only the former town of Sóc Sơn locates it.")

    L("khieu-nai-xa-tu-choi-xac-dinh-lai-dan-toc", to="so-tp",
      sender=("Lục Thị Hoa", "hoa.lucthi@example.org"),
      subject="Khiếu nại việc UBND xã Sóc Sơn từ chối đăng ký xác định lại dân tộc cho con",
      text="""Kính gửi Sở Tư pháp,

Chồng tôi là người Tày, tôi là người Kinh. Con tôi khi đăng ký khai sinh được ghi dân tộc Kinh theo mẹ, nay cháu 16 tuổi muốn xác định lại dân tộc theo cha.
UBND xã Sóc Sơn ra văn bản số 95/UBND-TP từ chối với lý do "không có căn cứ". Tôi khiếu nại văn bản này của UBND xã Sóc Sơn, đề nghị xem xét lại, vì cháu đã đủ 15 tuổi và có ý kiến đồng ý.

Lục Thị Hoa
""", topic="civil_status", unit=SS, letter="complaint",
      why="Complaint about the commune's refusal to re-determine a child's ethnicity, issuer named, sent to so-tp.")

    L("khai-sinh-cho-con-y-ta-truc-dem", to=HK,
      sender=("Vi Thi Tuyet", "tuyet.vithi.yta@example.com"),
      subject="dang ky khai sinh cho con, nha o pho Hang Gai",
      text="""Chao cac anh chi

E la y ta lam ca dem, moi sinh chau dc 3 tuan, nha e o pho Hang Gai. Chong e di cong tac nuoc ngoai den thang 2 moi ve
E muon dang ky khai sinh cho con ma chong ko co mat thi co dc ko, co nop online dc ko vi e chi ranh buoi sang sau ca truc
e Tuyet
""", topic="civil_status", unit=HK, place="pho Hang Gai",
      why="Birth registration by a night-shift nurse; only Hàng Gai street (Hoàn Kiếm) locates it.")

    L("ban-sao-trich-luc-khai-tu-ba-cp1258", to=BD,
      sender=("Ông Văn Thịnh", "thinh.ongvan@example.com"),
      subject="Xin cấp bản sao trích lục khai tử của bà nội",
      text="""Kính gửi các anh chị,

Bà nội tôi mất năm 1998, khi đó gia đình ở phường Trúc Bạch và đã đăng ký khai tử ở đó. Nay làm thủ tục thừa kế, tôi cần bản sao trích lục khai tử của bà nhưng bản gốc đã thất lạc.
Xin hỏi sổ hộ tịch năm 1998 nay lưu ở đâu để tôi xin cấp bản sao.

Ông Văn Thịnh
""", topic="civil_status", unit=BD, place="phường Trúc Bạch", cte="8bit", **CP1258,
      why="Copy of a 1998 death record of the former ward of Trúc Bạch (now Ba Đình), windows-1258; the inheritance is a decoy.")

    L("ghi-chu-ly-hon-o-nuoc-ngoai", to=BD,
      sender=("Quan Thi Bich", "bich.quanthi@example.net"),
      subject="ghi chu ly hon da giai quyet o Uc",
      text="""Kinh gui UBND phuong

Toi ly hon voi chong cu tai toa an o Uc nam 2022, nay ve nuoc o pho Dang Dung va muon ket hon lai. Can bo bao phai ghi vao so ho tich viec ly hon da giai quyet o nuoc ngoai truoc
Xin huong dan ho so, ban an tieng Anh co phai hop phap hoa lanh su ko
Bich
""", topic="civil_status", unit=BD, place="pho Dang Dung",
      why="Recording a divorce decided abroad; only Đặng Dung street (Quán Thánh, Ba Đình) locates it.")


def construction_permit():
    L("khieu-nai-so-xd-tu-choi-gpxd", to="ubnd-tp",
      sender=("Thân Văn Hậu", "hau.thanvan@example.com"),
      subject="Khiếu nại Sở Xây dựng từ chối cấp giấy phép xây dựng",
      text="""Kính gửi UBND thành phố,

Tôi khiếu nại Văn bản số 7781/SXD-CPXD ngày 18/11/2026 của Sở Xây dựng từ chối cấp giấy phép xây dựng nhà ở riêng lẻ 4 tầng của gia đình tôi, với lý do "chưa phù hợp quy hoạch chi tiết". Quy hoạch chi tiết khu vực được phê duyệt năm 2019 cho phép nhà tối đa 5 tầng, tôi có kèm bản trích.
Đề nghị xem xét lại và cấp phép cho gia đình tôi.

Thân Văn Hậu
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="Complaint about so-xd's refusal of a building permit, issuer named, sent to the city office.")

    L("xin-phep-xay-gac-chuong-chua", to="so-xd",
      sender=("Thich Quang Duc Tri", "quangductri.chua@example.org"),
      subject="xin phep xay gac chuong cho chua",
      text="""A Di Da Phat, kinh gui So Xay dung

Chua chung toi o xa Soc Son duoc phat tu cung duong de xay mot gac chuong cao khoang 9 m trong khuon vien chua. Xin hoi cong trinh nay co phai xin giay phep xay dung ko, ho so gom nhung gi, nop o dau
Chua da co GCN dat
Thich Quang Duc Tri
""", topic="construction_permit", unit="so-xd",
      why="Does a pagoda's bell tower need a building permit; the commune and the land certificate are decoys.")

    L("gpxd-co-thoi-han-dat-quy-hoach", to="so-xd",
      sender=("Tôn Nữ Bảo Trâm", "baotram.tonnu@example.com"),
      subject="Xin giấy phép xây dựng có thời hạn trên đất nằm trong quy hoạch",
      text="""Kính gửi Sở,

Nhà tôi đã xuống cấp, nằm trong quy hoạch mở đường nhưng chưa có kế hoạch thực hiện. Tôi muốn xây lại nhà 2 tầng và đc biết có thể xin giấy phép xây dựng có thời hạn.
Xin hướng dẫn điều kiện và hồ sơ cấp phép xây dựng có thời hạn, thời hạn tối đa bao lâu. Đất của tôi đã có sổ đỏ.

Tôn Nữ Bảo Trâm
""", topic="construction_permit", unit="so-xd",
      why="A time-limited building permit on land reserved for a road; sổ đỏ and the road are decoys.")

    L("gpxd-nha-co-tang-ham-qua-han", to="so-xd",
      sender=(None, "minhkhoi.arch@example.com"),
      subject="GPXD qua han",
      text="""GPXD nha 5 tang co 1 tang ham nop tu 25 ngay truoc van chua co, qua han roi mn oi, ma ho so la BKS-2026-1187
""", topic="construction_permit", unit="so-xd", mailer="iphone",
      why="One-line phone mail about an overdue building permit, sent to so-xd itself.")

    L("lap-thang-may-khu-tap-the-viscii", to="so-xd",
      sender=("Ban đại diện cư dân nhà C4", "bandaidien.c4@example.org"),
      subject="Xin phép lắp thang máy ngoài nhà tập thể 5 tầng",
      text="""Kính gửi Sở Xây dựng,

Ban đại diện cư dân nhà tập thể C4 (5 tầng, 60 hộ, nhiều cụ cao tuổi) đã góp tiền để lắp một thang máy gắn ngoài nhà. Đơn vị thi công nói phải có giấy phép xây dựng vì làm thêm kết cấu bám vào công trình.
Xin Sở hướng dẫn hồ sơ: có cần kiểm định khả năng chịu lực của nhà cũ trước không, và ai đứng tên xin phép.

Ban đại diện cư dân nhà C4
""", topic="construction_permit", unit="so-xd", cte="8bit", **VISCII,
      why="A residents' board asking how to permit an outside lift on an old collective building, VISCII.")


def certification():
    L("khieu-nai-phuong-tu-choi-chung-thuc-hop-dong", to=CG,
      sender=("Ngo Duc Tai", "tai.ngoduc@example.com"),
      subject="khieu nai UBND P. Cau Giay tu choi chung thuc hop dong",
      text="""Kinh gui Chu tich UBND phuong

Toi khieu nai van ban tu choi chung thuc cua UBND phuong Cau Giay ngay 24/11. Toi va em gai ky hop dong phan chia tai san la chiec o to cua bo me de lai, den phuong chung thuc thi bi tu choi voi ly do "phai ra cong chung" ma ko noi quy dinh nao
De nghi xem xet lai va chung thuc cho toi
Tai
""", topic="certification", unit=CG, letter="complaint",
      why="Complaint about the ward of Cầu Giấy refusing to certify a contract, issuer named, sent to the issuer.")

    L("ban-sao-bang-nuoc-ngoai-nguyen-khac-nhu", to=BD,
      sender=("Thái Minh Châu", "minhchau.thai@example.com"),
      subject="Không được chứng thực bản sao bằng tốt nghiệp nước ngoài",
      text="""Kính gửi các anh chị,

Tôi ở phố Nguyễn Khắc Nhu, mang bằng thạc sĩ của trường đại học ở Pháp ra bộ phận một cửa gần nhà xin chứng thực bản sao từ bản chính. Cán bộ nói bằng nước ngoài phải dịch và hợp pháp hóa rồi mới chứng thực được bản sao.
Theo tôi hiểu, chứng thực bản sao đúng với bản chính thì không cần dịch. Mong được làm rõ và đề nghị bộ phận chứng thực làm đúng.

Thái Minh Châu
""", topic="certification", unit=BD, place="phố Nguyễn Khắc Nhu",
      why="Certified copy of a foreign diploma refused; only Nguyễn Khắc Nhu street (Trúc Bạch, Ba Đình) locates it.")

    L("chung-thuc-uy-quyen-tai-nha-hang-gai", to=HK,
      sender=("Lam Quoc Bao", "bao.lamquoc@example.net"),
      subject="xin chung thuc hop dong uy quyen tai nha cho me",
      text="""Kinh gui UBND phuong

Me toi 91 tuoi, nam mot cho, o phuong Hang Gai cu. Me can ky hop dong uy quyen cho toi di lam cac giay to ngan hang. Bo phan chung thuc bao nguoi ky phai co mat
Xin hoi co the cu can bo den nha chung thuc chu ky cho me toi dc ko, phi the nao
Bao
""", topic="certification", unit=HK, place="phuong Hang Gai",
      why="Certifying a power of attorney at home for a bedridden mother; only the former ward of Hàng Gai locates it.")

    L("mot-cua-nghi-chieu-thu-bay", to=HK,
      sender=("Kim Ngoc Suong", "suong.kimngoc@example.org"),
      subject="bo phan chung thuc P. Hoan Kiem het so tu 10h sang thu 7",
      text="""Kinh gui UBND P. Hoan Kiem

Phuong niem yet bo phan mot cua lam viec sang thu 7 nhung 2 tuan lien toi den luc 10h30 de chung thuc ban sao giay to thi da het so, bao ve
Nguoi di lam nhu chung toi chi co thu 7. De nghi phuong nhan ho so chung thuc den het gio nhu da niem yet
Suong
""", topic="certification", unit=HK,
      why="Certified copies refused on Saturday mornings at the ward of Hoàn Kiếm, ward named.")

    L("chung-thuc-hop-dong-chuyen-nhuong-dat-cham", to=SS,
      sender=("Duong Van Hoa", "hoa.duongvan.ss@example.com"),
      subject="xa Soc Son cham chung thuc hop dong chuyen nhuong",
      text="""Gui cac anh chi

Toi mua 1 manh dat nho cua hang xom, 2 ben mang hop dong ra UBND xa Soc Son chung thuc tu 10/11, dc hen 3 ngay nhung den nay van chua tra, hoi thi bao can bo di vang
Hop dong chua chung thuc thi ko sang ten so do dc. De nghi xa tra hop dong cho dan
Hoa
""", topic="certification", unit=SS,
      why="The commune slow to certify a land transfer contract; sổ đỏ is a decoy (land).")


def garbage():
    L("chuot-cho-chau-long", to=BD,
      sender=("Phùng Thị Lan Anh", "lananh.phung@example.com"),
      subject="Chuột chạy đầy quanh chợ Châu Long vì rác tồn đọng",
      text="""Kính gửi các anh chị,

Phía sau chợ Châu Long, rác của các sạp cá, sạp thịt dồn thành đống ở góc chợ từ trưa đến tối mới được chở đi. Chiều nào cũng thấy cả đàn chuột chạy từ đống rác sang các nhà bên cạnh, mùi hôi thối nồng nặc.
Đề nghị thu gom rác chợ ngay sau buổi sáng, rửa sạch điểm tập kết và diệt chuột.

Phùng Thị Lan Anh
""", topic="garbage", unit=BD, place="chợ Châu Long",
      why="Rats and rotting market waste at Châu Long market (Trúc Bạch, Ba Đình); the market only.")

    L("re-rac-xay-dung-ngo-tran-quy-kien", to=CG,
      sender=("Mai Xuan Truong", "truong.maixuan@example.net"),
      subject="Re: tra loi phan anh rac dau ngo",
      text="""Gui UBND phuong

Phuong tra loi la da cho don roi nhung sang nay dau ngo tren pho Tran Quy Kien lai co them 1 xe gach vun va 6 bao tai rac sinh hoat, nguoi ta do tu dem qua. Don xong 2 ngay lai nhu cu
De nghi dat bien cam va kiem tra ai do
Truong

> Ngay 25/11/2026 UBND phuong tra loi:
> Phuong da chi dao to ve sinh thu gom rac tai vi tri ong phan anh.
> Cam on ong da phan anh.
""", topic="garbage", unit=CG, place="pho Tran Quy Kien",
      note="text/plain; a reply quoting the ward's earlier answer",
      why="A reply (Re:, no case tag) quoting the ward's answer: dumping at a lane end on Trần Quý Kiên (Dịch Vọng, Cầu Giấy).")

    L("khieu-nai-xa-phat-do-rac-xuong-suoi", to=SS,
      sender=("Khuất Văn Lợi", "loi.khuatvan@example.com"),
      subject="Khiếu nại quyết định xử phạt đổ rác xuống suối",
      text="""Kính gửi UBND xã,

Tôi bị Chủ tịch UBND xã Sóc Sơn ra Quyết định số 41/QĐ-XPHC phạt 3 triệu đồng vì "đổ rác thải sinh hoạt xuống suối". Hôm đó tôi chỉ đi qua, túi rác là của người khác, biên bản lập khi tôi không có mặt và không có ảnh nào là tôi đổ.
Tôi khiếu nại quyết định xử phạt trên của UBND xã Sóc Sơn và đề nghị hủy bỏ.

Khuất Văn Lợi
""", topic="garbage", unit=SS, letter="complaint",
      why="Complaint about the commune's littering fine, issuer named, sent to the issuer.")

    L("dot-rac-ban-dem-tien-duoc", to=SS,
      sender=("Nghiem Van Hai", "hai.nghiemvan@example.org"),
      subject="dot rac ban dem khoi bay vao nha",
      text="""Kinh gui cac anh chi

Cuoi thon toi o xa Tien Duoc cu, dem nao cung co nguoi gom rac sinh hoat ca khu lai roi dot, khoi khet bay vao nha, tre con ho suot. Rac ko ai thu gom nen dan phai tu xu ly
De nghi bo tri xe thu gom rac va cam dot rac
Hai
""", topic="garbage", unit=SS, place="Tien Duoc",
      why="Garbage burnt at night for want of collection; only the former commune of Tiên Dược (now Sóc Sơn) locates it.")

    L("rac-hang-ngang-sau-le-hoi-nfd", to=HK,
      sender=("Lã Thị Thu Hường", "thuhuong.la@example.com"),
      subject="Rác ngập phố Hàng Ngang sau đêm lễ hội",
      text="""Kính gửi các cơ quan,

Sau đêm lễ hội cuối tuần, phố Hàng Ngang ngập vỏ chai, hộp xốp, que xiên. Sáng Chủ nhật 8 giờ vẫn chưa có ai quét, các thùng rác công cộng tràn ra lòng đường.
Đề nghị tăng thu gom ngay sau các đêm có lễ hội.

Lã Thị Thu Hường
""", topic="garbage", unit=HK, place="phố Hàng Ngang", form="nfd", cte="quoted-printable",
      why="Litter after a street festival on Hàng Ngang (Hoàn Kiếm), NFD; the street only.")

    L("to-cao-lo-giet-mo-ga", to="thanh-tra",
      sender=("Ta Thi Nhu", "nhu.tathi@example.net"),
      subject="to cao lo giet mo ga xa long ga ra ngo",
      text="""Kinh gui cac co quan

Toi to cao ho gia dinh o ngo nha toi, phuong Cau Giay, mo lo giet mo ga vit moi sang tu 3h, long ga, ruot, tiet do ra goc ngo va thung rac chung, ruoi nhang boc mui ca ngo. Nhac nho nhieu lan ko nghe
De nghi phuong kiem tra, xu ly
Nhu
""", topic="garbage", unit=CG, letter="denunciation",
      why="Denunciation of a household slaughtering poultry and dumping offal, ward named, sent to thanh-tra: the ward's garbage case.")


def flooding():
    L("nap-ho-ga-mat-nguoi-dap-xe-nga", to="so-xd",
      sender=("Đoàn Minh Hiếu", "hieu.doanminh.bike@example.com"),
      subject="Hố ga thoát nước mất nắp, tôi đạp xe ngã gãy tay",
      text="""Kính gửi các cơ quan,

Tối 27/11 tôi đạp xe đi làm về, bánh trước lọt xuống một hố ga thoát nước mưa bị mất nắp ở mép đường, ngã gãy cổ tay. Hố ga này mất nắp cả tháng nay, người dân chỉ cắm một cành cây làm dấu, lá cây và bùn lấp gần kín nên mưa là nước không xuống được cống.
Đề nghị đơn vị quản lý hệ thống thoát nước đậy nắp hố ga ngay và kiểm tra các hố ga khác trong khu.

Đoàn Minh Hiếu
""", topic="flooding", unit="so-xd",
      why="A cyclist hurt in a drain without its cover, asking the drainage operator to cover it and clear it: drainage; the fall is a decoy (roads).")

    L("sap-ke-muong-tieu-nuoc", to="so-xd",
      sender=("Do Van Manh", "manh.dovan.tanminh@example.com"),
      subject="sap ke muong tieu nuoc, nuoc tran vao nha",
      text="""Kinh gui So Xay dung

Doan ke muong tieu thoat nuoc chay qua xom toi bi sap hon 20 m sau tran mua to dem 22/11, dat da lap gan het long muong. Nuoc ko thoat dc nen dan len, 7 nha ngap san, nha toi nuoc vao den bep
Tran mua sau ma chua khoi thong thi ca xom ngap. De nghi khan truong nao vet muong va xay lai ke
Manh
""", topic="flooding", unit="so-xd",
      why="A collapsed retaining wall of a drainage ditch floods houses.")

    L("rac-lap-mieng-cong-ngap", to="so-xd",
      sender=("Tạ Quang Vinh", "vinh.taquang@example.org"),
      subject="Miệng cống bị lấp, mưa 20 phút là ngập",
      text="""Kính gửi Sở Xây dựng,

Ở ngã tư gần nhà tôi ở phường Hoàn Kiếm, các miệng cống thu nước mưa bị rác, lá cây và túi ni lông lấp kín, mưa 20 phút là nước dâng lên vỉa hè, tràn vào cửa hàng. Người dân tự moi rác ra thì được một lúc.
Đề nghị nạo vét cống và thay song chắn rác miệng cống, vì nước không thoát được xuống cống ngầm.

Tạ Quang Vinh
""", topic="flooding", unit="so-xd",
      why="Blocked gully inlets flood a crossroads: drainage; rác and the ward are decoys.")

    L("re-ham-chui-ngap-so-gtvt-tra-loi", to="so-xd",
      sender=("Hoang Thi Yen", "yen.hoangthi@example.com"),
      subject="Re: Ve viec ngap ham chui",
      text="""Kinh gui So Xay dung

So GTVT tra loi toi nhu duoi, nen toi gui lai So. Ham chui dan sinh gan nha toi cu mua la ngap sau 60 cm, may bom ko chay, hoc sinh phai loi nuoc di hoc
De nghi sua may bom va cong thoat nuoc cua ham
Yen

> So GTVT tra loi:
> Noi dung ba phan anh ve he thong thoat nuoc va tram bom khong thuoc
> linh vuc cua So Giao thong van tai. De nghi ba lien he So Xay dung.
""", topic="flooding", unit="so-xd",
      note="text/plain; a reply quoting so-gtvt's earlier answer",
      why="A reply (Re:, no case tag) quoting so-gtvt's answer about a flooded underpass pump: drainage, so-xd.")

    L("fwd-nuoc-cong-tran-nguoc", to="so-xd",
      sender=("Chu Thị Hạnh", "hanh.chuthi@example.com"),
      text="""Kính gửi Sở Xây dựng,

Tôi chuyển tiếp thư đã gửi phường hơn ba tuần chưa có hồi âm.

Chu Thị Hạnh
""", subject="Fwd: Nước cống tràn ngược vào nhà mỗi khi mưa",
      fwd=dict(sender=("Chu Thị Hạnh", "hanh.chuthi@example.com"),
               to="phananh@badinh.hanoi.example.vn", date=mr.D(1107, 7, 55),
               subject="Nước cống tràn ngược vào nhà mỗi khi mưa",
               text="""Kính gửi phường,

Mỗi khi mưa to, nước cống đen và hôi từ cống chung của ngõ tràn ngược lên qua sàn nhà vệ sinh và rãnh bếp nhà tôi. Hàng xóm cũng vậy. Cống chung có lẽ bị tắc hoặc quá nhỏ.
Đề nghị kiểm tra và cải tạo cống thoát nước của ngõ.

Chu Thị Hạnh
"""), form="fwd", topic="flooding", unit="so-xd",
      why="Forwarded (message/rfc822) letter about sewage backing up in rain, first sent to a ward; drainage, so-xd.")

    L("duong-truoc-truong-ngap-nua-banh", to="so-xd",
      sender=(None, "ba.be.bon@example.net"),
      subject="ngap truoc cong truong",
      text="""duong truoc cong truong tieu hoc nha e ngap nua banh xe sau moi tran mua, mn xu ly cong thoat nuoc giup a
""", topic="flooding", unit="so-xd", mailer="iphone",
      why="One-line phone mail: a flooded road in front of a school: drainage; the road and the school are decoys.")


def noise():
    L("nha-hang-tiec-cuoi-dich-vong-hau", to=CG,
      sender=("Hồ Thị Minh Nguyệt", "minhnguyet.ho@example.com"),
      subject="Nhà hàng tiệc cưới mở nhạc từ 6 giờ sáng",
      text="""Kính gửi các cơ quan,

Nhà tôi sát tường một nhà hàng tiệc cưới trên phố Dịch Vọng Hậu. Mùa cưới, từ 6 giờ sáng họ đã thử loa, MC nói, ban nhạc sống đến 10 giờ đêm, ngày nào cũng hai ba đám. Cửa kính nhà tôi rung lên theo tiếng trống.
Tôi đã sang nói chuyện, quản lý hứa giảm âm lượng nhưng chỉ được một hôm. Đề nghị đo tiếng ồn và xử lý.

Hồ Thị Minh Nguyệt
""", topic="noise", unit=CG, place="phố Dịch Vọng Hậu",
      why="A wedding hall's music from 6 a.m.; only Dịch Vọng Hậu street (Cầu Giấy) locates it.")

    L("to-cao-quan-bar-ta-hien", to=HK,
      sender=("Duong Minh Quan", "quan.duongminh@example.org"),
      subject="to cao quan bar mo nhac den 3h sang",
      text="""Kinh gui UBND phuong

Toi to cao quan bar o pho Ta Hien doi dien nha toi mo nhac xap xinh cuc to den 2 3h sang, cuoi tuan den sang. Loa chia thang ra duong, nha toi 4 tang o tang thuong ma van rung
Goi dien nhieu lan ko ai den, sang hom sau van mo. De nghi xu ly
Quan
""", topic="noise", unit=HK, place="pho Ta Hien", letter="denunciation",
      why="Denunciation of a bar's noise on Tạ Hiện (Hàng Buồm, Hoàn Kiếm): the ward's noise case, not thanh-tra; street only.")

    L("khieu-nai-phat-phong-gym", to="thanh-tra",
      sender=("Lâm Thế Dũng", "dung.lamthe.gym@example.com"),
      subject="Khiếu nại quyết định xử phạt phòng tập về tiếng ồn",
      text="""Kính gửi Thanh tra thành phố,

Tôi là chủ một phòng tập gym nhỏ, bị Chủ tịch UBND phường Ba Đình ra quyết định xử phạt 8 triệu đồng về tiếng ồn vượt quy chuẩn. Biên bản đo lúc 19 giờ, khi đó máy đo đặt ngay cạnh loa trong phòng chứ không phải ở nhà bên cạnh.
Tôi khiếu nại quyết định xử phạt của UBND phường Ba Đình và đề nghị đo lại đúng quy chuẩn.

Lâm Thế Dũng
""", topic="noise", unit=BD, letter="complaint",
      why="Complaint about a noise fine issued by the ward of Ba Đình, sent to thanh-tra: the issuing ward.")

    L("xuong-co-khi-ban-ngay-y-ta-phu-linh", to=SS,
      sender=("Kieu Thi Phuong", "phuong.kieuthi.bv@example.com"),
      subject="xuong co khi cat sat on ca ngay",
      text="""Kinh gui cac co quan

E la y ta truc dem, ban ngay phai ngu bu. Canh nha e o xa Phu Linh cu co xuong co khi cat sat, mai, han tu 7h sang den 6h chieu, tieng mai sat rit len chiu ko noi, e ko ngu dc may thang nay
De nghi kiem tra tieng on cua xuong
e Phuong
""", topic="noise", unit=SS, place="Phu Linh",
      why="A metal workshop's daytime noise keeps a night-shift nurse awake; only the former commune of Phù Linh locates it.")

    L("loa-to-dan-pho-5-gio-sang-viscii", to=HK,
      sender=("Mẫn Thị Thoa", "thoa.manthi@example.net"),
      subject="Loa tổ dân phố phát từ 5 giờ 30 sáng",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Loa của tổ dân phố gắn ngay trước cửa sổ phòng ngủ nhà tôi, sáng nào cũng phát nhạc và thông báo từ 5 giờ 30, âm lượng rất to. Nhà tôi có người già mất ngủ và cháu nhỏ.
Đề nghị phường cho dời loa, giảm âm lượng hoặc phát muộn hơn.

Mẫn Thị Thoa
""", topic="noise", unit=HK, cte="quoted-printable", **VISCII,
      why="A neighbourhood loudspeaker at 5:30 a.m., ward of Hoàn Kiếm named, VISCII.")

    L("thuyen-karaoke-ho-truc-bach", to=BD,
      sender=("Tong Van Hieu", "hieu.tongvan@example.com"),
      subject="thuyen hat karaoke tren ho Truc Bach den nua dem",
      text="""Kinh gui cac co quan

Tren ho Truc Bach may thang nay co thuyen cho khach hat karaoke di vong quanh ho den 12h dem, loa keo am thanh vong khap mat ho, nha ven ho ko ai ngu dc
De nghi kiem tra va cam hat karaoke tren thuyen ban dem
Hieu
""", topic="noise", unit=BD, place="ho Truc Bach",
      why="Karaoke boats on Trúc Bạch lake (Ba Đình) at night; the lake only.")


def water():
    L("nuoc-may-co-mui-tanh", to="so-xd",
      sender=("Lê Hoài Thương", "hoaithuong.le@example.com"),
      subject="Nước máy có mùi tanh và mùi thuốc tẩy nặng",
      text="""Kính gửi các cơ quan,

Gần hai tuần nay nước máy nhà tôi ở phường Ba Đình có mùi tanh như bùn, có hôm lại nồng mùi thuốc tẩy, đun sôi vẫn còn mùi. Hàng xóm cả ngõ đều bị, nhiều nhà phải mua nước bình để nấu ăn.
Đề nghị công ty cấp nước kiểm tra chất lượng nước và thông báo cho dân biết có dùng được không.

Lê Hoài Thương
""", topic="water", unit="so-xd",
      why="Tap water smelling of mud and chlorine; the ward is a decoy.")

    L("khu-tai-dinh-cu-chua-co-nuoc-sach", to="so-xd",
      sender=("Nguyen Thi Xuan", "xuan.nguyenthi.ss@example.com"),
      subject="khu dan cu moi chua co nuoc sach",
      text="""Kinh gui So Xay dung

Khu dan cu moi cua toi o xa Soc Son co 40 ho da o dc 2 nam nhung duong ong nuoc sach moi keo den dau khu, chua dau noi vao nha, dan van phai dung gieng khoan nuoc co mui sat
Dan da dang ky lap dong ho nuoc tu lau. De nghi don vi cap nuoc som keo ong vao
Xuan
""", topic="water", unit="so-xd",
      why="A new settlement still without piped water; the commune is a decoy.")

    L("be-nuoc-chung-cu-duc-cp1258", to="so-xd",
      sender=("Hứa Văn Đạt", "dat.huavan@example.org"),
      subject="Nước máy đục từ khi đổi nguồn cấp",
      text="""Kính gửi Sở Xây dựng,

Từ khi công ty nước đổi nguồn cấp cho khu nhà tôi cuối tháng 10, nước máy chảy ra đục màu vàng nhạt, để lắng có cặn. Bể nước của tòa nhà đã được thau rửa hai lần mà vẫn vậy.
Đề nghị kiểm tra chất lượng nước sạch cấp cho khu vực và trả lời dân.

Hứa Văn Đạt
""", topic="water", unit="so-xd", cte="base64", **CP1258,
      why="Murky tap water since a change of source, windows-1258 base64.")

    L("re-lich-cat-nuoc-bao-truoc-2-tieng", to="so-xd",
      sender=("Vuong Thi Nga", "nga.vuongthi@example.net"),
      subject="Re: tra loi ve viec cat nuoc",
      text="""Kinh gui So

Cong ty nuoc tra loi toi nhu ben duoi nhung thuc te lich cat nuoc chi dan len bang tin toa nha truoc 2 tieng, nha toi co nguoi benh ko kip tru nuoc. Thang nay cat 3 lan
De nghi bao truoc it nhat 1 ngay va nhan tin cho khach hang
Nga

> Cong ty tra loi:
> Lich tam ngung cap nuoc da duoc thong bao tren trang web cua cong ty.
""", topic="water", unit="so-xd", note="text/plain; a reply quoting the water company's answer",
      why="A reply (Re:, no case tag) about water cuts announced two hours ahead, sent to so-xd.")

    L("mat-nuoc-3-ngay-hang-be", to="so-xd",
      sender=("Quách Thị Thu", "thu.quachthi@example.com"),
      subject="Mất nước ba ngày liền",
      text="""Kính gửi Sở,

Nhà tôi ở phố Hàng Bè đã mất nước ba ngày liền, gọi tổng đài công ty nước thì chỉ hẹn. Cả dãy nhà phải xách nước từ nhà người quen.
Đề nghị công ty cấp nước khắc phục ngay và cho biết nguyên nhân.

Quách Thị Thu
""", topic="water", unit="so-xd",
      why="Three days without water; the street (Hàng Bè) decides nothing here: water is so-xd's.")


def power():
    L("no-tram-bien-ap-chung-cu", to="ubnd-tp",
      sender=("Ban quản trị tòa nhà Sông Hồng Residence", "bqt.songhongres@example.com"),
      subject="Nổ trạm biến áp, tòa nhà mất điện hai ngày",
      text="""Kính gửi UBND thành phố,

Ban quản trị tòa nhà xin báo: tối 29/11, trạm biến áp cấp điện cho tòa nhà phát nổ, bốc cháy, may không ai bị thương. Đến nay đã gần hai ngày tòa nhà 28 tầng với 450 hộ mất điện, thang máy ngừng, máy bơm nước không chạy, người già phải leo cầu thang.
Điện lực nói phải chờ máy biến áp mới. Đề nghị thành phố chỉ đạo ngành điện khôi phục cấp điện khẩn cấp, cho mượn máy phát.

Ban quản trị tòa nhà
""", topic="power", unit="ubnd-tp",
      why="An apartment building's management board after a transformer explosion (the lifts and pumps are decoys): power.")

    L("may-bien-ap-no-tan-minh", to="ubnd-tp",
      sender=("Dang Van Tuan", "tuan.dangvan.tm@example.net"),
      subject="may bien ap thon no 2 lan trong 1 thang",
      text="""Kinh gui UBND TP

May bien ap cuoi thon toi o xa Tan Minh cu thang nay no 2 lan, lan 2 toe lua chay ca day dien xuong ruong. Dien chap chon, den nhap nhay, may bom hong may cai
Dan so lam. De nghi dien luc thay may bien ap va kiem tra duong day
Tuan
""", topic="power", unit="ubnd-tp",
      why="A village transformer exploding twice; the former commune is a decoy: power.")

    L("day-dien-vong-qua-san-truong", to="ubnd-tp",
      sender=("Trịnh Minh Phúc", "phuc.trinhminh@example.com"),
      subject="Dây điện trung thế võng thấp qua sân trường mầm non",
      text="""Kính gửi Văn phòng UBND thành phố,

Đường dây điện trung thế chạy ngang phía trên sân chơi của một trường mầm non tư thục, dây võng thấp, gió to là đung đưa. Phụ huynh rất lo.
Đề nghị ngành điện kiểm tra hành lang an toàn lưới điện và nâng hoặc di dời đường dây.

Trịnh Minh Phúc
""", topic="power", unit="ubnd-tp", shape="html",
      why="A sagging medium-voltage line over a kindergarten yard (the school is a decoy), HTML only: power.")

    L("mat-dien-chieu-toi-mot-dong", to="ubnd-tp",
      sender=(None, "tuanh.k57@example.com"),
      subject="mat dien",
      text="""mat dien tu 2h chieu den gio 9h toi chua co lai, ngo nha e phuong Cau Giay, goi tong dai dien luc ko ai nghe may
""", topic="power", unit="ubnd-tp", mailer="iphone",
      why="One-line phone mail about a seven-hour power cut; the ward is a decoy.")

    L("chu-tro-thu-tien-dien-4000", to="ubnd-tp",
      sender=("Au Thi Kim Oanh", "kimoanh.au.sv@example.com"),
      subject="chu tro thu tien dien 4000d/so",
      text="""Kinh gui VP UBND TP

E la sinh vien thue tro, chu tro thu tien dien 4000d/so, gap doi gia dien sinh hoat, noi la "gia kinh doanh". E nghe noi nguoi thue tro dc ap gia dien bac thang nhu ho gia dinh
Mong dc biet gia dien dung cho nguoi thue tro va nhac nganh dien kiem tra viec ban lai dien
Oanh
""", topic="power", unit="ubnd-tp",
      why="A landlord reselling electricity at double the price: power; the tenancy is a decoy (residence).")


def roads():
    L("ho-dao-duong-bo-do-shipper", to="so-gtvt",
      sender=("Lo Van Hung", "hung.shipper@example.com"),
      subject="dao duong xong bo do 3 tuan, shipper nga",
      text="""Gui cac anh chi

E lam shipper, di tren pho Tran Thai Tong thay doan truoc SN 45 dao duong lam ong xong roi bo do 3 tuan nay, chi lap da dam, ko tra lai mat duong, ko rao chan, ko den canh bao. Toi qua e va 1 ban nua nga xe, goi CSGT thi bao ko phai viec cua ho
De nghi bat don vi thi cong tai lap mat duong ngay
Hung
""", topic="roads", unit="so-gtvt",
      why="A trench dug in a road and left unfinished, a shipper fell; the street decides nothing: roads.")

    L("khieu-nai-thanh-tra-so-gtvt-phat-xe-tai", to="thanh-tra",
      sender=("Công ty TNHH Vận tải Đức Phát", "vantai.ducphat@example.com"),
      subject="Khiếu nại quyết định xử phạt xe tải của Thanh tra Sở Giao thông vận tải",
      text="""Kính gửi Thanh tra thành phố,

Công ty chúng tôi nhận Quyết định xử phạt số 1502/QĐ-XPHC của Chánh Thanh tra Sở Giao thông vận tải, phạt 40 triệu đồng vì xe chở quá tải 35%. Phiếu cân tại trạm cân lưu động không có kiểm định còn hạn, cân tại trạm cố định ngay sau đó chỉ vượt 6%.
Chúng tôi khiếu nại quyết định này và đề nghị Sở Giao thông vận tải xem xét lại.

Giám đốc Công ty TNHH Vận tải Đức Phát
""", topic="roads", unit="so-gtvt", letter="complaint",
      why="Complaint about a fine of so-gtvt's inspectorate for an overloaded truck, sent to the city inspectorate (a decoy): so-gtvt.")

    L("go-giam-toc-qua-cao-duong-lien-xa", to="so-gtvt",
      sender=("Phi Van Luc", "luc.phivan@example.org"),
      subject="go giam toc qua cao tren duong lien xa",
      text="""Gui cac anh chi

Tren duong lien xa qua thon toi nguoi ta lam 5 cai go giam toc bang xi mang cao gan 15 cm, ko son vach, ban dem ko nhin thay. Thang nay da co 3 vu nga xe may, 1 xe cho hang gay truc
De nghi ha go giam toc cho dung quy chuan va son canh bao
Luc
""", topic="roads", unit="so-gtvt",
      why="Speed bumps built too high on an inter-commune road.")

    L("khe-co-gian-cau-vuot-bong-bat", to="so-gtvt",
      sender=("Giáp Văn Trường", "truong.giapvan@example.com"),
      subject="Khe co giãn cầu vượt bị bong, xe máy đi qua rất nguy hiểm",
      text="""Kính gửi Sở Giao thông vận tải,

Khe co giãn ở đầu cầu vượt gần nhà tôi bị bong một đoạn thép, hở ra một rãnh sâu, xe máy đi qua bị xóc mạnh, tối qua có người ngã. Tiếng xe tải đi qua nghe rầm rầm cả đêm.
Đề nghị cơ quan quản lý cầu đường sửa chữa ngay.

Giáp Văn Trường
""", topic="roads", unit="so-gtvt",
      why="A broken expansion joint on a flyover; the night-time din is a decoy (noise).")

    L("quoc-lo-3-o-ga-bui-dai", to="so-gtvt",
      sender=("Nguyen Dinh Hoe", "hoe.nguyendinh@example.com"),
      subject="o ga va bui tren doan quoc lo qua nha toi",
      text="""Kinh gui So GTVT

Toi nam nay 71 tuoi, nghi huu da lau, nha o ven Quoc lo 3 doan qua Soc Son. Toi viet thu nay vi ko biet keu ai nua. Doan dduowng truoc nha toi tu sau mua mua nam ngoai da bi lun, nut, roi thanh o ga, co cai sau den mat ca chan. Xe tai cho dat cho da chay suot ngay dem, lao vao o ga la nghe rung ca nha, bat tung da len
Nam ngoai co doi sua chua den va o ga, duoc dung 2 thang lai vo, vi ho chi do nhua nguoi len tren ma ko lam lop duoi. Toi co goi dien duong day nong may lan, lan nao cung ghi nhan. Thang truoc mot chau di xe dap hoc ve sa xuong o ga nga, dau goi be bet mau, toi phai dat vao nha rua vet thuong
Ngoai o ga thi con bui, mua kho xe chay qua bui mu mit, nha nao ven duong cung phai dong cua suot, nhung cai do thi thoi toi ko dam keu nhieu, chi mong sua cai mat duong cho dan di lai an toan
De nghi So cho nguoi xuong xem va sua lai cho tu te, lam ca lop nen
Nguyen Dinh Hoe
""", topic="roads", unit="so-gtvt",
      why="A long rambling letter of a pensioner about potholes on Quốc lộ 3; dust and the commune are decoys.")


def illegal_construction():
    L("khieu-nai-cuong-che-pha-do-tang-4", to=BD,
      sender=("Lưu Quang Thái", "thai.luuquang@example.net"),
      subject="Khiếu nại quyết định cưỡng chế tháo dỡ tầng 4",
      text="""Kính gửi UBND phường,

Gia đình tôi nhận quyết định cưỡng chế tháo dỡ phần tầng 4 xây sai phép, hạn thi hành 10 ngày. Phần tầng 4 chỉ là mái tôn che để phơi đồ, không có tường, gia đình đã xin được điều chỉnh giấy phép và đang chờ Sở trả lời.
Tôi khiếu nại quyết định cưỡng chế này, đề nghị tạm dừng cưỡng chế cho đến khi có kết quả điều chỉnh giấy phép.

Lưu Quang Thái
""", topic="illegal_construction", unit=BD, letter="complaint",
      why="Complaint about a demolition order that names no issuer: the receiving ward, Ba Đình; the permit amendment is a decoy.")

    L("khieu-nai-qd-phat-cua-phuong-hang-dao-cu", to="so-xd",
      sender=("Le Van Thuan", "thuan.levan.hd@example.com"),
      subject="khieu nai QD xu phat xay dung cua UBND phuong Hang Dao nam 2024",
      text="""Kinh gui So Xay dung

Thang 3/2024 UBND phuong Hang Dao (cu) ra QD so 12/QD-XPHC phat toi 30 trieu va buoc thao do phan ban cong xay vuot ra. Toi da thao do nhung phuong moi sau sap nhap van doi toi nop phat them tien cham thi hanh
Toi khieu nai QD xu phat do vi ban cong da thao dung han, co bien ban nghiem thu cua TDP
Thuan
""", topic="illegal_construction", unit=HK, place="phuong Hang Dao", letter="complaint",
      why="Complaint about a 2024 penalty of the former ward of Hàng Đào: its successor Hoàn Kiếm; sent to so-xd.")

    L("nha-xay-them-tang-yen-ninh", to=BD,
      sender=("Hàn Thị Phượng", "phuong.hanthi@example.com"),
      subject="Nhà bên cạnh đang đổ thêm tầng 5 không phép",
      text="""Kính gửi UBND phường,

Ngôi nhà sát nhà tôi trên phố Yên Ninh có giấy phép 4 tầng, nay đang ban đêm đổ bê tông thêm tầng 5 và tum, quây bạt kín. Tường nhà tôi đã nứt.
Đề nghị kiểm tra, đình chỉ phần xây dựng vượt phép.

Hàn Thị Phượng
""", topic="illegal_construction", unit=BD, place="phố Yên Ninh",
      why="A neighbour building an extra floor beyond the permit on Yên Ninh (Trúc Bạch, Ba Đình); street only.")

    L("to-cao-lap-ao-xay-kho-tan-minh", to=SS,
      sender=("Ha Van Duc", "duc.havan.ss@example.net"),
      subject="to cao ho dan lap ao xay nha kho trai phep",
      text="""Kinh gui UBND xa

Toi to cao 1 ho dan o xa Tan Minh cu dang lap ao cua ho roi xay 1 nha kho khung thep rong gan 300 m2 de cho thue, ko co giay phep xay dung. Lam ca ngay ca dem, to dan pho nhac nhung ko dung
De nghi kiem tra, dinh chi
Duc
""", topic="illegal_construction", unit=SS, place="Tan Minh", letter="denunciation",
      why="Denunciation of a household filling a pond to build a warehouse without a permit: the commune's case, not thanh-tra; only the former commune of Tân Minh locates it.")

    L("cong-trinh-sai-phep-canh-chua-ha", to=CG,
      sender=("Tiêu Minh Khang", "khang.tieuminh@example.com"),
      subject="Công trình xây sai phép trên phố Chùa Hà",
      text="""Kính gửi các cơ quan,

Trên phố Chùa Hà có một công trình khách sạn mini, biển báo ghi giấy phép 7 tầng nhưng nay đã lên đến tầng 9 và đang làm tiếp, phần đua ra vượt chỉ giới.
Đề nghị cơ quan có thẩm quyền kiểm tra và xử lý công trình sai phép.

Tiêu Minh Khang
""", topic="illegal_construction", unit=CG, place="phố Chùa Hà",
      why="A mini-hotel two floors beyond its permit on Chùa Hà street (Quan Hoa, Cầu Giấy); street only.")

    L("chuong-cop-tap-the-dich-vong", to=CG,
      sender=("Bach Thi Van", "van.bachthi@example.org"),
      subject="nha tap the co nguoi coi noi xay phong tren tang thuong",
      text="""Kinh gui UBND phuong

Khu tap the cua toi o phuong Dich Vong cu, ho tang 5 dang coi noi xay them 1 phong tren san thuong chung, lan ca khu phoi do cua ca cau thang. Mai nha tap the da cu, toi so sap
Xin cho kiem tra va buoc thao do
Van
""", topic="illegal_construction", unit=CG, place="phuong Dich Vong",
      why="A rooftop room built on a collective building in the former ward of Dịch Vọng (Cầu Giấy).")


def encroachment():
    L("khieu-nai-phat-tho-may-lan-via-he", to=BD,
      sender=("Mẫn Văn Quý", "quy.manvan.thomay@example.com"),
      subject="Khiếu nại quyết định phạt tiệm may lấn chiếm vỉa hè",
      text="""Kính gửi Chủ tịch UBND phường,

Tôi làm thợ may, tiệm nhỏ 12 m2. UBND phường Ba Đình ra quyết định xử phạt tôi 2 triệu đồng vì "lấn chiếm vỉa hè để kinh doanh", trong khi tôi chỉ treo một ma-nơ-canh sát cửa, không chiếm phần vỉa hè nào cho người đi bộ.
Tôi khiếu nại quyết định xử phạt của UBND phường Ba Đình, đề nghị xem xét lại.

Mẫn Văn Quý
""", topic="encroachment", unit=BD, letter="complaint",
      why="A tailor's complaint about the ward of Ba Đình's pavement fine, issuer named, sent to the issuer.")

    L("ngo-165-xuan-thuy-bi-chiem", to=CG,
      sender=("Vu Dinh Nam", "nam.shipper.grab@example.com"),
      subject="ngo 165 Xuan Thuy bi chiem het, ko di dc",
      text="""Chao cac anh chi

E chay giao hang, ngay nao cung vao ngo 165 Xuan Thuy, ae shipper ai cung ngan. Quan cafe va quan nhau bay ban ghe ra kin ca long ngo, xe may khach de 2 ben, o to con do chan dau ngo, xe e phai de ngoai di bo vao, mat hang cung ko biet keu ai, lam j dc
De nghi dep chiem dung ngo cho nguoi ta di
Nam
""", topic="encroachment", unit=CG, place="ngo 165 Xuan Thuy",
      why="Cafés and parked bikes fill lane 165 Xuân Thủy (Cầu Giấy), a courier writing; the lane only.")

    L("rap-dam-cuoi-chiem-pho-gia-ngu", to=HK,
      sender=("Thạch Thị Ngọc", "ngoc.thachthi@example.com"),
      subject="Dựng rạp đám cưới chiếm hết lòng phố Gia Ngư ba ngày",
      text="""Kính gửi các cơ quan,

Một nhà trên phố Gia Ngư dựng rạp đám cưới chiếm toàn bộ lòng phố và vỉa hè ba ngày liền, xe máy không đi qua được, người dân phải vòng đường khác, xe cứu thương cũng không vào được.
Đề nghị kiểm tra việc cấp phép sử dụng tạm thời lòng đường, vỉa hè và xử lý.

Thạch Thị Ngọc
""", topic="encroachment", unit=HK, place="phố Gia Ngư",
      why="A wedding tent occupying Gia Ngư street (Hàng Bạc, Hoàn Kiếm) for three days; street only.")

    L("cho-coc-truoc-cho-soc-son", to=SS,
      sender=("Nguyen Thi Thom", "thom.nguyenthi.ss@example.org"),
      subject="ban hang tran ra duong truoc cho Soc Son",
      text="""Kinh gui cac anh chi

Sang nao truoc cong cho Soc Son nguoi ban rau, ban ca cung bay hang tran xuong long duong, o to phai di sat vao xe may, tuan truoc co vu va cham
De nghi don dep de nguoi ban vao trong cho
Thom
""", topic="encroachment", unit=SS, place="cho Soc Son",
      why="Vendors spilling onto the road outside Sóc Sơn market; the market only.")

    L("fwd-cua-hang-hang-thung-bay-hang", to=HK,
      sender=("Tô Thị Kim Liên", "kimlien.tothi@example.net"),
      text="""Kính gửi các anh chị,

Tôi gửi lại thư đã gửi Công an thành phố, chưa thấy ai xử lý.

Kim Liên
""", subject="Fwd: Cửa hàng bày hàng kín vỉa hè phố Hàng Thùng",
      fwd=dict(sender=("Tô Thị Kim Liên", "kimlien.tothi@example.net"),
               to="phananh@congan.hanoi.example.vn", date=mr.D(1115, 16, 5),
               subject="Cửa hàng bày hàng kín vỉa hè phố Hàng Thùng",
               text="""Kính gửi Công an thành phố,

Mấy cửa hàng đồ điện trên phố Hàng Thùng bày quạt, tủ lạnh kín vỉa hè, có nhà còn kê cả xuống lòng đường. Tôi đẩy xe lăn cho mẹ phải đi dưới lòng đường giữa ô tô.
Đề nghị xử lý lấn chiếm vỉa hè.

Tô Thị Kim Liên
"""), form="fwd", topic="encroachment", unit=HK, place="phố Hàng Thùng",
      why="Forwarded (message/rfc822) letter on shops covering the pavement of Hàng Thùng (Hoàn Kiếm); the street, in the original only.")

    L("photo-tra-da-truong-phan-dinh-phung", to=BD,
      sender=("Ly Thi Hang", "hang.lythi.ph@example.com"),
      subject="via he truoc cong Truong THPT Phan Dinh Phung bi quan tra da chiem het",
      root=m2.photo("IMG_20261201_1712.jpg", 110, "via he"),
      topic="encroachment", unit=BD, place="Truong THPT Phan Dinh Phung", snippet=None,
      mailer="iphone", note="multipart/mixed: empty text/plain + one JPEG; the subject is all the text",
      why="Photo-only letter: tea stalls on the pavement before Phan Đình Phùng high school (Ba Đình); the school only.")


def harassment():
    L("to-cao-trat-tu-do-thi-giu-hang", to=HK,
      sender=("Trieu Van Long", "long.shipper.hk@example.com"),
      subject="to cao doi trat tu do thi phuong giu hang doi tien",
      text="""Kinh gui cac co quan

Toi la shipper, hom 26/11 dung xe 2 phut de giao hang thi bi may can bo doi trat tu do thi cua UBND phuong Hoan Kiem thu ca thung hang cua khach, ko lap bien ban. 1 nguoi noi nop 500k thi tra ngay, ko thi len phuong lam viec cho 1 tuan
Toi to cao viec voi tien nay
Long
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A courier denounces ward public-order officers seizing goods and asking 500k, sent to the accused ward: thanh-tra.")

    L("to-cao-can-bo-so-gtvt-giay-phep-dao-duong", to="so-gtvt",
      sender=("Văn Đức Mạnh", "manh.vanduc.xd@example.com"),
      subject="Tố cáo cán bộ đòi tiền khi cấp phép đào đường",
      text="""Kính gửi Sở Giao thông vận tải,

Công ty tôi thi công đấu nối cấp nước cho một khu nhà, nộp hồ sơ xin giấy phép thi công trên đường bộ đang khai thác. Một chuyên viên của Sở gọi điện nói "muốn nhanh thì gửi 15 triệu", nếu không hồ sơ "còn phải bổ sung nhiều".
Tôi tố cáo hành vi này và đề nghị người bị tố cáo không tiếp tục xử lý hồ sơ của công ty tôi.

Văn Đức Mạnh
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a so-gtvt official asking 15 million for a road-works permit, sent to the accused Sở: thanh-tra.")

    L("to-cao-thanh-tra-vien-so-xd-nghiem-thu", to="thanh-tra",
      sender=("Khúc Thành Đạt", "dat.khucthanh@example.org"),
      subject="Tố cáo cán bộ Sở gợi ý tiền để ký biên bản kiểm tra",
      text="""Kính gửi Thanh tra thành phố,

Tôi là chỉ huy trưởng một công trình nhà ở có giấy phép xây dựng đầy đủ. Khi kiểm tra công trình, một cán bộ của Sở nói "anh em đi lại vất vả", ám chỉ phải có phong bì mới ký biên bản không vi phạm; chúng tôi không đưa thì bị lập biên bản vì lỗi che chắn.
Tôi tố cáo hành vi nhũng nhiễu này.

Khúc Thành Đạt
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a so-xd inspector hinting at an envelope; the building permit is a decoy.")

    L("to-cao-canh-sat-khu-vuc-doi-tien-thuong-tru", to="thanh-tra",
      sender=("Phan Van Khoi", "khoi.phanvan.jp@example.com"),
      subject="to cao can bo doi tien de lam nhanh dang ky thuong tru",
      text="""Kinh gui Thanh tra TP

Toi di lam o Nhat 6 nam moi ve, nop ho so dang ky thuong tru lai tai nha bo me. Can bo tiep nhan ho so bao phai "xac minh lau lam", roi nhan tin rieng noi gui 3 trieu thi tuan sau co ket qua
Toi to cao viec nay, co chup lai tin nhan
Khoi
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A returnee denounces a police clerk asking 3 million to speed up residence registration; residence is a decoy.")

    L("to-cao-can-bo-xa-hoi-giu-tien-tro-cap", to="thanh-tra",
      sender=("Đinh Thị Thu Trang", "thutrang.dinh.me@example.com"),
      subject="Tố cáo cán bộ giữ lại một phần tiền trợ cấp khuyết tật của con tôi",
      text="""Kính gửi Thanh tra thành phố,

Tôi ở phường Ba Đình. Con tôi 9 tuổi, khuyết tật nặng, hưởng trợ cấp xã hội hằng tháng. Từ tháng 7, cán bộ phụ trách lao động - xã hội của phường chi cho tôi bằng tiền mặt và mỗi lần giữ lại 200 nghìn, nói là "phí làm hồ sơ". Tôi ký nhận đủ số tiền trên giấy.
Tôi tố cáo việc làm này, đề nghị làm rõ và trả lại tiền cho cháu.

Đinh Thị Thu Trang
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A mother denounces the ward's social-affairs officer for keeping part of a disability allowance; the allowance (other) and the ward are decoys.")

    L("to-cao-can-bo-tu-phap-doi-tien-khai-sinh", to="thanh-tra",
      sender=("Cù Thị Diệp", "diep.cuthi.yta@example.net"),
      subject="Tố cáo cán bộ tư pháp phường đòi tiền làm khai sinh",
      text="""Kính gửi Thanh tra thành phố,

Tôi là điều dưỡng, đi làm ca đêm, không có thời gian chờ. Cán bộ tư pháp - hộ tịch phường Cầu Giấy bảo đăng ký khai sinh cho con tôi phải chờ 5 ngày, "gửi 500 nghìn thì chiều có". Đăng ký khai sinh là miễn lệ phí và trả ngay trong ngày.
Tôi tố cáo việc vòi tiền này.

Cù Thị Diệp
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A nurse denounces the ward's civil-status officer asking 500k for a birth registration; khai sinh and the ward are decoys.")

    L("pdf-to-cao-can-bo-xa-nhan-tien-hut-cat", to=SS,
      sender=("Ngo Van Sau", "sau.ngovan.ho@example.com"),
      subject="don to cao",
      root=mr.mixed([mr.pdf_attachment([
          "DON TO CAO",
          "Kinh gui: Thanh tra thanh pho Ha Noi",
          "Toi la nguoi danh ca tren ho Dong Quan hon 20 nam. Tu thang 8, dem nao cung co",
          "tau hut cat tren ho. Toi thay can bo dia chinh va mot pho chu tich UBND xa Soc Son",
          "ra bo ho nhan phong bi cua chu tau. Dan bao len xa thi ko ai xu ly.",
          "Toi to cao cac can bo tren nhan tien de bao ke cho hut cat trai phep.",
          "Nguoi to cao: Ngo Van Sau"], "don-to-cao-hut-cat.pdf", "Don to cao")],
          style="apple"),
      topic="harassment", unit="thanh-tra", letter="denunciation", snippet=None, mailer="iphone",
      note="multipart/mixed: only a scanned letter as PDF, no body part",
      why="Attachment-only denunciation (PDF) by a lake fisherman of commune officials protecting sand dredgers, sent to the accused commune: thanh-tra.")

    L("fwd-to-cao-can-bo-dat-dai-doi-tien", to="so-tnmt",
      sender=("Tang Van Phuc", "phuc.tangvan@example.net"),
      text="""Kinh gui So

Toi gui lai don to cao da gui UBND TP de So biet, de nghi ko giao cho nguoi bi to cao giai quyet.
Phuc
""", subject="Fwd: to cao can bo van phong dang ky dat dai doi tien",
      fwd=dict(sender=("Tang Van Phuc", "phuc.tangvan@example.net"),
               to="phananh@vpubnd.hanoi.example.vn", date=mr.D(1112, 9, 30),
               subject="to cao can bo van phong dang ky dat dai doi tien",
               text="""Kinh gui UBND thanh pho

Toi to cao 1 can bo van phong dang ky dat dai thuoc So TNMT. Ho so cap so do cua toi bi giu 4 thang, can bo nay hen gap ngoai quan cafe va doi 20 trieu de "day ho so". Toi co ghi am
De nghi xu ly nghiem
Phuc
"""), form="fwd", cte="7bit", charset="us-ascii", topic="harassment", unit="thanh-tra",
      letter="denunciation",
      why="Forwarded (message/rfc822) denunciation of a so-tnmt land-registry officer asking 20 million, sent to the accused Sở: thanh-tra; sổ đỏ is a decoy.")

    L("mot-cua-goi-y-boi-duong-chung-thuc", to="thanh-tra",
      sender=("Lương Thị Bảo Ngọc", "baongoc.luong@example.com"),
      subject="Cán bộ một cửa gợi ý bồi dưỡng để lấy bản sao chứng thực trong ngày",
      text="""Kính gửi Thanh tra thành phố,

Tôi nộp ở bộ phận một cửa phường Hoàn Kiếm 30 bản sao cần chứng thực, cán bộ bảo hẹn ba ngày sau, rồi nói nhỏ "chị bồi dưỡng cho anh em một ít thì chiều lấy". Tôi không đưa và phải chờ ba ngày thật.
Tôi phản ánh để chấn chỉnh thái độ vòi vĩnh của cán bộ này.

Lương Thị Bảo Ngọc
""", topic="harassment", unit="thanh-tra",
      why="A one-stop clerk hinting at a tip for same-day certified copies (vòi vĩnh, feedback, not a tố cáo); chứng thực and the ward are decoys.")


def regulation():
    L("gop-y-du-thao-phi-su-dung-via-he", to="so-tp",
      sender=("Đặng Thu Phương", "thuphuong.dang@example.com"),
      subject="Góp ý dự thảo nghị quyết thu phí sử dụng tạm thời vỉa hè",
      text="""Kính gửi các cơ quan,

Tôi đọc dự thảo nghị quyết quy định mức thu phí sử dụng tạm thời một phần lòng đường, vỉa hè đang lấy ý kiến. Mức phí tính theo m2 mỗi tháng như nhau cho phố cổ và ngoại thành là chưa hợp lý; dự thảo cũng chưa nói rõ tiền phí dùng vào việc gì.
Đề nghị ban soạn thảo chia mức phí theo khu vực và công khai việc sử dụng tiền phí.

Đặng Thu Phương
""", topic="regulation", unit="so-tp",
      why="Comments on a draft sidewalk-fee resolution; vỉa hè is a decoy (encroachment).")

    L("de-nghi-bo-cong-chung-hop-dong-thue", to="so-tp",
      sender=("Ton That Minh", "minh.tonthat@example.org"),
      subject="kien nghi bo yeu cau cong chung hop dong thue nha khi dang ky kinh doanh",
      text="""Kinh gui So

Toi kien nghi bo quy dinh bat nguoi dang ky ho kinh doanh nop hop dong thue nha co cong chung. Thue 1 ki ot nho 6 thang ma cong chung mat 1 trieu, chu nha lai ko chiu di cung. Luat chi can giay to hop phap ve dia diem
De nghi sua quy dinh nay cho don gian
Minh
""", topic="regulation", unit="so-tp",
      why="A proposal to drop a notarised lease from business registration (a rule); business registration is a decoy.")

    L("gop-y-du-thao-gio-karaoke", to="so-tp",
      sender=("Kha Thị Ngọc Diệp", "ngocdiep.kha@example.net"),
      subject="Góp ý dự thảo quy định giờ hoạt động karaoke, quán bar",
      text="""Kính gửi các cơ quan,

Về dự thảo quy định giờ hoạt động của các cơ sở karaoke, quán bar trong khu phố cổ đang lấy ý kiến: tôi đề nghị ghi rõ giờ kết thúc là 24 giờ cả ngày cuối tuần, vì dự thảo để "theo đăng ký của cơ sở" thì rất khó kiểm tra.
Dự thảo cũng nên nói rõ cơ quan nào đo tiếng ồn và mức phạt khi tái phạm.

Kha Thị Ngọc Diệp
""", topic="regulation", unit="so-tp",
      why="Comments on a draft regulation on karaoke and bar hours; noise and the old quarter are decoys.")

    L("gop-y-du-thao-phi-rac-theo-khoi-luong", to="so-tp",
      sender=("Mac Van Tien", "tien.macvan@example.com"),
      subject="gop y du thao quy dinh gia dich vu thu gom rac theo khoi luong",
      text="""Kinh gui So Tu phap

Ve du thao quy dinh gia dich vu thu gom, van chuyen rac thai sinh hoat tinh theo khoi luong, toi gop y: nha dong nguoi nhung thu nhap thap se phai tra nhieu, trong khi quan an thai nhieu thi chi tinh nhu ho gia dinh
De nghi co muc rieng cho ho kinh doanh va mien giam cho ho ngheo
Tien
""", topic="regulation", unit="so-tp",
      why="Comments on a draft fee rule for household waste by weight; rác is a decoy.")


def compliment():
    L("cam-on-cong-an-dua-cu-ong-lac-duong", to="ca-tp",
      sender=("Đàm Thị Liễu", "lieu.damthi@example.com"),
      subject="Cảm ơn các chiến sĩ công an đã đưa bố tôi về nhà",
      text="""Kính gửi Công an thành phố,

Bố tôi 84 tuổi bị sa sút trí nhớ, chiều 24/11 đi lạc từ nhà ra bến xe. Tổ công tác của Công an thành phố gặp ông lúc 11 giờ đêm, cho ông ăn, tra căn cước điện tử và đưa ông về tận nhà.
Gia đình tôi xin gửi lời cảm ơn chân thành đến các anh.

Đàm Thị Liễu
""", topic="compliment", unit="ca-tp",
      why="Thanks to the city police for bringing a lost old man home; căn cước is a decoy.")

    L("cam-on-xa-soc-son-lam-giay-tai-nha", to="ubnd-tp",
      sender=("Vu Van Thang", "thang.vuvan.ss@example.net"),
      subject="cam on can bo xa Soc Son",
      text="""Kinh gui UBND TP

Con toi bi liet 2 chan ko di dc, toi xin cam on cac can bo bo phan mot cua UBND xa Soc Son da den tan nha lam ho so va tra ket qua cho chau ma ko lay 1 dong nao
Mong thanh pho khen ngoi cac ban
Thang
""", topic="compliment", unit=SS,
      why="Thanks to the commune of Sóc Sơn's one-stop staff for coming to a disabled child's home, sent to the city office.")

    L("cam-on-doi-thoat-nuoc-thong-cong-dem-nfd", to="so-xd",
      sender=("Lê Thị Minh Hòa", "minhhoa.lethi@example.com"),
      subject="Cảm ơn đội thoát nước đã thông cống trong đêm",
      text="""Kính gửi Sở Xây dựng,

Đêm 30/11 cống trong ngõ nhà tôi tắc, nước ngập vào nhà. Tôi gọi đường dây nóng lúc 10 giờ tối, 40 phút sau đội công nhân thoát nước đã đến, làm đến 2 giờ sáng thì thông.
Xin cảm ơn Sở và các anh công nhân.

Lê Thị Minh Hòa
""", topic="compliment", unit="so-xd", form="nfd", cte="8bit",
      why="Thanks to so-xd's drainage crew for clearing a sewer at night, NFD; the flooding is a decoy.")

    L("cam-on-doan-thanh-tra", to="thanh-tra",
      sender=("Nguyen Van Hop", "hop.nguyenvan@example.org"),
      subject="cam on doan thanh tra",
      text="""Kinh gui Thanh tra thanh pho

Toi la nguoi gui don to cao hoi thang 6. Doan thanh tra da xac minh ky, goi toi len lam viec dung hen, giu bi mat danh tinh va tra loi ket qua ro rang. Toi xin cam on cac anh chi
Hop
""", topic="compliment", unit="thanh-tra",
      why="Thanks to the city inspectorate for handling an earlier denunciation; tố cáo is a decoy.")


def other():
    L("truong-tu-choi-hoc-hoa-nhap", to="ubnd-tp",
      sender=("Phó Thị Mỹ Hạnh", "myhanh.pho@example.com"),
      subject="Con tôi bị từ chối vào lớp hòa nhập",
      text="""Kính gửi các cơ quan,

Con tôi 6 tuổi, mắc hội chứng tự kỷ mức độ nhẹ, đã có giấy xác nhận khuyết tật. Trường tiểu học đúng tuyến nhà tôi từ chối nhận cháu vào lớp 1, nói "không có giáo viên hòa nhập".
Theo tôi biết trẻ khuyết tật có quyền học hòa nhập. Đề nghị ngành giáo dục bố trí chỗ học cho cháu.

Phó Thị Mỹ Hạnh
""", topic="other", unit="ubnd-tp",
      why="A primary school refusing a child with autism (education: other).")

    L("cong-dich-vu-cong-khong-dang-nhap", to="ubnd-tp",
      sender=("Do Thi Hien", "hien.dothi@example.com"),
      subject="cong dich vu cong ko dang nhap dc bang VNeID",
      text="""Chao cac anh chi

3 ngay nay e ko dang nhap dc cong dich vu cong cua thanh pho bang tai khoan dinh danh dien tu, bam dang nhap xong quay vong roi bao loi he thong. E can nop ho so gap
Mn kiem tra giup cong
Hien
""", topic="other", unit="ubnd-tp",
      why="The city's online portal failing at login (the portal: other); VNeID is a decoy (residence).")

    L("tro-cap-nguoi-cao-tuoi-cham-cp1258", to="ubnd-tp",
      sender=("Bế Văn Sinh", "sinh.bevan@example.net"),
      subject="Trợ cấp người cao tuổi của mẹ tôi chậm ba tháng",
      text="""Kính gửi UBND thành phố,

Mẹ tôi năm nay 82 tuổi, ở phường Hoàn Kiếm, hưởng trợ cấp xã hội cho người cao tuổi. Ba tháng nay không nhận được tiền, hỏi bưu điện thì bảo chưa có danh sách chi trả.
Đề nghị kiểm tra và chi trả cho mẹ tôi.

Bế Văn Sinh
""", topic="other", unit="ubnd-tp", cte="8bit", **CP1258,
      why="An old-age allowance three months late (social allowances: other), windows-1258; the ward is a decoy.")

    L("txt-xin-mo-lop-day-boi", to="ubnd-tp",
      sender=("Hoang Van Chien", "chien.hoangvan@example.org"),
      subject="kien nghi",
      root=mr.mixed([mr.text_part("", charset="utf-8", cte="7bit"),
                     mr.text_attachment("""DON KIEN NGHI

Kinh gui: UBND thanh pho Ha Noi

He nao cung co tre em duoi nuoc o ao, ho quanh xa Soc Son. Truong hoc o day ko co be boi, tre khong biet boi.
Toi kien nghi thanh pho cho mo lop day boi mien phi cho hoc sinh tieu hoc va lam be boi di dong cho cac truong.

Hoang Van Chien
""", "kien-nghi.txt")], style="apple"),
      topic="other", unit="ubnd-tp", snippet=None, mailer="iphone",
      note="multipart/mixed: empty text/plain + the letter as a text/plain attachment",
      why="Attachment-only letter (.txt) asking for free swimming lessons for pupils (education: other); the commune is a decoy.")

    L("dieu-duong-bi-hanh-hung-cap-cuu", to="ubnd-tp",
      sender=("Triệu Thị Hồng Nhung", "hongnhung.trieu.dd@example.com"),
      subject="Điều dưỡng trực đêm bị người nhà bệnh nhân đánh",
      text="""Kính gửi UBND thành phố,

Tôi là điều dưỡng khoa cấp cứu của một bệnh viện, làm ca đêm đã 11 năm. Tôi viết thư này sau khi một đồng nghiệp của tôi bị người nhà bệnh nhân đánh gãy mũi lúc 2 giờ sáng tuần trước, chỉ vì chị đề nghị họ chờ bác sĩ khám cho một ca nặng hơn.
Đây không phải lần đầu. Trong năm nay khoa tôi đã có bốn lần bị hành hung, chửi bới, một lần có người mang dao vào. Bảo vệ ban đêm chỉ có hai người cho cả bệnh viện, camera hỏng mấy tháng chưa sửa. Chúng tôi đi làm mà lúc nào cũng sợ.
Nhiều bạn trẻ đã xin nghỉ việc. Ca đêm đã thiếu người, nay càng thiếu, người bệnh phải chờ lâu hơn, người nhà lại càng bức xúc, cứ thế xoay vòng.
Tôi không biết phải gửi đến ai, nên gửi UBND thành phố. Đề nghị thành phố chỉ đạo ngành y tế tăng bảo vệ ở khoa cấp cứu ban đêm, có đường dây báo động với công an khu vực, và xử lý nghiêm những người hành hung nhân viên y tế.

Triệu Thị Hồng Nhung
""", topic="other", unit="ubnd-tp",
      why="A long letter of an emergency nurse about violence against night-shift health workers (health: other); công an is a decoy.")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else HERE
    for group in (land, business, residence, civil_status, construction_permit, certification,
                  garbage, flooding, noise, water, power, roads, illegal_construction,
                  encroachment, harassment, regulation, compliment, other):
        group()
    m2.write_batch(FIRST, LAST, out_dir)
    mr.summary()


if __name__ == "__main__":
    main()
