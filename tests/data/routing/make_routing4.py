#!/usr/bin/env python3
"""Generate the fourth held-out routing batch: letters 501-600 of tests/data/routing.

Written on 6 December 2026 by a fourth engineer on hotline who wrote neither the default rules nor
the first three batches (001-176 make_routing.py, 201-320 make_routing2.py, 401-500
make_routing3.py), for issue 15 item 5.  Writes NNN-short-name.eml + NNN-short-name.json for NNN in
501..600 into the folder given as the first argument (default: the folder this script lives in),
removing only earlier files of that range.  Standard library only and deterministic (its own fixed
seed 20261226, fixed dates): two runs give byte-identical files.

The MIME writing is make_routing.py's and the NFD and forward helpers are make_routing2.py's,
imported, so all batches are written the same way (see README: the fourth batch).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_routing as mr  # noqa: E402  (the MIME writer of the first batch)
import make_routing2 as m2  # noqa: E402  (NFD, photo and forward helpers of the second batch)

FIRST = 501
LAST = 600
mr.SEED = 20261226
mr.CTX = mr.Ctx()
mr.BASE_DATE = datetime.datetime(2026, 11, 24, 0, 0, 0,
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
L = m2.L
HK, BD, CG, SS, CP1258, VISCII = m2.HK, m2.BD, m2.CG, m2.SS, m2.CP1258, m2.VISCII


# =============================================================================================
# The letters (501-600).  Labels follow the routing table of the corpus README with its December
# 2026 additions (repeated in this folder's README).  A place decides only when it lies wholly in
# one sample unit since the 1 July 2025 merger (the writer's own knowledge of Hà Nội).
# =============================================================================================
def land():
    L("khieu-nai-so-tnmt-thu-hoi-gcn-da-cap", to="ubnd-tp",
      sender=("Khúc Thị Ngọc Lan", "ngoclan.khuc@example.com"),
      subject="Khiếu nại quyết định thu hồi Giấy chứng nhận đã cấp cho gia đình tôi",
      text="""Kính gửi Văn phòng UBND thành phố,

Ngày 18/11/2026 gia đình tôi nhận Quyết định số 4410/QĐ-STNMT của Sở Tài nguyên và Môi trường thu hồi Giấy chứng nhận quyền sử dụng đất đã cấp năm 2019, với lý do "cấp chồng lấn ranh giới thửa đất liền kề".
Ranh giới nhà tôi không thay đổi từ năm 1995, hàng xóm cũng ký biên bản không tranh chấp. Tôi làm đơn khiếu nại quyết định này, đề nghị Sở đo đạc lại tại chỗ có mặt hai nhà trước khi thu hồi.

Khúc Thị Ngọc Lan
""", topic="land", unit="so-tnmt", letter="complaint",
      why="Complaint about so-tnmt's decision revoking an issued land certificate (issuer named with the number), sent to the city office.")

    L("khieu-nai-phuong-an-boi-thuong-mo-duong", to=SS,
      sender=("Dam Van Hoi", "hoi.damvan.gv@example.net"),
      subject="don khieu nai quyet dinh phe duyet boi thuong",
      text="""Kinh gui quy co quan,

Toi la giao vien nghi huu, nha o thon Dong Hoi. Gia dinh toi bi thu hoi 310 m2 dat vuon de mo rong duong lien xa. Quyet dinh phe duyet phuong an boi thuong, ho tro giao ngay 05/11/2026 chi tinh dat vuon theo gia dat nong nghiep, trong khi phan dat nay nam trong cung thua voi dat o tu nam 1980.
Toi khieu nai quyet dinh boi thuong nay, de nghi xem xet lai nguon goc dat va tinh lai tien boi thuong cho dung.
Kinh thu
Dam Van Hoi
""", topic="land", unit=SS, letter="complaint",
      why="Complaint about a land compensation decision that names no issuer, sent to the commune of Sóc Sơn: the receiving unit; the road widening is a decoy.")

    L("so-hong-chung-cu-ba-nam-chua-co", to="so-tnmt",
      sender=("Lò Văn Thắng", "thang.lovan@example.org"),
      subject="Mua căn hộ ba năm vẫn chưa được cấp sổ hồng",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Vợ chồng tôi mua căn hộ ở một tòa chung cư trên địa bàn phường Cầu Giấy, nhận nhà và trả đủ tiền từ tháng 10/2023. Đến nay đã hơn ba năm, chủ đầu tư vẫn chưa nộp hồ sơ cấp Giấy chứng nhận quyền sở hữu căn hộ cho cư dân, hỏi thì nói đang chờ quyết toán tiền sử dụng đất.
Cả tòa hơn 300 hộ đang chờ. Đề nghị Sở đôn đốc chủ đầu tư và cho chúng tôi biết khi nào được cấp giấy chứng nhận.

Lò Văn Thắng
""", topic="land", unit="so-tnmt",
      why="Certificates for apartment buyers not issued after three years; the ward in the address is a decoy.")

    L("gia-han-dat-nong-nghiep-het-thoi-han", to="so-tnmt",
      sender=("Ngo Van Tuan", "tuan.ngovan.ss@example.com"),
      subject="dat nong nghiep het thoi han su dung, co phai lam thu tuc gia han ko",
      text="""Chao cac anh chi So TNMT,

GCN dat nong nghiep cua nha toi cap nam 1996, ghi thoi han su dung den 2043 nhung co nguoi bao theo luat moi phai lam thu tuc xac nhan lai thoi han ko thi ko chuyen nhuong dc. Nha toi o xa Soc Son, co 2 thua ruong 1.400 m2.
Xin hoi co that phai lam ko, neu phai thi ho so gom gi a. Tks.
Tuan
""", topic="land", unit="so-tnmt",
      why="A question on the term of agricultural land use; the commune in the text is a decoy.")

    L("cap-lai-so-do-bi-mat-khi-chuyen-nha", to="so-tnmt",
      sender=("Mạc Thị Hường", "huong.macthi@example.net"),
      subject="Xin cấp lại sổ đỏ bị mất, đã đăng báo 3 lần",
      text="""Kính gửi Sở Tài nguyên và Môi trường thành phố Hà Nội,

Tôi năm nay 79 tuổi, viết thư này nhờ cháu gõ giúp nên có gì dài dòng mong các anh chị thông cảm. Nhà tôi trước ở trong ngõ, năm ngoái các con đón tôi về ở cùng, lúc chuyển đồ đạc thì thất lạc mất cái túi đựng giấy tờ, trong đó có sổ đỏ mảnh đất ông nhà tôi để lại, cả giấy khai sinh của các con, sổ tiết kiệm, mấy cái huân chương của ông nữa. Huân chương thì tôi tìm lại được một cái, còn sổ đỏ thì tìm khắp nơi không thấy.
Tôi đã đi trình báo công an, đã đăng tin mất giấy chứng nhận trên báo ba số liền như người ta hướng dẫn, rồi nộp hồ sơ đề nghị cấp lại Giấy chứng nhận quyền sử dụng đất từ tháng 8. Đến nay đã gần bốn tháng, mỗi lần cháu gọi hỏi thì bảo chờ niêm yết, chờ xác minh, rồi lại chờ.
Tôi tuổi cao, sức yếu, chỉ mong trước Tết được cầm lại cái sổ để yên tâm chia cho các con. Mong các anh chị xem giúp hồ sơ của tôi đang nằm ở khâu nào.

Kính thư,
Mạc Thị Hường
""", topic="land", unit="so-tnmt", form="nfd", cte="quoted-printable",
      why="A long, rambling letter of an old woman asking for a lost land certificate to be re-issued; NFD quoted-printable; police and birth certificates are decoys.")


def business():
    L("chi-nhanh-cong-ty-duoc-cho-3-tuan", to="so-khdt",
      sender=("Trinh Minh Duc", "duc.trinhminh@example.com"),
      subject="ho so dang ky chi nhanh cong ty cho 3 tuan",
      text="""Kinh gui So KHDT,

Cong ty toi kinh doanh duoc pham, nop ho so dang ky hoat dong chi nhanh thu 2 qua mang tu 3 tuan truoc. He thong bao da tiep nhan, sau do ko co thong bao bo sung hay tu choi gi, goi len tong dai thi ko ai nghe.
Nha thuoc cua chi nhanh da thue mat bang, dang phai tra tien thue ma ko mo cua dc. De nghi So xem giup.
Duc
""", topic="business_registration", unit="so-khdt",
      why="A branch registration of a pharmacy company silent for three weeks.")

    L("khieu-nai-phat-kinh-doanh-khong-dang-ky", to=BD,
      sender=("Hà Thị Minh Nguyệt", "minhnguyet.ha@example.com"),
      subject="Khiếu nại Quyết định xử phạt số 45/QĐ-XPHC",
      text="""Kính gửi UBND phường Ba Đình,

Tôi bán xôi buổi sáng trước cửa nhà. Ngày 20/11/2026 tôi nhận Quyết định xử phạt số 45/QĐ-XPHC của Chủ tịch UBND phường Ba Đình, phạt 3 triệu đồng vì "kinh doanh không đăng ký hộ kinh doanh".
Theo tôi tìm hiểu, người bán hàng rong, buôn bán nhỏ thu nhập thấp thì không phải đăng ký hộ kinh doanh. Tôi khiếu nại quyết định này và đề nghị phường xem xét hủy bỏ.

Hà Thị Minh Nguyệt
""", topic="business_registration", unit=BD, letter="complaint",
      why="Complaint about the ward of Ba Đình's penalty for trading without a household-business registration, issuer named, sent to that ward.")

    L("bo-sung-nganh-nghe-bi-tra-ho-so", to="ubnd-tp",
      sender=("Phùng Quốc Việt", "viet.phungquoc@example.net"),
      subject="Hồ sơ bổ sung ngành nghề kinh doanh bị trả vì mã ngành",
      text="""Kính gửi Văn phòng UBND thành phố,

Công ty khởi nghiệp của chúng tôi muốn bổ sung ngành nghề tổ chức tour du lịch. Phòng Đăng ký kinh doanh trả hồ sơ hai lần, lần nào cũng ghi "mã ngành không phù hợp" nhưng không nói phải chọn mã nào.
Mong thành phố chuyển tới cơ quan đăng ký doanh nghiệp hướng dẫn cho chúng tôi một lần cho rõ.

Phùng Quốc Việt
""", topic="business_registration", unit="so-khdt",
      why="Adding a business line refused twice, sent to the city office.")

    L("fwd-doi-dia-chi-tru-so", to="so-khdt",
      sender=("Vi Thi Hau", "hau.vithi@example.org"),
      subject="Fwd: thay doi dia chi tru so chinh",
      text="""Chao So,

Toi gui nham thu nay sang So Tu phap, nay chuyen lai. Xin So xem giup.

Hau
""", fwd=dict(sender=("Vi Thi Hau", "hau.vithi@example.org"),
              to="phananh@sotuphap.hanoi.example.vn", date=mr.D(1118, 14, 5),
              subject="thay doi dia chi tru so chinh",
              text="""Kinh gui cac anh chi,

Cong ty TNHH cua toi chuyen tru so chinh tu quan cu sang pho Tran Dang Ninh. Ho so thong bao thay doi dia chi tru so nop tu 12/11 nhung den nay chua co giay xac nhan moi, ngan hang ko cho cap nhat tai khoan.
De nghi xu ly giup.
Hau
"""), form="fwd", cte="7bit", charset="us-ascii", topic="business_registration", unit="so-khdt",
      why="Forwarded letter (message/rfc822) about changing a company's registered address, first sent to so-tp; the Cầu Giấy street is a decoy.")

    L("re-giay-phep-kinh-doanh-hen-3-ngay", to="so-khdt",
      sender=("Lu Van Khanh", "khanh.luvan@example.com"),
      subject="Re: Tra loi ve ho so dang ky thanh lap doanh nghiep",
      text="""Chao So,

Da 10 ngay lam viec roi ma van chua nhan dc giay chung nhan dang ky doanh nghiep nhu thu tra loi duoi day. Xin cho biet bao gio co.

Khanh

> Kinh gui ong Lu Van Khanh,
> Phong Dang ky kinh doanh da kiem tra, ho so thanh lap cong ty cua ong hop le.
> Giay chung nhan dang ky doanh nghiep se duoc cap trong 3 ngay lam viec.
> Tran trong.
""", topic="business_registration", unit="so-khdt",
      why="A reply quoting so-khdt's earlier answer (Re: without a case tag): the promised registration still not issued.")


def residence():
    L("khai-bao-luu-tru-nguoi-thue-ngan-ngay", to=CG,
      sender=("Dinh Van Sang", "sang.dinhvan@example.net"),
      subject="khai bao luu tru cho khach thue phong theo tuan",
      text="""Gui UBND P. Cau Giay,

Nha toi co 6 phong cho sinh vien va nguoi di lam thue, nhieu nguoi chi o 1-2 tuan. CA phuong bao moi lan co nguoi den phai khai bao luu tru, nhung ung dung hay loi, ra tru so thi chi lam gio hanh chinh.
Xin hoi chu nha co the khai bao luu tru cho ca nhom 1 lan ko, va qua bao lau thi bi phat. Tks.
Sang
""", topic="residence", unit="ca-tp",
      why="A landlord declaring short-stay tenants (lưu trú), sent to the ward: residence is the police's.")

    L("thuong-tru-o-re-chu-nha-o-nuoc-ngoai", to="ca-tp",
      sender=("Quàng Văn Tú", "tu.quangvan@example.com"),
      subject="Đăng ký thường trú vào nhà bố vợ đang ở nước ngoài",
      text="""Kính gửi Công an thành phố,

Tôi mới cưới vợ, về ở cùng nhà bố mẹ vợ. Tôi muốn đăng ký thường trú vào nhà này nhưng chủ hộ là bố vợ tôi đang lao động ở Đức, không về ký văn bản đồng ý được.
Xin hỏi bố vợ tôi có thể ủy quyền hoặc đồng ý qua ứng dụng từ nước ngoài không, và cần giấy tờ gì để tôi nhập hộ khẩu vào nhà vợ.

Quàng Văn Tú
""", topic="residence", unit="ca-tp",
      why="Registering permanent residence in the wife's family home while the owner is abroad; cưới (marriage) is a decoy.")

    L("khieu-nai-ca-phuong-tu-choi-thuong-tru", to=BD,
      sender=("Lưu Thị Kim Oanh", "kimoanh.luu@example.org"),
      subject="Khiếu nại văn bản từ chối đăng ký thường trú",
      text="""Kính gửi các cơ quan,

Tôi khiếu nại Công an phường Ba Đình (thuộc Công an thành phố Hà Nội) về văn bản ngày 14/11/2026 từ chối đăng ký thường trú cho mẹ tôi vào nhà tôi, với lý do "diện tích nhà ở bình quân không đủ".
Nhà tôi 62 m2, bốn người, tính ra hơn 15 m2 một người, đủ điều kiện. Đề nghị xem xét lại và đăng ký thường trú cho mẹ tôi.

Lưu Thị Kim Oanh
""", topic="residence", unit="ca-tp", letter="complaint", cte="quoted-printable", **CP1258,
      why="Complaint about the ward police's refusal of a permanent residence (issuer: the police, ca-tp), sent to the ward of Ba Đình; windows-1258 QP.")

    L("expat-temporary-residence-landlord", to=HK,
      sender=("Martin Lefebvre", "martin.lefebvre@example.com"),
      subject="temporary residence declaration (tam tru) for a foreigner",
      text="""Dear sir or madam,

I am a French teacher renting a small flat on Hang Bac street since October. My landlord says he cannot declare my temporary residence (khai bao tam tru for foreigners) online because the system does not accept my passport number with letters.
My school needs the confirmation to renew my work permit. Who can help us to declare my stay? My landlord is ready to go to the police office with me.

Best regards,
Martin Lefebvre
""", topic="residence", unit="ca-tp",
      why="An expat in English: a foreigner's temporary residence declaration, sent to the ward; the old-quarter street and the work permit are decoys.")

    L("tach-ho-mot-dong", to="ca-tp",
      sender=(None, "ngocthach1988@example.net"),
      subject="tach ho cho con trai",
      text="""tach ho cho con trai da lap gia dinh can giay to gi a, con o cung nha bo me
""", topic="residence", unit="ca-tp", snippet="tach ho cho con trai da lap gia dinh",
      mailer="iphone",
      why="One-line phone mail without a display name: splitting a household.")


def civil_status():
    L("dang-ky-ket-hon-ngay-dep-hang-gai-cu", to="so-tp",
      sender=("Tống Thị Thanh Mai", "thanhmai.tong@example.com"),
      subject="Đăng ký kết hôn vào thứ Bảy được không ạ",
      text="""Kính gửi Sở Tư pháp,

Em và chồng sắp cưới đều có hộ khẩu ở phường Hàng Gai cũ. Hai nhà đã xem ngày, muốn đăng ký kết hôn đúng sáng thứ Bảy 19/12.
Em xin hỏi bộ phận hộ tịch ở phường mới có làm việc sáng thứ Bảy không, hai người có phải có mặt cùng lúc không, và có được trao giấy chứng nhận kết hôn ngay trong buổi đó không ạ.

Em cảm ơn.
Tống Thị Thanh Mai
""", topic="civil_status", unit=HK, place="phường Hàng Gai cũ",
      why="A couple registering their marriage, living in the former Hàng Gai ward (now Hoàn Kiếm), sent to so-tp; the former ward only.")

    L("khieu-nai-tu-choi-dang-ky-ket-hon", to="so-tp",
      sender=("Pham Quang Hieu", "hieu.phamquang@example.com"),
      subject="khieu nai viec tu choi dang ky ket hon",
      text="""Kinh gui So Tu phap,

Toi khieu nai van ban tu choi dang ky ket hon ngay 25/11/2026 cua UBND phuong Cau Giay. Toi da ly hon o Uc nam 2020, ban an ly hon da duoc ghi chu ly hon tai Viet Nam, vay ma phuong van bao phai co "xac nhan cua toa an Uc" moi cho dang ky ket hon.
De nghi phuong xem xet lai va dang ky ket hon cho chung toi.
Hieu
""", topic="civil_status", unit=CG, letter="complaint",
      why="Complaint about the ward of Cầu Giấy's refusal to register a marriage, issuer named, sent to so-tp: that ward.")

    L("khai-tu-muon-cho-bo-pho-chau-long", to="so-tnmt",
      sender=("Nong Van Dat", "dat.nongvan@example.org"),
      subject="khai tu muon cho bo mat tu 2019",
      text="""Kinh gui cac co quan,

Bo toi mat nam 2019 tai nha o pho Chau Long, luc do gia dinh ko di lam giay khai tu. Nay anh em toi can giay chung tu cua bo de lam thu tuc thua ke, nhung ra phuong thi bao qua han lau, phai co giay to chung minh.
Xin hoi dang ky khai tu qua han can nhung gi, nguoi lam chung co phai la to truong TDP ko.
Dat
""", topic="civil_status", unit=BD, place="pho Chau Long",
      why="Late death registration for a father who died on Châu Long street (Ba Đình), sent to so-tnmt because of the inheritance (a decoy); street only.")

    L("khai-sinh-con-bo-nguoi-phap", to=BD,
      sender=("Võ Thị Hải Yến", "haiyen.vothi@example.net"),
      subject="Khai sinh cho con có bố là người Pháp",
      text="""Kính gửi UBND phường Ba Đình,

Con tôi sinh ngày 02/11/2026 tại Hà Nội, bố cháu là người Pháp, chúng tôi đã đăng ký kết hôn. Tôi muốn đăng ký khai sinh cho cháu tại phường Ba Đình nơi tôi thường trú và chọn quốc tịch Việt Nam cho cháu.
Xin hỏi hộ chiếu của bố cháu có phải dịch và chứng thực không, và thỏa thuận chọn quốc tịch viết theo mẫu nào.

Võ Thị Hải Yến
""", topic="civil_status", unit=BD, cte="8bit", **VISCII,
      why="Birth registration of a child with a French father at the ward of Ba Đình, VISCII 8bit; chứng thực is a decoy.")

    L("cai-chinh-ngay-sinh-quan-thanh-cu", to="ca-tp",
      sender=("Kieu Thanh Binh", "binh.kieuthanh@example.com"),
      subject="sai ngay sinh trong giay khai sinh, can sua gap de du hoc",
      text="""Kinh gui CA TP,

Em sinh ngay 12/03/2008 nhung giay khai sinh dang ky o phuong Quan Thanh cu lai ghi 21/03/2008, trong khi hoc ba, bang tot nghiep deu ghi 12/03. Em sap nop ho so du hoc, can sua giay khai sinh cho khop.
Em muon hoi thu tuc cai chinh ngay sinh lam o dau, mat bao lau a. Em cam on.
Binh
""", topic="civil_status", unit=BD, place="phuong Quan Thanh cu",
      why="Correcting a date of birth registered in the former Quán Thánh ward (Ba Đình), sent to the police; the former ward only.")

    L("xac-nhan-tinh-trang-hon-nhan-co-giao-ve-huu", to=SS,
      sender=("Đàm Thị Nhung", "nhung.damthi@example.com"),
      subject="Xin xác nhận tình trạng hôn nhân, tôi 74 tuổi không đi lại được",
      text="""Kính gửi UBND xã Sóc Sơn,

Tôi là giáo viên về hưu, chồng mất đã 10 năm. Tôi cần giấy xác nhận tình trạng hôn nhân để làm thủ tục bán mảnh vườn nhỏ. Cán bộ tư pháp xã bảo tôi phải lên trực tiếp ký, trong khi tôi 74 tuổi, đau chân không đi được.
Xin hỏi xã có thể cho cán bộ đến nhà, hoặc cho con tôi nộp thay được không.

Đàm Thị Nhung
""", topic="civil_status", unit=SS,
      why="A retired teacher in Sóc Sơn asking for a marital-status certificate; the land sale is a decoy.")


def construction_permit():
    L("khieu-nai-so-xd-tu-choi-gpxd", to="ubnd-tp",
      sender=("Nghiêm Xuân Phúc", "phuc.nghiemxuan@example.org"),
      subject="Đơn khiếu nại văn bản từ chối cấp giấy phép xây dựng",
      text="""Kính gửi Văn phòng UBND thành phố,

Tôi khiếu nại Sở Xây dựng về văn bản số 2981/SXD-CPXD ngày 10/11/2026 từ chối cấp giấy phép xây dựng nhà ở 4 tầng cho gia đình tôi, với lý do "thuộc khu vực cần bảo tồn".
Thửa đất của tôi không nằm trong danh mục công trình bảo tồn, các nhà xung quanh đều đã được cấp phép 4-5 tầng. Đề nghị Sở xem xét lại và cấp phép.

Nghiêm Xuân Phúc
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="Complaint about so-xd's refusal of a building permit, issuer named after khiếu nại, sent to the city office.")

    L("xin-phep-sua-mai-nha-pho-ta-hien", to=HK,
      sender=("Bach Van Long", "long.bachvan@example.com"),
      subject="sua mai nha pho co co can GPXD ko",
      text="""Kinh gui cac anh chi,

Nha toi tren pho Ta Hien, mai ngoi bi dot nat, muon thay toan bo mai va gia co xa go, ko nang tang, ko doi mat tien. Nghe noi nha trong pho co phai xin giay phep xay dung ca khi sua chua.
Xin huong dan ho so xin GPXD sua chua, nop o dau va mat bao lau. Tks.
Long
""", topic="construction_permit", unit="so-xd",
      why="A building permit for repairing an old-quarter roof, sent to the ward; the Tạ Hiện street is a decoy.")

    L("gpxd-toa-van-phong-cham-45-ngay", to="so-xd",
      sender=("Đinh Thế Anh", "theanh.dinh@example.com"),
      subject="Hồ sơ cấp phép xây dựng tòa văn phòng quá hạn 45 ngày",
      text="""Kính gửi Sở Xây dựng,

Công ty chúng tôi nộp hồ sơ đề nghị cấp giấy phép xây dựng tòa văn phòng 9 tầng trên lô đất đã được giao, đủ thẩm duyệt phòng cháy và ý kiến thiết kế cơ sở. Quá hạn 45 ngày vẫn chưa có giấy phép, cũng không có văn bản yêu cầu bổ sung.
Đề nghị Sở cho biết tình trạng hồ sơ.

Đinh Thế Anh
Phó Giám đốc
""", topic="construction_permit", unit="so-xd",
      why="A permit for an office tower overdue, sent to so-xd itself.")

    L("lam-gac-lung-co-can-giay-phep", to="so-xd",
      sender=("Ta Thi Thu", "thu.tathi.cg@example.net"),
      subject="lam gac lung trong nha co phai xin phep ko",
      text="""Chao So Xay dung,

Nha toi tran cao 4,5 m, muon lam them gac lung bang khung sat khoang 15 m2 ben trong nha, ko thay doi ket cau mai, ko lam gi ra ngoai.
Xin hoi truong hop nay co phai xin giay phep xay dung ko hay thuoc dien mien. Tks.
Thu
""", topic="construction_permit", unit="so-xd",
      why="Whether an indoor mezzanine needs a permit.")

    L("xay-tuong-rao-o-nong-thon-co-can-phep", to=SS,
      sender=("Mai Văn Thụ", "thu.maivan@example.org"),
      subject="Xây tường rào ở nông thôn có cần giấy phép không",
      text="""Kính gửi các cơ quan,

Gia đình tôi ở xã Sóc Sơn, muốn xây tường rào cao 2 m và cổng sắt quanh thửa đất ở đã có sổ đỏ. Người thì bảo nhà ở nông thôn không cần giấy phép xây dựng, người thì bảo đất mặt đường liên xã phải xin phép.
Xin được hướng dẫn cho đúng quy định cấp phép xây dựng.

Mai Văn Thụ
""", topic="construction_permit", unit="so-xd", cte="base64", **CP1258,
      why="Whether a rural fence needs a building permit, sent to the commune (a decoy, with sổ đỏ); windows-1258 base64.")


def certification():
    L("sinh-vien-chung-thuc-ban-sao-xep-hang", to=CG,
      sender=("Hoang Minh Chau", "minhchau.sv@example.com"),
      subject="chung thuc ban sao chi lam buoi sang, sinh vien xep hang ca buoi",
      text="""Kinh gui UBND P. Cau Giay,

Em la sinh vien nam cuoi, can chung thuc ban sao bang, hoc ba va CCCD de nop ho so xin viec. Bo phan mot cua phuong chi nhan chung thuc ban sao buoi sang, moi ngay phat 40 so, em den tu 7h van ko den luot, da nghi hoc 2 buoi.
Mong phuong mo them buoi chieu hoac cho dat lich truoc.
Chau
""", topic="certification", unit=CG,
      why="A student queueing for certified copies at the ward of Cầu Giấy, ward named.")

    L("chung-thuc-bang-duoc-si-pho-quan-thanh", to="so-tp",
      sender=("Lã Thị Quế", "que.lathi@example.net"),
      subject="Phường không chứng thực bản sao chứng chỉ hành nghề dược",
      text="""Kính gửi Sở Tư pháp,

Tôi có nhà thuốc trên phố Quán Thánh. Tôi mang bản chính chứng chỉ hành nghề dược ra bộ phận một cửa của phường để chứng thực 5 bản sao nộp hồ sơ gia hạn, cán bộ bảo chứng chỉ này "phải ra Sở Y tế sao", không nhận.
Theo tôi biết, bản chính do cơ quan nhà nước cấp thì phường nào cũng chứng thực được. Đề nghị hướng dẫn phường làm đúng.

Lã Thị Quế
""", topic="certification", unit=BD, place="phố Quán Thánh",
      why="A pharmacist whose ward (her shop on Quán Thánh street: Ba Đình) refused certified copies, sent to so-tp; street only.")

    L("chung-thuc-hop-dong-ban-xe-may", to=SS,
      sender=("Trieu Van Hung", "hung.trieuvan@example.com"),
      subject="xa ko chung thuc hop dong mua ban xe may",
      text="""Kinh gui UBND xa Soc Son,

Toi ban chiec xe may cu cho chau ho, hai ben lap hop dong mua ban mang ra xa chung thuc thi can bo noi xa ko chung thuc hop dong mua ban xe, phai ra van phong cong chung tren thi tran.
Xin hoi xa co duoc chung thuc hop dong nay ko, vi toi gia ko di xa dc.
Hung
""", topic="certification", unit=SS,
      why="The commune of Sóc Sơn declining to certify a motorbike sale contract, commune named.")

    L("chung-thuc-bang-nhat-ban-pho-hang-tre", to=HK,
      sender=("Cù Thị Hạnh", "hanh.cuthi@example.com"),
      subject="Không chứng thực được bản sao bằng đại học Nhật Bản",
      text="""Kính gửi phường,

Tôi học ở Nhật về, nhà ở phố Hàng Tre. Tôi ra phường xin chứng thực bản sao bằng đại học Nhật Bản để nộp hồ sơ xin việc, cán bộ bảo giấy tờ nước ngoài phải hợp pháp hóa lãnh sự trước mới chứng thực được, nhưng không nói làm ở đâu.
Xin phường hướng dẫn giúp tôi các bước để được chứng thực bản sao.

Cù Thị Hạnh
""", topic="certification", unit=HK, place="phố Hàng Tre",
      why="Certifying a copy of a Japanese diploma, the writer lives on Hàng Tre street (Hoàn Kiếm); street only.")

    L("chung-thuc-chu-ky-tai-nha-pho-gia-ngu", to="ubnd-tp",
      sender=("Do Thi Ngoan", "ngoan.dothi@example.org"),
      subject="nho chung thuc chu ky giay uy quyen tai nha cho me nam liet giuong",
      text="""Kinh gui thanh pho,

Me toi 90 tuoi nam liet giuong o nha tren pho Gia Ngu. Me can ky giay uy quyen cho toi di lanh luong huu thay, ma chung thuc chu ky thi phuong bao nguoi ky phai co mat.
Xin hoi co cach nao de can bo den nha chung thuc chu ky cho me toi ko.
Ngoan
""", topic="certification", unit=HK, place="pho Gia Ngu",
      why="Signature certification at home for a bed-ridden mother on Gia Ngư street (Hoàn Kiếm), sent to the city office; the pension is a decoy; street only.")

    L("chung-thuc-dat-lich-qua-app-tran-thai-tong", to=CG,
      sender=("Thân Văn Lực", "luc.thanvan@example.net"),
      subject="Chứng thực phải đặt lịch qua ứng dụng, người già không làm được",
      text="""Kính gửi bộ phận một cửa,

Nhà tôi ở phố Trần Thái Tông. Hôm qua tôi mang sổ hưu và giấy tờ ra xin chứng thực bản sao, bảo vệ không cho vào vì "phải đặt lịch trên ứng dụng trước". Tôi 71 tuổi, không dùng điện thoại thông minh.
Đề nghị vẫn nhận người đến trực tiếp chứng thực bản sao, ít nhất là người cao tuổi.

Thân Văn Lực
""", topic="certification", unit=CG, place="phố Trần Thái Tông",
      why="Walk-ins refused for certified copies, the writer on Trần Thái Tông street (Cầu Giấy), ward not named; street only.")


def garbage():
    L("phe-thai-xay-dung-ngo-68-xuan-thuy", to="so-xd",
      sender=("Giáp Văn Thành", "thanh.giapvan@example.com"),
      subject="Phế thải xây dựng đổ kín đầu ngõ 68 Xuân Thủy",
      text="""Kính gửi Sở Xây dựng,

Một nhà trong ngõ 68 Xuân Thủy sửa nhà, ba tuần nay cho thợ đổ gạch vỡ, vữa, bao xi măng rách thành đống ở đầu ngõ, không che chắn. Gió lên bụi bay vào nhà, trời mưa thì trôi ra đường.
Đề nghị yêu cầu chủ nhà dọn phế thải và xử phạt việc đổ bừa bãi.

Giáp Văn Thành
""", topic="garbage", unit=CG, place="ngõ 68 Xuân Thủy",
      why="Renovation rubble dumped at the mouth of a Xuân Thủy lane (Cầu Giấy), sent to so-xd; construction is a decoy; lane only.")

    L("khieu-nai-phat-de-rac-som-hoan-kiem", to="thanh-tra",
      sender=("Luong Van Phuc", "phuc.luongvan@example.net"),
      subject="khieu nai QD xu phat ve de rac sai gio",
      text="""Kinh gui Thanh tra,

Quan an nha toi bi phat 1,5 trieu theo Quyet dinh xu phat so 112/QD-XPHC cua UBND phuong Hoan Kiem vi "de rac ra via he truoc gio thu gom". Hom do xe rac den som, toi mang tui rac ra dung luc xe dang do, co camera ghi lai.
Toi khieu nai quyet dinh nay, de nghi phuong xem lai camera va huy quyet dinh.
Phuc
""", topic="garbage", unit=HK, letter="complaint",
      why="Complaint about the ward of Hoàn Kiếm's littering penalty (issuer named with the number), sent to thanh-tra: that ward.")

    L("diem-tap-ket-rac-pho-hang-thung", to="so-tnmt",
      sender=("Ông Thị Bích", "bich.ongthi@example.org"),
      subject="Điểm tập kết rác đầu phố Hàng Thùng bốc mùi cả ngày",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Điểm tập kết xe gom rác ở đầu phố Hàng Thùng để xe đẩy từ chiều đến tận trưa hôm sau, rác tràn ra vỉa hè, nước rỉ chảy xuống rãnh, mùi hôi vào tận nhà.
Đề nghị chuyển xe gom đi đúng giờ và rửa sạch điểm tập kết.

Ông Thị Bích
""", topic="garbage", unit=HK, place="phố Hàng Thùng",
      why="A garbage collection point on Hàng Thùng street (Hoàn Kiếm), sent to so-tnmt; street only.")

    L("dot-rac-gan-den-soc", to="ubnd-tp",
      sender=("Khong Van Thao", "thao.khongvan@example.com"),
      subject="dot rac khoi mu mit gan den Soc",
      text="""Kinh gui VP UBND TP,

Bai dat trong gan den Soc may thang nay thanh cho do rac, toi nao cung co nguoi dot rac, khoi den bay vao ca khu dan cu va khu di tich, tre con ho lien tuc.
De nghi cho don rac, cam dot va bo tri thung rac dung cho.
Thao
""", topic="garbage", unit=SS, place="den Soc",
      why="Garbage burnt near the Sóc temple (Sóc Sơn), sent to the city office; the landmark only.")

    L("rac-ton-ngo-truc-lac", to=BD,
      sender=("Doãn Thị Thoa", "thoa.doanthi@example.net"),
      subject="Rác tồn đọng ba ngày trong ngõ Trúc Lạc",
      text="""Kính gửi phường,

Ba ngày nay xe thu gom không vào ngõ Trúc Lạc, các hộ để túi rác dọc tường, chuột bới ra khắp ngõ. Hỏi tổ dân phố thì bảo đơn vị thu gom đổi tuyến.
Đề nghị khôi phục lịch thu gom rác hàng ngày.

Doãn Thị Thoa
""", topic="garbage", unit=BD, place="ngõ Trúc Lạc", cte="quoted-printable", **CP1258,
      why="Uncollected garbage in Trúc Lạc lane (Ba Đình), windows-1258 QP; lane only.")

    L("rac-thuc-an-truoc-nha-thuoc", to=BD,
      sender=("Ha Thi Lien", "lien.hathi.nt@example.com"),
      subject="quan an ben canh do rac thuc an truoc cua nha thuoc",
      text="""Kinh gui UBND P. Ba Dinh,

Toi mo nha thuoc, quan lau ben canh toi nao dong cua cung xach 4-5 tui rac thuc an de ngay truoc cua nha thuoc toi, sang ra nuoc canh chay lenh lang, khach vao mua thuoc phai buoc qua.
Noi nhieu lan ko nghe. De nghi phuong nhac nho va xu phat.
Lien
""", topic="garbage", unit=BD,
      why="A restaurant leaving food waste at a pharmacy's door, the ward of Ba Đình named.")


def flooding():
    L("ham-chui-ngap-may-bom-khong-chay", to="so-gtvt",
      sender=("Thái Văn Cường", "cuong.thaivan@example.com"),
      subject="Hầm chui ngập sâu vì máy bơm thoát nước không chạy",
      text="""Kính gửi Sở Giao thông vận tải,

Trận mưa chiều 23/11 chỉ khoảng 40 phút mà hầm chui đường vành đai đã ngập sâu hơn nửa mét, nhiều xe chết máy giữa hầm. Người trực ở đó nói trạm bơm thoát nước của hầm bị hỏng từ tháng trước chưa sửa.
Đề nghị sửa ngay trạm bơm và nạo vét hố thu nước trước mùa mưa tới.

Thái Văn Cường
""", topic="flooding", unit="so-xd",
      why="A flooded underpass whose drainage pumps are broken, sent to so-gtvt: drainage is so-xd's; the road is a decoy.")

    L("tai-xe-grab-duy-tan-ngap", to="so-xd",
      sender=("Vu Dinh Nam", "nam.vudinh.grab@example.net"),
      subject="mua la ngap, xe chet may giua duong",
      text="""Chao So Xay dung,

E chay Grab, ngay nao cung qua pho Duy Tan. Cu mua to 30 phut la nuoc ngap ngang banh xe, cong thu nuoc ko tieu kip, hom qua e chet may 2 lan, khach huy chuyen.
Mn de nghi thong cong thoat nuoc doan nay giup.
Nam
""", topic="flooding", unit="so-xd",
      why="A Grab driver on a street that floods after every rain; Duy Tân is a decoy.")

    L("ngap-ngo-vi-du-an-lap-muong", to=SS,
      sender=("Phan Thị Tình", "tinh.phanthi@example.org"),
      subject="Dự án lấp mương, ngõ nhà tôi ngập mỗi khi mưa",
      text="""Kính gửi UBND xã Sóc Sơn,

Từ khi khu đô thị mới bên cạnh san lấp, con mương thoát nước chạy sau xóm bị lấp mất một đoạn, ống cống thay thế thì nhỏ. Mỗi trận mưa nước không thoát được, ngõ nhà tôi ngập 30 cm, tràn vào bếp ba hộ.
Đề nghị buộc chủ dự án làm lại đường thoát nước cho dân.

Phan Thị Tình
""", topic="flooding", unit="so-xd",
      why="Drainage cut by a new housing project flooding a lane, sent to the commune (a decoy).")

    L("re-nao-vet-cong-van-ngap", to="so-xd",
      sender=("Tran Quoc Khanh", "khanh.tranquoc@example.com"),
      subject="Re: Tra loi phan anh ngap ung ngo 12",
      text="""Kinh gui So,

So tra loi la da nao vet xong, nhung mua hom 28/11 ngo van ngap nhu cu. Ho ga dau ngo bi rac va bun lap kin, nuoc ko xuong dc, moi nguoi phai lay gay choc.
De nghi cho nguoi xuong kiem tra lai tuyen cong.

Khanh

> Kinh gui ong Tran Quoc Khanh,
> Don vi thoat nuoc da nao vet tuyen cong ngo 12 ngay 10/11/2026.
> Tinh trang ngap ung da duoc khac phuc.
""", topic="flooding", unit="so-xd",
      why="A reply quoting so-xd's earlier answer (Re: without a case tag): the lane still floods; rác in the drain is a decoy.")

    L("fwd-inline-nuoc-thai-trao-nguoc", to="so-xd",
      sender=("Bế Thị Hằng", "hang.bethi@example.com"),
      subject="Fwd: Nước thải trào ngược vào tầng hầm",
      text="""Em chuyển tiếp thư đã gửi phường mà chưa ai xử lý, phường bảo việc này thuộc Sở Xây dựng.

---------- Forwarded message ---------
From: Bế Thị Hằng <hang.bethi@example.com>
Date: Thứ 5, 19 thg 11, 2026 lúc 08:14
Subject: Nước thải trào ngược vào tầng hầm
To: <phananh@caugiay.hanoi.example.vn>

Kính gửi phường,

Tòa nhà chúng tôi mỗi lần mưa lớn thì nước thải từ cống chung trào ngược qua ống thoát sàn vào tầng hầm để xe, ngập 20 cm, mùi hôi thối. Ban quản lý bảo cống ngoài đường bị tắc và đầy, tòa nhà không làm được gì.
Đề nghị kiểm tra tuyến cống thoát nước trên đường.

Bế Thị Hằng
""", topic="flooding", unit="so-xd", shape="alt",
      why="Inline Gmail forward of a letter first sent to the ward about sewer backflow flooding a basement; the ward is a decoy.")

    L("ngap-pho-quan-hoa-thu-dai", to="ubnd-tp",
      sender=("Cao Van Thanh", "thanh.caovan.qh@example.org"),
      subject="ve viec ngap nuoc keo dai nhieu nam",
      text="""Kinh gui lanh dao thanh pho,

Toi nam nay 76 tuoi, song o day tu nam 1972, hoi do con la ruong rau muong, sau nay thanh pho, nha cao tang moc len, dat thi cang ngay cang cao ma nha toi thi van the. Hoi truoc mua xong nuoc rut ngay, bay gio mua mot buoi la nuoc dung ca ngay.
Toi da di hop to dan pho nhieu lan, da ky ten vao don cung ca xom, co nam duoc tra loi la se lam cong moi, co nam thi im. Con duong truoc nha toi da dao len lap xuong may lan, lan nao cung nang cot duong len, nuoc lai chay vao nha minh.
Nha toi o ngo tren pho Quan Hoa, cuoi ngo co cai cong to nhung mieng cong lai cao hon mat ngo, nen nuoc chi dong lai. Toi de nghi thanh pho cho nguoi ve do dac, ha mieng cong hoac dat them ong thoat nuoc ra cong chinh, de nguoi gia nhu chung toi khong phai loi nuoc moi lan mua.
Kinh thu,
Thanh
""", topic="flooding", unit="so-xd",
      why="A long, rambling letter of an old man about a lane that floods since the road was raised, sent to the city office; the street and the roads are decoys.")


def noise():
    L("to-cao-karaoke-dao-duy-tu", to="ca-tp",
      sender=("Ly Thi Hoa", "hoa.lythi@example.com"),
      subject="to cao quan karaoke hat den 2h sang",
      text="""Kinh gui CA TP,

Toi to cao quan karaoke moi mo tren pho Dao Duy Tu hat den 1-2h sang, cach am kem, loa dap xuyen tuong sang nha toi. Nha toi co nguoi gia benh tim, dem nao cung mat ngu.
De nghi kiem tra do on va buoc quan dong cua dung gio.
Hoa
""", topic="noise", unit=HK, place="pho Dao Duy Tu", letter="denunciation",
      why="Denunciation of a karaoke bar on Đào Duy Từ street (Hoàn Kiếm), a business: the ward's noise case; sent to the police; street only.")

    L("ca-phe-acoustic-pho-nam-trang", to=BD,
      sender=("Tiêu Thị Mến", "men.tieuthi@example.org"),
      subject="Quán cà phê hát acoustic đến nửa đêm",
      text="""Kính gửi phường,

Quán cà phê trên phố Nam Tràng tối nào cũng có ban nhạc hát acoustic, loa kéo để ngay cửa hướng ra mặt hồ, hát đến 23h30. Chúng tôi ở ngay đối diện, con nhỏ không ngủ được.
Đề nghị phường nhắc quán giảm âm lượng và kết thúc sớm.

Tiêu Thị Mến
""", topic="noise", unit=BD, place="phố Nam Tràng",
      why="Live music at a café on Nam Tràng street (Ba Đình), sent to the ward without naming it; street only.")

    L("phong-gym-tha-ta-luc-5h", to="so-tnmt",
      sender=("Nguyen Khac Vinh", "vinh.nguyenkhac@example.net"),
      subject="phong gym mo nhac va tha ta tu 5h sang",
      text="""Kinh gui So TNMT,

Phong gym o tang 2 mot nha tren pho Tran Quoc Hoan mo nhac xap xinh tu 5h sang, khach tha ta xuong san rung ca nha ben canh. Minh o ngay tang tren cua nha doi dien, ngay nao cung bi danh thuc.
De nghi do tieng on va yeu cau cach am.
Vinh
""", topic="noise", unit=CG, place="pho Tran Quoc Hoan",
      why="A gym's music and dropped weights at 5 am on Trần Quốc Hoàn street (Cầu Giấy), sent to so-tnmt; street only.")

    L("loa-dam-cuoi-ba-ngay", to=SS,
      sender=("Nghiêm Thị Gấm", "gam.nghiemthi@example.com"),
      subject="Loa đám cưới mở ba ngày liền",
      text="""Kính gửi UBND xã Sóc Sơn,

Nhà hàng xóm tổ chức đám cưới, dựng rạp và mở loa công suất lớn từ 6 giờ sáng đến 11 giờ đêm suốt ba ngày. Bà tôi 92 tuổi mệt lả, nói thì họ bảo "cưới xin ai cũng thế".
Đề nghị xã có quy định giờ mở loa và nhắc nhở.

Nghiêm Thị Gấm
""", topic="noise", unit=SS, cte="quoted-printable", **VISCII,
      why="Wedding loudspeakers for three days, commune named, VISCII quoted-printable.")

    L("ga-gay-keu-3h-sang", to=CG,
      sender=(None, "thuylinh.cg91@example.com"),
      subject="ga gay",
      text="""hang xom nuoi 5 con ga trong trong nha, gay tu 3h sang, P. Cau Giay co xu ly dc ko a
""", topic="noise", unit=CG, snippet="hang xom nuoi 5 con ga trong trong nha",
      mailer="iphone",
      why="One-line phone mail about crowing cocks, the ward named.")

    L("xuong-moc-tan-minh-cu", to="so-xd",
      sender=("Chu Văn Thịnh", "thinh.chuvan@example.net"),
      subject="Xưởng mộc chạy máy cưa đến khuya",
      text="""Kính gửi các cơ quan,

Ở thôn tôi thuộc xã Tân Minh cũ có một xưởng mộc mở trong khu dân cư, máy cưa, máy bào chạy từ sáng đến 10-11 giờ đêm, tiếng rít chói tai. Mấy nhà sát vách có người già, trẻ nhỏ không chịu nổi.
Đề nghị kiểm tra tiếng ồn và yêu cầu xưởng chỉ chạy giờ hành chính.

Chu Văn Thịnh
""", topic="noise", unit=SS, place="xã Tân Minh cũ",
      why="A carpentry workshop's noise in the former commune of Tân Minh (now Sóc Sơn), sent to so-xd; the former commune only.")


def water():
    L("nuoc-may-duc-mui-clo", to="so-xd",
      sender=("Quan Thị Thu Hà", "thuha.quanthi@example.com"),
      subject="Nước máy đục và nồng mùi clo sau khi thay ống",
      text="""Kính gửi Sở Xây dựng,

Nhà tôi ở phường Ba Đình. Từ khi công ty nước thay tuyến ống trên phố tuần trước, nước máy chảy ra màu vàng đục, để lắng có cặn, mùi clo rất nồng. Gia đình phải mua nước bình để nấu ăn.
Đề nghị lấy mẫu kiểm tra chất lượng nước và súc rửa đường ống.

Quan Thị Thu Hà
""", topic="water", unit="so-xd",
      why="Cloudy tap water smelling of chlorine after pipe works; the ward in the address is a decoy.")

    L("chung-cu-mat-nuoc-3-ngay", to=CG,
      sender=("Dang Van Toan", "toan.dangvan@example.org"),
      subject="chung cu mat nuoc 3 ngay",
      text="""Kinh gui phuong,

Toa chung cu nha toi 25 tang, 400 ho, mat nuoc sinh hoat 3 ngay lien, ban quan ly bao cong ty nuoc giam ap, bom ko len duoc. Nguoi gia tre nho phai xach nuoc tu duoi len.
De nghi chuyen den co quan cap nuoc xu ly gap.
Toan
""", topic="water", unit="so-xd",
      why="A tower block without water for three days, sent to the ward.")

    L("thon-tien-duoc-chua-co-nuoc-sach", to=SS,
      sender=("Ngô Thị Lành", "lanh.ngothi@example.com"),
      subject="Bao giờ thôn tôi mới có nước sạch",
      text="""Kính gửi các cơ quan,

Thôn tôi trước thuộc xã Tiên Dược, đường ống nước sạch đã chạy qua đầu thôn từ năm ngoái nhưng đến nay chưa đấu nối vào các hộ, dân vẫn dùng giếng khoan, nước có mùi tanh.
Xin hỏi kế hoạch cấp nước sạch cho thôn đến bao giờ mới xong.

Ngô Thị Lành
""", topic="water", unit="so-xd",
      why="Piped water not yet connected to a village, sent to the commune; the former commune is a decoy (water routes by topic).")

    L("re-dong-ho-nuoc-ro-ri", to="so-xd",
      sender=("Hoang Van Bao", "bao.hoangvan@example.net"),
      subject="Re: phan hoi ve viec thay dong ho nuoc",
      text="""Kinh gui So,

Cong ty nuoc da thay dong ho nhu thu duoi, nhung tu hom do cho noi ong sau dong ho ri nuoc lien tuc, thang nay hoa don tang gap doi. Goi len thi ho bao phan sau dong ho la cua nha dan.
Toi nghi loi do tho lap ko can than, de nghi xem lai.
Bao

> Kinh gui ong Hoang Van Bao,
> Cong ty cap nuoc se thay dong ho nuoc moi cho gia dinh ong trong tuan nay.
""", topic="water", unit="so-xd",
      why="A reply quoting an earlier answer (Re: without a case tag): a leak at a new water meter.")

    L("am-dun-nuoc-dong-can-trang", to="ubnd-tp",
      sender=("Tô Thị Huyền", "huyen.tothi@example.org"),
      subject="Nước sinh hoạt đóng cặn trắng dày trong ấm",
      text="""Kính gửi thành phố,

Mấy tháng nay nước máy nhà tôi đun lên đóng một lớp cặn trắng dày trong ấm, vòi sen tắc liên tục. Tôi lo nước quá cứng hoặc có chất gì không tốt cho sức khỏe.
Đề nghị cơ quan quản lý cấp nước kiểm tra và công bố chất lượng nước sinh hoạt khu vực.

Tô Thị Huyền
""", topic="water", unit="so-xd", cte="base64", **CP1258,
      why="Limescale in boiled tap water, sent to the city office, windows-1258 base64.")


def power():
    L("mat-dien-lien-tuc-trai-ga", to=SS,
      sender=("Lương Văn Tài", "tai.luongvan@example.com"),
      subject="Mất điện không báo trước, chết cả lò ấp trứng",
      text="""Kính gửi các cơ quan,

Trại gà của tôi ở xã Sóc Sơn tuần này mất điện ba lần không báo trước, lần dài nhất 7 tiếng. Lò ấp trứng không có điện, hỏng gần 2.000 quả trứng.
Đề nghị ngành điện báo lịch cắt điện trước và kiểm tra đường dây trung thế khu vực.

Lương Văn Tài
""", topic="power", unit="ubnd-tp",
      why="Unannounced power cuts killing a farm's incubator, sent to the commune (a decoy).")

    L("cat-dien-tuan-thi-hoc-ky", to="ubnd-tp",
      sender=("Le Thi Mai Anh", "maianh.lethi@example.com"),
      subject="lich cat dien dung tuan thi hoc ky",
      text="""Kinh gui VP UBND TP,

Lich cat dien bao tri cong bo cat dien ca ngay 14, 15, 16/12 dung tuan con toi thi hoc ky. Troi lanh, toi ko co den hoc, may tinh ko sac dc.
De nghi nganh dien doi lich cat dien sang sau ky thi hoac chia nho thoi gian.
Mai Anh
""", topic="power", unit="ubnd-tp",
      why="A scheduled power cut in exam week.")

    L("day-dien-vong-sat-mai-ton", to="so-xd",
      sender=("Ninh Văn Khôi", "khoi.ninhvan@example.net"),
      subject="Dây điện võng sát mái tôn, tóe lửa khi có gió",
      text="""Kính gửi Sở,

Đường dây điện hạ thế chạy qua ngõ nhà tôi bị võng xuống sát mái tôn, hôm gió to dây chạm mái tóe lửa. Cột điện đầu ngõ cũng nghiêng.
Đề nghị điện lực căng lại dây và dựng lại cột điện trước khi xảy ra cháy.

Ninh Văn Khôi
""", topic="power", unit="ubnd-tp",
      why="A sagging power line sparking on a roof, sent to so-xd (a decoy): power is the city office's.")

    L("dau-noi-dien-3-pha-xuong", to="so-khdt",
      sender=("Pham Van Dung", "dung.phamvan.xuong@example.com"),
      subject="xin dau noi dien 3 pha cho xuong cho 2 thang",
      text="""Kinh gui So,

Xuong co khi nho cua toi da co dang ky kinh doanh day du, nop don xin lap dien 3 pha tu 2 thang truoc, dien luc khao sat roi im. Ko co dien 3 pha thi may ko chay duoc, cong nhan phai nghi.
De nghi don doc dien luc dau noi dien cho xuong.
Dung
""", topic="power", unit="ubnd-tp",
      why="A three-phase power connection delayed, sent to so-khdt; the business registration is a decoy.")

    L("mat-dien-tdp-5-mot-dong", to="ubnd-tp",
      sender=(None, "hung.tdp5@example.net"),
      subject="mat dien",
      text="""mat dien tu 2h chieu den gio chua co, ca TDP so 5, goi tong dai ko ai nghe
""", topic="power", unit="ubnd-tp", snippet="mat dien tu 2h chieu den gio chua co",
      mailer="iphone",
      why="One-line phone mail about a power outage.")


def roads():
    L("anh-o-ga-vo-van-kiet", to="so-gtvt",
      sender=("Lục Văn Hải", "hai.lucvan@example.com"),
      subject="Ổ gà sâu giữa làn xe máy đường Võ Văn Kiệt",
      root=m2.photo("IMG_20261201_0732.jpg", 60, "o ga"),
      topic="roads", unit="so-gtvt", snippet=None, mailer="iphone",
      note="multipart/mixed: empty text/plain + one JPEG; the subject is the letter",
      why="Photo-only phone mail: the subject names a pothole on a road to the airport.")

    L("dai-phan-cach-do-chua-dung-lai", to="ca-tp",
      sender=("Vu Van Hoang", "hoang.vuvan.grab@example.org"),
      subject="dai phan cach bi xe dam do 2 tuan chua dung lai",
      text="""Gui CA TP,

E chay Grab, thay doan dai phan cach mem tren duong vanh dai bi xe tai dam do tu 2 tuan truoc, cac coc nhua nam ngang giua duong, dem toi xe may de vuong. Ko phai tai nan, e chi bao de co nguoi den dung lai dai phan cach.
Tks mn.
Hoang
""", topic="roads", unit="so-gtvt",
      why="A knocked-down road median left for two weeks, by a Grab driver, sent to the police.")

    L("khieu-nai-thu-hoi-phu-hieu-xe", to="thanh-tra",
      sender=("Đoàn Minh Quân", "quan.doanminh@example.com"),
      subject="Khiếu nại quyết định thu hồi phù hiệu xe hợp đồng",
      text="""Kính gửi Thanh tra thành phố,

Tôi khiếu nại Quyết định số 318/QĐ-SGTVT ngày 16/11/2026 của Sở Giao thông vận tải thu hồi phù hiệu xe hợp đồng của chiếc xe 16 chỗ của tôi, với lý do "dữ liệu giám sát hành trình không truyền về". Thiết bị của tôi vẫn hoạt động, lỗi là do nhà cung cấp đổi máy chủ.
Đề nghị Sở xem xét lại và trả phù hiệu để tôi chạy xe.

Đoàn Minh Quân
""", topic="roads", unit="so-gtvt", letter="complaint",
      why="Complaint about so-gtvt's revocation of a vehicle badge (issuer named with the number), sent to thanh-tra.")

    L("via-he-tran-dang-ninh-sut-lun", to=CG,
      sender=("Kim Van Tuan", "tuan.kimvan@example.net"),
      subject="via he sut lun, gach lat vo nhieu doan",
      text="""Kinh gui UBND P. Cau Giay,

Via he pho Tran Dang Ninh doan gan nga tu bi sut lun, gach lat vo, co cho ho sau 20 cm, toi qua co nguoi di bo vap nga. Ko co ai lan chiem, chi la via he hong.
De nghi co quan quan ly duong bo sua chua lai.
Tuan
""", topic="roads", unit="so-gtvt",
      why="A broken, sunken sidewalk (infrastructure, nobody occupies it), sent to the ward; the Cầu Giấy street is a decoy.")

    L("go-giam-toc-truong-tieu-hoc", to="so-gtvt",
      sender=("Bùi Thị Thanh Tâm", "thanhtam.bui@example.com"),
      subject="Đề nghị làm gờ giảm tốc trước cổng trường tiểu học",
      text="""Kính gửi Sở Giao thông vận tải,

Trước cổng trường tiểu học của con tôi là đoạn đường thẳng, xe tải và ô tô chạy rất nhanh, giờ tan học phụ huynh đứng tràn xuống lòng đường. Tháng trước đã có một cháu bị quệt ngã.
Đề nghị làm gờ giảm tốc, kẻ vạch cho người đi bộ và cắm biển báo khu vực trường học.

Bùi Thị Thanh Tâm
""", topic="roads", unit="so-gtvt", form="nfd", cte="base64",
      why="Speed bumps and a crossing in front of a primary school, NFD base64; the school is a decoy (other).")


def illegal_construction():
    L("to-cao-cai-thau-xay-tang-pho-tran-vu", to="so-xd",
      sender=("Tran Thi Ngan", "ngan.tranthi.tv@example.com"),
      subject="to cao nha ben canh xay them 2 tang ko phep",
      text="""Kinh gui So Xay dung,

Toi to cao ho nha ben canh toi tren pho Tran Vu. Chu nha lam cai thau xay dung, tu thang 10 cho tho xay them 2 tang tren nha 3 tang cu, lam ca ban dem, khong treo bien giay phep. Tuong nha toi da nut 2 vet.
De nghi kiem tra giay phep va dinh chi cong trinh.
Ngan
""", topic="illegal_construction", unit=BD, place="pho Tran Vu", letter="denunciation",
      why="Denunciation of a household (a builder) adding two floors without a permit on Trấn Vũ street (Ba Đình): the ward's case; sent to so-xd; street only.")

    L("nha-vuot-tang-dich-vong-cu", to=CG,
      sender=("Lã Văn Quyết", "quyet.lavan@example.org"),
      subject="Nhà xây vượt số tầng được phép",
      text="""Kính gửi phường,

Ở tổ dân phố tôi thuộc phường Dịch Vọng cũ có một nhà giấy phép ghi 5 tầng nhưng đã đổ mái tầng 7, đang lên tum. Biển báo công trình ghi rõ 5 tầng.
Đề nghị kiểm tra và xử lý việc xây dựng sai phép.

Lã Văn Quyết
""", topic="illegal_construction", unit=CG, place="phường Dịch Vọng cũ",
      why="A house built two floors above its permit in the former Dịch Vọng ward (Cầu Giấy); the former ward only.")

    L("khieu-nai-cuong-che-chuong-bo", to="so-xd",
      sender=("Ha Van Sinh", "sinh.havan@example.com"),
      subject="khieu nai quyet dinh cuong che pha do chuong bo",
      text="""Kinh gui So Xay dung,

Toi khieu nai Quyet dinh cuong che so 87/QD-CC cua UBND xa Soc Son buoc pha do chuong bo 60 m2 cua gia dinh toi tren dat nong nghiep. Chuong bo lam bang khung tre, mai la, phuc vu san xuat, ko phai cong trinh kien co.
De nghi xa xem xet lai quyet dinh.
Sinh
""", topic="illegal_construction", unit=SS, letter="complaint",
      why="Complaint about the commune of Sóc Sơn's demolition order, issuer named, sent to so-xd: the commune.")

    L("khach-san-pho-hang-be-xay-tum", to="ubnd-tp",
      sender=("Trương Thị Liên", "lien.truongthi@example.com"),
      subject="Khách sạn lợp thêm tầng tum bằng khung thép",
      text="""Kính gửi thành phố,

Khách sạn mini cạnh nhà tôi trên phố Hàng Bè đang dựng thêm một tầng tum bằng khung thép trên sân thượng để làm quán bar, hàn xì cả đêm. Nhà trong phố cổ không được tự ý nâng tầng.
Đề nghị kiểm tra và xử lý công trình xây dựng không phép này.

Trương Thị Liên
""", topic="illegal_construction", unit=HK, place="phố Hàng Bè", cte="8bit", **CP1258,
      why="A hotel adding a steel rooftop floor on Hàng Bè street (Hoàn Kiếm), sent to the city office, windows-1258 8bit; street only.")

    L("dao-tang-ham-khong-phep-nut-tuong", to=HK,
      sender=("Hứa Văn Đức", "duc.huavan@example.net"),
      subject="Nhà bên đào tầng hầm không phép, tường nhà tôi nứt",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Nhà bên cạnh đang đào tầng hầm sâu khoảng 3 m, không có biển giấy phép, không có biện pháp chống đỡ. Tường nhà tôi đã nứt dài gần 2 m, cửa sổ kẹt không đóng được.
Đề nghị phường đình chỉ ngay việc thi công không phép để bảo đảm an toàn.

Hứa Văn Đức
""", topic="illegal_construction", unit=HK,
      why="A neighbour digging a basement without a permit cracking the writer's wall, the ward named.")


def encroachment():
    L("khieu-nai-phat-quan-ca-phe-via-he", to="so-gtvt",
      sender=("Mẫn Thị Ngọc", "ngoc.manthi@example.com"),
      subject="Khiếu nại quyết định xử phạt quán cà phê vỉa hè",
      text="""Kính gửi Sở Giao thông vận tải,

Quán cà phê của tôi bị UBND phường Hoàn Kiếm ra Quyết định xử phạt số 203/QĐ-XPHC phạt 4 triệu đồng vì "sử dụng vỉa hè trái phép". Tôi chỉ kê bàn trong phần 1,5 m vỉa hè đã được phường cho phép thu phí tạm thời, có biên lai đóng phí.
Tôi khiếu nại quyết định này và đề nghị phường hủy bỏ.

Mẫn Thị Ngọc
""", topic="encroachment", unit=HK, letter="complaint",
      why="Complaint about the ward of Hoàn Kiếm's penalty of a sidewalk café, issuer named, sent to so-gtvt: that ward.")

    L("ca-phe-chiem-via-he-duong-quang-ham", to="so-gtvt",
      sender=("Nguyen Van Kien", "kien.nguyenvan.dqh@example.org"),
      subject="quan ca phe chiem het via he, nguoi di bo xuong duong",
      text="""Kinh gui So GTVT,

Day quan ca phe tren pho Duong Quang Ham ke ban ghe kin via he, con lan ra mep duong, toi nao xe may khach cung do tran xuong long duong. Nguoi di bo, tre con di hoc phai di giua dong xe.
De nghi dep via he, xu ly lan chiem.
Kien
""", topic="encroachment", unit=CG, place="pho Duong Quang Ham",
      why="Sidewalk cafés on Dương Quảng Hàm street (Cầu Giấy), sent to so-gtvt; street only.")

    L("hang-quan-tran-ra-duong-cho-chau-long", to=BD,
      sender=("Vương Thị Hoa", "hoa.vuongthi@example.net"),
      subject="Hàng quán tràn ra lòng đường quanh chợ",
      text="""Kính gửi phường,

Sáng nào quanh chợ Châu Long cũng có hàng chục gánh rau, thúng cá bày tràn xuống lòng đường, ô tô không qua được, xe máy len lỏi. Bên trong chợ vẫn còn nhiều sạp trống.
Đề nghị sắp xếp cho người bán vào trong chợ, giải tỏa lòng đường.

Vương Thị Hoa
""", topic="encroachment", unit=BD, place="chợ Châu Long",
      why="Stalls spilling onto the road around Châu Long market (Ba Đình), ward not named; the market only.")

    L("showroom-do-xe-via-he-duy-tan", to="ca-tp",
      sender=("Luu Van Hai", "hai.luuvan@example.com"),
      subject="showroom o to do xe tren via he",
      text="""Kinh gui CA TP,

Mot showroom o to tren pho Duy Tan ngay nao cung do 5-6 chiec o to trung bay tren via he, nguoi di bo ko co cho di. Toi da chup anh nhieu ngay lien.
De nghi xu ly viec chiem via he nay.
Hai
""", topic="encroachment", unit=CG, place="pho Duy Tan",
      why="A car showroom parking on the sidewalk of Duy Tân street (Cầu Giấy), sent to the police; street only.")

    L("dung-rap-cuoi-chan-ngo-phat-loc", to=HK,
      sender=("Kiều Thị Dung", "dung.kieuthi@example.org"),
      subject="Dựng rạp cưới chắn hết ngõ ba ngày",
      text="""Kính gửi phường,

Một nhà trong ngõ Phất Lộc dựng rạp cưới chắn kín lối đi chung ba ngày, xe máy không ra vào được, cả xóm phải gửi xe ngoài phố. Ngõ là lối thoát hiểm duy nhất của hơn 20 hộ.
Đề nghị phường quy định rõ việc dựng rạp trong ngõ.

Kiều Thị Dung
""", topic="encroachment", unit=HK, place="ngõ Phất Lộc",
      why="A wedding tent blocking Phất Lộc lane (Hoàn Kiếm) for three days; lane only.")

    L("bay-hang-cho-soc-son-lan-duong", to=SS,
      sender=("Do Van Thuan", "thuan.dovan@example.com"),
      subject="tieu thuong bay hang lan ra duong quanh cho",
      text="""Kinh gui UBND xa,

Quanh cho Soc Son, tieu thuong bay hang, dung bat lan ra ca via he va mot phan mat duong, sang phien cho tac cung, xe cuu thuong cung ko qua dc.
De nghi sap xep lai, ko cho bay hang lan duong.
Thuan
""", topic="encroachment", unit=SS, place="cho Soc Son",
      why="Traders spilling onto the road around Sóc Sơn market, sent to the commune; the market only.")


def harassment():
    L("to-cao-doan-kiem-tra-nha-thuoc", to=CG,
      sender=("Mac Thi Thuy", "thuy.macthi.nt@example.com"),
      subject="to cao doan kiem tra doi tien nha thuoc",
      text="""Kinh gui UBND P. Cau Giay,

Toi to cao 2 can bo trong doan kiem tra lien nganh cua phuong Cau Giay den nha thuoc toi ngay 21/11. Ho noi thuoc de sai nhiet do se phat 20 trieu, nhung "neu chi muon nhac nho" thi dua 5 trieu. Toi khong dua, hom sau lai bi kiem tra tiep.
De nghi xac minh va xu ly.
Thuy
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of ward inspection officials asking a pharmacy for money, sent to the accused ward: thanh-tra.")

    L("to-cao-cong-an-khu-vuc-thu-tien-luu-tru", to="ca-tp",
      sender=("Đặng Văn Thắng", "thang.dangvan@example.com"),
      subject="Tố cáo cán bộ công an khu vực thu tiền khai báo lưu trú",
      text="""Kính gửi Công an thành phố,

Tôi có dãy trọ 10 phòng. Tôi tố cáo một cán bộ công an khu vực mỗi tháng đến thu của tôi 1 triệu đồng gọi là "phí quản lý lưu trú", không biên lai, bảo nếu không nộp thì kiểm tra khai báo lưu trú và phạt.
Việc khai báo lưu trú tôi vẫn làm đầy đủ trên ứng dụng. Đề nghị xác minh và xử lý.

Đặng Văn Thắng
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a police officer collecting a monthly 'fee' from a landlord, sent to the police: thanh-tra; lưu trú is a decoy.")

    L("pdf-to-cao-can-bo-dia-chinh-boi-duong", to="so-tnmt",
      sender=("Nguyen Van Thiet", "thiet.nguyenvan.ss@example.net"),
      subject="gui don to cao (scan)",
      root=mr.mixed([mr.file_part(mr.tiny_pdf([
          "DON TO CAO",
          "Kinh gui: Thanh tra thanh pho Ha Noi",
          "Toi ten Nguyen Van Thiet, o xa Soc Son. Toi to cao can bo dia chinh xa",
          "doi 15 trieu dong 'boi duong' moi ky xac nhan nguon goc dat va khong tranh chap",
          "de toi lam ho so cap so do. Toi khong dua thi ho so bi de lai 5 thang nay.",
          "Nguoi to cao: Nguyen Van Thiet"], title="Don to cao"),
          "application/pdf", "don-to-cao-scan.pdf")], style="apple"),
      topic="harassment", unit="thanh-tra", letter="denunciation", snippet=None, mailer="iphone",
      note="multipart/mixed: only a scanned letter as PDF, no body part",
      why="Attachment-only denunciation (PDF) of a commune land officer asking for money, sent to so-tnmt: thanh-tra; sổ đỏ is a decoy.")

    L("to-cao-doi-trat-tu-bo-qua-nha-xay-trai-phep", to=BD,
      sender=("Lê Văn Nghĩa", "nghia.levan@example.org"),
      subject="Tố cáo cán bộ trật tự xây dựng nhận tiền làm ngơ",
      text="""Kính gửi UBND phường Ba Đình,

Tôi tố cáo cán bộ đội trật tự xây dựng của phường đã nhận tiền của chủ một công trình xây không phép trong ngõ nhà tôi. Dân phản ánh ba lần, lần nào cán bộ cũng đến rồi đi, công trình vẫn xây tiếp. Chính chủ nhà nói với hàng xóm là "đã lo xong với phường".
Đề nghị làm rõ việc nhận tiền và xử lý cán bộ.

Lê Văn Nghĩa
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of the ward of Ba Đình's construction-order officials taking money, sent to that ward: thanh-tra; the illegal building is a decoy.")

    L("to-cao-doi-bang-lai-phi-nhanh", to="so-gtvt",
      sender=("Ngo Duc Manh", "manh.ngoduc.grab@example.com"),
      subject="to cao can bo nhan ho so doi bang lai xe doi tien",
      text="""Kinh gui So GTVT,

E la tai xe Grab, di doi giay phep lai xe het han. Can bo nhan ho so tai diem cap doi cua So bao lam binh thuong thi 1 thang, muon lay trong 3 ngay thi "gui them 500k", e ko dua thi ho so bi tra vi "anh chan dung ko dat".
E to cao viec nay, de nghi xac minh.
Manh
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a so-gtvt clerk asking a Grab driver for money to renew a licence, sent to the accused Sở: thanh-tra.")

    L("to-cao-ly-lich-tu-phap-lay-nhanh", to="so-tp",
      sender=("Hồ Thị Phương Anh", "phuonganh.hothi@example.com"),
      subject="Tố cáo việc thu tiền để cấp phiếu lý lịch tư pháp nhanh",
      text="""Kính gửi Sở Tư pháp,

Em là sinh viên cần phiếu lý lịch tư pháp để đi du học. Khi nộp hồ sơ, một cán bộ tiếp nhận của Sở gợi ý "muốn có trong 3 ngày thì bồi dưỡng 1 triệu", còn bình thường phải chờ 10 ngày. Nhiều bạn xếp hàng cùng em đã đưa.
Em tố cáo việc này và đề nghị kiểm tra.

Hồ Thị Phương Anh
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A student's denunciation of a so-tp clerk taking money for fast criminal-record certificates, sent to so-tp: thanh-tra.")

    L("fwd-to-cao-can-bo-ho-tich-tien-ca-phe", to="thanh-tra",
      sender=("Tran Minh Tu", "tu.tranminh@example.net"),
      subject="Fwd: to cao can bo ho tich",
      text="""Kinh gui Thanh tra thanh pho,

Chung toi da gui don nay cho phuong 3 tuan truoc, chua co tra loi, nay gui Thanh tra.

Tu
""", fwd=dict(sender=("Tran Minh Tu", "tu.tranminh@example.net"),
              to="phananh@caugiay.hanoi.example.vn", date=mr.D(1112, 20, 40),
              subject="to cao can bo ho tich",
              text="""Kinh gui UBND phuong,

Vo chong toi di dang ky ket hon. Can bo tu phap ho tich cua phuong Cau Giay noi ho so "con thieu" va ra hieu gui "tien ca phe" 500 nghin thi se lam ngay trong sang. Chung toi dua vi da hen ca hai gia dinh.
Toi to cao viec nay de xu ly.
Tu
"""), form="fwd", cte="7bit", charset="us-ascii", topic="harassment", unit="thanh-tra",
      letter="denunciation",
      why="Forwarded denunciation (message/rfc822) of a Cầu Giấy civil-status clerk asking for 'coffee money', sent to thanh-tra; kết hôn is a decoy.")

    L("to-cao-cat-xen-tro-cap-thuong-binh", to="ubnd-tp",
      sender=("Kiều Văn Bảy", "bay.kieuvan@example.com"),
      subject="Tố cáo cán bộ phường cắt xén tiền trợ cấp của thương binh",
      text="""Kính gửi thành phố,

Tôi là thương binh hạng 2/4, sống ở phường Hoàn Kiếm. Từ tháng 6, cán bộ phụ trách chính sách của phường đến nhà phát trợ cấp, mỗi tháng giữ lại 300 nghìn, nói là "phí làm hồ sơ", không ký nhận.
Tôi tố cáo việc cắt xén này, đề nghị thanh tra làm rõ và trả lại tiền cho các thương binh.

Kiều Văn Bảy
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A disabled veteran's denunciation of ward officials skimming his allowance, sent to the city office: thanh-tra; the allowance (other) is a decoy.")

    L("expat-phi-nhanh-the-tam-tru", to="ca-tp",
      sender=("Daniel Hoffmann", "d.hoffmann@example.com"),
      subject="unofficial fast fee for my temporary residence card",
      text="""Dear Sir or Madam,

I applied for a temporary residence card (the card for foreign workers) at the immigration office last month. The officer at the counter told my Vietnamese colleague that the card would take 4 weeks, but only 5 days if we paid an extra 3 million VND in cash, without a receipt.
We did not pay. I want to report this because I think it is not correct and other foreigners are paying.

Daniel Hoffmann
""", topic="harassment", unit="thanh-tra",
      why="An expat in English reporting an officer's request for an unofficial fast fee (vòi vĩnh) without saying tố cáo, sent to the police: thanh-tra; the residence card is a decoy.")


def regulation():
    L("gop-y-du-thao-phi-via-he", to="so-tp",
      sender=("Đồng Thị Kim Dung", "kimdung.dong@example.org"),
      subject="Góp ý dự thảo quy định thu phí sử dụng tạm thời vỉa hè",
      text="""Kính gửi Sở Tư pháp,

Tôi góp ý dự thảo quy định thu phí sử dụng tạm thời một phần vỉa hè đang lấy ý kiến. Dự thảo chỉ quy định mức phí theo mét vuông mà không bắt buộc chừa lối đi tối thiểu 1,5 m cho người đi bộ, cũng không nói ai kiểm tra.
Đề nghị bổ sung điều khoản về lối đi tối thiểu và công khai danh sách các điểm được phép.

Đồng Thị Kim Dung
""", topic="regulation", unit="so-tp",
      why="Comments on a draft fee for temporary sidewalk use; vỉa hè (encroachment) is a decoy.")

    L("gop-y-du-thao-gio-karaoke", to="ubnd-tp",
      sender=("Bui Van Thang", "thang.buivan@example.com"),
      subject="gop y du thao quy dinh gio hoat dong karaoke",
      text="""Kinh gui thanh pho,

Toi doc du thao quy dinh ve gio hoat dong cua co so karaoke dang lay y kien. Du thao cho phep hoat dong den 2h sang voi co so trong khu dan cu la qua muon.
De nghi sua du thao: trong khu dan cu chi den 23h, ngoai khu dan cu den 0h, va ghi ro muc phat.
Thang
""", topic="regulation", unit="so-tp",
      why="Comments on a draft on karaoke opening hours, sent to the city office; karaoke (noise) is a decoy.")

    L("kien-nghi-bo-giay-xac-nhan-hon-nhan", to="so-tp",
      sender=("Lạc Thị Xuân", "xuan.lacthi@example.net"),
      subject="Kiến nghị bỏ yêu cầu giấy xác nhận tình trạng hôn nhân khi đã có dữ liệu",
      text="""Kính gửi Sở Tư pháp,

Nhiều thủ tục mua bán nhà đất, vay ngân hàng vẫn bắt nộp giấy xác nhận tình trạng hôn nhân, trong khi cơ sở dữ liệu hộ tịch điện tử đã có đủ thông tin. Mỗi lần làm lại phải chờ 3 ngày và chỉ có giá trị 6 tháng.
Tôi kiến nghị sửa quy định để cơ quan giải quyết tự tra cứu dữ liệu, người dân không phải nộp giấy này nữa.

Lạc Thị Xuân
""", topic="regulation", unit="so-tp",
      why="A proposal to drop a paper from procedures; hộ tịch (civil status) and nhà đất (land) are decoys.")

    L("gop-y-du-thao-xe-dap-dien-hoc-sinh", to="so-gtvt",
      sender=("Ta Van Hieu", "hieu.tavan@example.org"),
      subject="gop y du thao quy dinh ve xe dap dien cua hoc sinh",
      text="""Kinh gui So GTVT,

Toi gop y du thao quy dinh quan ly xe dap dien, xe may dien cua hoc sinh dang lay y kien. Du thao bat hoc sinh duoi 16 tuoi phai co phu huynh dang ky xe tai truong, nhung ko noi truong lay du lieu o dau va ai chiu trach nhiem.
De nghi sua lai cho ro rang truoc khi ban hanh.
Hieu
""", topic="regulation", unit="so-tp",
      why="Comments on a draft on students' e-bikes, sent to so-gtvt; the road vehicles are a decoy.")

    L("gop-y-du-thao-cam-chan-nuoi-khu-dan-cu", to="so-tp",
      sender=("Khuất Văn Lộc", "loc.khuatvan@example.com"),
      subject="Góp ý dự thảo quy định cấm chăn nuôi trong khu dân cư",
      text="""Kính gửi Sở Tư pháp,

Tôi là nông dân ở xã Sóc Sơn, đọc được dự thảo quy định về khu vực không được phép chăn nuôi, xin góp mấy ý, có gì viết dài mong Sở bỏ qua. Nhà tôi từ đời ông đã nuôi lợn, nuôi gà, cả làng cũng thế, đất ở với đất vườn liền nhau, chuồng trại cách nhà vài chục mét.
Dự thảo ghi cấm chăn nuôi trong "khu dân cư" nhưng không định nghĩa thế nào là khu dân cư ở nông thôn. Nếu hiểu cả thôn là khu dân cư thì hàng trăm hộ ở xã tôi phải bỏ nghề, mà không có chỗ nào để dời chuồng ra.
Tôi đề nghị dự thảo phân biệt nội thành với ngoại thành, quy định khoảng cách tối thiểu từ chuồng đến nhà hàng xóm thay vì cấm hẳn, và cho thời gian chuyển đổi ít nhất 5 năm, có hỗ trợ.
Mấy năm trước có đợt dịch tả lợn, nhà tôi mất cả đàn, vẫn gượng nuôi lại được. Nếu cấm ngay thì nhiều nhà không biết sống bằng gì.

Khuất Văn Lộc
""", topic="regulation", unit="so-tp",
      why="A farmer's long, rambling comments on a draft ban on livestock in residential areas; the commune is a decoy.")


def compliment():
    L("cam-on-ca-tim-lai-xe-may", to="ca-tp",
      sender=("Phan Van Luc", "luc.phanvan@example.net"),
      subject="cam on CA TP tim lai xe may bi mat",
      text="""Kinh gui CA TP,

Xe may cua toi bi lay trom truoc cong cho hom 15/11, toi trinh bao, den 27/11 cac anh da tim lai dc xe va bat doi tuong. Toi xin chan thanh cam on cac anh da lam viec nhanh va tan tinh.
Luc
""", topic="compliment", unit="ca-tp",
      why="Thanks to the police for recovering a stolen motorbike.")

    L("cam-on-xa-soc-son-den-tan-nha", to=SS,
      sender=("Nguyễn Thị Sen", "sen.nguyenthi@example.com"),
      subject="Cảm ơn cán bộ xã đã đến tận nhà giúp tôi",
      text="""Kính gửi UBND xã Sóc Sơn,

Tôi là giáo viên về hưu, ốm nằm một chỗ. Tuần trước hai cán bộ của xã đã đến tận nhà hướng dẫn và nhận hồ sơ giúp tôi, còn gọi điện báo khi có kết quả. Tôi rất cảm động, xin cảm ơn xã.

Nguyễn Thị Sen
""", topic="compliment", unit=SS,
      why="Thanks to the commune of Sóc Sơn for officials visiting a bed-ridden retired teacher.")

    L("cam-on-so-tnmt-cap-so-nhanh", to="ubnd-tp",
      sender=("Le Van Thuan", "thuan.levan@example.org"),
      subject="cam on So TNMT",
      text="""Kinh gui thanh pho,

Toi xin gui loi cam on den So Tai nguyen va Moi truong. Ho so cap GCN lan dau cua gia dinh toi duoc giai quyet xong truoc hen 5 ngay, can bo goi dien huong dan tan tinh, ko phai di lai nhieu.
Mong thanh pho ghi nhan.
Thuan
""", topic="compliment", unit="so-tnmt",
      why="Thanks to so-tnmt for a fast land certificate, sent to the city office: the unit complimented; GCN is a decoy.")

    L("expat-cam-on-mot-cua-hoan-kiem", to=HK,
      sender=("Emma Wilson Nguyễn", "emma.wilson@example.com"),
      subject="Cảm ơn bộ phận một cửa phường Hoàn Kiếm",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Tôi là người Anh, lấy chồng Việt Nam, tiếng Việt còn kém. Hôm 26/11 tôi đến bộ phận một cửa, chị cán bộ đã kiên nhẫn giải thích bằng tiếng Anh và giúp tôi điền hết tờ khai. Tôi muốn cảm ơn phường rất nhiều.

Emma Wilson Nguyễn
""", topic="compliment", unit=HK,
      why="An English woman thanking the ward of Hoàn Kiếm's one-stop desk.")

    L("cam-on-so-khdt-dang-ky-nhanh", to="so-khdt",
      sender=("Duong Van Hai", "hai.duongvan.startup@example.com"),
      subject="cam on Phong Dang ky kinh doanh",
      text="""Kinh gui So Ke hoach va Dau tu,

Cong ty khoi nghiep cua chung toi dang ky thanh lap qua mang, chi 2 ngay da co giay chung nhan, can bo con goi dien nhac sua 1 loi nho thay vi tra ho so. Xin cam on So rat nhieu.
Hai
""", topic="compliment", unit="so-khdt",
      why="Thanks to so-khdt for a fast company registration (business registration is a decoy).")


def other():
    L("tro-cap-nguoi-cao-tuoi-cham", to=BD,
      sender=("Truong Van Can", "can.truongvan@example.net"),
      subject="2 thang chua nhan tro cap nguoi cao tuoi",
      text="""Kinh gui cac co quan,

Toi 83 tuoi, thuoc dien huong tro cap xa hoi hang thang cho nguoi cao tuoi. Thang 10, 11 chua nhan duoc tien, hoi to truong TDP thi bao chua co kinh phi.
De nghi chi tra som cho nguoi gia.
Can
""", topic="other", unit="ubnd-tp",
      why="A social allowance for the elderly not paid (no listed unit), sent to the ward.")

    L("cong-dich-vu-cong-loi-dang-nhap", to="so-tp",
      sender=("Lý Thị Hồng Nhung", "hongnhung.ly@example.org"),
      subject="Cổng dịch vụ công báo lỗi khi đăng nhập bằng tài khoản định danh",
      text="""Kính gửi các cơ quan,

Ba ngày nay tôi không đăng nhập được Cổng dịch vụ công của thành phố bằng tài khoản định danh điện tử: bấm đăng nhập thì quay vòng rồi báo "phiên làm việc hết hạn". Thử trên máy tính và điện thoại đều vậy, nên không nộp được bất cứ hồ sơ nào.
Đề nghị kiểm tra lỗi hệ thống.

Lý Thị Hồng Nhung
""", topic="other", unit="ubnd-tp",
      why="The city's online public-service portal failing at login (other), sent to so-tp.")

    L("bhxh-tu-nguyen-nguoi-ban-cho-dem", to="so-khdt",
      sender=("Vu Thi Hong", "hong.vuthi.chodem@example.com"),
      subject="nguoi ban hang cho dem muon dong BHXH tu nguyen",
      text="""Chao cac anh chi,

Toi ban hang o cho dem da 8 nam, ko co hop dong lao dong. Toi muon dong bao hiem xa hoi tu nguyen de sau nay co luong huu, nhung ko biet dong o dau, muc thap nhat la bao nhieu, co duoc ho tro ko.
Xin huong dan giup.
Hong
""", topic="other", unit="ubnd-tp",
      why="A night-market vendor asking about voluntary social insurance (no listed unit), sent to so-khdt.")

    L("expat-truong-mam-non-cho-con", to="ubnd-tp",
      sender=("Trần Thị Hoài Thu", "hoaithu.tran@example.net"),
      subject="Con có quốc tịch nước ngoài có được học mầm non công lập không",
      text="""Kính gửi thành phố,

Chồng tôi là người Úc, con chúng tôi 4 tuổi mang quốc tịch Úc, cả nhà mới về sống ở Hà Nội. Tôi hỏi trường mầm non công lập gần nhà thì trường bảo không nhận trẻ có quốc tịch nước ngoài.
Xin hỏi quy định về việc này thế nào, và nếu không được thì cháu học ở đâu.

Trần Thị Hoài Thu
""", topic="other", unit="ubnd-tp",
      why="A foreign child refused by a public kindergarten (education: other).")

    L("nha-thuoc-ban-khang-sinh-khong-don", to="ubnd-tp",
      sender=("Dinh Van Hau", "hau.dinhvan.ds@example.org"),
      subject="nhieu tiem thuoc ban khang sinh khong can don",
      text="""Kinh gui thanh pho,

Toi la duoc si, co nha thuoc nho. Toi thay rat nhieu tiem thuoc quanh khu toi ban khang sinh cho bat ky ai hoi mua, ko can don bac si, con tu van "uong 3 ngay la khoi".
De nghi nganh y te kiem tra viec ban thuoc ke don.
Hau
""", topic="other", unit="ubnd-tp",
      why="Antibiotics sold without prescription (health: other), by a pharmacist; not a tố cáo.")


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
