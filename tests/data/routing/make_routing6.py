#!/usr/bin/env python3
"""Generate the sixth held-out routing batch: letters 701-800 of tests/data/routing.

Written on 6 December 2026 by an engineer on hotline who wrote neither the rules nor the first five
batches (001-176, 201-320, 401-500, 501-600, 601-700), for issue 15 item 5.  Writes
NNN-short-name.eml + NNN-short-name.json for NNN in 701..800 into the folder given as the first
argument (default: the folder this script lives in), removing only earlier files of that range.
Standard library only and deterministic (its own fixed seed 20261246, fixed dates): two runs give
byte-identical files.

The MIME writer is make_routing.py's and the NFD/forward helpers are make_routing2.py's, imported as
make_routing3.py does; the voices and situations are new (see README: the sixth batch).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_routing as mr  # noqa: E402  (the MIME writer of the first batch)
import make_routing2 as m2  # noqa: E402  (NFD and forward helpers of the second batch)

FIRST = 701
LAST = 800
mr.SEED = 20261246
mr.CTX = mr.Ctx()
mr.BASE_DATE = datetime.datetime(2026, 11, 24, 0, 0, 0,
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
L = m2.L
HK, BD, CG, SS, CP1258, VISCII = m2.HK, m2.BD, m2.CG, m2.SS, m2.CP1258, m2.VISCII
RE_NOTE = "text/plain; a reply quoting an earlier answer"


# =============================================================================================
# The letters (701-800).  Labels follow the routing table of the corpus README with its December
# 2026 additions (repeated in this folder's README).  A place decides only when it lies wholly in
# one sample unit since the 1 July 2025 merger (the places tables of this folder's README).
# =============================================================================================
def land():
    L("vo-chong-gia-tang-cho-chau-dat", to="so-tnmt",
      sender=("Đỗ Thị Nhàn", "nhan.dothi48@example.com"),
      subject="Đăng ký tặng cho đất cho cháu đã nộp hơn hai tháng",
      text="""Kính gửi quý cơ quan,

Vợ chồng tôi năm nay đều ngoài 80, không có con, chỉ có đứa cháu gọi bằng cô ruột chăm nom từ nhiều năm.
Tháng 9 chúng tôi đã ký hợp đồng tặng cho cháu mảnh đất 62 m2 ở quê chồng tôi, hợp đồng đã công chứng xong, hồ sơ đăng ký biến động sang tên đã nộp ở văn phòng đăng ký đất đai.
Đến nay đã hơn hai tháng mà giấy chứng nhận vẫn chưa sang tên được cho cháu, hỏi thì bảo chờ đo lại ranh thửa.
Chúng tôi tuổi cao, sợ không kịp thấy việc này xong. Xin quý cơ quan thúc giúp.

Tôi xin kể rõ thêm để quý cơ quan hiểu hoàn cảnh. Mảnh đất này là của bố mẹ chồng tôi để lại, năm 2003 đã được cấp giấy chứng nhận mang tên chồng tôi. Ranh thửa từ xưa đến nay không ai tranh chấp, hàng rào gạch vẫn như cũ, nhà hàng xóm hai bên đều đã ký giáp ranh khi làm sổ.
Khi nộp hồ sơ, cán bộ tiếp nhận hẹn ba mươi ngày. Đến hẹn cháu tôi lên hỏi thì bảo phải đo đạc lại vì bản đồ mới lệch với bản đồ cũ vài chục phân. Cháu đã nộp tiền đo đạc, đã dẫn cán bộ đo đến tận nơi từ giữa tháng 10, từ đó không thấy ai báo gì.
Cháu tôi đi làm công nhân, mỗi lần lên hỏi là mất một ngày công. Chúng tôi thì đi lại không được, ông nhà tôi mắt đã kém, tôi thì đau khớp, chỉ gọi điện được mà số điện thoại trên giấy hẹn không ai nghe.
Chúng tôi không đòi hỏi gì hơn, chỉ mong hồ sơ được giải quyết đúng hẹn, để khi chúng tôi nhắm mắt thì cháu có giấy tờ đứng tên, không phải đi kiện cáo với ai.
Nếu hồ sơ còn thiếu giấy gì, xin cho cháu tôi biết một lần để bổ sung cho đủ.

Đỗ Thị Nhàn
""", topic="land", unit="so-tnmt",
      why="An old childless couple's gift of land to a niece stuck at the land registration office.")

    L("trai-lon-chuyen-muc-dich-dat", to="so-tnmt",
      sender=("Ha Van Thuan", "thuanha.socson@example.net"),
      subject="hoi chuyen dat lua sang dat trang trai chan nuoi",
      text="""Gui cac anh chi,

E nuoi lon o thon Xuan Lai, dang co 1 mau dat lua gia dinh duoc giao tu nam 1993 nam sat chuong lon.
E muon chuyen muc dich mau ruong do sang dat chan nuoi tap trung de mo rong trang trai ma hoi may lan ko ai noi ro.
Ho so can nhung gi, co phai xin y kien huyen cu hay nop thang len So, dat lua co duoc chuyen ko.
Tks, Thuan
""", topic="land", unit="so-tnmt",
      why="A pig farmer asks how to change the land-use purpose of a rice plot.")

    L("khieu-nai-qd-phat-dao-ao-tren-dat-lua", to="so-tnmt",
      sender=("Nguyễn Văn Lộc", "loc.nguyenvan.ss@example.org"),
      subject="Đơn khiếu nại quyết định xử phạt về đất đai",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Tôi khiếu nại Quyết định số 1407/QĐ-XPHC ngày 10/11/2026 của UBND xã Sóc Sơn phạt tôi 12 triệu đồng và buộc khôi phục hiện trạng vì "tự ý chuyển đất trồng lúa sang đất nuôi trồng thủy sản".
Phần ao tôi nạo vét là ao cũ có từ trước năm 2000, đã ghi trong bản đồ địa chính cũ, không phải đào mới trên ruộng lúa. Đề nghị xã xem xét lại quyết định.

Nguyễn Văn Lộc
""", topic="land", unit=SS, letter="complaint",
      why="Complaint about the commune's land-use penalty for a fish pond, issuer named, sent to so-tnmt: the commune.")
    L("khieu-nai-qd-thu-hoi-khong-ro-noi-ban-hanh", to="so-tnmt",
      sender=("Tran Thi Hoai", "hoaitran.68@example.com"),
      subject="khieu nai QD thu hoi dat so 88",
      text="""Kinh gui So,

Toi nhan duoc QD thu hoi dat so 88/QD ngay 3/11/2026, thu hoi 40 m2 dat o cua gia dinh toi ma khong co thong bao truoc, khong hop dan, khong kiem dem.
Toi lam don khieu nai QD nay, de nghi huy QD va lam lai dung trinh tu.
Hoai
""", topic="land", unit="so-tnmt", letter="complaint",
      why="Complaint about a land recovery decision without naming who issued it, sent to so-tnmt: that mailbox's unit.")

    L("bo-doi-xuat-ngu-dat-don-vi-cap", to="so-tnmt",
      sender=("Phùng Quang Vinh", "vinh.phungquang@example.net"),
      subject="Đất do đơn vị quân đội phân từ năm 1994 chưa được cấp sổ",
      text="""Kính gửi quý cơ quan,

Tôi là cựu quân nhân, năm 1994 được đơn vị phân một lô đất 50 m2 trong khu tập thể quân đội để làm nhà ở.
Gia đình tôi ở ổn định từ đó đến nay, nộp thuế đầy đủ, nhưng đến nay vẫn chưa được cấp giấy chứng nhận quyền sử dụng đất vì "chưa có hồ sơ bàn giao từ đơn vị".
Nhiều hộ trong khu cũng như vậy. Đề nghị cơ quan quản lý đất đai hướng dẫn chúng tôi làm hồ sơ cấp giấy lần đầu.

Phùng Quang Vinh, thượng tá nghỉ hưu
""", topic="land", unit="so-tnmt",
      why="A retired officer's plot allotted by an army unit has no land certificate.")


def business():
    L("tai-xe-taxi-lap-cong-ty-van-tai", to="so-khdt",
      sender=("Bui Duc Manh", "manh.taxi.bui@example.com"),
      subject="hoi thu tuc thanh lap cong ty van tai nho",
      text="""Chao So,

A chay taxi cong nghe 6 nam, nay cung 2 nguoi ban muon gop von lap cong ty TNHH van tai, 4 xe 7 cho.
Ho so dang ky doanh nghiep can nhung gi, von dieu le toi thieu bao nhieu, nganh nghe ghi ma nao, nop online o dau.
Manh
""", topic="business_registration", unit="so-khdt",
      why="A taxi driver asks how to register a small transport company (transport is a decoy).")

    L("cua-hang-ngap-bo-sung-nganh-nghe", to="so-khdt",
      sender=("Lại Thị Phương Thảo", "thao.laiphuong@example.org"),
      subject="Hồ sơ bổ sung ngành nghề kinh doanh chờ quá lâu",
      text="""Kính gửi quý Sở,

Cửa hàng đồ điện của công ty tôi ngập ba lần trong mùa mưa, hàng tồn hỏng gần hết nên chúng tôi chuyển sang làm dịch vụ sửa chữa, bảo trì điều hòa.
Hồ sơ đăng ký bổ sung ngành nghề sửa chữa thiết bị điện gia dụng nộp qua mạng từ 4/11 đến nay vẫn "đang xử lý", không có yêu cầu sửa đổi nào.
Khách ký hợp đồng bảo trì đòi xuất hóa đơn đúng ngành, tôi rất cần giấy chứng nhận cập nhật.

Lại Thị Phương Thảo
""", topic="business_registration", unit="so-khdt",
      why="A flooded shop's company adding a business line, the file stuck; the flooding is a decoy.")
    L("khieu-nai-so-khdt-tu-choi-ten-doanh-nghiep", to="thanh-tra",
      sender=("Vũ Hoàng Nam", "nam.vuhoang@example.com"),
      subject="Khiếu nại thông báo từ chối đăng ký thành lập doanh nghiệp",
      text="""Kính gửi Thanh tra thành phố,

Tôi khiếu nại Thông báo số 8812/TB-SKHĐT ngày 18/11/2026 của Sở Kế hoạch và Đầu tư từ chối đăng ký thành lập công ty của tôi với lý do tên công ty "gây nhầm lẫn" với một doanh nghiệp khác.
Tên hai công ty khác nhau cả phần tên riêng lẫn ngành nghề, tôi đã tra cứu trước khi nộp. Đề nghị Sở xem xét lại và cấp giấy chứng nhận đăng ký doanh nghiệp.

Vũ Hoàng Nam
""", topic="business_registration", unit="so-khdt", letter="complaint",
      why="Complaint about so-khdt's refusal of a company name, issuer named, sent to thanh-tra: so-khdt.")

    L("me-nghi-sinh-doi-nguoi-dai-dien", to="so-khdt",
      sender=("Luu Minh Trang", "trangluu.mebau@example.net"),
      subject="doi nguoi dai dien theo phap luat khi nghi sinh",
      text="""Chao cac anh chi,

E la giam doc cong ty TNHH 2 thanh vien, sap nghi sinh 6 thang nen muon doi nguoi dai dien theo phap luat sang chong e (cung la thanh vien gop von).
E nop ho so online thi bi bao thieu bien ban hop, ma cong ty co 2 nguoi thi hop the nao. Nho huong dan giup e.
Trang
""", topic="business_registration", unit="so-khdt",
      why="A young mother going on maternity leave changes her company's legal representative.")
    L("tang-von-dieu-le-viscii", to="so-khdt",
      sender=("Tạ Quang Hưng", "hung.taquang@example.org"),
      subject="Hồ sơ tăng vốn điều lệ bị trả vì chữ ký",
      text="""Kính gửi Phòng Đăng ký kinh doanh,

Công ty tôi tăng vốn điều lệ từ 2 tỷ lên 5 tỷ để dự thầu một gói thiết bị trường học, hồ sơ nộp từ tháng 10.
Hồ sơ bị trả lại hai lần, lần nào cũng ghi chung chung "chữ ký số không hợp lệ" trong khi chữ ký số của tôi vẫn dùng bình thường với cơ quan thuế.
Xin hướng dẫn cụ thể để tôi sửa một lần cho xong.

Tạ Quang Hưng
""", topic="business_registration", unit="so-khdt", cte="8bit", **VISCII,
      why="A capital increase file returned twice over the digital signature; VISCII 8bit.")


def residence():
    L("tho-xay-tam-tru-chu-tro-khong-khai", to=CG,
      sender=("Le Van Hung", "hungle.thoxay@example.com"),
      subject="chu tro ko chiu dang ky tam tru cho a",
      text="""Gui UBND P. Cau Giay,

A la tho xay o Thanh Hoa ra, thue phong tro 3 thang nay. Chu tro ko chiu khai tam tru cho a, bao o ngan ngay thi ko can.
Cong ty xay dung doi phai co xac nhan tam tru moi ky hop dong, a tu di dang ky tam tru duoc ko, can giay gi cua chu nha.
Hung
""", topic="residence", unit="ca-tp",
      why="A builder from Thanh Hóa renting a room cannot get temporary residence registered; sent to the ward (decoy).")

    L("mat-cccd-can-xac-nhan-cu-tru", to="ca-tp",
      sender=("Kiều Thị Mến", "menkieu.90@example.net"),
      subject="Mất căn cước, cần giấy xác nhận thông tin cư trú",
      text="""Kính gửi quý cơ quan,

Tôi bị mất ví trên xe buýt, trong đó có thẻ căn cước. Tôi đã làm thủ tục cấp lại nhưng phải chờ.
Trong lúc chờ, công ty mới yêu cầu nộp giấy xác nhận thông tin về cư trú để ký hợp đồng lao động, mà công an nơi tôi thường trú bảo phải có căn cước mới cấp.
Xin hỏi tôi có thể xin xác nhận thông tin cư trú bằng giấy tờ nào khác không.

Kiều Thị Mến
""", topic="residence", unit="ca-tp",
      why="A lost ID card; what she needs is a confirmation of residence information: residence.")

    L("ong-ba-khong-con-nhap-khau-chau", to="ca-tp",
      sender=("Hoàng Văn Khiêm", "khiem.hoangvan@example.com"),
      subject="Xin đăng ký thường trú cho cháu về ở cùng ông bà",
      text="""Kính gửi quý cơ quan,

Hai ông bà tôi không có con, tuổi đã cao, nay có đứa cháu họ từ Nghệ An ra ở cùng để chăm sóc.
Chúng tôi muốn đăng ký thường trú cho cháu vào sổ nhà mình nhưng được trả lời cháu không phải quan hệ ruột thịt gần nên khó nhập khẩu.
Xin hướng dẫn điều kiện và giấy tờ cần có.

Hoàng Văn Khiêm
""", topic="residence", unit="ca-tp",
      why="An old childless couple want their great-nephew registered in their household.")

    L("chua-luu-tru-chu-tieu", to=CG,
      sender=("Ngo Van Tam", "tam.ngovan.chua@example.org"),
      subject="khai bao luu tru cho cac chu tieu o chua",
      text="""Kinh gui UBND phuong,

Toi trong coi chua Ha tu nam 2019. Dip le nay co 6 chu tieu o cac tinh ve o lai chua 2 tuan de hoc.
Toi phai khai bao luu tru cho cac chu the nao, khai qua mang hay len cong an, cac chu chua du 14 tuoi thi dung giay gi.
Tam
""", topic="residence", unit="ca-tp",
      why="A pagoda caretaker asks how to declare a stay for novices; the pagoda (Cầu Giấy) and ward mailbox are decoys.")

    L("khai-bao-tam-vang-di-lam-xa-cp1258", to="ca-tp",
      sender=("Trịnh Thị Hà", "ha.trinhthi@example.com"),
      subject="Hỏi khai báo tạm vắng khi đi làm xa",
      text="""Kính gửi Công an thành phố,

Chồng tôi sắp đi làm công trình ở Bình Dương khoảng một năm, vẫn giữ thường trú ở nhà.
Xin hỏi anh ấy có phải khai báo tạm vắng không, khai qua ứng dụng được không, và nếu không khai thì có bị xóa đăng ký thường trú không.

Trịnh Thị Hà
""", topic="residence", unit="ca-tp", cte="quoted-printable", **CP1258,
      why="Declaring a temporary absence before a year of work away; windows-1258 quoted-printable.")
    L("khieu-nai-tu-choi-dang-ky-thuong-tru", to="so-tp",
      sender=("Duong Van Thang", "thang.duongvan@example.net"),
      subject="khieu nai van ban tu choi dang ky thuong tru",
      text="""Kinh gui cac co quan,

Toi khieu nai van ban so 512/TB ngay 20/11/2026 cua Phong Canh sat QLHC ve TTXH, CA TP tu choi dang ky thuong tru cho toi vao can ho toi da mua va co GCN dung ten.
Ly do ghi la "dien tich binh quan ko du" trong khi can ho 54 m2, nha co 3 nguoi. De nghi xem xet lai.
Thang
""", topic="residence", unit="ca-tp", letter="complaint",
      why="Complaint about the city police's refusal of permanent residence, issuer named, sent to so-tp: ca-tp.")


def civil_status():
    L("me-don-than-khai-sinh-hang-bac", to=HK,
      sender=("Nông Thị Hiền", "hien.nongthi@example.org"),
      subject="Làm giấy khai sinh cho con khi không có thông tin người cha",
      text="""Kính gửi quý cơ quan,

Tôi là mẹ đơn thân, đang thuê nhà ở phố Hàng Bạc, bé nhà tôi được ba tuần tuổi.
Tôi muốn làm giấy khai sinh cho con nhưng không muốn ghi thông tin người cha, có được không và phần đó để trống thế nào.
Tôi có giấy chứng sinh của bệnh viện và căn cước của tôi.

Nông Thị Hiền
""", topic="civil_status", unit=HK, place="phố Hàng Bạc", cte="quoted-printable",
      why="A single mother registering a birth, living on Hàng Bạc street (Hoàn Kiếm); street only.")

    L("ong-ba-dang-ky-ket-hon-muon-tran-vu", to=BD,
      sender=("Mai Xuan Dien", "dien.maixuan@example.com"),
      subject="2 ong ba gia dang ky ket hon muon",
      text="""Kinh gui cac anh chi,

Toi 74 tuoi, ba nha toi 70, o pho Tran Vu tu nam 1980. Chung toi cuoi nhau nam 1976 o que, lam co ma ko dang ky ket hon.
Nay lam giay to thua ke moi biet chua co giay chung nhan ket hon. Gio di dang ky ket hon thi can giay gi, co phai xac nhan tinh trang hon nhan o que ko.
Dien
""", topic="civil_status", unit=BD, place="pho Tran Vu",
      why="An old couple registering a 1976 marriage, living on Trấn Vũ street (Ba Đình); street only.")

    L("giam-ho-chau-mo-coi-soc-son", to="so-tp",
      sender=("Cấn Văn Bình", "binh.canvan@example.net"),
      subject="Đăng ký giám hộ cho cháu mồ côi",
      text="""Kính gửi quý Sở,

Em trai và em dâu tôi mất trong tai nạn tháng 9, để lại cháu gái 7 tuổi. Tôi ở xã Sóc Sơn, nhận nuôi cháu và muốn làm thủ tục đăng ký giám hộ để lo giấy tờ học hành, sổ tiết kiệm cho cháu.
Xin hỏi đăng ký giám hộ ở UBND xã Sóc Sơn cần những giấy tờ gì, ông bà nội còn sống có phải ký không.

Cấn Văn Bình
""", topic="civil_status", unit=SS,
      why="Registering guardianship of an orphaned niece in the commune of Sóc Sơn (named), sent to so-tp (decoy: justice department).")
    L("xac-dinh-lai-dan-toc-cho-con", to=CG,
      sender=("Pham Thi Ngoc", "ngoc.phamthi.cg@example.com"),
      subject="xac dinh lai dan toc cho con theo dan toc cua bo",
      text="""Gui UBND phuong Cau Giay,

Chong toi la nguoi Tay, luc lam khai sinh cho con toi ghi dan toc Kinh theo me. Nay gia dinh muon xac dinh lai dan toc cho chau theo dan toc cua bo.
Chau 10 tuoi, co can chau dong y ko, ho so gom nhung gi. Mong phuong huong dan.
Ngoc
""", topic="civil_status", unit=CG,
      why="Re-determining a child's ethnicity in the birth record, the ward of Cầu Giấy named.")
    L("fwd-nhan-con-rieng-cua-vo-lam-con-nuoi", to="ca-tp",
      sender=("Quách Minh Tiến", "tien.quachminh@example.org"),
      subject="Fwd: Thủ tục nhận con riêng của vợ làm con nuôi",
      text="""Kính gửi Công an thành phố,

Tôi gửi lại thư này vì chưa biết hỏi ai, mong các anh chuyển đúng nơi giúp.

Tiến
""", fwd=dict(sender=("Quách Minh Tiến", "tien.quachminh@example.org"),
              to="phananh@vpubnd.hanoi.example.vn", date=mr.D(1125, 22, 15),
              subject="Thủ tục nhận con riêng của vợ làm con nuôi",
              text="""Kính gửi quý cơ quan,

Tôi lái taxi, nhà ở phố Dương Quảng Hàm. Vợ tôi có con riêng 6 tuổi, bố đẻ cháu đã mất liên lạc nhiều năm, tôi muốn đăng ký nhận cháu làm con nuôi.
Xin hỏi có cần sự đồng ý của bố đẻ không, và hồ sơ đăng ký nuôi con nuôi gồm những gì.

Quách Minh Tiến
"""), form="fwd", topic="civil_status", unit=CG, place="phố Dương Quảng Hàm",
      why="Forwarded adoption of a stepchild, living on Dương Quảng Hàm street (Cầu Giấy); street only in the original, sent to ca-tp.")
    L("dang-ky-lai-khai-sinh-chay-nha", to=HK,
      sender=("Dinh Cong Tuan", "tuan.dinhcong@example.net"),
      subject="dang ky lai khai sinh vi giay goc bi chay",
      text="""Chao cac anh chi,

Nha e o pho Hang Mam bi chay tang 2 hom 15/11, giay khai sinh ban goc cua 2 chau chay het, so dang ky ngay xua o phuong cu cung ko tim thay.
E can dang ky lai khai sinh cho 2 chau thi phai lam the nao, co can nguoi lam chung ko.
Tuan
""", topic="civil_status", unit=HK, place="pho Hang Mam",
      why="Re-registering two children's births after a house fire, living on Hàng Mắm street (Hoàn Kiếm); street only.")


def construction_permit():
    L("xin-phep-xay-lai-nha-pho-co", to="so-xd",
      sender=("Tô Thị Lan Anh", "lananh.tothi@example.com"),
      subject="Hỏi điều kiện cấp phép xây dựng lại nhà cũ trong phố cổ",
      text="""Kính gửi quý cơ quan,

Nhà tôi là nhà cấp bốn xây từ thời bao cấp, mái đã dột nát, tường nứt. Tôi muốn phá đi xây lại ba tầng.
Tôi được biết nhà trong khu phố cổ xin giấy phép xây dựng có quy định riêng về chiều cao và mặt tiền. Xin cho biết hồ sơ xin phép gồm những gì và có phải xin ý kiến thêm cơ quan nào không.

Tô Thị Lan Anh
""", topic="construction_permit", unit="so-xd",
      why="Asking for a permit to rebuild a house in the old quarter (the old quarter decides nothing).")

    L("gpxd-nha-o-soc-son-qua-han", to="so-xd",
      sender=("Nguyen Van Kien", "kien.nv.socson@example.com"),
      subject="ho so xin GPXD nha o qua han 40 ngay",
      text="""Kinh gui cac anh chi,

Gia dinh toi nop ho so xin GPXD nha o rieng le 2 tang tu 15/10, giay hen tra 20 ngay ma nay da qua 40 ngay chua co.
Tho va vat lieu da dat coc, chua co GPXD thi ko dam khoi cong. Xin cho biet ho so dang o buoc nao.
Kien
""", topic="construction_permit", unit="so-xd",
      why="An overdue building permit for a house.")

    L("khieu-nai-so-xd-tu-choi-gpxd", to="thanh-tra",
      sender=("Hồ Sĩ Quyết", "quyet.hosi@example.org"),
      subject="Khiếu nại văn bản từ chối cấp giấy phép xây dựng",
      text="""Kính gửi Thanh tra thành phố,

Tôi làm đơn khiếu nại Văn bản số 6650/SXD-CPXD ngày 14/11/2026 của Sở Xây dựng từ chối cấp giấy phép xây dựng nhà ở cho gia đình tôi.
Lý do nêu trong văn bản là "chưa phù hợp quy hoạch" nhưng thửa đất của tôi đã có giấy chứng nhận là đất ở và không nằm trong chỉ giới mở đường. Đề nghị Sở xem xét lại.

Hồ Sĩ Quyết
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="Complaint about so-xd's refusal of a building permit, issuer named, sent to thanh-tra: so-xd.")

    L("gia-han-gpxd", to="so-xd",
      sender=("Vu Thi Loan", "loanvu.kt@example.net"),
      subject="xin gia han GPXD",
      text="""Chao So,

Nha toi co GPXD cap thang 12/2025, do thieu tien nen chua khoi cong duoc, nay sap het han 12 thang.
Toi can lam thu tuc gia han GPXD the nao, gia han duoc may lan, co phai nop lai ban ve ko.
Loan
""", topic="construction_permit", unit="so-xd",
      why="Extending a building permit before it lapses.")

    L("chua-sua-nha-to", to="so-xd",
      sender=("Dam Thi Hue", "hue.damthi@example.com"),
      subject="Xin huong dan cap phep sua chua nha to cua chua",
      text="""Kinh gui quy co quan,

Toi la nguoi trong coi chua trong lang, nha to cua chua lam tu nam 1958 nay muc nat, nha chua muon do ra lam lai tren nen cu, mo rong them mot gian.
Xin hoi sua chua, cai tao nhu vay co phai xin giay phep xay dung khong, neu co thi ho so gom nhung gi.

Dam Thi Hue
""", topic="construction_permit", unit="so-xd",
      why="A pagoda caretaker asks about a building permit to rebuild the ancestors' hall; written without diacritics.")


def certification():
    L("chung-thuc-ban-sao-giay-to-tieng-anh", to=BD,
      sender=("Trinh Quoc Bao", "bao.trinhquoc@example.com"),
      subject="UBND phuong Ba Dinh ko chung thuc ban sao bang tieng Anh",
      text="""Gui UBND phuong Ba Dinh,

Sang nay toi ra bo phan mot cua cua phuong xin chung thuc ban sao bang thac si do truong o Uc cap, can bo bao giay to tieng nuoc ngoai ko chung thuc ban sao o phuong duoc.
Ban goc da hop phap hoa lanh su. Quy dinh co dung nhu vay ko, neu ko thi toi phai lam o dau.
Bao
""", topic="certification", unit=BD,
      why="Certified copies of a foreign diploma refused at the ward of Ba Đình (named).")
    L("chung-thuc-giay-uy-quyen-linh-luong-huu", to=HK,
      sender=("Lâm Thị Xuân", "xuan.lamthi@example.net"),
      subject="Chứng thực giấy ủy quyền lĩnh lương hưu cho người nằm liệt",
      text="""Kính gửi quý cơ quan,

Hai ông bà tôi ở phường Hoàn Kiếm, không có con cái, ông nhà tôi nằm liệt đã một năm. Bưu điện yêu cầu giấy ủy quyền có chứng thực chữ ký thì tôi mới lĩnh lương hưu thay ông được.
Ông không đi được. Xin hỏi UBND phường Hoàn Kiếm có cử cán bộ đến nhà chứng thực chữ ký được không, cần chuẩn bị gì.

Lâm Thị Xuân
""", topic="certification", unit=HK,
      why="Certifying a bedridden man's signature at home in the ward of Hoàn Kiếm (named); the pension is a decoy.")
    L("chung-thuc-chu-ky-xep-hang", to=SS,
      sender=("Phi Van Tuan", "tuanphi.ss@example.com"),
      subject="chung thuc",
      text="""Chung thuc chu ky giay uy quyen o UBND xa Soc Son xep hang mat ca buoi sang ma chi co 1 nguoi lam, de nghi bo tri them nguoi.
""", topic="certification", unit=SS, mailer="iphone",
      why="One-line phone mail: a long queue to certify a signature at the commune of Sóc Sơn (named).")

    L("khieu-nai-phuong-cau-giay-tu-choi-chung-thuc", to="ubnd-tp",
      sender=("Đoàn Thị Thu Hằng", "hang.doanthu@example.org"),
      subject="Khiếu nại việc từ chối chứng thực hợp đồng",
      text="""Kính gửi UBND thành phố,

Ngày 21/11/2026 UBND phường Cầu Giấy có văn bản từ chối chứng thực hợp đồng cho thuê căn hộ của tôi với lý do "người thuê là người nước ngoài phải công chứng".
Tôi khiếu nại văn bản này của UBND phường Cầu Giấy vì pháp luật không cấm chứng thực hợp đồng như vậy. Đề nghị phường xem xét lại.

Đoàn Thị Thu Hằng
""", topic="certification", unit=CG, letter="complaint",
      why="Complaint about the ward of Cầu Giấy's refusal to certify a lease, issuer named, sent to the city office: the ward.")

    L("chung-thuc-nguyen-bieu", to=BD,
      sender=("Khổng Minh Đức", "duc.khongminh@example.com"),
      subject="Chứng thực bản sao giấy tờ cho con đi du học",
      text="""Kính gửi quý cơ quan,

Nhà tôi ở phố Nguyễn Biểu, con tôi chuẩn bị hồ sơ đi du học cần chứng thực bản sao học bạ và giấy khai sinh, mỗi thứ 10 bản.
Tôi ra phường thì được bảo mỗi ngày chỉ nhận chứng thực tối đa 5 bản một loại. Xin hỏi có quy định như vậy không.

Khổng Minh Đức
""", topic="certification", unit=BD, place="phố Nguyễn Biểu",
      why="Certified copies limited per day, the family lives on Nguyễn Biểu street (Ba Đình); street only.")

    L("cuu-binh-chung-thuc-qd-xuat-ngu", to=CG,
      sender=("Ta Van Hoan", "hoan.tavan.cb@example.net"),
      subject="chung thuc ban sao quyet dinh xuat ngu",
      text="""Kinh gui cac dong chi,

Toi la cuu chien binh, o pho Duy Tan. Toi can chung thuc ban sao QD xuat ngu nam 1985 de lam che do, ban goc da cu, giay mo mot goc.
Can bo bao ban goc mo ko chung thuc duoc. Xin huong dan toi phai lam sao.
Hoan
""", topic="certification", unit=CG, place="pho Duy Tan",
      why="A veteran's faded discharge decision refused for certified copies, living on Duy Tân street (Cầu Giấy); street only.")


def garbage():
    L("lao-cong-do-rac-sau-gio-thu-gom", to=HK,
      sender=("Luong Thi Dao", "dao.luongthi@example.com"),
      subject="do rac sau gio thu gom o ngo Trung Yen",
      text="""Gui cac anh chi,

Toi la cong nhan quet rac ca dem. Cu sau 11h dem khi xe thu gom di roi thi cac nha o ngo Trung Yen lai mang rac ra do dau ngo, sang ra cho meo boi tung toe.
De nghi nhac nho cac ho va bo tri them gio thu gom muon.
Dao
""", topic="garbage", unit=HK, place="ngo Trung Yen",
      why="A street sweeper: rubbish dumped after collection in Trung Yên lane (Hoàn Kiếm); lane only.")

    L("porter-rac-cho-chau-long", to=BD,
      sender=("Vi Văn Sáng", "sang.vivan@example.org"),
      subject="Rác chợ Châu Long dồn đống ba ngày",
      text="""Kính gửi quý cơ quan,

Tôi làm nghề bốc vác ở chợ Châu Long. Mấy hôm nay rác ở góc chợ dồn thành đống to, ba ngày không có xe đến chở, nước rỉ chảy ra lối đi.
Chúng tôi kéo xe hàng qua đó rất khổ. Mong cho xe đến chở rác sớm.

Vi Văn Sáng
""", topic="garbage", unit=BD, place="chợ Châu Long",
      why="A market porter: rubbish piled up at Châu Long market (Ba Đình); market only.")

    L("rac-ven-duong-phu-linh", to=SS,
      sender=("Chu Thi Hue", "huechu.pl@example.net"),
      subject="bai rac tu phat ven duong lien thon",
      text="""Kinh gui xa,

Doan duong lien thon qua khu vuc xa Phu Linh cu co mot bai rac tu phat dai gan 50 m, nguoi noi khac cho rac den do ban dem.
Mua nay mui boc len ca lang, de nghi don va lam bien cam do rac.
Hue
""", topic="garbage", unit=SS, place="xa Phu Linh cu",
      why="An improvised dump by a village road in the former commune of Phù Linh (Sóc Sơn); place only.")

    L("re-rac-tran-quy-kien", to=CG,
      sender=("Giáp Thị Oanh", "oanh.giapthi@example.com"),
      subject="Re: Trả lời phản ánh về thu gom rác",
      text="""Kính gửi phường,

Tôi nhận được trả lời dưới đây nhưng đến hôm nay rác ở đầu phố Trần Quý Kiên vẫn chỉ được thu cách ngày, túi rác để qua đêm bị chó mèo xé.

Giáp Thị Oanh

> Ngày 24/11/2026 bộ phận tiếp nhận trả lời:
> Đơn vị vệ sinh môi trường sẽ thu gom hằng ngày từ 25/11/2026.
""", topic="garbage", unit=CG, place="phố Trần Quý Kiên", note=RE_NOTE,
      why="A reply quoting an earlier answer: rubbish still collected every other day on Trần Quý Kiên street (Cầu Giấy); street only.")

    L("thung-rac-cong-cong-mac-dinh-chi", to=BD,
      sender=("Mạc Thị Liên", "lien.macthi@example.net"),
      subject="Thùng rác công cộng bị dọn đi, rác vứt đầy gốc cây",
      text="""Kính gửi quý cơ quan,

Từ tháng trước mấy thùng rác công cộng trên phố Mạc Đĩnh Chi bị dọn đi hết, không thấy đặt lại. Người đi đường, khách quán nước vứt rác xuống gốc cây, bãi cỏ.
Chiều nào tôi cũng phải quét trước cửa nhà. Đề nghị đặt lại thùng rác và cho thu gom thường xuyên.

Mạc Thị Liên
""", topic="garbage", unit=BD, place="phố Mạc Đĩnh Chi", cte="base64", **CP1258,
      why="Public bins removed on Mạc Đĩnh Chi street (Ba Đình), litter under the trees; windows-1258 base64; street only.")
    L("khieu-nai-phat-do-rac-sai-gio", to=CG,
      sender=("Nguyen Hoang Long", "long.nguyenhoang@example.com"),
      subject="khieu nai QD xu phat do rac sai gio",
      text="""Kinh gui UBND phuong Cau Giay,

Toi khieu nai QD xu phat 1,5 trieu cua UBND phuong Cau Giay ngay 27/11/2026 ve viec do rac sai gio quy dinh.
Hom do toi de tui rac truoc cua luc 18h30 trong khi xe thu gom den 19h, anh chup ko the hien gio. De nghi huy QD.
Long
""", topic="garbage", unit=CG, letter="complaint",
      why="Complaint about the ward of Cầu Giấy's fine for putting rubbish out at the wrong time, issuer named.")


def flooding():
    L("cua-hang-ngap-moi-con-mua", to="so-xd",
      sender=("Âu Thị Kim", "kim.authi@example.org"),
      subject="Cửa hàng tôi ngập mỗi cơn mưa, hàng hóa hỏng hết",
      text="""Kính gửi quý cơ quan,

Tôi bán đồ điện gia dụng trên phố Lý Thường Kiệt. Từ hè đến giờ cứ mưa to là nước từ lòng đường tràn vào cửa hàng sâu 20 cm, miệng cống trước cửa không thoát kịp.
Mùa mưa năm nay tôi đã mất gần 40 triệu tiền hàng. Xin kiểm tra cống và khắc phục điểm ngập này.

Âu Thị Kim
""", topic="flooding", unit="so-xd",
      why="A shop flooded at every rain on Lý Thường Kiệt street (the street decides nothing).")

    L("taxi-ngap-ben-xe", to="so-gtvt",
      sender=("Phan Minh Chau", "chau.phanminh.taxi@example.net"),
      subject="ho ga truoc ben xe bi bit, mua la ngap",
      text="""Gui So GTVT,

Toi chay taxi don khach o ben xe, may mieng ho ga truoc cong ben bi rac va bun bit kin, mua 15 phut la nuoc dong ngap ca bai don khach, khach phai loi nuoc.
Day la chuyen thoat nuoc, nho cac anh chuyen ben quan ly thoat nuoc xu ly.
Chau
""", topic="flooding", unit="so-xd",
      why="Blocked drains flood a bus station's taxi rank; a taxi driver writes to so-gtvt: flooding, so-xd.")
    L("re-so-xd-nao-vet-van-ngap", to="so-xd",
      sender=("Tăng Văn Phú", "phu.tangvan@example.com"),
      subject="Re: Trả lời về việc nạo vét cống thoát nước",
      text="""Kính gửi Sở Xây dựng,

Sở trả lời đã nạo vét xong, nhưng trận mưa hôm qua khu tôi ở phường Cầu Giấy vẫn ngập sâu như cũ, nước rút sau 3 tiếng.

Tăng Văn Phú

> Ngày 20/11/2026 Sở Xây dựng trả lời:
> Công ty thoát nước đã nạo vét tuyến cống trong tháng 11/2026.
""", topic="flooding", unit="so-xd", note=RE_NOTE,
      why="A reply quoting so-xd's answer: still flooded after dredging; the ward named is a decoy.")

    L("ngap-ngo-tram-bom", to="so-xd",
      sender=("Kim Van Duc", "duc.kimvan@example.com"),
      subject="ngo nha toi ngap 2 ngay chua rut",
      text="""Kinh gui cac anh chi,

Sau tran mua lon hom 26/11, ngo nha toi ngap sau 40 cm den nay 2 ngay chua rut, tram bom dau ngo ko thay chay.
Nguoi gia, tre con ko ra khoi nha duoc. De nghi cho may bom va kiem tra tram bom.
Duc
""", topic="flooding", unit="so-xd",
      why="A lane flooded for two days with the pumping station idle.")

    L("kenh-tieu-soc-son-bi-lap", to="so-xd",
      sender=("Lê Văn Thước", "thuoc.levan@example.org"),
      subject="Kênh tiêu bị lấp, xóm tôi ngập",
      text="""Kính gửi quý cơ quan,

Đoạn kênh tiêu nước chạy qua xóm tôi bị một công trình làm đường lấp mất một đoạn để làm lối xe, từ đó mưa xuống là nước không thoát được, tràn vào nhà.
Trận mưa tuần trước nước ngập nửa mét trong nhà ba ngày. Đề nghị khơi thông lại kênh tiêu.

Lê Văn Thước
""", topic="flooding", unit="so-xd", cte="quoted-printable", **VISCII,
      why="A drainage canal filled in by road works floods a hamlet (road works are a decoy); VISCII quoted-printable.")


def noise():
    L("bar-san-thuong-dinh-liet", to=HK,
      sender=("Hà Thị Bích Ngọc", "ngoc.hathibich@example.com"),
      subject="Quán bar trên sân thượng mở nhạc đến 2 giờ sáng",
      text="""Kính gửi quý cơ quan,

Nhà tôi ở phố Đinh Liệt, sân thượng nhà đối diện mới mở quán bar cho khách du lịch. Đêm nào quán cũng mở nhạc loa công suất lớn đến 2 giờ sáng, rung cả cửa kính.
Mẹ tôi bị tim, đêm không ngủ được. Xin cho kiểm tra và yêu cầu quán giảm âm lượng sau 22 giờ.

Hà Thị Bích Ngọc
""", topic="noise", unit=HK, place="phố Đinh Liệt",
      why="A rooftop bar's loud music until 2 a.m. on Đinh Liệt street (Hoàn Kiếm); street only.")

    L("to-cao-xuong-moc-hang-than", to="thanh-tra",
      sender=("Ly Van Phuc", "phuc.lyvan@example.net"),
      subject="to cao xuong moc chay may ca dem",
      text="""Kinh gui Thanh tra,

Toi to cao ho gia dinh so nha 40 tren pho Hang Than mo xuong moc trong nha, chay may cua, may bao go tu 6h sang den 11h dem, ca chu nhat.
Nhac nhieu lan ho van lam. De nghi kiem tra va xu ly.
Phuc
""", topic="noise", unit=BD, place="pho Hang Than", letter="denunciation",
      why="Denunciation of a household's carpentry workshop on Hàng Than street (Ba Đình): the ward's noise case, sent to thanh-tra; street only.")

    L("giang-vien-ep-coc-ban-dem", to=CG,
      sender=("TS. Lục Văn Minh", "minh.lucvan@example.edu.vn"),
      subject="Máy ép cọc chạy xuyên đêm cạnh khu nhà công vụ",
      text="""Kính gửi quý cơ quan,

Tôi là giảng viên, ở khu nhà công vụ sát Học viện Báo chí và Tuyên truyền. Hai tuần nay công trình bên cạnh cho máy ép cọc và xe chở cọc chạy từ 22 giờ đến 4 giờ sáng.
Tiếng búa, tiếng còi xe làm cả khu không ngủ được, sáng tôi vẫn phải lên lớp. Đề nghị buộc công trình không thi công gây ồn ban đêm.

Lục Văn Minh
""", topic="noise", unit=CG, place="Học viện Báo chí và Tuyên truyền", cte="base64",
      why="Night pile-driving next to Học viện Báo chí và Tuyên truyền (Cầu Giấy); the academy only; construction is a decoy.")
    L("khieu-nai-phat-tieng-on-bom-be-tong", to=SS,
      sender=("Cao Van Hai", "hai.caovan.xd@example.com"),
      subject="khieu nai QD xu phat tieng on",
      text="""Kinh gui cac anh chi,

Toi la chu cong trinh nha o, bi lap bien ban va ra QD xu phat 3 trieu vi do be tong luc 22h gay tieng on.
Toi khieu nai QD nay vi xe bom be tong den tre do tac duong, doi den sang be tong hong. De nghi xem xet giam muc phat.
Hai
""", topic="noise", unit=SS, letter="complaint",
      why="Complaint about a noise fine for night concreting, the issuer not named, sent to the commune of Sóc Sơn: that unit.")

    L("chua-nhac-quan-ca-phe-den-quan-thanh", to=BD,
      sender=("Ông Thiện Tâm", "thientam.congdan@example.org"),
      subject="Quán cà phê cạnh đền mở nhạc to",
      text="""Kính gửi phường,

Tôi là người trông nom hương khói, ngày nào cũng ở đền Quán Thánh. Quán cà phê mới mở sát tường đền bật nhạc sàn rất to từ sáng đến tối, khách vào lễ không nghe được tiếng chuông mõ.
Mong phường nhắc quán giữ trật tự nơi di tích.

Thiện Tâm
""", topic="noise", unit=BD, place="đền Quán Thánh",
      why="A café's music next to đền Quán Thánh (Ba Đình), written by a temple caretaker; landmark only.")

    L("karaoke-hang-be-mot-dong", to=HK,
      sender=("Ngo Thi Tuyet", "tuyet.ngothi@example.net"),
      subject="karaoke",
      text="""Nha so 30 pho Hang Be hat karaoke loa keo den 1h sang dem nao cung vay, ko ngu duoc, de nghi xu ly giup.
""", topic="noise", unit=HK, place="pho Hang Be", mailer="iphone",
      why="One-line phone mail: karaoke until 1 a.m. on Hàng Bè street (Hoàn Kiếm); street only.")


def water():
    L("ong-ba-mat-nuoc-ba-ngay", to="so-xd",
      sender=("Nguyen Thi Sau", "sau.nguyenthi42@example.com"),
      subject="mat nuoc 3 ngay chua co",
      text="""Gui cac anh chi,

Nha toi 2 ong ba gia, ko co con chau o cung. Da 3 ngay nay voi nuoc may ko chay giot nao, phai nho hang xom xach tung xo.
Goi tong dai cong ty nuoc thi bao dang sua ong nhung ko noi bao gio xong. Mong duoc cap nuoc lai som.
Sau
""", topic="water", unit="so-xd",
      why="An old couple without tap water for three days.")

    L("nuoc-yeu-phong-tro-cong-nhan", to="so-xd",
      sender=("Tran Van Hau", "hau.tranvan.cn@example.com"),
      subject="day tro cong nhan chi co nuoc tu 1h den 4h sang",
      text="""Kinh gui quy co quan,

Day tro 14 phong cua chung toi, toan tho xay va cong nhan, gan 1 thang nay nuoc may chi chay tu 1h den 4h sang, ban ngay voi kho.
Ai cung di lam ca ngay, dem phai day hung nuoc. Chu tro bao do ap luc nuoc khu nay yeu, de nghi cong ty cap nuoc kiem tra.
Hau
""", topic="water", unit="so-xd",
      why="Builders renting rooms get tap water only between 1 and 4 a.m.; the landlord is a decoy.")
    L("nuoc-may-vang-duc-cp1258", to="so-xd",
      sender=("Lò Văn Thắm", "tham.lovan@example.com"),
      subject="Nước máy vẩn đục, có mùi",
      text="""Kính gửi Sở Xây dựng,

Một tuần nay nước máy nhà tôi chảy ra vàng đục, có mùi tanh, để lắng đáy xô có cặn đen. Cả dãy nhà đều bị như vậy.
Nhà có trẻ nhỏ, chúng tôi phải mua nước bình để nấu ăn. Đề nghị kiểm tra chất lượng nước.

Lò Văn Thắm
""", topic="water", unit="so-xd", cte="8bit", **CP1258,
      why="Cloudy, smelly tap water; windows-1258 8bit.")

    L("thon-soc-son-chua-co-nuoc-sach", to="so-xd",
      sender=("Dao Van Chien", "chien.daovan@example.net"),
      subject="thon toi chua co nuoc sach",
      text="""Kinh gui So,

Thon toi o Soc Son den nay van chua co duong ong nuoc sach, ca thon dung gieng khoan, nuoc co mui sat, giat quan ao bi o vang.
Duong ong cap nuoc chay qua dau thon 2 nam nay ma ko dau noi vao. De nghi cho dau noi nuoc sach ve thon.
Noi them cho cac anh chi ro. Nam ngoai thon da hop, moi ho dong gop 2 trieu de lam duong ong nhanh vao thon, tien thu xong gui truong thon, roi cong ty nuoc bao phai cho du an cua thanh pho, ko lam le tung thon duoc. Tien van nam do, dan hoi thi ko ai tra loi dut khoat.
Nha toi co 2 chau nho, nuoc gieng loc qua binh loc van vang, nau com thi com co mui, phai mua nuoc binh 20 lit de nau an, thang mat gan 300k. Nha nao ngheo hon thi van dung nuoc gieng de an.
Mua kho thi gieng can, phai xin nuoc nha nao khoan sau. Mua mua thi nuoc gieng duc, phai de lang ca ngay.
Toi ko biet gui dau cho dung nen gui So, neu ko thuoc So thi nho chuyen giup. Dan thon chi mong co nuoc sach nhu cac thon ben canh, ko doi hoi gi them.
Chien
""", topic="water", unit="so-xd",
      why="A village without piped water (well water is a decoy).")

    L("fwd-vo-ong-nuoc-tren-via-he", to="so-gtvt",
      sender=("Hứa Thị Diệu", "dieu.huathi@example.com"),
      subject="Fwd: Vỡ ống nước sạch trên vỉa hè",
      text="""Kính gửi Sở Giao thông vận tải,

Tôi đã gửi phường thư dưới đây, phường bảo không thuộc thẩm quyền. Nước vẫn đang chảy, các Sở xem giúp.

Diệu
""", fwd=dict(sender=("Hứa Thị Diệu", "dieu.huathi@example.com"),
              to="phananh@hoankiem.hanoi.example.vn", date=mr.D(1128, 7, 5),
              subject="Vỡ ống nước sạch trên vỉa hè",
              text="""Kính gửi phường,

Ống nước sạch dưới vỉa hè trước nhà tôi bị vỡ từ hai hôm nay, nước phun lên chảy tràn ra đường, lãng phí và khu tôi thì yếu nước.
Mong báo công ty cấp nước đến sửa sớm.

Hứa Thị Diệu
"""), form="fwd", topic="water", unit="so-xd",
      why="Forward of a burst water main letter first sent to the ward, now to so-gtvt (the pavement is a decoy).")


def power():
    L("trai-lon-mat-dien-quat-thong-gio", to="ubnd-tp",
      sender=("Phí Văn Lực", "luc.phivan@example.net"),
      subject="Mất điện liên tục, lợn trong trại bị chết ngạt",
      text="""Kính gửi quý cơ quan,

Tôi nuôi 300 con lợn thịt. Tháng này điện mất liên tục, có hôm mất 6 tiếng không báo trước, quạt thông gió trong chuồng dừng, hôm 28/11 chết ngạt 11 con.
Máy phát của tôi không đủ chạy cả trại. Đề nghị ngành điện cấp điện ổn định và báo lịch cắt điện trước.

Phí Văn Lực
""", topic="power", unit="ubnd-tp",
      why="A pig farmer's power cuts killing pigs.")

    L("tien-dien-thang-11-gap-doi", to="ubnd-tp",
      sender=("Trieu Thi Mai", "mai.trieuthi.shop@example.com"),
      subject="tien dien thang 11 tang gap doi",
      text="""Kinh gui UBND TP,

Cua hang tap hoa cua toi thang 11 tien dien len 3,2 trieu trong khi thang truoc 1,5 trieu, ko them thiet bi nao, thang 11 troi da lanh.
Toi de nghi dien luc kiem tra cong to va giai thich cach tinh.
Mai
""", topic="power", unit="ubnd-tp",
      why="An electricity bill doubled in November.")

    L("nguoi-khuyet-tat-dien-yeu-may-tho", to="ubnd-tp",
      sender=("Tống Văn Hòa", "hoa.tongvan@example.org"),
      subject="Điện yếu buổi tối, máy hỗ trợ thở của tôi không chạy",
      text="""Kính gửi quý cơ quan,

Tôi bị liệt nửa người, phải dùng máy hỗ trợ thở vào ban đêm. Một tháng nay cứ từ 18 giờ đến 22 giờ điện áp trong ngõ tụt xuống, bóng đèn tối mờ, máy báo lỗi và tắt.
Tôi đã mua ổn áp nhưng không đủ. Đề nghị điện lực kiểm tra đường dây và trạm biến áp khu tôi.

Tống Văn Hòa
""", topic="power", unit="ubnd-tp",
      why="Low evening voltage stops a disabled man's breathing machine.")
    L("cat-dien-khong-bao-truoc", to="ubnd-tp",
      sender=("Vuong Thi Nga", "nga.vuongthi@example.net"),
      subject="cat dien ko bao truoc",
      text="""Chao cac anh chi,

Khu nha toi hom thu 7 cat dien tu 7h sang den 5h chieu ma ko co thong bao gi, tu dong lanh cua quan an hong het do.
De nghi dien luc thong bao lich cat dien truoc it nhat 3 ngay nhu quy dinh.
Nga
""", topic="power", unit="ubnd-tp",
      why="A power cut without notice spoiling a restaurant's stock.")

    L("mat-dien-ca-khu-mot-dong", to="ubnd-tp",
      sender=("Lã Thị Hồng", "hong.lathi@example.com"),
      subject="Mất điện",
      text="""Cả khu tôi mất điện từ 3 giờ chiều đến giờ chưa có, tủ lạnh hỏng hết đồ, gọi tổng đài không ai nghe máy.
""", topic="power", unit="ubnd-tp", mailer="iphone",
      why="One-line phone mail: a whole block without power since the afternoon.")


def roads():
    L("taxi-bien-toc-do-bi-cay-che", to="so-gtvt",
      sender=("Hoang Van Toan", "toan.taxi.hv@example.com"),
      subject="bien han che toc do bi cay che het",
      text="""Gui cac anh chi,

A chay taxi dua khach ra san bay, doan duong Vo Van Kiet gan cau co bien han che toc do 60 bi tan cay che kin, xe di toi sat moi thay, nhieu xe bi phat nguoi.
De nghi cat tia cay hoac doi bien ra cho de nhin.
Toan
""", topic="roads", unit="so-gtvt",
      why="A speed-limit sign hidden by trees on the airport road.")
    L("den-tin-hieu-qua-ngan-cho-xe-lan", to="so-gtvt",
      sender=("Triệu Văn Tuấn", "tuan.trieuvan@example.org"),
      subject="Đèn xanh cho người đi bộ quá ngắn, xe lăn không qua kịp",
      text="""Kính gửi quý cơ quan,

Tôi là người khuyết tật, đi xe lăn. Ở nút giao gần nhà tôi, đèn xanh cho người đi bộ chỉ có 12 giây, tôi chưa qua được nửa đường thì đèn đã chuyển đỏ.
Đề nghị tăng thời gian đèn cho người đi bộ và làm thêm đoạn vuốt dốc ở hai đầu vạch kẻ đường.

Triệu Văn Tuấn
""", topic="roads", unit="so-gtvt",
      why="A wheelchair user asks for a longer pedestrian signal and kerb ramps at a crossing.")

    L("duong-thi-cong-do-dang-bui", to="so-gtvt",
      sender=("Than Thi Nga", "nga.thanthi@example.net"),
      subject="Duong dao len roi bo do ba thang",
      text="""Kinh gui quy co quan,

Tuyen duong truoc nha toi duoc dao len de nang cap mat duong tu thang 9, den nay ba thang van bo do, da dam lon nhon, xe qua bui mu.
Khong thay cong nhan lam viec, chi co rao chan do nghieng. De nghi nha thau lam tiep va hoan tra mat duong.

Than Thi Nga
""", topic="roads", unit="so-gtvt",
      why="A road upgrade abandoned half-dug for three months; written without diacritics.")

    L("diem-dung-xe-buyt-bi-doi", to="so-gtvt",
      sender=("Khuc Van Thinh", "thinh.khucvan@example.com"),
      subject="diem dung xe buyt doi cho ko co mai che",
      text="""Chao So GTVT,

Diem dung xe buyt gan cho toi bi doi ra xa 300 m, cho moi ko co mai che, ko co ghe, tre con nguoi gia dung duoi mua cho xe.
De nghi lam nha cho hoac tra diem dung ve cho cu.
Thinh
""", topic="roads", unit="so-gtvt",
      why="A moved bus stop without shelter.")

    L("re-bien-bao-sai-chieu", to="so-gtvt",
      sender=("Lo Thi Yen", "yen.lothi@example.net"),
      subject="Re: phan anh bien bao cam re trai",
      text="""Kinh gui So,

So tra loi se kiem tra, nhung 2 tuan roi bien cam re trai o nga tu van quay nguoc huong, nhieu xe bi CSGT phat oan.
Yen

> Vao 14/11/2026 So GTVT tra loi:
> So da ghi nhan va se kiem tra, dieu chinh bien bao trong thang 11/2026.
""", topic="roads", unit="so-gtvt", note=RE_NOTE,
      why="A reply quoting so-gtvt's answer: a no-left-turn sign still facing the wrong way.")


def illegal_construction():
    L("to-cao-nha-hang-bo-xay-tang-5", to="so-xd",
      sender=("Trương Thị Mỹ", "my.truongthi@example.org"),
      subject="Tố cáo hộ xây thêm tầng năm không phép",
      text="""Kính gửi Sở Xây dựng,

Tôi tố cáo hộ gia đình ở nhà số 17 phố Hàng Bồ đang xây thêm tầng năm và tum trên mái nhà cũ, không treo biển giấy phép, làm cả ban đêm.
Tường chung giữa hai nhà đã nứt dọc. Đề nghị kiểm tra và đình chỉ công trình.

Trương Thị Mỹ
""", topic="illegal_construction", unit=HK, place="phố Hàng Bồ", letter="denunciation",
      why="Denunciation of a household adding a floor without permit on Hàng Bồ street (Hoàn Kiếm), sent to so-xd; street only.")

    L("xay-khong-phep-ngo-165-xuan-thuy", to=CG,
      sender=("Nghiem Van Quang", "quang.nghiemvan@example.com"),
      subject="nha xay ko phep trong ngo 165 Xuan Thuy",
      text="""Gui cac anh chi,

Nha cuoi ngo 165 Xuan Thuy dang pha nha cu xay 5 tang, ko co bien GPXD, xe cho vat lieu chan ngo ca ngay.
Toi hoi thi chu nha bao dang xin phep. De nghi kiem tra xem co phep ko.
Quang
""", topic="illegal_construction", unit=CG, place="ngo 165 Xuan Thuy",
      why="A house being built without a permit sign in lane 165 Xuân Thủy (Cầu Giấy); lane only.")

    L("khieu-nai-qd-buoc-thao-do-ba-dinh", to=BD,
      sender=("Kha Thị Tuyết", "tuyet.khathi@example.net"),
      subject="Khiếu nại quyết định buộc tháo dỡ mái che",
      text="""Kính gửi UBND phường Ba Đình,

Tôi khiếu nại Quyết định số 77/QĐ-UBND ngày 25/11/2026 của UBND phường Ba Đình buộc tôi tháo dỡ phần mái tôn che sân sau nhà.
Mái che này dựng trong khuôn viên nhà tôi, không vượt ra ngoài ranh đất và chỉ là mái tạm. Đề nghị phường xem xét lại.

Kha Thị Tuyết
""", topic="illegal_construction", unit=BD, letter="complaint",
      why="Complaint about the ward of Ba Đình's order to remove a roof, issuer named.")

    L("nha-xuong-tren-dat-nong-nghiep-soc-son", to="so-tnmt",
      sender=("Doan Van Thuy", "thuy.doanvan@example.org"),
      subject="xay nha xuong tren ruong ko phep",
      text="""Kinh gui So,

O canh dong thon toi thuoc xa Soc Son co nguoi dang dung nha xuong khung thep rong may tram m2 tren ruong lua, ko co GPXD, dem nao cung do be tong.
Dan trong thon hoi ko ai tra loi. De nghi kiem tra va xu ly cong trinh xay dung trai phep nay.
Thuy
""", topic="illegal_construction", unit=SS,
      why="A steel-frame workshop built without a permit on paddy fields in the commune of Sóc Sơn (named), sent to so-tnmt (land is a decoy).")

    L("xay-bep-tren-mai-tap-the-nguyen-khac-hieu", to=BD,
      sender=("Bạch Văn Định", "dinh.bachvan@example.com"),
      subject="Hộ tầng trên cùng xây bếp gạch trên mái khu tập thể",
      text="""Kính gửi phường,

Ở khu tập thể trên phố Nguyễn Khắc Hiếu, hộ tầng bốn đang xây một gian bếp và nhà vệ sinh bằng gạch ngay trên mái chung, không có giấy phép.
Kết cấu nhà đã cũ, mái đã thấm dột sang các nhà bên. Đề nghị cho kiểm tra và buộc dừng.

Bạch Văn Định
""", topic="illegal_construction", unit=BD, place="phố Nguyễn Khắc Hiếu", form="nfd", cte="quoted-printable",
      why="A kitchen built on the roof of a collective block on Nguyễn Khắc Hiếu street (Ba Đình); NFD; street only.")
    L("dap-tuong-chiu-luc-luong-van-can", to=HK,
      sender=("Quan Thi Thoa", "thoa.quanthi@example.net"),
      subject="nha ben canh dap tuong chiu luc mo cua hang",
      text="""Kinh gui cac anh chi,

Nha ben canh toi o pho Luong Van Can dang dap bo tuong chiu luc tang 1 de mo rong cua hang, ko co giay phep, tuong chung nha toi nut doc 2 duong.
Toi da bao to dan pho ma van lam tiep. De nghi kiem tra va dinh chi.
Thoa
""", topic="illegal_construction", unit=HK, place="pho Luong Van Can",
      why="A neighbour knocking out load-bearing walls without a permit on Lương Văn Can street (Hoàn Kiếm); street only.")


def encroachment():
    L("xe-lan-via-he-hang-gai", to=HK,
      sender=("Hoàng Thị Thúy", "thuy.hoangthi.xl@example.com"),
      subject="Xe lăn không đi được trên vỉa hè phố Hàng Gai",
      text="""Kính gửi phường,

Tôi đi xe lăn đã 10 năm. Vỉa hè phố Hàng Gai giờ chỗ nào cũng kín xe máy của khách và hàng bày ra tận mép đường, tôi phải lăn xe xuống lòng đường đi giữa ô tô.
Đề nghị lập lại trật tự vỉa hè để chừa lối đi cho người đi bộ.

Hoàng Thị Thúy
""", topic="encroachment", unit=HK, place="phố Hàng Gai",
      why="A wheelchair user: the Hàng Gai street pavement (Hoàn Kiếm) is taken by parked bikes and goods; street only.")

    L("cho-soc-son-hang-tran-ra-duong", to="so-gtvt",
      sender=("Be Van Tinh", "tinh.bevan@example.net"),
      subject="hang quan tran ra duong o cho Soc Son",
      text="""Gui So,

Toi boc vac o cho Soc Son, sang nao cac sap rau, hang ca cung bay tran ra ca lan duong truoc cong cho, xe tai vao lay hang ko quay dau duoc.
Co lan ket xe 1 tieng. De nghi dep gon hang ngoai cong cho.
Tinh
""", topic="encroachment", unit=SS, place="cho Soc Son",
      why="Stalls spilling onto the road at Sóc Sơn market, sent to so-gtvt (traffic is a decoy); market only.")

    L("to-cao-tiem-rua-xe-tran-thai-tong", to=CG,
      sender=("Mẫn Thị Hạnh", "hanh.manthi@example.org"),
      subject="Tố cáo tiệm rửa xe chiếm hết vỉa hè",
      text="""Kính gửi UBND phường Cầu Giấy,

Tôi tố cáo tiệm rửa xe ở phố Trần Thái Tông đưa ô tô lên rửa ngay trên vỉa hè, chiếm hết lối đi và xả nước xà phòng ra lòng đường cả ngày, người đi bộ phải đi xuống đường.
Đã có đoàn kiểm tra dẹp một lần nhưng hôm sau lại bày như cũ. Đề nghị xử lý dứt điểm.

Mẫn Thị Hạnh
""", topic="encroachment", unit=CG, letter="denunciation",
      why="Denunciation of a car wash occupying the pavement of Trần Thái Tông street, the ward of Cầu Giấy also named: the ward's encroachment case.")

    L("khieu-nai-phat-lan-chiem-hoan-kiem", to="thanh-tra",
      sender=("Ton That Long", "long.tonthat@example.com"),
      subject="khieu nai QD xu phat lan chiem via he",
      text="""Kinh gui Thanh tra TP,

Toi khieu nai QD xu phat 4 trieu cua UBND phuong Hoan Kiem ngay 19/11/2026 ve hanh vi lan chiem via he de kinh doanh.
Hom do chi la xe hang dang do xuong trong 10 phut, ko phai bay ban. De nghi phuong xem xet lai QD.
Long
""", topic="encroachment", unit=HK, letter="complaint",
      why="Complaint about the ward of Hoàn Kiếm's fine for pavement encroachment, issuer named, sent to thanh-tra: the ward.")

    L("xe-day-em-be-yen-ninh", to=BD,
      sender=("Đinh Thị Mai Phương", "phuong.dinhmai@example.com"),
      subject="Không đẩy được xe em bé trên vỉa hè",
      text="""Kính gửi phường,

Tôi có con nhỏ, chiều nào cũng đẩy xe cho con đi dạo. Vỉa hè phố Yên Ninh bị các quán nước và cửa hàng sửa xe chiếm gần hết, chỗ còn lại thì xe máy dựng.
Tôi phải bế con, kéo xe đi dưới lòng đường rất nguy hiểm. Mong phường lập lại trật tự.

Đinh Thị Mai Phương
""", topic="encroachment", unit=BD, place="phố Yên Ninh", cte="8bit",
      why="A young mother cannot push a pram on the pavement of Yên Ninh street (Ba Đình); street only.")

    L("re-o-to-chiem-ngo-truc-lac", to=BD,
      sender=("Tieu Van Son", "son.tieuvan@example.net"),
      subject="Re: o to do chiem ngo",
      text="""Kinh gui phuong,

Sau tra loi duoi day van ko thay ai den, 2 xe o to van do chiem het ngo Truc Lac ca dem, xe cuu thuong ko vao duoc.
Son

> Vao 25/11/2026 bo phan tiep nhan tra loi:
> Noi dung ong phan anh da duoc chuyen to cong tac kiem tra.
""", topic="encroachment", unit=BD, place="ngo Truc Lac", note=RE_NOTE,
      why="A reply quoting an earlier answer: cars still occupy Trúc Lạc lane (Ba Đình); lane only.")


def harassment():
    L("to-cao-can-bo-voi-tien-tam-tru", to="ca-tp",
      sender=("Nguyễn Văn Đạt", "dat.nguyenvan.tho@example.com"),
      subject="Tố cáo cán bộ đòi tiền mới cho đăng ký tạm trú",
      text="""Kính gửi Công an thành phố,

Tôi là thợ xây từ Nghệ An ra, ở trọ cùng 8 người. Khi đi đăng ký tạm trú, một cán bộ tiếp nhận nói muốn nhanh thì mỗi người "gửi" 300 nghìn, không thì hồ sơ phải chờ.
Tôi tố cáo hành vi vòi tiền này và xin được giấu tên người đi cùng.

Nguyễn Văn Đạt
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of an official demanding money for temporary residence, sent to ca-tp: thanh-tra (residence is a decoy).")

    L("to-cao-ban-quan-ly-cho-thu-bao-ke", to="thanh-tra",
      sender=("Chu Van Ban", "ban.chuvan@example.net"),
      subject="to cao ban quan ly cho thu tien bao ke",
      text="""Gui cac co quan,

Toi la phu xe, boc vac o cho. Nguoi cua ban quan ly cho thu cua moi nguoi boc vac 500k/thang goi la "phi cho lam", ai ko nop thi bi duoi ko cho vao cho.
Ko co bien lai gi. Toi to cao viec bao ke nay, de nghi thanh tra.
Ban
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A porter denounces market management staff extorting protection money.")

    L("to-cao-can-bo-thue-khoan", to="thanh-tra",
      sender=("Lục Thị Nguyệt", "nguyet.lucthi@example.org"),
      subject="Tố cáo cán bộ thuế đòi tiền để hạ mức thuế khoán",
      text="""Kính gửi quý cơ quan,

Tôi bán tạp hóa, nộp thuế khoán. Đầu tháng 11 một cán bộ thuế phụ trách địa bàn đến cửa hàng nói mức khoán năm tới sẽ tăng gấp đôi, "muốn giữ như cũ thì gửi anh 3 triệu".
Nhiều hộ kinh doanh trên dãy phố cũng bị như vậy. Tôi tố cáo việc nhũng nhiễu này, tôi có ghi âm.

Lục Thị Nguyệt
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A shop owner denounces a tax officer demanding money to keep her flat-rate tax.")
    L("to-cao-can-bo-doi-gplx-doi-tien", to="so-gtvt",
      sender=("Dam Van Phong", "phong.damvan@example.com"),
      subject="to cao can bo doi GPLX doi tien",
      text="""Kinh gui So GTVT,

Toi chay taxi, di doi GPLX hang B2 sang the PET. Can bo tiep nhan bao ho so thieu anh, muon lay nhanh trong tuan thi dua 500k, ko thi 1 thang.
Toi dua tien, ko co bien lai. Toi to cao can bo nay, toi nho ten va quay so cua.
Phong
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A taxi driver denounces a licence-exchange clerk taking money, sent to so-gtvt: thanh-tra.")

    L("to-cao-dia-chinh-doi-boi-duong", to="so-tnmt",
      sender=("Phạm Văn Ngọ", "ngo.phamvan@example.net"),
      subject="Tố cáo cán bộ địa chính đòi tiền bồi dưỡng",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Tôi làm hồ sơ cấp sổ đỏ lần đầu ở xã Sóc Sơn. Cán bộ địa chính xã nói phải "bồi dưỡng" 15 triệu thì hồ sơ mới được ký xác nhận nguồn gốc đất, nếu không thì để đó.
Tôi tố cáo cán bộ này, tôi có tin nhắn điện thoại làm bằng chứng.

Phạm Văn Ngọ
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a commune land officer demanding money; sổ đỏ and the commune are decoys, sent to so-tnmt.")

    L("to-cao-mot-cua-cau-giay-viscii", to=CG,
      sender=("Thái Thị Duyên", "duyen.thaithi@example.com"),
      subject="Tố cáo cán bộ một cửa làm khó hồ sơ khai sinh",
      text="""Kính gửi quý cơ quan,

Tôi tố cáo một cán bộ bộ phận một cửa của phường đã ba lần trả hồ sơ khai sinh của con tôi với lý do vụn vặt, rồi gợi ý "có người làm dịch vụ nhanh" kèm số điện thoại.
Tôi gọi số đó thì bị đòi 2 triệu. Xin điều tra việc nhũng nhiễu này.

Thái Thị Duyên
""", topic="harassment", unit="thanh-tra", letter="denunciation", cte="8bit", **VISCII,
      why="Denunciation of a one-stop officer steering a birth registration to a paid fixer, sent to the ward; VISCII 8bit.")

    L("fwd-to-cao-thanh-tra-xay-dung-doi-tien", to="thanh-tra",
      sender=("Ma Van Hieu", "hieu.mavan@example.org"),
      subject="Fwd: to cao can bo doi tien",
      text="""Kinh gui Thanh tra TP,

Toi chuyen lai thu toi da gui, vi chua thay ai tra loi.
Hieu
""", fwd=dict(sender=("Ma Van Hieu", "hieu.mavan@example.org"),
              to="phananh@soxaydung.hanoi.example.vn", date=mr.D(1122, 20, 30),
              subject="to cao can bo doi tien",
              text="""Kinh gui So Xay dung,

Toi dang sua nha co GPXD day du, nhung 1 can bo thanh tra xay dung den 3 lan, lan nao cung bat loi va noi muon yen thi dua 20 trieu.
Toi to cao hanh vi nay.
Hieu
"""), form="fwd", cte="7bit", charset="us-ascii", topic="harassment", unit="thanh-tra",
      letter="denunciation", snippet="Toi chuyen lai thu toi da gui",
      why="Forward of a denunciation of a building inspector demanding money, first sent to so-xd, now to thanh-tra.")

    L("to-cao-can-bo-so-khdt-dich-vu", to="so-khdt",
      sender=("Hà Minh Khoa", "khoa.haminh@example.com"),
      subject="Tố cáo cán bộ gợi ý dùng dịch vụ để hồ sơ được duyệt",
      text="""Kính gửi quý Sở,

Hồ sơ đăng ký doanh nghiệp của tôi bị trả bốn lần. Lần gần nhất, một chuyên viên gọi điện riêng nói nếu thuê "đơn vị tư vấn quen" với giá 8 triệu thì hồ sơ sẽ qua ngay.
Tôi tố cáo chuyên viên này nhũng nhiễu doanh nghiệp và đề nghị thanh tra làm rõ.

Hà Minh Khoa
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a so-khdt official steering a company registration to a paid consultant, sent to so-khdt.")


def regulation():
    L("giang-vien-gop-y-du-thao-via-he", to="so-tp",
      sender=("PGS.TS. Đặng Thu Hà", "ha.dangthu@example.edu.vn"),
      subject="Góp ý dự thảo quy định quản lý, sử dụng tạm thời vỉa hè",
      text="""Kính gửi quý cơ quan,

Tôi là giảng viên đại học, xin góp ý dự thảo quy định quản lý, sử dụng tạm thời một phần vỉa hè đang lấy ý kiến nhân dân.
Thứ nhất, dự thảo chưa quy định bề rộng tối thiểu dành cho người đi bộ tính theo xe lăn. Thứ hai, mức thu phí nên công khai theo từng tuyến phố. Thứ ba, cần quy định rõ cơ quan cấp phép và thời hạn.

Về điều khoản phạm vi điều chỉnh: dự thảo gộp chung vỉa hè các tuyến phố chính với vỉa hè trong ngõ, trong khi hai loại này khác nhau rất nhiều về bề rộng và lượng người đi bộ. Tôi đề nghị tách thành hai phụ lục, mỗi phụ lục có danh mục tuyến được phép sử dụng tạm thời.
Về điều khoản điều kiện sử dụng: dự thảo chỉ ghi "bảo đảm lối đi cho người đi bộ" mà không có con số. Kinh nghiệm của nhiều đô thị là phần còn lại tối thiểu 1,5 m, liên tục, không có bậc, để hai xe lăn tránh nhau được. Tôi đề nghị ghi rõ con số này và cách đo.
Về điều khoản phí: nên quy định phí tính theo mét vuông và khung giờ, công bố trên cổng thông tin của thành phố và niêm yết tại tuyến phố, để người dân giám sát được hộ nào đã được cấp phép.
Về điều khoản xử lý vi phạm: dự thảo dẫn chiếu chung chung đến quy định xử phạt hiện hành; nên nêu rõ trường hợp vi phạm nhiều lần thì thu hồi giấy phép sử dụng tạm thời.
Về hiệu lực: nên có thời gian chuyển tiếp ít nhất sáu tháng để các hộ kinh doanh chuẩn bị, tránh việc ban hành xong là xử phạt ngay.
Tôi sẵn sàng tham gia các buổi lấy ý kiến chuyên gia nếu cơ quan soạn thảo tổ chức.

Đặng Thu Hà
""", topic="regulation", unit="so-tp",
      why="A lecturer comments on a draft regulation on pavement use (encroachment is a decoy).")

    L("gop-y-du-thao-bien-quang-cao-mat-pho", to="so-tp",
      sender=("Ung Van Khang", "khang.ungvan@example.net"),
      subject="gop y du thao quy dinh bien hieu quang cao mat pho",
      text="""Kinh gui So Tu phap,

Toi gop y du thao quy dinh ve bien hieu, bien quang cao tren mat tien nha pho: nen cho 12 thang chuyen doi thay vi 3 thang, va quy dinh ro ai chiu chi phi khi bien cu dung phep nay bi buoc thao.
Khang
""", topic="regulation", unit="so-tp",
      why="Comments on a draft rule on shop signs on street fronts.")
    L("cuu-binh-de-nghi-bot-giay-to", to="so-tp",
      sender=("Lê Đình Chiến", "chien.ledinh@example.com"),
      subject="Kiến nghị bỏ yêu cầu nộp bản sao chứng thực khi đã có dữ liệu điện tử",
      text="""Kính gửi Sở Tư pháp,

Tôi là cựu chiến binh, đi làm mấy thủ tục chế độ đều bị yêu cầu nộp bản sao có chứng thực những giấy tờ mà cơ quan nhà nước đã có trong cơ sở dữ liệu.
Tôi kiến nghị sửa quy định thủ tục để bỏ yêu cầu này, người dân chỉ cần xuất trình bản chính hoặc khai mã định danh.

Lê Đình Chiến
""", topic="regulation", unit="so-tp",
      why="A veteran proposes changing the rule that demands certified copies (certification is a decoy).")

    L("gop-y-gio-karaoke-du-thao", to="so-tp",
      sender=("Thach Thi Van", "van.thachthi@example.org"),
      subject="gop y du thao quy dinh gio hoat dong karaoke",
      text="""Kinh gui cac co quan,

Toi doc du thao quy dinh khung gio hoat dong karaoke, quan bar trong khu dan cu dang lay y kien, xin gop y: nen lui gio dong cua tu 24h ve 22h o khu pho co, va quy dinh muc do on toi da.
Van
""", topic="regulation", unit="so-tp",
      why="Comments on a draft rule on karaoke opening hours (noise and the old quarter are decoys).")

    L("gop-y-nghi-quyet-phi-trong-giu-xe", to="so-tp",
      sender=("Tiêu Thị Lụa", "lua.tieuthi@example.com"),
      subject="Góp ý dự thảo nghị quyết phí trông giữ xe",
      text="""Kính gửi quý cơ quan,

Tôi góp ý dự thảo nghị quyết về giá dịch vụ trông giữ xe đang lấy ý kiến: mức thu theo giờ ở bệnh viện và trường học nên thấp hơn khu thương mại, và nên có vé tháng cho người bệnh chạy thận.

Tiêu Thị Lụa
""", topic="regulation", unit="so-tp", cte="quoted-printable", **CP1258,
      why="Comments on a draft resolution on parking fees; windows-1258 quoted-printable.")


def compliment():
    L("cam-on-phuong-ba-dinh-den-nha", to=BD,
      sender=("Văn Thị Lành", "lanh.vanthi@example.net"),
      subject="Cảm ơn cán bộ phường đã đến tận nhà",
      text="""Kính gửi UBND phường Ba Đình,

Hai ông bà chúng tôi không có con, ông nhà tôi lại đi lại khó khăn. Tuần trước các cán bộ của UBND phường Ba Đình đã đến tận nhà làm giấy tờ, hướng dẫn rất nhẹ nhàng.
Chúng tôi xin gửi lời cảm ơn chân thành.

Văn Thị Lành
""", topic="compliment", unit=BD,
      why="An old couple thank the ward of Ba Đình for a home visit.")

    L("cam-on-ca-tp-tim-vi", to="ca-tp",
      sender=("Lam Van Duy", "duy.lamvan@example.com"),
      subject="cam on CA TP",
      text="""Kinh gui CA TP,

Toi roi vi co ca CCCD va GPLX tren taxi, cac anh cong an da tim duoc tai xe va tra lai du giay to cho toi chi sau 1 ngay. Xin cam on cac anh.
Duy
""", topic="compliment", unit="ca-tp",
      why="Thanks to the city police for returning a lost wallet with ID papers (residence is not the matter).")

    L("cam-on-so-xd-sua-cong-nhanh", to="ubnd-tp",
      sender=("Đồng Văn Khải", "khai.dongvan@example.org"),
      subject="Cảm ơn Sở Xây dựng sửa cống nhanh",
      text="""Kính gửi UBND thành phố,

Tôi xin nhờ thành phố chuyển lời cảm ơn tới Sở Xây dựng: chỉ hai ngày sau khi tôi phản ánh, Sở đã cho người thay nắp cống vỡ và thông cống trước ngõ nhà tôi.
Mưa hôm qua ngõ không còn ngập nữa.

Đồng Văn Khải
""", topic="compliment", unit="so-xd",
      why="Thanks to so-xd for fixing a drain, sent to the city office.")

    L("cam-on-xa-soc-son-giup-nuoi-lon", to=SS,
      sender=("Nong Van Tho", "tho.nongvan@example.net"),
      subject="cam on UBND xa Soc Son",
      text="""Kinh gui UBND xa Soc Son,

Dot lu vua roi trai lon nha toi bi ngap, can bo UBND xa Soc Son da den giup chuyen lon len cao va phun thuoc khu trung mien phi. Gia dinh toi xin cam on.
Tho
""", topic="compliment", unit=SS,
      why="A pig farmer thanks the commune of Sóc Sơn for help in a flood (flooding is a decoy).")


def other():
    L("giao-vien-thu-quy-dau-nam", to="ubnd-tp",
      sender=("Nguyễn Thị Hải Yến", "haiyen.gv@example.edu.vn"),
      subject="Các khoản thu đầu năm học ở trường quá nhiều",
      text="""Kính gửi quý cơ quan,

Tôi là giáo viên, cũng là phụ huynh. Năm học này trường con tôi thu ngoài học phí tới 11 khoản: quỹ lớp, quỹ hội, tiền điều hòa, tiền máy chiếu, tiền vệ sinh, tiền nước uống...
Nhiều khoản không có văn bản, giáo viên chủ nhiệm cũng phải đi thu hộ rất ngại. Đề nghị kiểm tra các khoản thu này.

Nguyễn Thị Hải Yến
""", topic="other", unit="ubnd-tp",
      why="A teacher about too many fees collected at a school.")

    L("tro-cap-khuyet-tat-cham", to="ubnd-tp",
      sender=("Trinh Van Nghia", "nghia.trinhvan@example.com"),
      subject="tro cap khuyet tat 3 thang chua nhan",
      text="""Kinh gui cac anh chi,

Toi bi liet 2 chan, duoc huong tro cap xa hoi hang thang, nhung tu thang 9 den nay 3 thang chua nhan duoc dong nao, hoi thi bao dang chuyen sang tra qua tai khoan.
Toi ko co tai khoan ngan hang. Mong giai quyet som.
Nghia
""", topic="other", unit="ubnd-tp",
      why="A disabled man's social allowance unpaid for three months.")

    L("ong-ba-khong-con-vao-vien-duong-lao", to="ubnd-tp",
      sender=("Hoàng Thị Gấm", "gam.hoangthi@example.net"),
      subject="Hỏi chính sách cho người già không nơi nương tựa",
      text="""Kính gửi UBND thành phố,

Vợ chồng tôi năm nay 82 và 79 tuổi, không có con, lương hưu thấp. Chúng tôi muốn hỏi điều kiện để được vào trung tâm bảo trợ xã hội của thành phố, hoặc được hỗ trợ người chăm sóc tại nhà.

Hoàng Thị Gấm
""", topic="other", unit="ubnd-tp", form="nfd", cte="8bit",
      why="An old childless couple ask about a social care home; NFD 8bit.")

    L("benh-vien-nam-ghep-giuong", to="ubnd-tp",
      sender=("Ly Thi Kieu", "kieu.lythi@example.org"),
      subject="benh nhan nam ghep 3 nguoi 1 giuong",
      text="""Chao cac anh chi,

Me toi nam vien khoa noi 1 tuan nay, 3 nguoi nam chung 1 giuong, nguoi nha phai trai chieu ngu duoi gam giuong, nha ve sinh ca khoa dung chung 2 cai.
Mong thanh pho xem lai viec qua tai o benh vien tuyen thanh pho.
Kieu
""", topic="other", unit="ubnd-tp",
      why="Three patients to a bed in a city hospital (health): other.")
    L("the-bhyt-cho-con", to="ubnd-tp",
      sender=("Ton Nu Bao Chau", "chau.tonnu@example.com"),
      subject="Con toi chua duoc cap the bao hiem y te",
      text="""Kinh gui quy co quan,

Con toi 4 thang tuoi, da co giay khai sinh tu thang 8 nhung den nay van chua duoc cap the bao hiem y te cho tre duoi 6 tuoi, di kham phai tra tien.
Xin hoi the dang vuong o dau va toi can lam gi.

Ton Nu Bao Chau
""", topic="other", unit="ubnd-tp",
      why="A baby's health insurance card not issued (the birth certificate is a decoy); written without diacritics.")

    L("tram-y-te-het-vac-xin-mot-dong", to="ubnd-tp",
      sender=("Ha Van Cuong", "cuong.havan.ph@example.net"),
      subject="het vac xin",
      text="""Tram y te phuong het vac xin 5 trong 1 cho tre 2 thang tuoi da 3 tuan, con toi bi tre lich tiem, de nghi bo sung gap.
""", topic="other", unit="ubnd-tp", mailer="iphone",
      why="One-line phone mail: a ward health station out of infant vaccine for three weeks (health: other; the ward is a decoy).")


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
