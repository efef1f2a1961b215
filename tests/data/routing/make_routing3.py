#!/usr/bin/env python3
"""Generate the third held-out routing batch: letters 401-500 of tests/data/routing.

Written on 6 December 2026 by an engineer who wrote neither the default rules nor the first two
batches (001-176, make_routing.py; 201-320, make_routing2.py), for issue 15 item 5.  Writes
NNN-short-name.eml + NNN-short-name.json for NNN in 401..500 into the folder given as the first
argument (default: the folder this script lives in), removing only earlier files of that range.
Standard library only and deterministic (its own fixed seed 20261216, fixed dates): two runs give
byte-identical files.

The MIME writing is make_routing.py's and the helpers for decomposed UTF-8, photo-only letters and
forwards are make_routing2.py's, imported, so all batches are written the same way; the letters
share no situation with the first two batches (see README: the third batch).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_routing as mr  # noqa: E402  (the MIME writer of the first batch)
import make_routing2 as m2  # noqa: E402  (NFD, photo and forward helpers of the second batch)

FIRST = 401
LAST = 500
mr.SEED = 20261216
mr.CTX = mr.Ctx()
mr.BASE_DATE = datetime.datetime(2026, 11, 24, 0, 0, 0,
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
L = m2.L
HK, BD, CG, SS, CP1258, VISCII = m2.HK, m2.BD, m2.CG, m2.SS, m2.CP1258, m2.VISCII


# =============================================================================================
# The letters (401-500).  Labels follow the routing table of the corpus README with its December
# 2026 additions (repeated in this folder's README).  A place decides only when it lies wholly in
# one sample unit since the 1 July 2025 merger (the writer's own knowledge of Hà Nội).
# =============================================================================================
def land():
    L("so-do-moi-sai-ten-bo", to=HK,
      sender=("Nghiêm Thị Hồng Vân", "hongvan.nghiem@example.com"),
      subject="Sổ đỏ cấp đổi mẫu mới ghi sai tên bố tôi",
      text="""Kính gửi các cơ quan chức năng,

Gia đình tôi ở phường Hoàn Kiếm, tháng 8 vừa rồi làm thủ tục cấp đổi Giấy chứng nhận quyền sử dụng đất sang mẫu mới. Nhận về thì tên bố tôi ghi là "Nghiêm Văn Thịnh" trong khi đúng là "Nghiêm Văn Thình".
Tôi đã nộp đơn đề nghị đính chính tên trên giấy chứng nhận được 5 tuần mà chưa thấy hẹn ngày trả. Bố tôi 86 tuổi, nhà đang cần làm thủ tục tặng cho con cháu.
Mong cơ quan quản lý đất đai xử lý sớm.

Nghiêm Thị Hồng Vân
""", topic="land", unit="so-tnmt",
      why="A misspelt name on a re-issued land certificate, sent to the ward where the family lives; the ward is a decoy.")

    L("khieu-nai-qd-thu-hoi-dat-lam-duong", to="so-tnmt",
      sender=("Do Van Cuong", "cuong.dovan.tm@example.net"),
      subject="Khieu nai QD so 215/QD-UBND cua UBND xa Soc Son ve thu hoi dat",
      text="""Kinh gui cac co quan,

Gia dinh toi co 720 m2 dat trong cay lau nam bi thu hoi de lam duong lien thon theo Quyet dinh so 215/QD-UBND ngay 02/10/2026 cua UBND xa Soc Son. Dien tich thu hoi ghi trong QD la 720 m2 nhung thuc te cam moc lan them gan 90 m2 ngoai ranh.
Toi khieu nai quyet dinh nay, de nghi do dac lai va dieu chinh quyet dinh cho dung dien tich thuc te.
Cuong, thon Thanh Nhan
""", topic="land", unit=SS, letter="complaint",
      why="Complaint about a commune's land recovery decision, issuer named in the subject, sent to so-tnmt: the issuing commune.")

    L("chuyen-muc-dich-dat-vuon", to="ubnd-tp",
      sender=("Luong Thi Thu", "thu.luongthi@example.org"),
      subject="ho so chuyen muc dich su dung dat qua han 4 thang",
      text="""Chao cac anh chi,

Toi nop ho so xin chuyen muc dich tu dat vuon lien ke sang dat o cho 100 m2 tu thang 7, den nay qua han 4 thang ma bo phan dat dai van bao dang xin y kien.
Phi truoc ba, tien su dung dat toi da san sang nop. Xin cho biet ho so dang vuong o dau.
Thu
""", topic="land", unit="so-tnmt",
      why="Land-use purpose conversion overdue, sent to the city office.")

    L("xoa-the-chap-so-do-cham", to="so-khdt",
      sender=("Kha Minh Tuấn", "tuan.khaminh@example.com"),
      subject="Xóa đăng ký thế chấp quyền sử dụng đất chậm",
      text="""Kính gửi Sở,

Tôi đã trả hết khoản vay ngân hàng, ngân hàng đã gửi văn bản giải chấp từ 15/10. Hồ sơ xóa đăng ký thế chấp quyền sử dụng đất nộp ở văn phòng đăng ký đất đai đến nay hơn một tháng chưa xong, trong khi quy định chỉ vài ngày.
Tôi cần giấy chứng nhận sạch để bán đất trả nợ kinh doanh.

Kha Minh Tuấn
Giám đốc Công ty TNHH Thương mại Minh Tuấn
""", topic="land", unit="so-tnmt",
      why="Mortgage deletion on a land certificate delayed; sent to so-khdt, the company signature is a decoy.")

    L("khieu-nai-so-tnmt-tu-choi-cap-gcn", to="thanh-tra",
      sender=("Vương Đình Khải", "khai.vuongdinh@example.net"),
      subject="Đơn khiếu nại văn bản từ chối cấp Giấy chứng nhận",
      text="""Kính gửi Thanh tra thành phố,

Tôi làm đơn khiếu nại Sở Tài nguyên và Môi trường thành phố Hà Nội về Thông báo số 3127/TB-STNMT ngày 12/11/2026 từ chối cấp Giấy chứng nhận lần đầu cho thửa đất gia đình tôi sử dụng ổn định từ năm 1988, với lý do "chưa xác định được nguồn gốc".
Gia đình tôi có đủ biên lai nộp thuế đất từ năm 1992, có xác nhận của tổ dân phố. Đề nghị xem xét lại và cấp Giấy chứng nhận.

Vương Đình Khải
""", topic="land", unit="so-tnmt", letter="complaint",
      why="Complaint about so-tnmt's refusal to issue a land certificate, the issuer named after khiếu nại, sent to thanh-tra.")

    L("tach-thua-dat-cho-hai-con", to=CG,
      sender=("Chu Van Dung", "dung.chuvan@example.com"),
      subject="hoi thu tuc tach thua dat chia cho 2 con",
      text="""Gui UBND P. Cau Giay,

Nha toi co thua dat 96 m2, muon tach thua lam 2 de chia cho 2 con trai, moi chau 48 m2. Len hoi thi bao dien tich toi thieu tach thua ko du nhung ko ai noi ro quy dinh la bao nhieu m2.
Nho cac anh chi huong dan cu the, ho so gom nhung gi, nop o dau.
Dung
""", topic="land", unit="so-tnmt",
      why="Splitting a land parcel, sent to the ward (a decoy).")


def business():
    L("tam-ngung-kinh-doanh-bi-tra-ho-so", to="so-khdt",
      sender=("Trần Hải Yến", "haiyen.tran@example.com"),
      subject="Hồ sơ tạm ngừng kinh doanh bị trả lại lần thứ ba",
      text="""Kính gửi Phòng Đăng ký kinh doanh,

Công ty tôi muốn tạm ngừng kinh doanh 12 tháng từ tháng 1/2027. Tôi nộp hồ sơ qua mạng ba lần, lần nào cũng bị trả với lý do khác nhau: lần đầu thiếu chữ ký số, lần hai sai mẫu, lần ba "thông tin người nộp không khớp".
Xin hướng dẫn một lần cho đủ để tôi nộp đúng.

Trần Hải Yến
""", topic="business_registration", unit="so-khdt",
      why="Suspension of a company's business refused three times, sent to so-khdt itself.")

    L("doi-nguoi-dai-dien-phap-luat", to="ubnd-tp",
      sender=("Quach Van Thanh", "thanh.quach@example.net"),
      subject="thay doi nguoi dai dien theo phap luat 3 tuan chua xong",
      text="""Kinh gui VP UBND TP,

Cong ty toi nop ho so thay doi nguoi dai dien theo phap luat tu 3 tuan truoc, len cong dang ky doanh nghiep van thay trang thai "dang xu ly". Doi tac nuoc ngoai dang cho giay moi de ky hop dong.
De nghi chuyen cho co quan dang ky kinh doanh xem giup.

Quach Van Thanh
Cong ty CP Xay dung va Moi truong Xanh
Tru so: so 18 pho Duy Tan, phuong Cau Giay
""", topic="business_registration", unit="so-khdt",
      why="Change of a company's legal representative delayed; the signature's construction company and Cầu Giấy address are decoys.")

    L("giai-the-doanh-nghiep-treo", to="so-tp",
      sender=("Lại Thị Phương", "phuong.laithi@example.org"),
      subject="Hồ sơ giải thể doanh nghiệp treo gần nửa năm",
      text="""Kính gửi Sở,

Doanh nghiệp của gia đình tôi đã ngừng hoạt động, quyết toán thuế xong, đóng mã số thuế từ tháng 6. Hồ sơ giải thể doanh nghiệp nộp từ tháng 7, đến nay gần nửa năm vẫn chưa có thông báo giải thể.
Mong Sở chuyển giúp tới nơi có thẩm quyền.

Lại Thị Phương
""", topic="business_registration", unit="so-khdt", shape="html",
      why="Company dissolution stuck, sent to so-tp, HTML only.")

    L("khieu-nai-thu-hoi-gcn-dkdn", to="ubnd-tp",
      sender=("Ta Quang Huy", "huy.taquang@example.com"),
      subject="don khieu nai quyet dinh thu hoi giay chung nhan dang ky doanh nghiep",
      text="""Kinh gui UBND thanh pho,

Phong Dang ky kinh doanh - So Ke hoach va Dau tu ra quyet dinh thu hoi Giay chung nhan dang ky doanh nghiep cua cong ty toi vi "khong hoat dong tai dia chi dang ky". Cong ty toi chi chuyen van phong sang tang khac cung toa nha va da thong bao.
Toi khieu nai quyet dinh nay va de nghi khoi phuc tinh trang phap ly cho cong ty.
Huy
""", topic="business_registration", unit="so-khdt", letter="complaint",
      why="Complaint about so-khdt's revocation of a business registration, issuer named before khiếu nại, sent to the city office.")

    L("thanh-lap-cong-ty-co-von-nuoc-ngoai", to="so-khdt",
      sender=("Nguyễn Thu Trang", "trang.nguyenthu.law@example.com"),
      subject="Đăng ký thành lập công ty có vốn nước ngoài bị trả lại",
      text="""Kính gửi Sở Kế hoạch và Đầu tư,

Tôi là người phiên dịch cho nhà đầu tư Hàn Quốc, đã có Giấy chứng nhận đăng ký đầu tư để mở một quán cà phê nhỏ. Hồ sơ đăng ký thành lập công ty TNHH một thành viên nộp sau đó bị trả lại hai lần vì tên tiếng nước ngoài của công ty "không đúng quy định" mà không nói sai ở đâu.
Xin Sở hướng dẫn cách đặt tên cho đúng.

Nguyễn Thu Trang
""", topic="business_registration", unit="so-khdt",
      why="Setting up a foreign-invested company, written by an interpreter; the café is not the subject.")


def residence():
    L("thuong-tru-cho-con-sinh-o-han-quoc", to=BD,
      sender=("Phí Thị Ngọc Ánh", "ngocanh.phi@example.com"),
      subject="Đăng ký thường trú cho con sinh ở Hàn Quốc",
      text="""Kính gửi phường Ba Đình,

Con tôi sinh ở Hàn Quốc, đã được Đại sứ quán đăng ký khai sinh và cấp hộ chiếu. Nay hai mẹ con về nước ở hẳn tại nhà bố mẹ đẻ, tôi muốn đăng ký thường trú cho cháu vào hộ của ông bà ngoại.
Lên công an phường thì được bảo phải có giấy tờ hợp pháp hóa, tôi không rõ giấy nào. Mong được hướng dẫn.

Phí Thị Ngọc Ánh
""", topic="residence", unit="ca-tp",
      why="Permanent residence for a child born abroad (birth already registered: khai sinh is a decoy), sent to the ward.")

    L("thong-bao-luu-tru-nguoi-nha-cham-benh", to=HK,
      sender=("Ong Van Phuc", "phuc.ongvan@example.net"),
      subject="hoi cach thong bao luu tru cho nguoi nha",
      text="""Chao cac anh chi,

Me va chi gai toi o que Nam Dinh len o nha toi 2 tuan de cham bo dang dieu tri o benh vien. Toi nghe noi phai thong bao luu tru nhung app VNeID cua toi ko thay muc do.
Cho toi hoi lam tren app the nao, hay phai len cong an truc tiep? Cam on.
Phuc
""", topic="residence", unit="ca-tp",
      why="Reporting relatives' temporary stay (lưu trú), sent to the ward.")

    L("nguoi-thue-cu-van-de-ho-khau", to=CG,
      sender=("Kieu Van Tien", "tien.kieuvan@example.org"),
      subject="nguoi thue nha cu van de ho khau o nha toi",
      text="""Kinh gui UBND phuong,

Toi cho thue nha tu nam 2019, nguoi thue da tra nha tu 2023 nhung van con dang ky thuong tru tai dia chi nha toi, nay toi ban nha thi ben mua ko chiu. Lien lac nguoi do ko dc.
Xin hoi thu tuc xoa dang ky thuong tru cua nguoi khong con o nha toi.
Tien
""", topic="residence", unit="ca-tp",
      why="Deleting a former tenant's permanent residence, sent to the ward; selling the house is a decoy.")

    L("sai-ngay-sinh-tren-csdl-dan-cu", to="so-tp",
      sender=("Lò Thị Mai", "mai.lothi@example.com"),
      subject="Ngày sinh trong cơ sở dữ liệu dân cư bị sai",
      text="""Kính gửi Sở Tư pháp,

Giấy khai sinh của tôi ghi đúng ngày sinh 03/05/1994, nhưng trong cơ sở dữ liệu quốc gia về dân cư và trên VNeID lại ghi 05/03/1994, nên ngân hàng không cho mở tài khoản. Giấy khai sinh không có gì sai, tôi chỉ cần cơ quan quản lý cư trú sửa lại dữ liệu dân cư cho khớp.

Lò Thị Mai
""", topic="residence", unit="ca-tp",
      why="Correcting the population database (police), the birth certificate is right: residence, sent to so-tp; khai sinh is a decoy.")

    L("tam-tru-cho-40-cong-nhan", to=SS,
      sender=("Bach Van Hoa", "hoa.bachvan.hr@example.net"),
      subject="dang ky tam tru tap the cho cong nhan o ky tuc xa",
      text="""Kinh gui UBND xa Soc Son,

Cong ty toi co ky tuc xa cho 40 cong nhan ngoai tinh. Phong nhan su muon dang ky tam tru cho ca 40 nguoi mot lan, ko phai tung nguoi tu khai. Xin hoi co lam theo danh sach duoc ko, can mau gi.
Bach Van Hoa, phong Nhan su
""", topic="residence", unit="ca-tp",
      why="Temporary residence for a dormitory of workers, sent to the commune (a decoy).")

    L("khai-bao-tam-vang-cp1258", to="ubnd-tp",
      sender=("Đinh Công Trứ", "tru.dinhcong@example.com"),
      subject="Hỏi về khai báo tạm vắng khi đi làm xa",
      text="""Kính gửi Văn phòng UBND thành phố,

Tôi sắp đi làm công trình ở Quảng Ninh 8 tháng, vợ con vẫn ở nhà. Tôi có phải khai báo tạm vắng không, và khai ở đâu, có khai qua mạng được không?
Xin cảm ơn.

Đinh Công Trứ
""", topic="residence", unit="ca-tp", cte="quoted-printable", **CP1258,
      why="Declaring temporary absence, windows-1258, sent to the city office.")

    L("fwd-chuyen-ho-khau-cho-me", to="ca-tp",
      sender=("Nguyễn Hữu Phước", "phuoc.nguyenhuu@example.org"),
      subject="Fwd: Chuyển hộ khẩu cho mẹ về ở cùng",
      text="""Kính gửi Công an thành phố,

Phường trả lời tôi việc này thuộc công an, tôi gửi lại thư cũ để các anh xem.

Phước
""", fwd=dict(sender=("Nguyễn Hữu Phước", "phuoc.nguyenhuu@example.org"),
              to="phananh@caugiay.hanoi.example.vn", date=mr.D(1109, 21, 40),
              subject="Chuyển hộ khẩu cho mẹ về ở cùng",
              text="""Kính gửi UBND phường Cầu Giấy,

Mẹ tôi 79 tuổi, thường trú ở Thái Bình, nay về ở hẳn với vợ chồng tôi. Tôi muốn chuyển hộ khẩu của mẹ về nhà tôi, nhà đứng tên vợ tôi thì có cần giấy đồng ý của vợ không?

Nguyễn Hữu Phước
"""), form="fwd", topic="residence", unit="ca-tp",
      why="Forwarded residence letter first sent to the ward; the ward in the original is a decoy.")


def civil_status():
    L("khai-tu-cho-bo-hang-than", to="so-tp",
      sender=("Ha Minh Chau", "chau.haminh@example.com"),
      subject="dang ky khai tu cho bo, hoi can giay to gi",
      text="""Kinh gui So Tu phap,

Bo toi mat tai nha rieng o pho Hang Than tuan truoc, ko nam vien nen ko co giay bao tu cua benh vien. Gia dinh muon lam khai tu de con lam cac thu tuc khac ma ko biet xin giay bao tu o dau.
Mong huong dan giup.
Chau
""", topic="civil_status", unit=BD, place="pho Hang Than",
      why="Death registration for a man who died at home on Hàng Than street (Ba Đình), sent to so-tp; street only.")

    L("ket-hon-voi-nguoi-nuoc-ngoai-hen-3-lan", to="so-tp",
      sender=("Đoàn Thị Thu Hiền", "thuhien.doan@example.net"),
      subject="Đăng ký kết hôn với người nước ngoài bị hẹn ba lần",
      text="""Kính gửi Sở Tư pháp,

Tôi và chồng sắp cưới quốc tịch Pháp nộp hồ sơ đăng ký kết hôn tại UBND phường Cầu Giấy từ đầu tháng 10. Đến nay đã ba lần hẹn trả kết quả rồi lại lùi, lần nào cũng bảo "đang xác minh". Chồng tôi chỉ còn visa đến cuối tháng 12.
Mong được xem xét giải quyết.

Đoàn Thị Thu Hiền
""", topic="civil_status", unit=CG,
      why="Marriage registration with a foreigner delayed at the ward of Cầu Giấy, sent to so-tp.")

    L("nhan-cha-con-soc-son", to="ca-tp",
      sender=("Tran Van Luc", "luc.tranvan.ss@example.com"),
      subject="thu tuc nhan cha con cho chau 4 tuoi",
      text="""Gui cac anh chi,

Toi va me chau chung song ko dang ky ket hon, chau 4 tuoi khai sinh chi co ten me. Nay toi muon lam thu tuc nhan cha con de bo sung ten bo vao giay khai sinh. Nha toi o xa Soc Son.
Can xet nghiem ADN ko hay chi can giay to cam ket?
Luc
""", topic="civil_status", unit=SS,
      why="Recognition of paternity, commune named, sent to the police.")

    L("doi-ho-cho-con-lo-su-nfd", to="ubnd-tp",
      sender=("Vũ Thị Thanh Nhàn", "thanhnhan.vu@example.com"),
      subject="Xin thay đổi họ cho con sau khi ly hôn",
      text="""Kính gửi các cơ quan,

Tôi đã ly hôn, được giao nuôi con gái 7 tuổi, nhà tôi ở phố Lò Sũ. Tôi muốn đổi họ của con từ họ bố sang họ mẹ, bố cháu đã ký giấy đồng ý. Tôi cần nộp hồ sơ thay đổi họ ở đâu, thời gian bao lâu?

Vũ Thị Thanh Nhàn
""", topic="civil_status", unit=HK, place="phố Lò Sũ", form="nfd", cte="quoted-printable",
      why="Changing a child's family name, the mother lives on Lò Sũ street (Hoàn Kiếm); NFD quoted-printable; street only.")

    L("giam-ho-chau-mo-coi-quan-hoa", to="so-tp",
      sender=("Mac Van Hung", "hung.macvan@example.net"),
      subject="dang ky giam ho cho chau mo coi",
      text="""Kinh gui So Tu phap,

Anh chi toi mat trong tai nan, de lai chau 9 tuoi. Toi la bac ruot, muon dang ky giam ho de lo viec hoc va giay to cho chau. Gia dinh o phuong Quan Hoa cu, gio sap nhap chua biet nop ho so o dau.
Xin huong dan.
Hung
""", topic="civil_status", unit=CG, place="phuong Quan Hoa cu",
      why="Guardianship registration; only the former ward of Quan Hoa (now Cầu Giấy) decides.")

    L("khieu-nai-tu-choi-dang-ky-ket-hon-ba-dinh", to="thanh-tra",
      sender=("Lê Quốc Trung", "trung.lequoc@example.com"),
      subject="Khiếu nại việc từ chối đăng ký kết hôn",
      text="""Kính gửi Thanh tra thành phố,

Ngày 20/11/2026 UBND phường Ba Đình có văn bản từ chối đăng ký kết hôn cho tôi với lý do tôi "chưa chứng minh được đã chấm dứt hôn nhân trước", dù tôi đã nộp bản án ly hôn có hiệu lực của tòa án.
Tôi khiếu nại văn bản từ chối này và đề nghị phường đăng ký kết hôn cho chúng tôi.

Lê Quốc Trung
""", topic="civil_status", unit=BD, letter="complaint",
      why="Complaint about a ward's refusal to register a marriage, issuer named before khiếu nại, sent to thanh-tra.")

    L("khai-sinh-qua-han-15-tuoi-viscii", to=HK,
      sender=("Đặng Văn Sơn", "son.dangvan@example.org"),
      subject="Đăng ký khai sinh quá hạn cho cháu 15 tuổi",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Cháu ngoại tôi 15 tuổi chưa từng được đăng ký khai sinh vì bố mẹ cháu đi làm ăn xa, nay cháu sắp thi vào lớp 10 cần giấy khai sinh. Ông bà nuôi cháu từ nhỏ ở phường. Xin hỏi thủ tục đăng ký khai sinh quá hạn cần những gì.

Đặng Văn Sơn
""", topic="civil_status", unit=HK, cte="8bit", **VISCII,
      why="Late birth registration at 15, the ward named, VISCII 8bit.")
def construction_permit():
    L("gpxd-nha-o-cho-2-thang", to=SS,
      sender=("Nguyen Duc Manh", "manh.nguyenduc@example.com"),
      subject="xin GPXD nha o rieng le cho 2 thang chua co",
      text="""Kinh gui UBND xa,

Toi nop ho so xin GPXD nha 3 tang tren dat o cua gia dinh tu dau thang 10, giay hen 20 ngay ma nay 2 thang van chua co giay phep xay dung. Tho da thue roi, vat lieu da tap ket.
Xin cho biet ho so dang o dau, thieu gi de bo sung.
Manh
""", topic="construction_permit", unit="so-xd",
      why="A house's building permit overdue, sent to the commune (a decoy).")

    L("gia-han-giay-phep-xay-dung-html", to="so-xd",
      sender=("Tô Thị Lan Hương", "lanhuong.to@example.net"),
      subject="Xin gia hạn giấy phép xây dựng sắp hết hạn",
      text="""Kính gửi Sở Xây dựng,

Giấy phép xây dựng nhà tôi cấp tháng 1/2026, đến tháng 1/2027 hết hạn mà vì ốm đau gia đình chưa khởi công được. Tôi muốn xin gia hạn giấy phép thêm 12 tháng, nộp hồ sơ gia hạn ở đâu và trước hạn bao lâu?

Tô Thị Lan Hương
""", topic="construction_permit", unit="so-xd", shape="html", cte="base64",
      why="Extending a building permit, HTML only, base64.")

    L("dieu-chinh-gpxd-them-tum", to=CG,
      sender=("Phan Thanh Binh", "binh.phanthanh@example.org"),
      subject="xin dieu chinh GPXD de them tum thang",
      text="""Chao cac anh chi,

Nha toi da co GPXD 4 tang, gio muon xin dieu chinh giay phep de lam them tum thang va mai che cau thang tren tang thuong. Chua xay gi ca, chi hoi truoc cho dung.
Ho so dieu chinh gom nhung gi, co phai ve lai ban ve ko? Nha o pho Dich Vong Hau.
Binh
""", topic="construction_permit", unit="so-xd",
      why="Amending a building permit before building; the Cầu Giấy street is only where.")

    L("khieu-nai-so-xd-tra-ho-so-cap-phep", to="ubnd-tp",
      sender=("Hồ Sỹ Nguyên", "nguyen.hosy@example.com"),
      subject="Khiếu nại văn bản trả hồ sơ của Sở Xây dựng",
      text="""Kính gửi UBND thành phố,

Ngày 05/11/2026 Sở Xây dựng có văn bản trả lại hồ sơ đề nghị cấp giấy phép xây dựng công trình nhà văn phòng 7 tầng của công ty tôi, lý do "chưa phù hợp quy hoạch chi tiết", trong khi chứng chỉ quy hoạch do chính Sở cấp năm 2025 cho phép 9 tầng.
Chúng tôi khiếu nại văn bản này và đề nghị Sở xem xét cấp phép.

Hồ Sỹ Nguyên
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="Complaint about so-xd's refusal of a building permit, issuer in the subject, sent to the city office.")


def certification():
    L("chung-thuc-hop-dong-uy-quyen", to="so-tp",
      sender=("Vu Thi Hanh", "hanh.vuthi@example.com"),
      subject="chung thuc hop dong uy quyen phai cho ca buoi",
      text="""Kinh gui So Tu phap,

Toi ra bo phan mot cua UBND phuong Hoan Kiem chung thuc hop dong uy quyen, boc so luc 8h, den 11h30 van chua toi luot thi het gio. Chi co 1 nguoi lam chung thuc cho ca phuong.
De nghi phuong bo tri them nguoi hoac cho dat lich hen truoc.
Hanh
""", topic="certification", unit=HK,
      why="Waiting for certification of a power of attorney at the ward of Hoàn Kiếm, sent to so-tp.")

    L("chung-thuc-ban-dich-cau-giay", to="so-tp",
      sender=("Ninh Thị Diệu Linh", "dieulinh.ninh@example.org"),
      subject="Chứng thực chữ ký người dịch bị từ chối nhận",
      text="""Kính gửi Sở Tư pháp,

Tôi là cộng tác viên dịch thuật, mang bản dịch bằng tốt nghiệp tiếng Anh ra UBND phường Cầu Giấy chứng thực chữ ký người dịch thì cán bộ không nhận, bảo "phường không làm bản dịch". Theo tôi biết việc này cấp xã vẫn làm.
Đề nghị phường giải thích hoặc nhận hồ sơ cho tôi.

Ninh Thị Diệu Linh
""", topic="certification", unit=CG,
      why="Certifying a translator's signature refused at the ward of Cầu Giấy, sent to so-tp.")

    L("chung-thuc-tai-nha-cho-nguoi-gia", to=SS,
      sender=("Kiều Thị Nhung", "nhung.kieuthi@example.net"),
      subject="Xin chứng thực chữ ký tại nhà cho bà nội liệt giường",
      text="""Kính gửi UBND xã Sóc Sơn,

Bà nội tôi 91 tuổi nằm liệt giường, cần ký giấy ủy quyền cho bố tôi nhận lương hưu thay. Bà không đi được ra xã, xin hỏi xã có cử cán bộ đến nhà chứng thực chữ ký được không, phí thế nào?

Kiều Thị Nhung
""", topic="certification", unit=SS,
      why="Certification of a signature at home for a bedridden grandmother, commune named.")

    L("ban-sao-dien-tu-loi-chu-ky-so", to="ubnd-tp",
      sender=("Lam Duc Anh", "ducanh.lam@example.com"),
      subject="ban sao dien tu chung thuc bi loi chu ky so",
      text="""Kinh gui VP UBND TP,

Toi nop yeu cau chung thuc ban sao dien tu tu ban chinh bang dai hoc qua cong dich vu cong, UBND phuong Cau Giay tra ket qua nhung file PDF bao loi chu ky so, nop cho cong ty thi ho ko chap nhan. Da 2 lan nhu vay.
De nghi phuong kiem tra lai va cap lai ban sao hop le.
Duc Anh
""", topic="certification", unit=CG,
      why="Electronic certified copy with a broken signature from the ward of Cầu Giấy; the online portal is a decoy (other).")

    L("chung-thuc-di-chuc-cua-bac", to="so-tnmt",
      sender=("Tạ Thị Minh Nguyệt", "minhnguyet.ta@example.com"),
      subject="Xin chứng thực di chúc cho mẹ đang ốm",
      text="""Kính gửi các cơ quan,

Mẹ tôi ốm nặng, muốn lập di chúc để lại ngôi nhà trên phố Cửa Bắc cho các con, cần chứng thực di chúc nhưng không thể đi lại. Tôi hỏi có được mời cán bộ chứng thực đến nhà không, cần chuẩn bị giấy tờ gì.

Tạ Thị Minh Nguyệt
""", topic="certification", unit=BD, place="phố Cửa Bắc",
      why="Certifying a will at home, the house on Cửa Bắc street (Ba Đình), sent to so-tnmt (the house a decoy); street only.")


def garbage():
    L("thung-rac-quanh-ho-guom-day-tran", to="so-tnmt",
      sender=("Phạm Ngọc Diệp", "diep.phamngoc.guide@example.com"),
      subject="Thùng rác quanh hồ Gươm đầy tràn sáng Chủ nhật",
      text="""Kính gửi Sở,

Tôi là hướng dẫn viên, sáng Chủ nhật nào cũng dẫn khách đi bộ quanh hồ Gươm. Sau tối thứ Bảy phố đi bộ, các thùng rác quanh hồ đầy tràn, rác rơi ra thảm cỏ đến 9-10 giờ sáng vẫn chưa ai dọn.
Khách nước ngoài hỏi tôi sao không ai thu gom, tôi không biết trả lời thế nào.

Phạm Ngọc Diệp
""", topic="garbage", unit=HK, place="hồ Gươm",
      why="Overflowing bins around Hoàn Kiếm lake, sent to so-tnmt; the lake only.")

    L("xa-ban-xay-dung-duong-quang-ham", to="so-xd",
      sender=("Truong Van Khoi", "khoi.truongvan@example.net"),
      subject="xe do xa ban xay dung ra goc cay ban dem",
      text="""Gui So Xay dung,

May dem nay co xe ba gac do gach vun, xa ban xay dung ra goc cay va mep duong pho Duong Quang Ham, sang ra thanh ca dong. Ko phai cong trinh nao o day, la cho noi khac mang den do trom.
De nghi cho don va cho nguoi canh.
Khoi
""", topic="garbage", unit=CG, place="pho Duong Quang Ham",
      why="Construction rubble dumped at night on Dương Quảng Hàm street (Cầu Giấy), sent to so-xd; xây dựng is a decoy; street only.")

    L("rac-noi-ho-truc-bach-cp1258", to="ubnd-tp",
      sender=("Lã Thị Bình", "binh.lathi@example.org"),
      subject="Rác nổi dạt vào bờ hồ Trúc Bạch",
      text="""Kính gửi UBND thành phố,

Mấy tuần nay túi ni lông, chai nhựa, cốc trà sữa nổi dạt thành mảng ở ven hồ Trúc Bạch phía đường Thanh Niên, không thấy ai vớt, bốc mùi. Chiều nào tôi cũng đi bộ ở đây.
Mong thành phố nhắc đơn vị vệ sinh vớt rác thường xuyên.

Lã Thị Bình
""", topic="garbage", unit=BD, place="hồ Trúc Bạch", cte="base64", **CP1258,
      why="Floating litter on Trúc Bạch lake (Ba Đình), windows-1258 base64; the lake only (Thanh Niên road is only where).")

    L("khieu-nai-phat-de-rac-sai-gio", to=BD,
      sender=("Duong Thi Loan", "loan.duongthi@example.com"),
      subject="khieu nai bi phat vi de rac sai gio",
      text="""Kinh gui cac anh chi,

Toi nhan quyet dinh xu phat 500.000 dong vi "de rac khong dung gio quy dinh" truoc cua nha. Hom do toi di lam ca dem, nho hang xom mang tui rac ra, hang xom de som hon 1 tieng. Toi khieu nai quyet dinh nay vi nguoi de rac ko phai toi va muc phat qua nang.
Loan
""", topic="garbage", unit=BD, letter="complaint",
      why="Complaint about a littering penalty that names no issuer: the receiving ward's.")

    L("thu-phi-rac-khong-thu-gom", to="so-tnmt",
      sender=("Hoang Van Duc", "duc.hoangvan.ss@example.net"),
      subject="dong phi rac ma 2 tuan ko co xe thu gom",
      text="""Kinh gui So,

Khu dan cu sau Truong THPT Soc Son thang nao cung dong phi ve sinh day du, nhung 2 tuan nay ko co xe rac den, rac chat dong o dau ngo, hoc sinh di qua phai bit mui.
De nghi don vi thu gom den lay rac.
Duc
""", topic="garbage", unit=SS, place="Truong THPT Soc Son",
      why="Garbage not collected behind Sóc Sơn high school (former thị trấn Sóc Sơn), sent to so-tnmt; the school only.")

    L("to-cao-xuong-in-do-hoa-chat", to="thanh-tra",
      sender=("Nguyễn Thị Ngát", "ngat.nguyenthi@example.com"),
      subject="Tố cáo xưởng in đổ hóa chất và rác thải ra bãi đất trống",
      text="""Kính gửi Thanh tra thành phố,

Tôi tố cáo một xưởng in bao bì ở xã Sóc Sơn: tối nào cũng cho người chở can mực, hóa chất thải và giấy vụn ra đổ ở bãi đất trống cạnh ruộng, mùi hắc cả xóm, nước ngấm xuống giếng.
Đề nghị kiểm tra, xử lý cơ sở này. Xin giữ kín tên tôi.

Nguyễn Thị Ngát
""", topic="garbage", unit=SS, letter="denunciation",
      why="Denunciation of a business dumping waste (not of officials): the commune's garbage case, sent to thanh-tra.")

    L("rac-quan-an-cha-ca-html", to=BD,
      sender=("Cao Minh Quan", "quan.caominh@example.org"),
      subject="quan an do nuoc thai va rac ra goc cay",
      text="""Chao cac anh chi,

Toi o pho Cha Ca, may quan an dem tren pho don hang xong la do ca xo rac, xuong, nuoc thai ra goc cay va ranh nuoc, sang ra ruoi bau kin. Nha toi mo cua la ngui mui.
Mong co nguoi kiem tra va bat cac quan tu thu gom rac.
Quan
""", topic="garbage", unit=HK, place="pho Cha Ca", shape="html",
      why="Restaurants dumping food waste on Chả Cá street (Hoàn Kiếm), sent to Ba Đình by mistake, HTML only; street only.")


def flooding():
    L("cong-tac-pham-tuan-tai", to=CG,
      sender=("Bế Văn Thao", "thao.bevan@example.com"),
      subject="Cống thoát nước tắc, mưa là nước tràn vào nhà",
      text="""Kính gửi UBND phường Cầu Giấy,

Đoạn cống thoát nước trước dãy nhà tôi trên phố Phạm Tuấn Tài bị tắc lâu ngày, mưa chừng 20 phút là nước không rút được, tràn qua bậc cửa vào nhà. Mong phường báo đơn vị thoát nước nạo vét cống.

Bế Văn Thao
""", topic="flooding", unit="so-xd",
      why="Blocked drain flooding houses, sent to the ward: flooding (so-xd); the ward and street are only where.")

    L("nuoc-thai-tran-ra-ngo-soc-son", to=SS,
      sender=("Le Van Nam", "nam.levan.ss@example.com"),
      subject="nuoc thai tu cong tran ra ngo, ko co cho thoat",
      text="""Kinh gui UBND xa,

Xom toi o xa Soc Son chua co cong thoat nuoc chung, nuoc thai cac nha xa ra ranh dat, mua xuong la tran het ra ngo, ngap mat ca chan. Tre con loi nuoc di hoc.
De nghi dau tu he thong thoat nuoc cho xom.
Nam
""", topic="flooding", unit="so-xd",
      why="No drainage in a hamlet, waste water floods the lane: flooding (so-xd), sent to the commune.")

    L("ngap-nga-tu-xe-chet-may", to="so-gtvt",
      sender=("Vi Van Tuong", "tuong.vivan@example.net"),
      subject="mua 30 phut la ngap, xe chet may hang loat",
      text="""Gui So GTVT,

Chieu qua mua co 30 phut ma doan duong truoc cho Nghia Tan ngap sau 40 cm, xe may chet may hang loat, nguoi dat xe dong nghit. Nam nao cung vay ma ko thay cai tao cong thoat nuoc.
De nghi co quan quan ly thoat nuoc xu ly triet de.
Tuong
""", topic="flooding", unit="so-xd",
      why="Street flooding after rain, sent to so-gtvt (stalled motorbikes are a decoy): flooding, so-xd.")

    L("re-tra-loi-phuong-ve-ngap", to="so-xd",
      sender=("Lưu Thị Thủy", "thuy.luuthi@example.com"),
      subject="Re: Trả lời phản ánh về ngập nước khu tập thể",
      text="""Kính gửi Sở Xây dựng,

Tôi gửi tiếp theo trả lời của phường dưới đây. Sân khu tập thể nhà tôi vẫn ngập sau mỗi trận mưa vì cống chung bị sụt, nước không chảy ra cống phố được.
Mong Sở cho người khảo sát và sửa cống.

Lưu Thị Thủy

> Ngày 28/11/2026, UBND phường trả lời:
> Nội dung bà phản ánh về hệ thống thoát nước thuộc thẩm quyền của Sở Xây dựng.
> Phường đã ghi nhận và đề nghị bà gửi phản ánh tới Sở.
""", topic="flooding", unit="so-xd", note="text/plain; a reply quoting the ward's earlier answer",
      why="A reply quoting a ward's answer (Re: without a case tag: a new case), flooding to so-xd.")

    L("kenh-thoat-nuoc-bun-day", to="so-tnmt",
      sender=("Phùng Văn Chiến", "chien.phungvan@example.org"),
      subject="Mương thoát nước sau khu dân cư đầy bùn, nước tràn vào nhà",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Mương thoát nước phía sau khu dân cư tôi ở nhiều năm không nạo vét, bùn và cỏ lấp gần hết lòng mương. Mưa to nước không thoát, tràn ngược vào sân và bếp các nhà, mùi hôi rất khó chịu.
Đề nghị cơ quan quản lý thoát nước nạo vét mương.

Phùng Văn Chiến
--
Gửi từ điện thoại. Hãy bảo vệ môi trường: cân nhắc trước khi in thư này.
""", topic="flooding", unit="so-xd", cte="base64", mailer="iphone",
      why="A silted drainage channel flooding houses, sent to so-tnmt; môi trường in the signature is a decoy.")

    L("fwd-thi-cong-cong-dang-do", to="so-xd",
      sender=("Mai Xuan Truong", "truong.maixuan@example.net"),
      subject="Fwd: cong thoat nuoc thi cong dang do",
      text="""Chao So,

Chuyen tiep thu toi gui So GTVT thang truoc, ho bao viec nay thuoc So Xay dung.

Truong
""", fwd=dict(sender=("Mai Xuan Truong", "truong.maixuan@example.net"),
              to="phananh@sogtvt.hanoi.example.vn", date=mr.D(1102, 7, 15),
              subject="cong thoat nuoc thi cong dang do",
              text="""Kinh gui So,

Cong trinh lat cong thoat nuoc doc ngo nha toi dao len tu thang 8, dat ong xong mot nua roi bo do. Mua la nuoc ko co cho thoat, tran vao nha, ho dao con de mo.
De nghi nha thau hoan thanh cong thoat nuoc.
Truong
"""), form="fwd", cte="7bit", charset="us-ascii", topic="flooding", unit="so-xd",
      why="Forwarded letter (message/rfc822) about unfinished drainage works, first sent to so-gtvt.")
def noise():
    L("loa-keo-nguyen-khac-hieu", to="ca-tp",
      sender=("Do Thi Kim Oanh", "kimoanh.dothi@example.com"),
      subject="loa keo hat karaoke ngoai duong den 11h dem",
      text="""Kinh gui cac anh chi,

Toi nao cung co nhom thanh nien mang loa keo ra via he pho Nguyen Khac Hieu hat karaoke tu 8h den hon 11h dem, mo het co. Nha toi co me gia bi cao huyet ap, ko ngu duoc.
Nhac nho thi ho bao duong la cua chung. Mong co nguoi xu ly.
Oanh
""", topic="noise", unit=BD, place="pho Nguyen Khac Hieu",
      why="Portable karaoke speakers on Nguyễn Khắc Hiếu street (Ba Đình), sent to the police; street only.")

    L("bar-mo-nhac-luong-ngoc-quyen", to="ubnd-tp",
      sender=("Ngô Thị Quỳnh Anh", "quynhanh.ngo@example.net"),
      subject="Quán bar mở nhạc đến 2 giờ sáng",
      text="""Kính gửi Văn phòng UBND thành phố,

Quán bar đối diện nhà tôi trên phố Lương Ngọc Quyến mở nhạc sàn đến 2 giờ sáng, cả tường nhà rung theo tiếng bass. Chúng tôi đã gọi đường dây nóng nhiều lần, đêm hôm sau lại như cũ.
Đề nghị buộc quán cách âm và đóng cửa đúng giờ.

Ngô Thị Quỳnh Anh
""", topic="noise", unit=HK, place="phố Lương Ngọc Quyến",
      why="Bar music until 2 a.m. on Lương Ngọc Quyến street (Hoàn Kiếm), sent to the city office; street only.")

    L("cuc-nong-dieu-hoa-quan-ca-phe", to="so-xd",
      sender=("Ha Van Khanh", "khanh.havan@example.com"),
      subject="dan cuc nong dieu hoa cua quan ca phe keu ca dem",
      text="""Kinh gui So,

Quan ca phe moi mo ben canh nha toi o pho Tran Quoc Hoan lap 6 cuc nong dieu hoa chia thang vao cua so phong ngu nha toi, chay ca ngay lan dem, tieng u u va gio nong thoi sang.
Noi chuyen voi chu quan ko duoc. De nghi kiem tra tieng on.
Khanh
""", topic="noise", unit=CG, place="pho Tran Quoc Hoan",
      why="Air-conditioner units of a café humming all night on Trần Quốc Hoàn street (Cầu Giấy), sent to so-xd; street only.")

    L("may-nghien-da-viscii", to="so-tnmt",
      sender=("Nguyễn Văn Thịnh", "thinh.nguyenvan.ss@example.com"),
      subject="Máy nghiền đá chạy ầm ầm từ sáng sớm",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Bãi tập kết vật liệu ở xã Sóc Sơn đặt máy nghiền đá chạy từ 5 giờ sáng đến tối mịt, tiếng máy ầm ầm, các nhà cách đó 100 m không nghe được tivi. Trẻ con ngủ trưa không được.
Đề nghị kiểm tra tiếng ồn và giờ hoạt động.

Nguyễn Văn Thịnh
""", topic="noise", unit=SS, cte="quoted-printable", **VISCII,
      why="Stone crusher noise in the commune of Sóc Sơn, VISCII quoted-printable, sent to so-tnmt.")

    L("khieu-nai-qd-xu-phat-tieng-on-quan-bia", to="thanh-tra",
      sender=("Đào Quang Hưng", "hung.daoquang@example.org"),
      subject="Khiếu nại quyết định xử phạt về tiếng ồn",
      text="""Kính gửi Thanh tra thành phố,

Tôi là chủ quán bia. Tôi khiếu nại Quyết định số 77/QĐ-XPHC của Chủ tịch UBND phường Cầu Giấy xử phạt quán tôi 8 triệu đồng về tiếng ồn. Đoàn kiểm tra đo tiếng ồn lúc 21 giờ ngay sát loa quảng cáo của quán khác bên cạnh, không phải loa của quán tôi.
Đề nghị hủy quyết định xử phạt.

Đào Quang Hưng
""", topic="noise", unit=CG, letter="complaint",
      why="A bar owner's complaint about a ward's noise penalty, issuer named after khiếu nại with the QĐ number, sent to thanh-tra.")

    L("to-cao-nha-nuoi-20-con-cho", to="thanh-tra",
      sender=("Trinh Van Bao", "bao.trinhvan@example.net"),
      subject="to cao ho gia dinh nuoi 20 con cho sua ca dem",
      text="""Kinh gui Thanh tra,

Toi to cao ho gia dinh hang xom o phuong Ba Dinh nuoi khoang 20 con cho trong nha ong 3 tang, dem nao cung sua tung hoi, ca ngo ko ai ngu duoc. Chung toi da nhac nhieu lan, to dan pho cung da hoa giai ko thanh.
De nghi co quan co tham quyen xu ly.
Bao
""", topic="noise", unit=BD, letter="denunciation",
      why="Denunciation of a household (not officials): the ward's noise case, sent to thanh-tra.")

    L("livestream-ban-hang-hang-hom-nfd", to=HK,
      sender=("Lý Thị Hoa", "hoa.lythi.hk@example.com"),
      subject="Livestream bán hàng gào thét đến nửa đêm",
      text="""Kính gửi phường,

Cửa hàng quần áo trên phố Hàng Hòm tối nào cũng livestream bán hàng, mấy người gào to qua micro và loa đến 12 giờ đêm. Nhà tôi ngay trên tầng, con học lớp 12 không học được.
Mong phường nhắc nhở và xử lý.

Lý Thị Hoa
""", topic="noise", unit=HK, place="phố Hàng Hòm", form="nfd", cte="base64",
      why="Late-night livestream selling on Hàng Hòm street (Hoàn Kiếm), NFD base64; street only.")


def water():
    L("nuoc-may-mui-clo", to=CG,
      sender=("Tăng Thị Hà", "ha.tangthi@example.com"),
      subject="Nước máy mùi clo nồng, uống không được",
      text="""Kính gửi UBND phường Cầu Giấy,

Một tuần nay nước máy nhà tôi mùi clo rất nồng, đun sôi vẫn còn mùi, pha sữa cho con không dám dùng. Cả dãy nhà đều vậy. Mong phường chuyển tới đơn vị cấp nước kiểm tra chất lượng nước.

Tăng Thị Hà
""", topic="water", unit="so-xd",
      why="Tap water smelling of chlorine, sent to the ward: water (so-xd).")

    L("dong-ho-nuoc-chay-khi-khong-dung", to="ubnd-tp",
      sender=("Bui Van Thang", "thang.buivan@example.net"),
      subject="dong ho nuoc tu chay, hoa don tang gap 3",
      text="""Kinh gui UBND TP,

Nha toi di vang ca thang ma dong ho nuoc van chay, hoa don nuoc thang 11 la 1,2 trieu gap 3 lan binh thuong. Cong ty nuoc bao do ro ri trong nha nhung tho kiem tra ko thay ri.
De nghi kiem dinh lai dong ho nuoc.
Thang
""", topic="water", unit="so-xd",
      why="A water meter running with nobody home and a tripled water bill, sent to the city office.")

    L("gieng-khoan-nhiem-asen-cp1258", to=SS,
      sender=("Khổng Văn Toản", "toan.khongvan@example.org"),
      subject="Thôn chưa có nước sạch, giếng khoan nhiễm a-sen",
      text="""Kính gửi UBND xã,

Thôn tôi đến giờ vẫn chưa có đường ống nước sạch, cả thôn dùng giếng khoan. Trạm y tế lấy mẫu kết luận nước giếng nhiễm a-sen vượt mức cho phép. Các nhà phải mua nước bình để nấu ăn.
Đề nghị sớm kéo đường ống cấp nước sạch về thôn.

Khổng Văn Toản
""", topic="water", unit="so-xd", cte="8bit", **CP1258,
      why="No piped clean water in a village, windows-1258 8bit, sent to the commune: water (so-xd).")

    L("vo-ong-nuoc-phun-tren-via-he", to="so-gtvt",
      sender=("Dinh Thi Hoai", "hoai.dinhthi@example.com"),
      subject="ong nuoc vo phun len via he tu sang",
      text="""Gui So,

Ong cap nuoc duoi via he truoc cua hang toi bi vo, nuoc phun len tu 6h sang, chay tran xuong long duong. Ca day pho mat nuoc. Goi so cua cong ty nuoc ko ai nghe.
Mong bao gap cho don vi cap nuoc.
Hoai
""", topic="water", unit="so-xd",
      why="A burst water main under the sidewalk, sent to so-gtvt (sidewalk and roadway are decoys): water.")

    L("ap-luc-nuoc-yeu-tang-5", to="so-xd",
      sender=("Âu Thị Thanh", "thanh.authi@example.net"),
      subject="Nước yếu, tầng 5 khu tập thể không có nước",
      text="""Kính gửi Sở Xây dựng,

Từ tháng 10 áp lực nước máy rất yếu, các hộ từ tầng 4 trở lên trong khu tập thể không có nước từ 7 giờ sáng đến 10 giờ tối, phải xách nước từ tầng 1. Người già rất vất vả.
Đề nghị đơn vị cấp nước tăng áp lực.

Âu Thị Thanh
""", topic="water", unit="so-xd", shape="html",
      why="Weak water pressure in an old apartment block, HTML only.")


def power():
    L("cot-dien-nghieng-sau-bao", to=SS,
      sender=("Nguyen Van Sang", "sang.nguyenvan.ss@example.com"),
      subject="cot dien nghieng sau bao, day dien vong sat mai nha",
      text="""Kinh gui UBND xa Soc Son,

Sau tran bao vua roi cot dien dau thon toi nghieng han, day dien vong xuong sat mai nha va ngang dau nguoi di xe may. Dien luc hen ma chua thay den.
Rat nguy hiem, de nghi xu ly gap.
Sang
""", topic="power", unit="ubnd-tp",
      why="A leaning power pole after a storm, sent to the commune: power (ubnd-tp).")

    L("day-dien-chang-chit-vong-thap", to=HK,
      sender=("Trần Thị Nguyệt", "nguyet.tranthi.hk@example.org"),
      subject="Dây điện võng thấp qua ngõ, có tiếng nổ lách tách",
      text="""Kính gửi phường Hoàn Kiếm,

Bó dây điện đi qua ngõ nhà tôi võng thấp, có chỗ vỏ bọc đã nứt, tối qua có tiếng nổ lách tách và tia lửa. Tôi đã gọi tổng đài điện lực nhưng chỉ được hẹn. Xin phường báo giúp ngành điện xử lý gấp.

Trần Thị Nguyệt
""", topic="power", unit="ubnd-tp",
      why="Sagging, sparking power cables in a lane, sent to the ward: power (ubnd-tp); the ward is a decoy.")

    L("cat-dien-hong-tu-thuoc", to="so-khdt",
      sender=("Ton That Minh", "minh.tonthat@example.net"),
      subject="cat dien ko bao truoc lam hong tu lanh bao quan thuoc",
      text="""Kinh gui So,

Nha thuoc cua toi bi cat dien 6 tieng hom 30/11 ko co thong bao lich cat dien truoc, tu lanh bao quan vac xin va insulin hong het, thiet hai gan 20 trieu. Dien luc bao la su co.
De nghi co quan quan ly xem xet trach nhiem ben dien.
Minh
""", topic="power", unit="ubnd-tp",
      why="An unannounced power cut spoiling a pharmacy's fridge, sent to so-khdt (the business is a decoy).")

    L("dien-ap-yeu-dieu-hoa-khong-chay", to="ubnd-tp",
      sender=("Lục Văn Quang", "quang.lucvan@example.com"),
      subject="Điện áp yếu, buổi tối điều hòa không chạy được",
      text="""Kính gửi Văn phòng UBND thành phố,

Khu nhà tôi mấy tháng nay cứ từ 6 đến 10 giờ tối điện áp xuống còn khoảng 170 V, bóng đèn tù mù, điều hòa và máy bơm không khởi động được. Điện lực nói trạm biến áp quá tải nhưng chưa có kế hoạch nâng cấp.

Lục Văn Quang
""", topic="power", unit="ubnd-tp",
      why="Low voltage in the evenings, sent to the city office.")


def roads():
    L("cau-tam-qua-muong-hong", to=SS,
      sender=("Ngo Thi Tuyet", "tuyet.ngothi@example.net"),
      subject="cau tam qua muong bi gay mat 2 tam van",
      text="""Kinh gui UBND xa Soc Son,

Cay cau tam bac qua muong tren duong lien thon ra truong tieu hoc bi gay mat 2 tam van, hoc sinh di xe dap qua rat nguy hiem, tuan truoc co chau nga xuong muong.
De nghi sua chua hoac lam cau moi.
Tuyet
""", topic="roads", unit="so-gtvt",
      why="A broken footbridge on a village road, sent to the commune: roads (so-gtvt).")

    L("den-tin-hieu-hong-ca-tuan", to=CG,
      sender=("Lương Văn Tài", "tai.luongvan@example.com"),
      subject="Đèn tín hiệu giao thông hỏng cả tuần",
      text="""Kính gửi UBND phường Cầu Giấy,

Cụm đèn tín hiệu giao thông ở nút giao gần nhà tôi chỉ nháy vàng suốt một tuần nay, giờ cao điểm xe các hướng chen nhau, sáng nay suýt có va chạm. Xin phường báo giúp đơn vị quản lý đèn giao thông sửa chữa.

Lương Văn Tài
""", topic="roads", unit="so-gtvt",
      why="Traffic lights flashing yellow for a week, sent to the ward: roads.")

    L("khieu-nai-qd-xu-phat-doi-csgt", to="so-gtvt",
      sender=("Pham Van Hieu", "hieu.phamvan.tx@example.com"),
      subject="khieu nai quyet dinh xu phat",
      text="""Kinh gui So GTVT,

Toi khieu nai quyet dinh xu phat cua Doi CSGT so 2 ve loi "khong chap hanh hieu lenh den tin hieu" ngay 14/11. Luc do den tin hieu tai nut giao bi hong, chi nhay vang, toi co video hanh trinh chung minh.
De nghi huy quyet dinh xu phat va tra lai giay phep lai xe cho toi.
Hieu
""", topic="roads", unit="ca-tp", letter="complaint",
      why="Complaint about a traffic police penalty (Đội CSGT belongs to the city police), sent to so-gtvt: ca-tp; topic roads.")

    L("xe-qua-tai-pha-duong-be-tong", to="so-tnmt",
      sender=("Giáp Văn Hòa", "hoa.giapvan@example.net"),
      subject="Xe chở đất quá tải phá nát đường bê tông liên thôn",
      text="""Kính gửi Sở,

Đường bê tông liên thôn nhà tôi mới làm được hai năm, nay xe chở đất san lấp chạy ngày đêm, quá tải, đường vỡ thành từng mảng, ổ gà sâu cả gang tay. Dân góp tiền làm đường giờ không ai chịu trách nhiệm sửa.
Đề nghị cấm xe quá tải và sửa đường.

Giáp Văn Hòa
""", topic="roads", unit="so-gtvt", mailer="thunderbird",
      why="Overloaded trucks breaking a village concrete road, sent to so-tnmt (đất is a decoy): roads.")

    L("bien-bao-bi-cay-che-khuat", to="ca-tp",
      sender=("Kim Van Long", "long.kimvan@example.com"),
      subject="bien bao cam re bi cay che kin",
      text="""Chao cac anh chi,

Bien bao cam re trai o dau duong bi tan cay che kin, tu xa ko nhin thay, nhieu nguoi re vao roi bi phat. Toi nghi can cat tia cay hoac doi vi tri bien bao.
Long
""", topic="roads", unit="so-gtvt",
      why="A traffic sign hidden by a tree, sent to the police (fines are a decoy): roads.")


def illegal_construction():
    L("xay-tang-4-hang-quat", to="so-xd",
      sender=("Triệu Thị Hằng", "hang.trieuthi@example.com"),
      subject="Nhà trong phố cổ lén xây thêm tầng 4",
      text="""Kính gửi Sở Xây dựng,

Căn nhà cạnh nhà tôi trên phố Hàng Quạt che bạt kín, đêm đêm đổ bê tông, nay đã lên tầng 4 vượt chiều cao cho phép trong khu phố cổ. Không có biển báo công trình nào.
Đề nghị kiểm tra và đình chỉ.

Triệu Thị Hằng
""", topic="illegal_construction", unit=HK, place="phố Hàng Quạt",
      why="A fourth storey built secretly on Hàng Quạt street (Hoàn Kiếm), sent to so-xd; street only.")

    L("coi-noi-chuong-cop-sau-chua-ha", to="so-xd",
      sender=("Ly Van Phong", "phong.lyvan@example.net"),
      subject="khu tap the coi noi chuong cop, lan ra khong trung",
      text="""Kinh gui So Xay dung,

Khu tap the sau chua Ha dang co 3 ho coi noi chuong cop bang sat ra ngoai hon 1,5 m, lam ca phong o lo lung, toi so co ngay sap. Ko thay giay phep gi.
De nghi kiem tra xu ly cong trinh trai phep.
Phong
""", topic="illegal_construction", unit=CG, place="chua Ha",
      why="Illegal cage extensions on an old apartment block behind Hà pagoda (Cầu Giấy), sent to so-xd; landmark only.")

    L("to-cao-ho-xay-nha-tren-dat-nong-nghiep", to="thanh-tra",
      sender=("Nguyen Van Duong", "duong.nguyenvan.ss@example.com"),
      subject="to cao ho dan xay nha kien co tren dat nong nghiep",
      text="""Kinh gui Thanh tra thanh pho,

Toi to cao mot ho dan o xa Soc Son dang xay nha 2 tang kien co tren dat trong lua, da do mong va cot, dan trong xom deu biet. Xa da lap bien ban mot lan nhung ho van xay tiep.
Nguyen Van Duong
""", topic="illegal_construction", unit=SS, letter="denunciation",
      why="Denunciation of a household building on farmland (not officials): the commune's, sent to thanh-tra.")

    L("cong-trinh-sat-den-quan-thanh", to="ubnd-tp",
      sender=("Hoàng Minh Đức", "duc.hoangminh@example.org"),
      subject="Công trình xây sát đền Quán Thánh không có biển cấp phép",
      text="""Kính gửi UBND thành phố,

Ngay sát tường đền Quán Thánh có một công trình đang xây móng rất sâu, không treo biển thông tin và giấy phép xây dựng như quy định. Tôi lo ảnh hưởng đến di tích và các nhà liền kề.
Đề nghị kiểm tra, xử lý nếu xây dựng trái phép.

Hoàng Minh Đức
""", topic="illegal_construction", unit=BD, place="đền Quán Thánh",
      why="Suspected unpermitted building next to Quán Thánh temple (Ba Đình), sent to the city office; cấp phép is a decoy; landmark only.")

    L("khieu-nai-qd-cuong-che-pha-do", to="so-xd",
      sender=("Vuong Thi Hue", "hue.vuongthi@example.net"),
      subject="khieu nai quyet dinh cuong che pha do",
      text="""Kinh gui So Xay dung,

UBND phuong Hoan Kiem ban hanh Quyet dinh so 88/QD-UBND cuong che pha do phan mai che tang thuong nha toi. Toi khieu nai quyet dinh do vi phan mai che co tu truoc nam 1994, ko phai xay moi.
De nghi xem xet lai truoc ngay cuong che.
Hue
""", topic="illegal_construction", unit=HK, letter="complaint",
      why="Complaint about a ward's demolition order (QĐ số .../QĐ-UBND of the ward of Hoàn Kiếm), sent to so-xd.")

    L("nha-xuong-ton-thi-tran-soc-son-cu", to="so-tnmt",
      sender=("Do Van Hai", "hai.dovan.ss@example.com"),
      subject="dung nha xuong ton trai phep",
      text="""Gui cac anh chi,

O khu thi tran Soc Son cu, canh nha toi co nguoi quay ton dung nha xuong rong gan 300 m2 de lam kho hang, lam xong trong 1 tuan, ko thay giay phep xay dung nao.
De nghi kiem tra xu ly cong trinh xay dung trai phep.
Hai
""", topic="illegal_construction", unit=SS, place="thi tran Soc Son cu",
      why="An unpermitted warehouse in the former thị trấn Sóc Sơn, sent to so-tnmt; the former town only.")
def encroachment():
    L("ban-ghe-kin-via-he-hang-manh", to="so-gtvt",
      sender=("Quản Thị Thu Hà", "thuha.quan@example.com"),
      subject="Quán ăn kê bàn ghế kín vỉa hè, người đi bộ phải xuống lòng đường",
      text="""Kính gửi Sở Giao thông vận tải,

Các quán ăn trên phố Hàng Mành kê bàn ghế nhựa kín vỉa hè từ 5 giờ chiều, có quán kê tràn cả xuống lòng đường. Tôi đẩy xe lăn cho bố phải đi giữa dòng xe máy.
Đề nghị lập lại trật tự vỉa hè.

Quản Thị Thu Hà
""", topic="encroachment", unit=HK, place="phố Hàng Mành",
      why="Tables and stools covering the sidewalk of Hàng Mành street (Hoàn Kiếm), sent to so-gtvt; street only.")

    L("khieu-nai-qd-phat-phuong-nguyen-trung-truc-cu", to=HK,
      sender=("Luu Van Kien", "kien.luuvan@example.org"),
      subject="khieu nai QD xu phat cua UBND phuong Nguyen Trung Truc cu",
      text="""Kinh gui UBND phuong,

Thang 4/2025 UBND phuong Nguyen Trung Truc (nay da sap nhap) ra quyet dinh xu phat toi 3 trieu dong vi de hang hoa lan chiem via he. Toi da nop phat, nhung nay moi biet bien ban ghi sai dia chi cua hang, hang xom moi la nguoi vi pham. Toi khieu nai quyet dinh xu phat do.
Kien
""", topic="encroachment", unit=BD, letter="complaint",
      why="Complaint about a penalty issued by a former ward (Nguyễn Trung Trực, now Ba Đình) before the merger, sent to Hoàn Kiếm: the successor, Ba Đình.")

    L("trong-xe-trai-phep-hoc-vien-bao-chi", to="ca-tp",
      sender=("Châu Văn Nghĩa", "nghia.chauvan@example.net"),
      subject="Trông giữ xe trái phép chiếm hết vỉa hè",
      text="""Kính gửi Công an thành phố,

Trước cổng Học viện Báo chí và Tuyên truyền, mấy điểm trông giữ xe tự phát chiếm gần hết vỉa hè, thu 10 nghìn một lượt, sinh viên và người đi bộ không còn lối đi. Đã nhiều lần phản ánh miệng nhưng đâu vẫn đấy.

Châu Văn Nghĩa
""", topic="encroachment", unit=CG, place="Học viện Báo chí và Tuyên truyền",
      why="Unlicensed parking on the sidewalk in front of the Academy of Journalism (Cầu Giấy), sent to the police; landmark only.")

    L("sap-hang-lan-duong-vao-cho", to="so-gtvt",
      sender=("Ta Thi Men", "men.tathi@example.com"),
      subject="sap hang lan het duong vao cho, xe ko qua dc",
      text="""Kinh gui So,

Duong vao cho o xa Soc Son sang nao cung bi cac sap rau, sap ca lan ra gan kin long duong, xe may di ko lot, o to cho hang phai dung ngoai duong lon. Xa co nhac nhung hom sau lai bay ra.
De nghi lap lai trat tu.
Men
""", topic="encroachment", unit=SS,
      why="Stalls occupying the road to a market in the commune of Sóc Sơn, sent to so-gtvt: encroachment (the commune).")

    L("bia-hoi-ke-ban-hoe-nhai", to="so-tnmt",
      sender=("Mẫn Thị Thoa", "thoa.manthi@example.org"),
      subject="Quán bia hơi kê bàn ra lòng đường",
      text="""Kính gửi các cơ quan chức năng,

Quán bia hơi ở đầu phố Hòe Nhai chiều tối kê bàn ghế ra hết vỉa hè và lấn xuống một phần lòng đường, khách đỗ xe máy dàn hàng ngang. Ô tô đi qua phải bấm còi inh ỏi.
Đề nghị kiểm tra, xử lý lấn chiếm.

Mẫn Thị Thoa
""", topic="encroachment", unit=BD, place="phố Hòe Nhai", shape="alt",
      why="A beer bar spilling onto the road on Hòe Nhai street (Ba Đình), sent to so-tnmt; street only.")

    L("to-cao-cua-hang-vlxd-do-cat-da", to="thanh-tra",
      sender=("Dam Van Quyet", "quyet.damvan@example.net"),
      subject="to cao cua hang vat lieu do cat da chiem via he",
      text="""Kinh gui Thanh tra thanh pho,

Toi to cao cua hang vat lieu xay dung tren pho Pham Tuan Tai do cat, da, gach ngay tren via he va mot phan long duong nhieu thang nay, bui bay mu mit, nguoi di bo phai di xuong duong.
De nghi xu ly chu cua hang.
Quyet
""", topic="encroachment", unit=CG, place="pho Pham Tuan Tai", letter="denunciation",
      why="Denunciation of a building-materials shop occupying the sidewalk on Phạm Tuấn Tài street (Cầu Giấy): the ward's, sent to thanh-tra; street only.")

    L("re-o-to-do-kin-via-he-nguyen-huu-huan", to="ubnd-tp",
      sender=("Phan Van Tu", "tu.phanvan@example.com"),
      subject="Re: o to do kin via he",
      text="""Kinh gui UBND TP,

Toi gui lai thu cu vi sau 2 tuan van vay: o to do kin via he pho Nguyen Huu Huan ca ngay, nha hang dat bien "giu cho", nguoi di bo phai di duoi long duong.
Tu

> Vao 20/11/2026 Phan Van Tu viet:
> Kinh gui cac anh chi, o to do kin via he, nguoi di bo ko co cho di.
""", topic="encroachment", unit=HK, place="pho Nguyen Huu Huan",
      note="text/plain; a reply quoting the citizen's own earlier mail",
      why="Cars parked over the whole sidewalk of Nguyễn Hữu Huân street (Hoàn Kiếm), a reply quoting the earlier mail; street only.")


def harassment():
    L("to-cao-thanh-tra-xay-dung-bao-ke", to="so-xd",
      sender=("Lê Thị Thanh Tâm", "thanhtam.lethi@example.org"),
      subject="Tố cáo cán bộ thanh tra xây dựng bảo kê công trình sai phép",
      text="""Kính gửi Sở Xây dựng,

Tôi tố cáo một cán bộ thanh tra xây dựng của Sở thường xuyên đến công trình sai phép cạnh nhà tôi, mỗi lần đến đều được chủ nhà đưa phong bì, sau đó công trình xây tiếp không bị xử lý. Chủ nhà còn nói công khai là "đã có người bảo kê".
Tôi có ảnh chụp và ghi âm, đề nghị xác minh.

Lê Thị Thanh Tâm
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a so-xd inspector taking envelopes (bảo kê), sent to the accused Sở: thanh-tra; the illegal building is a decoy.")

    L("mot-cua-goi-y-lam-dich-vu", to=SS,
      sender=("Nguyen Thi Thom", "thom.nguyenthi.ss@example.net"),
      subject="can bo mot cua goi y 'lam dich vu' 2 trieu cho nhanh",
      text="""Kinh gui UBND xa,

Toi nop ho so xin cap ban sao trich luc, can bo tiep nhan o bo phan mot cua bao phai cho 10 ngay, nhung "neu can nhanh thi lam dich vu 2 trieu, mai co". Toi ko dua tien thi bi hen di hen lai.
Nhu vay la vong vinh, nhung nhieu nguoi dan.
Thom
""", topic="harassment", unit="thanh-tra",
      why="A one-stop clerk asking 2 million for speed (vòi vĩnh), sent to the commune: thanh-tra; the record extract is a decoy.")

    L("to-cao-can-bo-so-khdt-ep-dung-dich-vu", to="so-khdt",
      sender=("Hoàng Thị Yến Nhi", "yennhi.hoang@example.com"),
      subject="Tố cáo cán bộ ép dùng dịch vụ tư vấn của người quen",
      text="""Kính gửi Sở Kế hoạch và Đầu tư,

Tôi tố cáo một cán bộ tiếp nhận hồ sơ đăng ký doanh nghiệp của Sở: hồ sơ tôi tự làm bị trả liên tục, cán bộ đưa danh thiếp một công ty tư vấn và nói "qua bên này thì xong trong 3 ngày". Tôi trả 5 triệu cho công ty đó và hồ sơ được duyệt ngay.
Đề nghị làm rõ.

Hoàng Thị Yến Nhi
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a so-khdt official steering applicants to a paid consultant, sent to the accused Sở: thanh-tra; đăng ký doanh nghiệp is a decoy.")

    L("pdf-to-cao-thu-tien-hang-rong", to=HK,
      sender=("Nguyen Van Tam", "tam.nguyenvan.hr@example.com"),
      subject="don to cao (file scan)",
      root=mr.mixed([mr.file_part(mr.tiny_pdf([
          "DON TO CAO",
          "Kinh gui: Thanh tra thanh pho Ha Noi",
          "Toi ban hang rong quanh Bo Ho. Mot so can bo trat tu cua UBND phuong Hoan Kiem",
          "thu cua chung toi moi nguoi 50.000 dong moi toi, khong co bien lai, ai khong",
          "dong thi bi thu hang. Day la bao ke, toi de nghi xac minh va xu ly.",
          "Nguoi to cao: Nguyen Van Tam"], title="Don to cao"),
          "application/pdf", "don-to-cao.pdf")], style="apple"),
      topic="harassment", unit="thanh-tra", letter="denunciation", snippet=None, mailer="iphone",
      note="multipart/mixed: only a scanned letter as PDF, no body part",
      why="Attachment-only denunciation (PDF) of ward officials collecting money from street vendors, sent to the accused ward: thanh-tra.")

    L("can-cuoc-tai-nha-doi-tien-xang", to="ca-tp",
      sender=("Văn Thị Lụa", "lua.vanthi@example.net"),
      subject="Cán bộ làm căn cước tại nhà đòi tiền xăng xe",
      text="""Kính gửi Công an thành phố,

Tuần trước hai cán bộ đến nhà làm căn cước cho mẹ tôi 88 tuổi nằm một chỗ. Làm xong họ nói "gia đình gửi anh em ít tiền xăng xe", ý là 500 nghìn. Tôi đưa vì ngại nhưng thấy không đúng, việc làm tại nhà cho người già vốn miễn phí.
Mong được làm rõ.

Văn Thị Lụa
""", topic="harassment", unit="thanh-tra",
      why="Officials asking for 'petrol money' after issuing an ID card at home (vòi vĩnh), sent to the police: thanh-tra; căn cước is a decoy (residence).")

    L("fwd-to-cao-nhan-qua-duyet-ho-tro", to=BD,
      sender=("Tran Van Quy", "quy.tranvan@example.org"),
      subject="Fwd: to cao can bo nhan qua de duyet ho so",
      text="""Kinh gui phuong,

Toi gui lai don da gui truoc day vi chua thay tra loi.

Quy
""", fwd=dict(sender=("Tran Van Quy", "quy.tranvan@example.org"),
              to="phananh@badinh.hanoi.example.vn", date=mr.D(1030, 10, 20),
              subject="to cao can bo nhan qua de duyet ho so",
              text="""Kinh gui UBND phuong Ba Dinh,

Toi to cao can bo phuong phu trach ho so ho tro nha o cho nguoi co cong nhan phong bi cua cac gia dinh roi moi dua ten vao danh sach. Nha toi ko dua nen bi gach ten du du dieu kien.
Quy
"""), form="fwd", cte="7bit", charset="us-ascii", topic="harassment", unit="thanh-tra",
      letter="denunciation",
      why="Forwarded denunciation (message/rfc822) of the ward's own officials taking envelopes, sent to the accused ward: thanh-tra.")


def regulation():
    L("gop-y-du-thao-quy-dinh-nuoi-cho", to="ubnd-tp",
      sender=("Thân Thị Minh Thư", "minhthu.than@example.com"),
      subject="Góp ý dự thảo quy định quản lý nuôi chó, mèo",
      text="""Kính gửi UBND thành phố,

Tôi đọc dự thảo quy định quản lý nuôi chó, mèo trong khu dân cư đang lấy ý kiến, xin góp ý: quy định mỗi hộ chỉ nuôi tối đa 2 con là chưa hợp lý với nhà có sân vườn; thủ tục đăng ký nuôi nên cho làm trực tuyến; mức phạt thả rông nên phân biệt lần đầu và tái phạm.

Thân Thị Minh Thư
""", topic="regulation", unit="so-tp",
      why="Comments on a draft regulation on pets, sent to the city office; chó sủa/thả rông words are decoys.")

    L("kien-nghi-giay-xac-nhan-doc-than-6-thang", to=CG,
      sender=("Ho Thi Ngoc", "ngoc.hothi@example.net"),
      subject="kien nghi keo dai thoi han giay xac nhan tinh trang hon nhan",
      text="""Kinh gui cac co quan,

Toi kien nghi sua quy dinh giay xac nhan tinh trang hon nhan chi co gia tri 6 thang. Nguoi di vay ngan hang, mua nha phai xin di xin lai nhieu lan, trong khi tinh trang ko doi. Nen cho dung thong tin tren co so du lieu dien tu thay cho giay.
Ngoc
""", topic="regulation", unit="so-tp",
      why="A proposal to change the 6-month validity of marital-status confirmations: regulation; civil status is a decoy; sent to the ward.")

    L("gop-y-han-che-xe-may-pho-co", to="so-gtvt",
      sender=("Bạch Ngọc Lan", "ngoclan.bach@example.org"),
      subject="Góp ý dự thảo đề án hạn chế xe máy khu phố cổ",
      text="""Kính gửi Sở,

Về dự thảo văn bản quy định hạn chế xe máy vào khu phố cổ đang lấy ý kiến nhân dân, tôi đề nghị bổ sung quy định riêng cho người dân có hộ khẩu trong khu vực và người khuyết tật, và công bố rõ lộ trình trước ít nhất 6 tháng.

Bạch Ngọc Lan
--
Trưởng nhóm kỹ thuật, Công ty Cấp thoát nước và Môi trường Hồng Hà
""", topic="regulation", unit="so-tp", shape="html",
      why="Comments on a draft rule restricting motorbikes, sent to so-gtvt (roads, hộ khẩu and the signature's water company are decoys): regulation.")

    L("gop-y-dien-tich-toi-thieu-tach-thua", to="so-tnmt",
      sender=("Duong Van Thuc", "thuc.duongvan@example.com"),
      subject="gop y du thao quy dinh dien tich toi thieu duoc tach thua",
      text="""Kinh gui So,

Ve du thao quyet dinh cua UBND thanh pho quy dinh dien tich toi thieu duoc tach thua dang lay y kien, toi de nghi giu muc 30 m2 o khu vuc noi do thay vi nang len 50 m2, vi nhieu gia dinh dong con se ko the chia dat cho con.
Thuc
""", topic="regulation", unit="so-tp",
      why="Comments on a draft decision on minimum parcel size, sent to so-tnmt (land is a decoy): regulation.")


def compliment():
    L("cam-on-cong-an-tim-lai-xe-may", to="ubnd-tp",
      sender=("Quách Thị Hạnh", "hanh.quachthi@example.net"),
      subject="Cảm ơn công an đã tìm lại xe máy bị mất",
      text="""Kính gửi Văn phòng UBND thành phố,

Tôi xin gửi lời cảm ơn các anh công an đã tìm lại chiếc xe máy của tôi bị trộm trước cửa chợ chỉ sau 3 ngày. Đó là phương tiện đi làm duy nhất của tôi. Mong thành phố khen thưởng các anh.

Quách Thị Hạnh
""", topic="compliment", unit="ca-tp",
      why="Thanks to the police for recovering a stolen motorbike, sent to the city office.")

    L("cam-on-xa-soc-son-cuu-tro-bao", to="ubnd-tp",
      sender=("Nguyen Thi Lien", "lien.nguyenthi.ss@example.com"),
      subject="cam on UBND xa Soc Son giup dan sau bao",
      text="""Kinh gui UBND TP,

Nha toi bi toc mai trong con bao vua roi. Cam on UBND xa Soc Son da cu can bo, dan quan den giup lop lai mai ngay hom sau va ho tro gao, tien cho cac ho kho khan. Chung toi rat cam dong.
Lien
""", topic="compliment", unit=SS,
      why="Thanks to the commune of Sóc Sơn for storm help, sent to the city office.")

    L("cam-on-so-xd-sua-ong-nuoc-nhanh", to="so-xd",
      sender=("Diệp Văn Khang", "khang.diepvan@example.com"),
      subject="Cảm ơn Sở đã xử lý vỡ ống nước rất nhanh",
      text="""Kính gửi Sở Xây dựng,

Tôi phản ánh vỡ ống nước trước nhà lúc 7 giờ sáng, đến 11 giờ đã có đội sửa chữa, chiều có nước lại. Tôi xin cảm ơn Sở và các anh thợ đã làm việc nhanh và tận tình.

Diệp Văn Khang
""", topic="compliment", unit="so-xd", form="nfd", cte="8bit",
      why="Thanks to so-xd for a fast water-main repair, NFD 8bit (water words are decoys).")

    L("cam-on-thanh-tra-giai-quyet-don", to="thanh-tra",
      sender=("Vu Van Tho", "tho.vuvan@example.net"),
      subject="cam on Thanh tra thanh pho",
      text="""Kinh gui Thanh tra thanh pho,

Thang truoc toi co don to cao viec thu tien sai quy dinh, cac anh chi da xac minh, tra loi ro rang va giu kin ten toi. Toi xin chan thanh cam on thai do lam viec nghiem tuc cua Thanh tra.
Tho
""", topic="compliment", unit="thanh-tra",
      why="Thanks to thanh-tra for handling an earlier denunciation (tố cáo is a decoy).")


def other():
    L("cho-tha-rong-can-nguoi", to=BD,
      sender=("Tạ Văn Bình", "binh.tavan@example.org"),
      subject="Chó thả rông cắn trẻ em, chưa ai tiêm phòng dại",
      text="""Kính gửi phường Ba Đình,

Tuần này con tôi 6 tuổi bị một con chó thả rông cắn ở vườn hoa gần nhà, phải đi tiêm phòng dại. Chủ chó không nhận. Tôi muốn hỏi thành phố có đội bắt chó thả rông không và chủ chó có bị bắt tiêm phòng dại không.

Tạ Văn Bình
""", topic="other", unit="ubnd-tp",
      why="A loose dog biting a child, rabies (no listed unit): other; the ward is a decoy.")

    L("ngo-doc-bep-an-truong-tieu-hoc", to=CG,
      sender=("Luong Thi Hong", "hong.luongthi@example.com"),
      subject="nhieu hoc sinh dau bung sau bua an ban tru",
      text="""Kinh gui cac co quan,

Hom thu Tu co hon 20 hoc sinh truong tieu hoc cua con toi bi dau bung, non sau bua trua ban tru, phu huynh nghi ngo do an cua nha cung cap. Nha truong chi noi la "roi loan tieu hoa".
De nghi kiem tra an toan thuc pham bep an.
Hong
""", topic="other", unit="ubnd-tp",
      why="Suspected food poisoning at a school canteen (food safety, no listed unit): other; sent to a ward.")

    L("the-bhyt-bi-loi", to="so-tp",
      sender=("Nông Thị Duyên", "duyen.nongthi@example.net"),
      subject="Thẻ bảo hiểm y tế báo lỗi, bệnh viện bắt đóng viện phí",
      text="""Kính gửi các cơ quan,

Tôi đi khám ở bệnh viện, quét thẻ bảo hiểm y tế trên ứng dụng thì báo "thẻ không có giá trị sử dụng" trong khi công ty vẫn đóng đủ. Bệnh viện bắt đóng toàn bộ viện phí 3 triệu. Xin cho biết tôi phải làm gì để được hoàn lại.

Nông Thị Duyên
""", topic="other", unit="ubnd-tp",
      why="A health-insurance card rejected (no listed unit), sent to so-tp.")

    L("txt-ho-tro-hoc-phi-ho-ngheo", to=SS,
      sender=("Hoang Van Lam", "lam.hoangvan.ss@example.org"),
      subject="gui don",
      root=mr.mixed([mr.text_part("", charset="utf-8", cte="7bit"),
                     mr.text_attachment("""DON DE NGHI

Kinh gui: UBND thanh pho Ha Noi

Toi ten Hoang Van Lam, ho ngheo o xa Soc Son. Hai con toi hoc cap 2 thuoc dien mien hoc phi va ho tro chi phi hoc tap, nhung hoc ky 1 nam hoc nay chua nhan duoc tien ho tro, truong bao cho kinh phi cap tren.
De nghi som chi tra cho cac chau.

Hoang Van Lam
""", "don.txt")], style="apple"),
      topic="other", unit="ubnd-tp", snippet=None, mailer="iphone",
      note="multipart/mixed: empty text/plain + the letter as a text/plain attachment",
      why="Attachment-only letter (.txt) about school-fee support for a poor household: other; the commune is a decoy.")

    L("sot-xuat-huyet-can-phun-thuoc", to=HK,
      sender=("Kha Thị Tuyết Mai", "tuyetmai.kha@example.com"),
      subject="Trong ngõ có 4 ca sốt xuất huyết, đề nghị phun thuốc muỗi",
      text="""Kính gửi phường,

Trong ngõ nhà tôi hai tuần nay có 4 người bị sốt xuất huyết phải nằm viện. Chúng tôi đề nghị y tế cho người phun thuốc diệt muỗi và hướng dẫn dân diệt bọ gậy, vì chưa thấy ai về điều tra ổ dịch.

Kha Thị Tuyết Mai
""", topic="other", unit="ubnd-tp", mailer="thunderbird",
      why="Dengue cases in a lane, asking for mosquito spraying (health: other), sent to the ward.")


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
