#!/usr/bin/env python3
"""Generate the seventh held-out routing batch: letters 801-900 of tests/data/routing.

Written on 6 December 2026 by an engineer on hotline who wrote neither the rules nor the first six
batches (001-176, 201-320, 401-500, 501-600, 601-700, 701-800), for issue 15 item 5.  Writes
NNN-short-name.eml + NNN-short-name.json for NNN in 801..900 into the folder given as the first
argument (default: the folder this script lives in), removing only earlier files of that range.
Standard library only and deterministic (its own fixed seed 20261257, fixed dates): two runs give
byte-identical files.

The MIME writer is make_routing.py's and the NFD/forward helpers, the batch writer and the code-page
presets are make_routing2.py's, imported as make_routing6.py does; the voices and situations are new
(see README: the seventh batch).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_routing as mr  # noqa: E402  (the MIME writer of the first batch)
import make_routing2 as m2  # noqa: E402  (NFD and forward helpers, batch writer, presets)

FIRST = 801
LAST = 900
mr.SEED = 20261257
mr.CTX = mr.Ctx()
mr.BASE_DATE = datetime.datetime(2026, 11, 26, 0, 0, 0,
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
L = m2.L
HK, BD, CG, SS, CP1258, VISCII = m2.HK, m2.BD, m2.CG, m2.SS, m2.CP1258, m2.VISCII
RE_NOTE = "text/plain; a reply quoting an earlier answer"
PHONE = dict(mailer="iphone")


# =============================================================================================
# The letters (801-900).  Labels follow the routing table of the corpus README with its December
# 2026 additions (repeated in this folder's README).  A place decides only when it lies wholly in
# one sample unit since the 1 July 2025 merger (the places tables at the top of this folder's
# README); no other place decides a letter here.
# =============================================================================================
def land():
    L("vo-chong-tre-kiem-tra-thua-dat-truoc-dat-coc", to="so-tnmt",
      sender=("Lương Thị Bích Ngọc", "ngoc.luongbich92@example.com"),
      subject="Xin kiểm tra thông tin thửa đất trước khi đặt cọc mua",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Vợ chồng em cưới được hai năm, đi làm văn phòng, dành dụm với vay thêm bố mẹ hai bên được hơn một tỷ, định mua mảnh đất 48 m2 ở Sóc Sơn để sau này làm nhà, vì căn hộ trong nội thành thì không với tới.
Người bán đưa bản chụp giấy chứng nhận, nói đất sạch, không tranh chấp, không thế chấp, giục đặt cọc 200 triệu trong tuần này kẻo có người khác mua.
Em có đọc trên mạng nhiều người mua phải đất đang thế chấp ngân hàng, hoặc đất nằm trong quy hoạch làm đường, đặt cọc rồi mới biết thì mất cả tiền lẫn công.
Em hỏi văn phòng công chứng thì họ bảo chỉ kiểm tra được lúc ký hợp đồng, còn trước đó muốn biết thì phải hỏi bên đăng ký đất đai.
Em muốn hỏi: vợ chồng em là người ngoài, không phải chủ đất, có được xin cung cấp thông tin về thửa đất đó không (có đang thế chấp không, có bị kê biên không, diện tích có khớp với sổ không), xin ở đâu, mất bao lâu, có phải mang theo giấy gì của chủ đất không.
Thật lòng em cũng ngại hỏi người bán, sợ họ phật ý mà bán cho người khác, nhưng số tiền này là cả cơ nghiệp của hai vợ chồng nên em không dám liều.
Mong Sở chỉ giúp cách làm cho đúng.

Lương Thị Bích Ngọc
""", topic="land", unit="so-tnmt",
      why="A young couple buying their first plot ask how to check the plot's registered information before the deposit; Sóc Sơn is a decoy.")

    L("viet-kieu-ve-nuoc-thua-ke-dat-cua-bo-me", to="ubnd-tp",
      sender=("Tran Minh Duc", "duc.tran.minh@example.net"),
      subject="Viet kieu co duoc dung ten so do dat thua ke cua bo me ko",
      text="""Kinh gui UBND TP,

Toi o Uc 20 nam, da nhap quoc tich Uc nhung van giu ho chieu VN. Bo me toi mat nam ngoai, de lai manh dat 70 m2 va can nha cap 4, ko co di chuc, toi la con duy nhat.
Toi muon lam thu tuc nhan thua ke va dung ten tren GCN, nhung co nguoi bao Viet kieu chi duoc nhan gia tri chu ko dc dung ten so.
Xin hoi truong hop cua toi co dc dung ten ko, ho so nop o dau.
Tks, Duc
""", topic="land", unit="so-tnmt",
      why="A returnee with a foreign passport asks whether he may hold the land he inherits; sent to the city office: so-tnmt.")

    L("khieu-nai-cham-dut-thue-dat-cong-ich-trong-rau", to="so-tnmt",
      sender=("Nguyễn Thị Thơm", "thom.rau.socson@example.com"),
      subject="Khiếu nại quyết định chấm dứt hợp đồng thuê đất công ích trồng rau",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Tôi trồng rau trên 1.200 m2 đất công ích thuê của xã theo hợp đồng 5 năm, còn 2 năm nữa mới hết hạn.
Ngày 12/11/2026 UBND xã Sóc Sơn ra Quyết định số 905/QĐ-UBND chấm dứt hợp đồng trước hạn để giao cho người khác làm bãi gửi xe, không bồi thường vụ rau đang trồng, không họp với các hộ thuê.
Tôi khiếu nại quyết định này của UBND xã Sóc Sơn, đề nghị xã thu hồi quyết định hoặc ít nhất cho chúng tôi thu hoạch hết vụ.

Nguyễn Thị Thơm
""", topic="land", unit=SS, letter="complaint",
      why="Complaint about the commune of Sóc Sơn's decision ending a lease of public land, issuer named, sent to so-tnmt: the commune.")

    L("doi-ruong-rau-cho-lien-thua", to="so-tnmt",
      sender=("Do Van Khai", "khai.dovan.rau@example.org"),
      subject="hoi thu tuc doi 2 manh ruong rau cho nhau",
      text="""Chao cac anh chi,

Nha e trong rau o Soc Son, co 2 manh ruong cach nhau xa, nha hang xom cung vay. 2 nha thong nhat doi cho nhau de moi nha lien 1 thua cho de tuoi.
Doi nhu vay co phai lam hop dong cong chung ko, co phai nop thue ko, GCN cua 2 nha sua the nao.
Khai
""", topic="land", unit="so-tnmt",
      why="Two vegetable growers swapping plots to join their fields ask how the exchange is registered.")

    L("so-tach-chung-nha-tay-cu-ta-hien", to="so-tnmt",
      sender=("Phạm Thu Hà", "ha.phamthu.homestay@example.com"),
      subject="Xin tách giấy chứng nhận chung của bốn hộ trong một nhà cũ",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Nhà tôi là một phần căn nhà kiểu Pháp cũ trên phố Tạ Hiện, bốn hộ ở chung từ thời phân phối, năm 2009 được cấp một giấy chứng nhận chung ghi tên cả bốn chủ hộ.
Tôi làm homestay ở tầng hai, muốn vay vốn sửa phòng nhưng ngân hàng không nhận thế chấp vì sổ chung, ba hộ kia cũng đồng ý tách.
Xin hỏi phần diện tích của mỗi hộ có đủ điều kiện tách thành giấy riêng không, cầu thang và sân chung thì ghi thế nào.

Phạm Thu Hà
""", topic="land", unit="so-tnmt", **VISCII, cte="8bit",
      why="A homestay owner asks to split a land certificate shared by four households of an old house; Tạ Hiện street is a decoy; VISCII 8bit.")

    L("giay-tay-mua-dat-2008-lam-so", to="so-tnmt",
      sender=("Vi Van Tam", "tam.vivan.thoxay@example.com"),
      subject="mua dat giay tay nam 2008 co lam so do dc ko",
      text="""A mua 60m2 dat bang giay viet tay tu nam 2008, xay nha o tu do, chu cu gio da di dau ko lien lac duoc, vay a co xin cap GCN lan dau dc ko a.
""", topic="land", unit="so-tnmt", **PHONE,
      why="Phone mail: a builder who bought land on a handwritten paper in 2008 asks for a first land certificate.")


def business():
    L("tiem-toc-thue-nha-chu-o-nuoc-ngoai", to="so-khdt",
      sender=("Hồ Thị Mai Hương", "huong.hotoc@example.net"),
      subject="Đăng ký hộ kinh doanh tiệm tóc khi chủ nhà ở nước ngoài",
      text="""Kính gửi quý Sở,

Tôi làm tóc đã mười năm, nay thuê mặt bằng mở tiệm riêng, muốn đăng ký hộ kinh doanh cho đàng hoàng để còn làm thẻ thanh toán.
Chủ nhà đang ở Canada, hợp đồng thuê ký qua người nhà có giấy ủy quyền. Khi nộp hồ sơ thì được bảo phải có chữ ký của chính chủ nhà.
Xin hỏi giấy ủy quyền của chủ nhà cho người nhà có dùng thay được không, hay phải gửi giấy sang Canada ký.

Hồ Thị Mai Hương
""", topic="business_registration", unit="so-khdt", cte="quoted-printable", **CP1258,
      why="A hairdresser registering a household business in a rented shop whose owner lives abroad; windows-1258 QP.")

    L("quay-cho-dem-co-can-dang-ky-ho-kd", to="so-khdt",
      sender=("Luong Thi Hoa", "hoa.chodem.luong@example.com"),
      subject="ban quay cho dem co phai dk ho kinh doanh ko",
      text="""E ban vong tay, moc khoa o cho dem cuoi tuan, moi tuan 3 toi, thu nhap it thi co bat buoc dang ky ho kinh doanh ko a.
""", topic="business_registration", unit="so-khdt", **PHONE,
      why="Phone mail: a night-market stall keeper asks whether a weekend stall must be registered as a household business.")

    L("khieu-nai-so-khdt-chuyen-trang-thai-khong-hoat-dong", to="ubnd-tp",
      sender=("Đặng Văn Phúc", "phuc.dangvan.duoc@example.org"),
      subject="Khiếu nại việc Sở Kế hoạch và Đầu tư chuyển công ty tôi sang trạng thái không hoạt động tại địa chỉ đăng ký",
      text="""Kính gửi Văn phòng UBND thành phố,

Tôi là dược sĩ, giám đốc một công ty nhỏ phân phối thiết bị y tế. Ngày 9/11/2026 Sở Kế hoạch và Đầu tư ra Thông báo số 7720/TB-SKHĐT chuyển tình trạng pháp lý của công ty sang "không hoạt động tại địa chỉ đã đăng ký".
Công ty vẫn hoạt động tại đúng địa chỉ, chỉ là hôm đoàn kiểm tra đến thì cửa đóng vì nghỉ lễ. Đối tác tra cứu thấy trạng thái này đã dừng ký hợp đồng.
Tôi khiếu nại thông báo nói trên của Sở Kế hoạch và Đầu tư và đề nghị khôi phục tình trạng hoạt động cho công ty.

Đặng Văn Phúc
""", topic="business_registration", unit="so-khdt", letter="complaint",
      why="Complaint about so-khdt's notice marking a company as absent from its address, issuer named, sent to the city office: so-khdt.")

    L("sinh-vien-khoi-nghiep-tru-so-phong-tro", to="so-khdt",
      sender=("Vu Quang Huy", "huy.vq.startup@example.edu.vn"),
      subject="lap cong ty lay dia chi phong tro lam tru so dc ko",
      text="""Chao So KHDT,

E la sinh vien nam 4, cung 2 ban lam app dat lich cat toc, co nha dau tu nho muon gop von nen can lap cong ty TNHH.
Tu e thue phong tro trong ngo pho Xuan Thuy (Q. Cau Giay cu), co the lay phong tro lam dia chi tru so dang ky doanh nghiep ko, co can chu nha dong y bang van ban ko.
Tks a chi.
""", topic="business_registration", unit="so-khdt",
      why="A student renting near the universities asks whether his rented room can be a company's registered office; Xuân Thủy a decoy.")

    L("htx-rau-an-toan-dang-ky", to="so-khdt",
      sender=("Nguyễn Văn Sáu", "sau.htxrau@example.com"),
      subject="Hỏi thủ tục đăng ký hợp tác xã rau an toàn",
      text="""Kính gửi Sở Kế hoạch và Đầu tư,

Mười hai hộ trồng rau chúng tôi ở Sóc Sơn muốn lập hợp tác xã để cùng ký hợp đồng bán rau cho bếp ăn trường học và siêu thị.
Xin hỏi hồ sơ đăng ký hợp tác xã gồm những gì, có cần vốn tối thiểu không, tên hợp tác xã đặt thế nào để không bị trùng.

Nguyễn Văn Sáu
""", topic="business_registration", unit="so-khdt",
      why="Vegetable growers ask how to register a cooperative.")


def residence():
    L("sinh-vien-chuyen-phong-tro-cung-ngo", to=CG,
      sender=("Ha Thi Lan", "lan.ha.k66@example.edu.vn"),
      subject="chuyen phong tro trong cung ngo co phai dk tam tru lai ko",
      text="""E la sinh vien thue tro ngo pho Tran Thai Tong, thang nay chuyen sang phong khac cung ngo, khac chu, vay e co phai dang ky tam tru lai tu dau k a, tks.
""", **PHONE, topic="residence", unit="ca-tp",
      why="Phone mail: a student moving rooms within the same lane asks about temporary residence; sent to the ward (the lane a decoy).")

    L("vo-chong-tre-thuong-tru-can-ho-chua-co-so", to="ca-tp",
      sender=("Trịnh Quốc Anh", "anh.trinhquoc.kts@example.com"),
      subject="Đăng ký thường trú vào căn hộ mới mua chưa có sổ hồng",
      text="""Kính gửi Công an thành phố,

Vợ chồng tôi vừa nhận bàn giao căn hộ đầu tiên của mình ở một dự án mới, chủ đầu tư hẹn một năm nữa mới làm giấy chứng nhận.
Chúng tôi muốn chuyển thường trú của cả nhà về căn hộ để con đi học gần. Xin hỏi hợp đồng mua bán căn hộ và biên bản bàn giao có đủ để đăng ký thường trú không.

Trịnh Quốc Anh
""", topic="residence", unit="ca-tp",
      why="A young couple register permanent residence in their first flat before its certificate is issued (land words are decoys).")

    L("nguoi-ngoi-xe-lan-xin-can-bo-den-nha", to="ca-tp",
      sender=("Kieu Van Binh", "binh.kieuvan.xl@example.net"),
      subject="nguoi ngoi xe lan lam thu tuc cu tru tai nha dc ko",
      text="""Kinh gui CA TP,

Toi bi liet tu nam 2015 sau tai nan lao dong, ngoi xe lan, nha o tang 3 khu tap the ko co thang may. Thang truoc me toi mat, toi can chuyen chu ho sang ten toi va sua thong tin cu tru (ngay xua goi la sua HK).
Toi da len mang VNeID thu nhung buoc cuoi bat chup anh xac thuc khuon mat thi lan nao cung bao loi, chac tai camera dien thoai cu. Goi tong dai thi bao ra cong an phuong lam truc tiep.
Ma toi xuong 3 tang cau thang la phai co 2 nguoi khieng, em trai toi di lam xa thang moi ve 1 lan. Toi hoi co the xin can bo den nha lam thu tuc cho nguoi khuyet tat ko, hay co cach nao khac.
Toi ko doi hoi gi dac biet, chi mong thu tuc cu tru co cach cho nguoi ko di lai duoc.
Binh
""", topic="residence", unit="ca-tp",
      why="A wheelchair user cannot reach the police desk to change the head of household after his mother's death; rambling, without diacritics.")

    L("con-o-voi-me-tam-tru-khi-bo-me-ly-than", to="ca-tp",
      sender=("Mạc Thị Hồng Nhung", "nhung.macthi.me@example.com"),
      subject="Đăng ký tạm trú cho con khi bố mẹ sống ly thân",
      text="""Kính gửi quý cơ quan,

Vợ chồng tôi đang sống ly thân, chưa ly hôn. Con gái ba tuổi thường trú cùng bố ở nhà ông bà nội nhưng ở với tôi tại căn nhà tôi thuê.
Tôi muốn đăng ký tạm trú cho con ở chỗ thuê để cháu được xét vào trường mầm non gần nhà, nhưng chồng tôi không chịu ký giấy đồng ý.
Xin hỏi mẹ đăng ký tạm trú cho con có bắt buộc cần chữ ký của bố không.

Mạc Thị Hồng Nhung
""", topic="residence", unit="ca-tp",
      why="A separated mother registers her toddler's temporary residence without the father's signature; the kindergarten is a decoy.")

    L("khieu-nai-ca-tp-tu-choi-tam-tru-nha-tro-pccc", to="so-tp",
      sender=("Lo Van Toan", "toan.grab.lo@example.com"),
      subject="khieu nai van ban tu choi dang ky tam tru cua Cong an",
      text="""Kinh gui So Tu phap,

Toi chay Grab, thue phong o day tro 12 phong. Ngay 17/11/2026 Cong an TP co van ban so 3310/CAHN-PC06 tu choi dang ky tam tru cua toi voi ly do day tro chua dat yeu cau PCCC.
Viec PCCC la trach nhiem cua chu tro, toi chi la nguoi thue, CCCD day du, ko co tam tru thi toi ko lam duoc ho so vay mua xe.
Toi khieu nai van ban tu choi nay cua Cong an TP, de nghi xem xet lai.
Toan
""", topic="residence", unit="ca-tp", letter="complaint",
      why="Complaint about the city police's refusal of temporary residence in a boarding house failing fire rules, issuer named, sent to so-tp: ca-tp.")

    L("doi-so-nha-du-lieu-cu-tru-van-so-cu", to="ca-tp",
      sender=("Tạ Thị Xuân", "xuan.tathi.gv@example.net"),
      subject="Đổi số nhà mà dữ liệu cư trú vẫn ghi số nhà cũ",
      text="""Kính gửi Công an thành phố,

Tôi là giáo viên đã nghỉ hưu. Năm ngoái ngõ nhà tôi được đánh lại số nhà, nhà tôi từ số 14 thành số 32, đã có biển số mới và giấy xác nhận của phường.
Nhưng thông tin nơi thường trú trên căn cước và trong dữ liệu cư trú vẫn ghi số 14, ngân hàng không cho đổi địa chỉ nhận lương hưu vì hai giấy tờ không khớp.
Xin cho biết tôi phải làm thủ tục gì để sửa địa chỉ thường trú theo số nhà mới.

Tạ Thị Xuân
""", topic="residence", unit="ca-tp",
      why="A retired teacher's house was renumbered but her permanent-residence record keeps the old number (the ward's paper a decoy).")


def civil_status():
    L("ghi-chu-ket-hon-o-nhat-hang-be", to=HK,
      sender=("Đoàn Minh Khôi", "khoi.doanminh.jp@example.com"),
      subject="Ghi vào sổ hộ tịch việc kết hôn đã đăng ký ở Nhật Bản",
      text="""Kính gửi quý cơ quan,

Tôi đi làm ở Nhật Bản tám năm, năm 2024 đã đăng ký kết hôn với vợ tôi (cũng là người Việt) tại tòa thị chính ở Osaka. Nay hai vợ chồng về nước hẳn, đang ở nhà bố mẹ tôi trên phố Hàng Bè.
Chúng tôi cần ghi việc kết hôn này vào sổ hộ tịch để làm giấy tờ cho con sắp sinh. Xin hỏi giấy kết hôn của Nhật có phải hợp pháp hóa lãnh sự và dịch công chứng không.

Đoàn Minh Khôi
""", topic="civil_status", unit=HK, place="phố Hàng Bè",
      why="A returnee from Japan records a marriage registered abroad, living on Hàng Bè street (Hoàn Kiếm); street only.")

    L("khai-sinh-be-sinh-tren-taxi", to="ca-tp",
      sender=("Bui Thi Thu Trang", "trang.buithu.me@example.com"),
      subject="con sinh tren taxi ko co giay chung sinh thi khai sinh the nao",
      text="""Gui cac anh chi,

E sinh be tren taxi luc dang di vien, den vien thi be da ra roi nen vien ko cap giay chung sinh, chi ghi vao so kham.
Nha e o ngay sau cho Chau Long, gio di lam khai sinh cho be thi can giay gi thay giay chung sinh, co can nguoi lam chung ko a.
E cam on.
""", topic="civil_status", unit=BD, place="cho Chau Long",
      why="A baby born in a taxi has no birth certificate from the hospital; the family lives behind Châu Long market (Ba Đình); sent to ca-tp; market only.")

    L("bo-sung-que-quan-trong-so-khai-sinh", to=BD,
      sender=("Trần Thị Liên", "lien.tranthi.yta@example.org"),
      subject="Xin bổ sung quê quán còn trống trong giấy khai sinh",
      text="""Kính gửi UBND phường Ba Đình,

Tôi là y tá về hưu, năm nay 68 tuổi, sinh ra và lớn lên ở phố Quán Thánh. Giấy khai sinh của tôi làm từ năm 1958, mục quê quán để trống.
Nay làm hộ chiếu đi thăm con thì được yêu cầu bổ sung quê quán cho khớp với căn cước. Xin hướng dẫn thủ tục bổ sung thông tin hộ tịch.

Trần Thị Liên
""", topic="civil_status", unit=BD, cte="quoted-printable", **CP1258,
      why="A retired nurse adds the missing home town to a 1958 birth record, the ward of Ba Đình named; windows-1258 QP.")

    L("khieu-nai-phuong-cau-giay-tu-choi-ket-hon", to="so-tp",
      sender=("Nong Van Hieu", "hieu.nongvan.grab@example.net"),
      subject="khieu nai UBND P. Cau Giay tu choi dang ky ket hon",
      text="""Kinh gui So Tu phap,

Toi ly hon tu nam 2022 theo ban an cua toa, co trich luc ghi chu ly hon day du. Ngay 20/11/2026 UBND phuong Cau Giay tu choi dang ky ket hon cho toi vi du lieu dan cu van ghi toi "da ket hon".
Loi du lieu ko phai do toi. Toi khieu nai viec tu choi nay cua UBND P. Cau Giay, de nghi phuong dang ky ket hon cho chung toi.
Hieu
""", topic="civil_status", unit=CG, letter="complaint",
      why="Complaint about the ward of Cầu Giấy's refusal to register a marriage over stale population data, issuer named, sent to so-tp: the ward.")

    L("khai-sinh-ho-ghep-cho-con-dich-vong-hau", to=CG,
      sender=("Lê Hoàng Yến", "yen.lehoang.91@example.com"),
      subject="Đặt họ ghép của cả bố và mẹ cho con khi làm khai sinh",
      text="""Kính gửi quý cơ quan,

Vợ chồng tôi ở phường Dịch Vọng Hậu cũ, con trai đầu lòng mới sinh tuần trước. Chúng tôi muốn đặt họ cho con ghép cả họ bố và họ mẹ là "Lê Hoàng".
Xin hỏi khi đăng ký khai sinh có được ghi họ ghép như vậy không, và sau này con có phải dùng họ ghép trên mọi giấy tờ không.

Lê Hoàng Yến
""", topic="civil_status", unit=CG, place="phường Dịch Vọng Hậu cũ",
      why="A young couple give their baby a double surname at birth registration, living in the former ward of Dịch Vọng Hậu (Cầu Giấy); former ward only.")

    L("giam-ho-me-lan-lan-ma-may", to=HK,
      sender=("Chu Van Long", "long.xichlo.chu@example.com"),
      subject="dang ky giam ho cho me bi lu lan",
      text="""Toi dap xich lo, nha o pho Ma May, me toi 86 tuoi lu lan nang, toi muon dang ky lam nguoi giam ho cho me de lo giay to luong huu thi can nhung gi.
""", **PHONE, topic="civil_status", unit=HK, place="pho Ma May",
      why="Phone mail: a cyclo driver registers guardianship of his mother with dementia, living on Mã Mây street (Hoàn Kiếm); street only.")


def construction_permit():
    L("homestay-pho-co-thay-san-go-be-tong", to="so-xd",
      sender=("Phùng Thị Kim Oanh", "oanh.homestay.pc@example.net"),
      subject="Thay sàn gỗ bằng sàn bê tông trong nhà phố cổ có cần giấy phép không",
      text="""Kính gửi Sở Xây dựng,

Tôi có căn nhà ba tầng trong khu phố cổ, đang cho khách du lịch thuê làm homestay. Sàn tầng hai và tầng ba là sàn gỗ đã mục, đi lại rung cả nhà.
Tôi muốn thay bằng sàn bê tông nhẹ, giữ nguyên tường, mái và mặt tiền. Xin hỏi việc này có phải xin giấy phép sửa chữa, cải tạo không, hồ sơ gồm những gì.

Phùng Thị Kim Oanh
""", topic="construction_permit", unit="so-xd",
      why="A homestay owner in the old quarter asks whether replacing timber floors with concrete needs a permit.")

    L("nha-khung-thep-lap-ghep-soc-son", to="so-xd",
      sender=("Ngo Duc Thang", "thang.ngoduc.92@example.com"),
      subject="nha lap ghep khung thep co can GPXD ko",
      text="""Chao So XD,

Vo chong e moi mua 1 manh dat o Soc Son, tien con it nen dinh dung nha lap ghep khung thep 1 tang, tuong panel, thao ra duoc.
Loai nha nay co phai xin GPXD nhu nha xay gach ko, neu can thi ho so gom nhung gi.
Thang
""", topic="construction_permit", unit="so-xd",
      why="A young couple ask whether a prefabricated steel house on their new plot needs a building permit.")

    L("khieu-nai-so-xd-thu-hoi-giay-phep", to="thanh-tra",
      sender=("Khúc Văn Hòa", "hoa.khucvan@example.org"),
      subject="Khiếu nại quyết định thu hồi giấy phép xây dựng đã cấp",
      text="""Kính gửi Thanh tra thành phố,

Tháng 8/2026 Sở Xây dựng cấp giấy phép xây dựng nhà ở 4 tầng cho gia đình tôi. Ngày 16/11/2026, khi móng đã đổ xong, Sở Xây dựng lại ra Quyết định số 2291/QĐ-SXD thu hồi giấy phép với lý do "cấp không đúng chỉ giới".
Gia đình tôi nộp hồ sơ đúng bản vẽ được duyệt, lỗi không phải ở chúng tôi. Tôi khiếu nại quyết định thu hồi này của Sở Xây dựng và đề nghị xem xét lại.

Khúc Văn Hòa
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="Complaint about so-xd's revocation of a building permit already granted, issuer named, sent to thanh-tra: so-xd.")

    L("khieu-nai-tra-ho-so-gpxd-thieu-pccc", to="so-xd",
      sender=("Dang Thi Nga", "nga.duocsi.dang@example.com"),
      subject="khieu nai van ban tra ho so GPXD so 512/TB",
      text="""Kinh gui So,

Toi la duoc si, xin GPXD nha 2 tang, tang 1 lam nha thuoc. Van ban so 512/TB ngay 19/11/2026 tra ho so, yeu cau ban ve thiet ke PCCC nhu nha kinh doanh lon.
Nha thuoc cua toi chi 20m2, toi thay yeu cau nay ko dung. Toi khieu nai van ban tra ho so nay, de nghi xem xet lai.
Nga
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="Complaint about a letter returning a pharmacist's permit file, issuer not named, sent to so-xd: that mailbox's unit.")

    L("giao-vien-huu-mo-nhom-tre-xay-them-tang", to="so-xd",
      sender=("Man Thi Thanh", "thanh.manthi.gvmn@example.com"),
      subject="xin phep xay them 1 tang de mo nhom tre",
      text="""Toi la gv mam non ve huu, muon xay them tang 3 tren nha minh de mo nhom tre trong cac chau trong ngo, xin hoi GPXD xin o dau va can ban ve gi a.
""", **PHONE, topic="construction_permit", unit="so-xd",
      why="Phone mail: a retired kindergarten teacher asks for a permit to add a floor (the child-care group a decoy).")


def certification():
    L("chung-thuc-bang-diem-in-tu-cong-truong", to=CG,
      sender=("Dinh Thu Phuong", "phuong.dinhthu.k70@example.edu.vn"),
      subject="bang diem in tu cong dao tao co chung thuc ban sao dc ko",
      text="""Chao cac anh chi,

E thue tro sau truong DH Su pham Ha Noi, dang nop ho so hoc bong can 3 ban sao chung thuc bang diem. Bang diem e in tu cong dao tao cua truong, co ma QR va chu ky so.
Bo phan mot cua bao ban in nay ko phai ban chinh nen ko chung thuc, truong thi bao bang diem giay phai cho 2 tuan. E nen lam sao a.
""", topic="certification", unit=CG, place="truong DH Su pham Ha Noi",
      why="A student's transcript printed from the university portal refused for certified copies, renting behind the Hanoi University of Education (Cầu Giấy); landmark only.")

    L("diem-chi-thay-chu-ky-nguoi-khuyet-tat", to=BD,
      sender=("Lâm Văn Thịnh", "thinh.lamvan@example.net"),
      subject="Xin chứng thực điểm chỉ thay chữ ký cho người không ký được",
      text="""Kính gửi quý cơ quan,

Em trai tôi bị tật bẩm sinh cả hai tay, không cầm bút ký được, đang ở cùng tôi trên phố Hàng Bún.
Em tôi cần chứng thực chữ ký trên giấy ủy quyền cho tôi nhận trợ cấp thay. Xin hỏi có thể điểm chỉ thay chữ ký được không, và cán bộ có đến nhà được không vì em tôi đi lại rất khó.

Lâm Văn Thịnh
""", topic="certification", unit=BD, place="phố Hàng Bún", cte="8bit", **VISCII,
      why="A man born without the use of his hands needs a fingerprint certified in place of a signature, living on Hàng Bún street (Ba Đình); VISCII 8bit; street only.")

    L("chung-thuc-ban-sao-cavet-ngan-hang-giu", to="so-tp",
      sender=("Phan Van Loi", "loi.grab.phan@example.com"),
      subject="cavet xe ngan hang giu ban chinh, chung thuc ban sao the nao",
      text="""Kinh gui So Tu phap,

Toi chay Grab oto, xe dang tra gop nen ngan hang giu ban chinh giay dang ky xe, chi dua toi ban sao y cua ngan hang.
Toi can ban sao chung thuc giay dang ky xe de nop cho hang xe, ra bo phan chung thuc gan nha o pho Cau Go thi bao phai mang ban chinh. Toi phai lam the nao.
Loi
""", topic="certification", unit=HK, place="pho Cau Go",
      why="A Grab driver cannot get a certified copy of his car registration held by the bank, living near Cầu Gỗ street (Hoàn Kiếm); sent to so-tp; street only.")

    L("chung-thuc-van-ban-thoa-thuan-chia-di-san", to="so-tnmt",
      sender=("Quách Thị Hạnh", "hanh.quachthi@example.com"),
      subject="Chứng thực văn bản thỏa thuận phân chia di sản tại phường",
      text="""Kính gửi quý cơ quan,

Bố mẹ tôi mất để lại căn nhà, bốn anh chị em đã thống nhất phân chia. Chúng tôi muốn chứng thực văn bản thỏa thuận phân chia di sản tại UBND phường Ba Đình cho gần nhà, không ra văn phòng công chứng.
Xin hỏi phường có chứng thực loại văn bản này không, và các anh chị em ở xa có phải cùng có mặt ký một lúc không.

Quách Thị Hạnh
""", topic="certification", unit=BD,
      why="Certifying an inheritance-sharing agreement at the ward of Ba Đình (named), sent to so-tnmt (the house and inheritance are decoys).")

    L("chung-thuc-ban-sao-so-ho-khau-giay-phu-linh", to=SS,
      sender=("Ta Van Hai", "hai.tavan.ss@example.net"),
      subject="chung thuc ban sao so ho khau cu",
      text="""Ra bo phan mot cua o xa Phu Linh cu xin chung thuc ban sao so ho khau giay cu de lam ho so cho con, can bo bao so nay het gia tri nen ko chung thuc, vay toi lay gi thay.
""", **PHONE, topic="certification", unit=SS, place="xa Phu Linh cu",
      why="Phone mail: a certified copy of the abolished paper household book refused in the former commune of Phù Linh (Sóc Sơn); former commune only.")


def garbage():
    L("diem-gom-rac-cho-dem-truoc-sap-hang-buom", to=HK,
      sender=("Vương Thị Hằng", "hang.vuongthi.chodem@example.com"),
      subject="Điểm gom rác của chợ đêm dời ra ngay trước sạp hàng tôi",
      text="""Kính gửi quý cơ quan,

Tôi có sạp bán quần áo trẻ em ở chợ đêm cuối tuần trên phố Hàng Buồm đã sáu năm. Từ tháng 11, xe đẩy gom rác của cả dãy chợ đêm chuyển ra đỗ ngay trước sạp tôi từ 9 giờ tối đến lúc tan chợ.
Rác thức ăn, nước rỉ chảy ra tận chỗ khách đứng, khách bịt mũi đi qua. Tôi không xin gì khác, chỉ mong bố trí điểm đỗ xe rác ra chỗ khác trống hơn.

Vương Thị Hằng
""", topic="garbage", unit=HK, place="phố Hàng Buồm",
      why="A night-market stall keeper asks to move the market's rubbish carts from in front of her stall on Hàng Buồm street (Hoàn Kiếm); street only.")

    L("fwd-vut-rac-xuong-khe-nha-phat-loc", to=HK,
      sender=("Nguyen Van Tu", "tu.shipper.nv@example.com"),
      subject="Fwd: rac vut xuong khe giua 2 nha",
      text="""Gui phuong,

Toi gui lai thu nay vi gui UBND TP lau roi chua thay ai xuong.
Tu
""", fwd=dict(sender=("Nguyen Van Tu", "tu.shipper.nv@example.com"),
              to="phananh@vpubnd.hanoi.example.vn", date=mr.D(1118, 21, 40),
              subject="rac vut xuong khe giua 2 nha",
              text="""Kinh gui cac anh chi,

Toi chay ship, thue phong o ngo Phat Loc. Nguoi thue o toa nha tro mini ben canh vut tui rac tu cua so xuong khe ho giua 2 nha, gio chat cao den tang 2, chuot bo sang phong toi.
Chu toa nha ko o day, noi thi ko ai nghe. De nghi cho nguoi kiem tra va don rac.
Tu
"""), form="fwd", cte="7bit", charset="us-ascii", topic="garbage", unit=HK, place="ngo Phat Loc",
      snippet="Toi gui lai thu nay vi gui UBND TP lau roi",
      why="Forward: rubbish thrown out of windows into the gap between two houses in Phất Lộc lane (Hoàn Kiếm); the lane only in the original.")

    L("vo-thuoc-tru-sau-vut-muong-tan-minh", to=SS,
      sender=("Hoàng Văn Cường", "cuong.hoangvan.rau@example.org"),
      subject="Vỏ chai thuốc trừ sâu vứt đầy mương tưới",
      text="""Kính gửi UBND xã Sóc Sơn,

Tôi trồng rau ở cánh đồng xã Tân Minh cũ. Sau mỗi lứa phun, vỏ chai, vỏ gói thuốc trừ sâu bị vứt thẳng xuống mương tưới, dồn lại ở cống đầu cánh đồng, nước tưới có mùi thuốc.
Xã chưa có bể thu gom vỏ thuốc như nơi khác. Đề nghị xã đặt bể chứa và cho người vớt số vỏ chai đang dồn ở mương.

Hoàng Văn Cường
""", topic="garbage", unit=SS,
      why="Pesticide bottles dumped in an irrigation ditch, the commune of Sóc Sơn named (former commune Tân Minh too).")

    L("khieu-nai-phat-khong-phan-loai-rac-hoan-kiem", to="thanh-tra",
      sender=("Le Thi Nhu", "nhu.lethi.hk@example.com"),
      subject="khieu nai QD phat vi ko phan loai rac",
      text="""Kinh gui Thanh tra TP,

Toi bi UBND P. Hoan Kiem ra QD so 146/QD-XPHC ngay 21/11/2026 phat 1 trieu vi de tui rac ko phan loai truoc cua. Tui rac do la cua nguoi khac de nho, nha toi phan loai day du.
Toi khieu nai QD nay cua UBND phuong Hoan Kiem, de nghi xem lai.
Nhu
""", topic="garbage", unit=HK, letter="complaint",
      why="Complaint about the ward of Hoàn Kiếm's fine for unsorted rubbish, issuer named, sent to thanh-tra: the ward.")

    L("xac-chuot-meo-bai-dat-trong-quan-hoa", to=CG,
      sender=("Hà Thị Minh Châu", "chau.hathi.me2con@example.com"),
      subject="Bãi đất trống bị vứt xác chuột, xác mèo, trẻ con vẫn ra chơi",
      text="""Kính gửi phường,

Cạnh nhà tôi trên phố Quan Hoa có một khoảng đất trống rào tôn thủng, mấy tháng nay người ta vứt vào đó xác chuột, xác mèo bọc túi nilon, cả túi rác sinh hoạt.
Trời nắng là mùi hôi bay khắp ngõ, con tôi bốn tuổi với mấy đứa trẻ hàng xóm vẫn chui vào đó chơi. Đề nghị cho dọn và rào lại.

Hà Thị Minh Châu
""", topic="garbage", unit=CG, place="phố Quan Hoa",
      why="Dead animals and rubbish dumped on a vacant lot on Quan Hoa street (Cầu Giấy); street only.")

    L("xe-gom-rac-do-truoc-quan-ta-hien", to=HK,
      sender=("Trinh Thi Yen", "yen.quanan.trinh@example.com"),
      subject="xe rac do truoc quan",
      text="""Sang nao 7h xe gom rac cung do ngay truoc cua quan pho cua toi o pho Ta Hien may tieng, khach an ko chiu noi mui.
""", **PHONE, topic="garbage", unit=HK, place="pho Ta Hien",
      why="Phone mail: a rubbish cart parked for hours in front of a noodle shop on Tạ Hiện street (Hoàn Kiếm); street only.")


def flooding():
    L("nap-cong-bi-bit-tam-nhua-pham-van-dong", to="so-xd",
      sender=("Cao Van Nam", "nam.caovan.ship@example.com"),
      subject="Re: cong thoat nuoc bi bit bang tam nhua",
      text="""Kinh gui So XD,

So tra loi la da chuyen don vi thoat nuoc xu ly, nhung den hom nay cac mieng cong tren duong Pham Van Dong van bi cac cua hang bit tam nhua, tam cao su de chong mui.
Mua toi qua nuoc ngap qua banh xe, toi di giao hang chet may 2 lan.

> Kinh gui ong Cao Van Nam,
> So Xay dung da tiep nhan phan anh ve viec cac mieng thu nuoc bi bit kin,
> da chuyen don vi quan ly thoat nuoc kiem tra, xu ly trong thang 11/2026.

Nam
""", topic="flooding", unit="so-xd", note=RE_NOTE,
      why="A reply quoting so-xd's answer: shops still cover the street drains with plastic sheets, the road floods; a shipper.")

    L("re-du-an-ton-nen-khu-dan-cu-cu-ngap", to="so-xd",
      sender=("Nghiêm Thị Loan", "loan.nghiem.gvhuu@example.net"),
      subject="Re: Trả lời phản ánh về ngập sau khi dự án tôn nền",
      text="""Kính gửi Sở Xây dựng,

Cảm ơn Sở đã trả lời, nhưng từ hôm đó đến nay chưa có ai đến khảo sát. Khu dự án bên cạnh tôn nền cao hơn một mét, nước mưa của cả khu đó đổ dồn sang xóm cũ chúng tôi.
Trận mưa chiều 28/11 nước vào nhà tôi ngập đến bắp chân, tủ sách tôi giữ bốn chục năm hỏng gần hết.

> Sở Xây dựng đã nhận được phản ánh của bà về tình trạng ngập úng sau khi
> dự án bên cạnh tôn nền. Sở sẽ phối hợp với chủ đầu tư khảo sát hệ thống
> thoát nước và trả lời bà trong tháng 11/2026.

Nghiêm Thị Loan, giáo viên nghỉ hưu
""", topic="flooding", unit="so-xd", note=RE_NOTE,
      why="A retired teacher's reply quoting so-xd: a new project raised its ground and the old lane next to it floods.")

    L("san-truong-mam-non-ngap-cong-cao-hon", to="so-xd",
      sender=("Vu Thi Hong", "hong.vuthi.phhs@example.com"),
      subject="san truong mam non ngap vi cong ra duong cao hon san",
      text="""Kinh gui cac anh chi,

Con e hoc truong mam non cong lap trong phuong. Tu khi duong truoc truong duoc nang cao, cong thoat nuoc cua san truong thap hon cong ngoai duong, mua xong san ngap ca ngay ko rut.
Sang nao phu huynh cung phai be con loi nuoc vao lop. Mong cho sua lai cong thoat nuoc.
Hong
""", topic="flooding", unit="so-xd",
      why="A kindergarten yard floods because its drain now sits below the raised street sewer; the school is a decoy.")

    L("xe-lan-ket-vung-nuoc-dau-ngo-quan-hoa", to=CG,
      sender=("Tống Văn Kiên", "kien.tongvan.xl@example.com"),
      subject="Đầu ngõ đọng nước ngập đầu gối, xe lăn không ra được",
      text="""Kính gửi UBND phường Cầu Giấy,

Tôi ngồi xe lăn, ở trong ngõ nhỏ phía phố Quan Hoa. Mỗi trận mưa, chỗ giao giữa ngõ và đường chính đọng nước ngập đến đầu gối, hai ba ngày mới rút vì miệng cống ở đó quá nhỏ.
Tuần ba buổi tôi phải đi chạy thận, mưa là không ra được. Xin chuyển giúp đến nơi phụ trách thoát nước.

Tống Văn Kiên
""", topic="flooding", unit="so-xd",
      why="A wheelchair user on dialysis trapped by standing water at a lane mouth; sent to the ward, Quan Hoa a decoy: so-xd.")

    L("ngo-6-ngap-tu-khi-cong-sut", to="so-xd",
      sender=("Duong Van Thao", "thao.duongvan@example.net"),
      subject="ngo ngap moi khi mua",
      text="""Ngo nha toi ngap den goi moi khi mua lon tu khi doan cong giua ngo bi sut, mong So cho nguoi xuong xem.
""", **PHONE, topic="flooding", unit="so-xd",
      why="Phone mail: a lane floods since a sewer section collapsed.")


def noise():
    L("ga-choi-gay-san-thuong-ly-thai-to", to=HK,
      sender=("Đào Thị Ngân", "ngan.homestay.dao@example.com"),
      subject="Gà chọi nuôi trên sân thượng gáy từ 3 giờ sáng",
      text="""Kính gửi quý cơ quan,

Tôi có homestay nhỏ ở phường Lý Thái Tổ cũ. Nhà đối diện nuôi sáu con gà chọi trong lồng trên sân thượng, từ 3 giờ sáng đã gáy liên tục đến sáng.
Khách nước ngoài liên tục phàn nàn, tuần này hai đoàn trả phòng sớm. Tôi đã sang nói chuyện nhưng họ bảo gà gáy là chuyện tự nhiên. Mong được giải quyết.

Đào Thị Ngân
""", topic="noise", unit=HK, place="phường Lý Thái Tổ cũ",
      why="Fighting cocks crowing from 3 a.m. on a rooftop opposite a homestay in the former ward of Lý Thái Tổ (Hoàn Kiếm); former ward only.")

    L("re-san-bong-mini-ngo-xuan-thuy", to=CG,
      sender=("Pham Duc Anh", "anh.phamduc.k67@example.edu.vn"),
      subject="Re: san bong mini ngo Xuan Thuy",
      text="""Chao cac anh chi,

Sau khi co tra loi, san bong van mo den 23h30, den pha chieu thang vao cua so day tro, nguoi da hoi ho het va dap bong vao luoi sat am am.
Bon e la sinh vien sap thi, ko ngu duoc.

> Phan anh cua ban ve san bong mini trong ngo pho Xuan Thuy da duoc tiep nhan.
> Dia phuong se nhac nho chu san chap hanh gio giac.

Duc Anh
""", topic="noise", unit=CG, place="ngo pho Xuan Thuy", note=RE_NOTE,
      why="A student's reply quoting an answer: a mini football pitch in a lane of Xuân Thủy street (Cầu Giấy) open till 23:30; lane only.")

    L("to-cao-tiem-sua-xe-no-po-nguyen-truong-to", to="thanh-tra",
      sender=("Lục Thị Phương", "phuong.lucthi@example.org"),
      subject="Tố cáo tiệm sửa xe rồ ga, thử pô đến khuya",
      text="""Kính gửi Thanh tra thành phố,

Tôi tố cáo tiệm sửa xe máy ở số 40 phố Nguyễn Trường Tộ: ngày nào cũng rồ ga thử pô độ đến 11 giờ đêm, tiếng nổ như pháo, cả dãy nhà không ai ngủ được.
Nhà tôi có mẹ già yếu tim. Tôi đề nghị kiểm tra và xử lý tiệm này.

Lục Thị Phương
""", topic="noise", unit=BD, place="phố Nguyễn Trường Tộ", letter="denunciation",
      why="Denunciation of a motorbike shop revving exhausts late at night on Nguyễn Trường Tộ street (Ba Đình), sent to thanh-tra: the ward; street only.")

    L("khieu-nai-phat-tieng-on-tiec-sinh-nhat", to=BD,
      sender=("Bạch Thị Hòa", "hoa.bachthi.yt@example.net"),
      subject="Khiếu nại quyết định xử phạt vì hát karaoke trong tiệc mừng thọ",
      text="""Kính gửi quý cơ quan,

Tôi là y tá về hưu. Tối 15/11 gia đình tổ chức mừng thọ tôi 70 tuổi tại nhà, có hát karaoke đến 21 giờ 40 thì tắt. Ngày 22/11/2026 tôi nhận Quyết định số 318/QĐ-XPHC phạt 2 triệu đồng vì gây tiếng ồn quá mức sau 22 giờ.
Chúng tôi tắt nhạc trước 22 giờ, hàng xóm đều biết. Tôi khiếu nại quyết định này và đề nghị xem xét lại.

Bạch Thị Hòa
""", topic="noise", unit=BD, letter="complaint",
      why="Complaint about a noise fine after a 70th-birthday party, no issuer named, sent to the ward of Ba Đình: that mailbox's unit.")

    L("may-ep-gach-chay-dem-tien-duoc", to=SS,
      sender=("Lưu Văn Mạnh", "manh.luuvan.td@example.com"),
      subject="Máy ép gạch không nung chạy từ 2 giờ sáng",
      text="""Kính gửi UBND xã Sóc Sơn,

Nhà tôi ở xã Tiên Dược cũ, sát xưởng ép gạch không nung. Ba tháng nay xưởng chạy máy ép, máy trộn từ 2 giờ sáng, rung cả nền nhà, tiếng đập như búa máy.
Tôi đã báo trưởng thôn hai lần. Đề nghị xã yêu cầu xưởng không chạy máy ban đêm.

Lưu Văn Mạnh
""", topic="noise", unit=SS, cte="8bit", **CP1258,
      why="A brick-press running from 2 a.m. next to a house, the commune of Sóc Sơn named (former commune Tiên Dược too); windows-1258 8bit.")

    L("loa-mua-dong-nat-ngu-xa", to=BD,
      sender=("Trieu Thi Kim", "kim.trieuthi@example.com"),
      subject="loa thu mua dong nat 6h sang",
      text="""Xe thu mua dong nat bat loa ghi am rao to tu 6h sang, di di lai lai pho Ngu Xa ca chuc luot, nguoi gia nhu toi ko nghi duoc.
""", **PHONE, topic="noise", unit=BD, place="pho Ngu Xa",
      why="Phone mail: scrap buyers' loudspeakers from 6 a.m. on Ngũ Xã street (Ba Đình); street only.")


def water():
    L("re-cat-nuoc-vi-no-cua-nguoi-thue-cu", to="so-xd",
      sender=("Lã Thị Tình", "tinh.lathi.1950@example.com"),
      subject="Re: Về việc cắt nước do nợ tiền nước",
      text="""Kính gửi Sở Xây dựng,

Tôi sống một mình, căn nhà trước cho người khác thuê, họ đi rồi còn nợ ba tháng tiền nước. Công ty nước cắt nước nhà tôi và trả lời như dưới đây, nhưng tôi đã trả hết nợ từ hôm 20/11 mà đến nay vẫn chưa mở lại.
Đã năm ngày tôi phải xách nước từ nhà hàng xóm.

> Công ty đã tạm ngừng cấp nước tại địa chỉ của bà do khách hàng chưa thanh
> toán tiền nước 3 kỳ. Việc cấp nước sẽ được khôi phục sau khi thanh toán.

Lã Thị Tình
""", topic="water", unit="so-xd", note=RE_NOTE,
      why="An old woman living alone, cut off for a former tenant's water debt she has paid, quotes the company's answer.")

    L("nuoc-may-co-con-lang-quang", to="so-xd",
      sender=("Nguyen Thi Thu", "thu.tiemtoc.ng@example.net"),
      subject="nuoc may co con lang quang do",
      text="""Kinh gui So XD,

Toi mo tiem goi dau, 1 tuan nay nuoc may chay ra co nhung con nho mau do ngoe nguay, hung vao chau la thay. Khach so ko dam goi.
Cong ty nuoc noi do be chua nha toi, nhung be nha toi moi thau rua thang truoc. De nghi kiem tra nguon nuoc.
Thu
""", topic="water", unit="so-xd",
      why="A hairdresser finds small red larvae in tap water.")

    L("duong-ong-nuoc-xong-hai-nam-chua-co-nuoc", to=SS,
      sender=("Nguyễn Thị Vân", "van.nguyenthi.ss@example.com"),
      subject="Đường ống nước sạch làm xong hai năm vẫn chưa có nước",
      text="""Kính gửi UBND xã Sóc Sơn,

Thôn tôi được lắp đường ống nước sạch từ năm 2024, đồng hồ đã gắn đến từng nhà, nhưng đến nay vòi vẫn khô, dân vẫn dùng giếng khoan nước đục.
Xin xã chuyển giúp đến nơi quản lý cấp nước để hỏi bao giờ mới có nước.

Nguyễn Thị Vân
""", topic="water", unit="so-xd",
      why="A village pipe laid two years ago has never carried water; sent to the commune (a decoy): so-xd.")

    L("nuoc-may-mau-hong", to="so-xd",
      sender=("Mai Van Duc", "duc.maivan.vp@example.com"),
      subject="nuoc may mau hong",
      text="""Nuoc may nha toi tu sang nay co mau hong nhat va mui hoi la, ca toa nha deu the, co dung dc ko a.
""", **PHONE, topic="water", unit="so-xd",
      why="Phone mail: tap water turned pink in a whole building.")

    L("fwd-nha-thuoc-chua-duoc-dau-lai-ong-nuoc", to="so-xd",
      sender=("Từ Thị Thanh Bình", "binh.tuthi.nhathuoc@example.com"),
      subject="Fwd: Thay ống nước xong không đấu lại cho nhà tôi",
      text="""Kính gửi Sở Xây dựng,

Tôi chuyển lại thư đã gửi Văn phòng UBND thành phố, đến nay vẫn chưa có nước.

Thanh Bình
""", fwd=dict(sender=("Từ Thị Thanh Bình", "binh.tuthi.nhathuoc@example.com"),
              to="phananh@vpubnd.hanoi.example.vn", date=mr.D(1121, 8, 5),
              subject="Thay ống nước xong không đấu lại cho nhà tôi",
              text="""Kính gửi quý cơ quan,

Tôi là dược sĩ, mở nhà thuốc ở tầng một nhà mình. Tuần trước đơn vị cấp nước thay đường ống chính trên phố, làm xong thì nối lại cho các nhà khác nhưng ống nhánh vào nhà tôi bị bỏ quên.
Năm ngày nay nhà thuốc không có nước rửa tay, rửa dụng cụ. Đề nghị cho người đến đấu nối lại.

Từ Thị Thanh Bình
"""), form="fwd", topic="water", unit="so-xd",
      why="Forward: a pharmacy's service pipe not reconnected after the water main was replaced, first sent to the city office.")


def power():
    L("dien-tang-ap-chay-sac-xe-dien", to="ubnd-tp",
      sender=("Ly Van Cong", "cong.lyvan.grab@example.com"),
      subject="dien tang ap lam chay bo sac xe may dien",
      text="""Kinh gui UBND TP,

Toi chay Grab bang xe may dien. Toi 24/11 dien trong ngo dot nhien tang ap, den sang choi roi tat, bo sac xe cua toi va 3 nha hang xom chay khet.
Dien luc noi do su co luoi nhung ko ai den ghi nhan thiet hai. Toi mat 2 ngay ko chay xe dc.
Cong
""", topic="power", unit="ubnd-tp",
      why="A power surge burnt a Grab driver's e-motorbike charger and the neighbours'.")

    L("di-doi-cong-to-ra-cot-chung", to="ubnd-tp",
      sender=("Thân Thị Nguyệt", "nguyet.thanthi@example.net"),
      subject="Điện lực đòi dời công tơ nhà tôi ra cột chung đầu ngõ",
      text="""Kính gửi UBND thành phố,

Tôi sống một mình, 79 tuổi. Điện lực báo sẽ chuyển công tơ điện của nhà tôi ra hộp công tơ chung ở cột đầu ngõ, cách nhà hơn 50 mét.
Tôi mắt kém, không ra đó xem số được, mỗi lần nhảy aptomat lại không biết nhờ ai. Xin cho tôi giữ công tơ ở chỗ cũ trong nhà.

Thân Thị Nguyệt
""", topic="power", unit="ubnd-tp",
      why="An old woman living alone asks to keep her electricity meter at home rather than on a pole at the lane end.")

    L("dien-chap-chon-khi-lo-gach-chay-may", to=SS,
      sender=("Dam Van Hung", "hung.damvan.ss@example.com"),
      subject="dien yeu moi khi lo gach chay",
      text="""Nha toi sat lo gach o Soc Son, cu lo chay may nghien dat la den nha toi chap chon, tu lanh tat, quat quay ko noi, de nghi kiem tra duong day.
""", **PHONE, topic="power", unit="ubnd-tp",
      why="Phone mail: the voltage drops whenever the neighbouring brick kiln runs its machines; sent to the commune (a decoy): power.")

    L("tach-cong-to-tung-tang-homestay", to="ubnd-tp",
      sender=("Kim Thi Lua", "lua.kimthi.hs@example.com"),
      subject="xin lap cong to rieng cho tung tang nha",
      text="""Kinh gui cac anh chi,

Nha toi 4 tang, tang 1 o, 3 tang tren cho thue lam homestay. Ca nha dung chung 1 cong to nen tien dien tinh bac thang rat cao.
Toi lam don xin lap them cong to rieng cho tung tang tu thang 9, dien luc hen khao sat roi ko thay den. Mong dc huong dan.
Lua
""", topic="power", unit="ubnd-tp",
      why="A homestay owner asks for a separate electricity meter per floor.")

    L("can-ho-moi-van-dung-dien-tam-chu-dau-tu", to="ubnd-tp",
      sender=("Cù Minh Tuấn", "tuan.cuminh.88@example.org"),
      subject="Căn hộ mới nhận vẫn dùng điện tạm của chủ đầu tư giá cao",
      text="""Kính gửi UBND thành phố,

Vợ chồng tôi vừa mua căn hộ đầu tiên, nhận nhà từ tháng 8. Đến nay tòa nhà vẫn dùng điện tạm qua chủ đầu tư, thu 3.900 đồng một số cho mọi mức dùng.
Chủ đầu tư nói chưa bàn giao được trạm biến áp cho điện lực. Xin hỏi bao giờ cư dân được ký hợp đồng mua điện trực tiếp theo giá sinh hoạt.

Cù Minh Tuấn
""", topic="power", unit="ubnd-tp",
      why="A young couple's new flat still on the developer's temporary power at a flat business rate.")


def roads():
    L("rao-chan-thi-cong-khong-bien-bao-tu-xa", to="so-gtvt",
      sender=("Tang Van Phuc", "phuc.ship.tang@example.net"),
      subject="rao chan cong trinh giua duong ko co bien bao tu xa",
      text="""Kinh gui So GTVT,

Tren duong lien xa toi giao hang hang ngay, don vi thi cong dat rao chan ton chiem 1 nua mat duong da 4 thang, ko co bien bao tu xa, ko co den nhay ban dem.
Toi toi qua khuc cua moi thay rao, phanh gap nga 1 lan, tuan truoc 1 xe may khac dam thang vao rao. De nghi bat don vi thi cong dat bien bao, den canh bao.
Phuc
""", topic="roads", unit="so-gtvt",
      why="A shipper about a works barrier across half a road for four months with no warning sign or light.")

    L("bien-mot-chieu-moi-dat-nguoc-pho-co", to=HK,
      sender=("Chu Văn Lực", "luc.xichlo.cv@example.com"),
      subject="Biển đường một chiều mới cắm ngược chiều với biển cũ",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Tôi đạp xích lô chở khách trong phố cổ hai mươi năm. Tuần trước ở một ngã tư trong phố cổ người ta cắm biển đường một chiều mới, nhưng đầu bên kia vẫn còn biển cũ chỉ chiều ngược lại.
Xe máy, xích lô đi hai chiều lộn xộn, suýt đâm nhau mấy lần. Xin chuyển giúp bên giao thông sửa lại biển.

Chu Văn Lực
""", topic="roads", unit="so-gtvt",
      why="A cyclo driver about contradictory one-way signs in the old quarter; sent to the ward (a decoy): so-gtvt.")

    L("tam-thep-phu-ranh-long-keu-pham-van-dong", to="so-gtvt",
      sender=("Hứa Quang Minh", "minh.huaquang.vp@example.com"),
      subject="Tấm thép phủ rãnh thi công trên đường bị lỏng, xe trượt",
      text="""Kính gửi Sở Giao thông vận tải,

Sáng nào tôi cũng đi xe máy đi làm qua đường Phạm Văn Đồng. Ở làn sát dải phân cách có mấy tấm thép phủ lên rãnh thi công, đã lỏng, xe đi qua kêu rầm rầm và tấm thép xê dịch.
Sáng mưa hôm qua tôi thấy hai xe máy trượt bánh ngã ngay trên tấm thép. Đề nghị cố định lại hoặc hoàn trả mặt đường.

Hứa Quang Minh
""", topic="roads", unit="so-gtvt",
      why="An office worker commuting about loose steel plates over a trench that make motorbikes slide.")

    L("cau-vuot-khong-loi-cho-xe-lan", to="so-gtvt",
      sender=("Ninh Van Dat", "dat.ninhvan.xl@example.com"),
      subject="cau vuot di bo ko co loi cho xe lan",
      text="""Kinh gui So GTVT,

Toi ngoi xe lan, di lam o cong ty ben kia duong lon. Cau vuot di bo duy nhat chi co cau thang, ko co doc hay thang may, con vach qua duong thi cach 700m.
Hang ngay toi phai nho nguoi day vong xa. Mong So bo tri loi qua duong cho xe lan.
Dat
""", topic="roads", unit="so-gtvt",
      why="A wheelchair user about a pedestrian overpass with stairs only and no crossing nearby.")

    L("lan-can-cau-qua-kenh-gay-gan-cho-soc-son", to="so-gtvt",
      sender=("Phi Thi Hang", "hang.phithi.ss@example.com"),
      subject="lan can cau qua kenh gan cho bi gay",
      text="""Lan can cau qua kenh tren QL3 doan gan cho Soc Son bi xe dam gay 1 doan dai may met tu thang truoc, tre con di hoc di sat mep cau, de nghi sua gap.
""", **PHONE, topic="roads", unit="so-gtvt",
      why="Phone mail: a bridge railing on National Road 3 near Sóc Sơn market broken for a month (the market a decoy: roads).")


def illegal_construction():
    L("cau-container-len-mai-ngo-chau-long", to=BD,
      sender=("Văn Thị Quế", "que.vanthi@example.net"),
      subject="Nhà hàng xóm cẩu container lên mái làm thêm hai tầng",
      text="""Kính gửi quý cơ quan,

Một hộ trong ngõ Châu Long có nhà ba tầng, đêm qua thuê xe cẩu đặt bốn cái container lên mái, xếp thành hai tầng, đang hàn cầu thang và cắt cửa sổ để làm phòng cho thuê.
Tôi không thấy biển giấy phép xây dựng nào, hỏi thì thợ bảo "container không phải xây". Nhà tôi sát vách, sợ mái nhà họ không chịu nổi. Đề nghị kiểm tra.

Văn Thị Quế
""", topic="illegal_construction", unit=BD, place="ngõ Châu Long",
      why="A household craning containers onto its roof as two extra floors without a permit in Châu Long lane (Ba Đình); lane only.")

    L("to-cao-nha-quan-hoa-xay-kin-san-sau", to="so-xd",
      sender=("Giap Van Toan", "toan.giapvan@example.com"),
      subject="to cao ho dan xay kin ca phan san sau ma giay phep de trong",
      text="""Kinh gui So XD,

Toi to cao ho gia dinh o pho Quan Hoa: GPXD treo truoc nha ghi xay 70% dien tich, phan san sau de trong, nhung ho dang do cot, do san kin 100% dat, ca phan san sau sat nha toi.
Ho lam toi la chinh, ban ngay dong cua. Cua so va ong thoat khi nha toi bi bit het. De nghi kiem tra, xu ly.
Toan
""", topic="illegal_construction", unit=CG, place="pho Quan Hoa", letter="denunciation",
      why="Denunciation of a household building over the back yard its permit leaves open, on Quan Hoa street (Cầu Giấy), sent to so-xd; street only.")

    L("ki-ot-cho-soc-son-xay-them-tang-tren-noc", to=SS,
      sender=("Khổng Văn Thành", "thanh.khongvan@example.com"),
      subject="Chủ ki-ốt ở chợ xây thêm tầng trên nóc ki-ốt",
      text="""Kính gửi quý cơ quan,

Ở dãy ki-ốt mặt ngoài chợ Sóc Sơn, một chủ ki-ốt đang xây tường gạch, đổ sàn làm thêm một tầng trên nóc ki-ốt để ở và chứa hàng.
Không thấy biển giấy phép xây dựng, dãy ki-ốt vốn chỉ làm một tầng, mái chung đã võng xuống. Các hộ bên cạnh lo sập. Đề nghị cho kiểm tra.

Khổng Văn Thành
""", topic="illegal_construction", unit=SS, place="chợ Sóc Sơn",
      why="A kiosk holder at Sóc Sơn market building an upper floor on the kiosk roof without a permit sign; market only.")

    L("xay-nha-tren-phan-san-biet-thu-pho-duc-chinh", to=BD,
      sender=("Le Thi Thanh Xuan", "xuan.lethithanh.48@example.com"),
      subject="xay nha 3 tang trong san biet thu cu, tuong nha toi nut",
      text="""Kinh gui UBND phuong Ba Dinh,

Toi 78 tuoi, song mot minh o 1 phan can biet thu cu tren pho Pho Duc Chinh tu nam 1962. Can biet thu nay ngay xua chia cho 5 ho, moi ho mot phan, san truoc chia theo vach son.
Tu thang 10, ho o phan san phia ngoai pha bo nha kho cu roi dao mong xay nha 3 tang ngay tren phan san cua ho, sat tuong nha toi chua den 1 met.
Toi hoi thi ho bao la san cua ho, ho muon xay gi thi xay, nhung toi khong thay bien giay phep xay dung nao treo o cong. Moi lan ho khoan, dong coc la tuong nha toi rung, ban tho tren tuong rung rinh, vet nut o goc phong ngu cu to dan.
Con trai toi o nuoc ngoai, toi chi co mot minh, di len di xuong phuong may lan nhung chan yeu, hom nay nho chau hang xom go thu nay.
Toi ko tranh chap dat voi ai, chi mong phuong cho nguoi den xem cong trinh nay co giay phep khong, neu khong co thi cho dung lai truoc khi nha toi sap.
Le Thi Thanh Xuan
""", topic="illegal_construction", unit=BD,
      why="An old woman living alone, rambling: a neighbour building a 3-floor house without a permit in an old villa's yard, the ward of Ba Đình named (Phó Đức Chính street too).")

    L("khieu-nai-phuong-cau-giay-dinh-chi-sua-nha", to=CG,
      sender=("Hoàng Minh Tâm", "tam.hoangminh@example.org"),
      subject="Khiếu nại quyết định đình chỉ thi công sửa chữa nhà",
      text="""Kính gửi UBND phường Cầu Giấy,

Ngày 18/11/2026 UBND phường Cầu Giấy ra Quyết định số 264/QĐ-UBND đình chỉ việc sửa chữa nhà tôi với lý do "xây dựng không phép".
Tôi chỉ thay mái ngói dột bằng mái tôn cùng độ cao, trát lại tường, không thay đổi kết cấu, không tăng diện tích. Tôi khiếu nại quyết định này của UBND phường Cầu Giấy và đề nghị cho tiếp tục sửa nhà.

Hoàng Minh Tâm
""", topic="illegal_construction", unit=CG, letter="complaint",
      why="Complaint about the ward of Cầu Giấy's order stopping a roof repair as unpermitted, issuer named, sent to the ward itself.")

    L("do-mai-che-gieng-troi-hang-buom", to=HK,
      sender=("Quan Van Tien", "tien.quanvan@example.net"),
      subject="nha pho Hang Buom do mai kin gieng troi",
      text="""Nha so 12 pho Hang Buom dang do be tong bit kin gieng troi roi xay phong len tren, ko thay treo bien GPXD, nha toi ben canh mat het anh sang, de nghi phuong kiem tra.
""", **PHONE, topic="illegal_construction", unit=HK, place="pho Hang Buom",
      why="Phone mail: a house on Hàng Buồm street (Hoàn Kiếm) roofing over its light-well and building a room on it without a permit sign; street only.")


def encroachment():
    L("bac-dat-xe-xay-lan-via-he-cho-hang-be", to=HK,
      sender=("Thạch Thị Duyên", "duyen.thachthi.me@example.com"),
      subject="Bậc dắt xe xây nhô ra gần hết vỉa hè trước cửa chợ",
      text="""Kính gửi quý cơ quan,

Ngay trước cửa chợ Hàng Bè, một cửa hàng vừa xây bậc dắt xe bằng bê tông nhô ra hơn một mét, gần hết bề rộng vỉa hè, cạnh sắc.
Sáng nào tôi đưa hai con nhỏ đi học qua đó, cháu bé đã vấp ngã rách đầu gối. Đề nghị yêu cầu họ đập bỏ phần bậc lấn ra vỉa hè.

Thạch Thị Duyên
""", topic="encroachment", unit=HK, place="chợ Hàng Bè", form="nfd", cte="quoted-printable",
      why="A mother about a concrete ramp step built out over the pavement at Hàng Bè market (Hoàn Kiếm); NFD QP; market only.")

    L("chau-cay-be-tong-chiem-duong-duy-tan", to="so-gtvt",
      sender=("Tieu Van Hoang", "hoang.ship.tieu@example.com"),
      subject="khach san dat chau cay be tong chiem via he va 1 phan duong",
      text="""Kinh gui cac anh chi,

Toi giao hang khu pho Duy Tan hang ngay. 1 khach san can ho dat mot hang chau cay be tong to chiem het via he va lan ra long duong gan 2 met de giu cho do xe cho khach.
Nguoi di bo phai di vong ra giua duong, shipper dung giao hang cung bi duoi. De nghi kiem tra.
Hoang
""", topic="encroachment", unit=CG, place="pho Duy Tan",
      why="Concrete planters blocking the pavement and part of the road on Duy Tân street (Cầu Giấy) to reserve parking, sent to so-gtvt (a decoy); street only.")

    L("to-cao-cua-hang-vat-lieu-do-cat-ra-duong", to=SS,
      sender=("Trương Văn Đức", "duc.truongvan.ss@example.net"),
      subject="Tố cáo cửa hàng vật liệu xây dựng đổ cát, gạch ra lòng đường",
      text="""Kính gửi quý cơ quan,

Tôi tố cáo cửa hàng vật liệu xây dựng ở thị trấn Sóc Sơn cũ, gần ngã ba vào thôn tôi, đổ cát, đá, xếp gạch chiếm hết vỉa hè và nửa lòng đường gần một năm nay.
Xe tải vào ra bốc hàng chắn đường, tối không có đèn báo, đã có người đi xe máy đâm vào đống cát. Đề nghị xử lý dứt điểm.

Trương Văn Đức
""", topic="encroachment", unit=SS, place="thị trấn Sóc Sơn cũ", letter="denunciation",
      why="Denunciation of a building-materials shop piling sand and bricks on the road in the former town of Sóc Sơn; former town only.")

    L("khieu-nai-phat-bien-quang-cao-chu-a-tiem-toc", to=BD,
      sender=("Do Thi Hue", "hue.tiemtoc.do@example.com"),
      subject="khieu nai QD phat vi dat bien chu A tren via he",
      text="""Kinh gui UBND phuong Ba Dinh,

Toi mo tiem toc nho, bi UBND P. Ba Dinh ra QD so 402/QD-XPHC ngay 23/11/2026 phat 3 trieu vi dat bien quang cao chu A lan chiem via he.
Bien chi dat sat bac cua nha toi, rong 40 phan, toi dem vao luc toi. Muc phat qua nang so voi thu nhap tiem nho. Toi khieu nai QD nay, de nghi giam hoac huy.
Hue
""", topic="encroachment", unit=BD, letter="complaint",
      why="Complaint about the ward of Ba Đình's fine on a hairdresser's A-board on the pavement, issuer named, sent to the ward.")

    L("bai-xe-hang-quan-chiem-duong-len-den-soc", to=SS,
      sender=("Ông Thị Lành", "lanh.ongthi@example.org"),
      subject="Bãi giữ xe, hàng quán chiếm đường lên đền Sóc mỗi cuối tuần",
      text="""Kính gửi UBND xã,

Nhà tôi ở xã Sóc Sơn, trên đường lên đền Sóc. Cuối tuần nào người ta cũng chăng dây làm bãi giữ xe và dựng lều bán hàng ngay trên lòng đường, chỉ chừa một lối xe máy.
Tuần trước xe cấp cứu đón người ốm trong xóm không vào được. Đề nghị xã dẹp các bãi xe, hàng quán trên đường.

Ông Thị Lành
""", topic="encroachment", unit=SS,
      why="Parking lots and stalls taking the road to đền Sóc at weekends, the commune of Sóc Sơn named (đền Sóc too).")

    L("xe-day-hoa-qua-chiem-loi-vao-nha-hang-dao", to=HK,
      sender=("Mac Van Son", "son.macvan@example.com"),
      subject="xe day hoa qua chiem loi vao nha",
      text="""Mot xe day hoa qua dat co dinh tren via he pho Hang Dao chan ngay loi vao nha toi 2 nam nay, noi thi chu xe chui, de nghi phuong xu ly.
""", **PHONE, topic="encroachment", unit=HK, place="pho Hang Dao",
      why="Phone mail: a fruit cart fixed on the pavement of Hàng Đào street (Hoàn Kiếm) blocking a doorway; street only.")


def harassment():
    L("to-cao-can-bo-pccc-doi-tien-homestay", to="ca-tp",
      sender=("Lý Thị Diệu Linh", "linh.homestay.ly@example.com"),
      subject="Tố cáo cán bộ kiểm tra phòng cháy đòi tiền để cho qua",
      text="""Kính gửi Công an thành phố,

Homestay của tôi vừa được kiểm tra phòng cháy chữa cháy. Sau buổi kiểm tra, một cán bộ trong đoàn gọi tôi ra riêng, nói hệ thống báo cháy "còn nhiều lỗi", nếu gửi 15 triệu thì biên bản sẽ ghi đạt, không thì phải đóng cửa chờ sửa.
Tôi đã lắp đủ thiết bị theo hướng dẫn. Tôi tố cáo hành vi đòi tiền của cán bộ này và xin được giữ kín thông tin của tôi.

Lý Thị Diệu Linh
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a fire-safety inspector asking a homestay owner for money, sent to the police (the accused's unit): thanh-tra.")

    L("to-cao-can-bo-xa-an-chia-tien-ho-tro-giong", to="thanh-tra",
      sender=("Dinh Van Quy", "quy.dinhvan.rau@example.org"),
      subject="to cao can bo xa bat nop lai tien ho tro giong rau",
      text="""Kinh gui Thanh tra TP,

Toi to cao can bo phu trach nong nghiep cua UBND xa Soc Son: cac ho trong rau duoc ho tro tien mua giong rau an toan, moi ho 3 trieu, nhung khi nhan tien thi can bo nay bat moi ho nop lai 1 trieu "chi phi lam ho so".
Ai ko nop thi nam sau ko dc xet. De nghi thanh tra lam ro.
Quy
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a commune farm officer taking back part of a seed subsidy from vegetable growers (the commune named as the accused's unit).")

    L("to-cao-can-bo-doi-tien-xac-dinh-khuyet-tat", to="ubnd-tp",
      sender=("Hàn Thị Thu", "thu.hanthi.kt@example.net"),
      subject="Tố cáo cán bộ đòi tiền khi làm hồ sơ xác định mức độ khuyết tật",
      text="""Kính gửi UBND thành phố,

Tôi bị khiếm thị nặng, nộp hồ sơ xác định mức độ khuyết tật để được hưởng trợ cấp. Cán bộ phụ trách chính sách ở phường hẹn tôi ra quán nước, nói muốn hồ sơ được xếp mức "đặc biệt nặng" thì phải "gửi anh em một triệu".
Tôi không đưa, hồ sơ để đến nay đã hai tháng. Tôi tố cáo cán bộ này và đề nghị cơ quan có thẩm quyền làm rõ.

Hàn Thị Thu
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a ward welfare officer asking a blind woman for money to grade her disability, sent to the city office: thanh-tra.")

    L("to-cao-can-bo-bai-giu-xe-vi-pham-doi-tien", to="thanh-tra",
      sender=("Kha Van Duy", "duy.ship.kha@example.com"),
      subject="to cao can bo o bai tam giu xe doi tien tra xe som",
      text="""Kinh gui Thanh tra TP,

Xe may cua toi bi tam giu 7 ngay vi loi giay to. Het han, toi den bai tam giu nop bien lai phat thi can bo truc o do noi phai cho them 10 ngay "lam thu tuc", muon lay ngay thi dua 1 trieu, ko co bien lai.
Toi la shipper, ko co xe la ko co thu nhap. Toi to cao hanh vi nay.
Duy
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of an impound-lot officer asking a shipper for money to release his motorbike.")

    L("to-cao-dang-kiem-thu-phi-ngoai", to="thanh-tra",
      sender=("Ôn Văn Thái", "thai.grab.on@example.com"),
      subject="Tố cáo nhân viên đăng kiểm thu tiền ngoài để cho xe đạt",
      text="""Kính gửi Thanh tra thành phố,

Tôi chạy xe công nghệ bằng ô tô 7 chỗ. Khi đưa xe đi đăng kiểm định kỳ, nhân viên ở dây chuyền kiểm định của trung tâm đăng kiểm trực thuộc Sở Giao thông vận tải báo đèn lệch, bảo "gửi 500 nghìn ngoài phí" thì cho đạt luôn, không thì về sửa rồi quay lại.
Tôi không đồng ý, xe bị trượt, ra ngoài chỉnh đèn mất 100 nghìn rồi vào lại. Tôi tố cáo việc thu tiền này.

Ôn Văn Thái
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of an inspector at a so-gtvt vehicle inspection centre asking a ride-hailing driver for money off the books.")

    L("to-cao-can-bo-doi-tien-lam-nhanh-ho-chieu", to="thanh-tra",
      sender=("La Thi Minh", "minh.lathi.uc@example.net"),
      subject="to cao can bo nhan ho so ho chieu goi y tien lam nhanh",
      text="""Kinh gui Thanh tra TP,

Toi moi ve nuoc, can lam ho chieu gap de tro lai Uc. Can bo nhan ho so noi binh thuong phai 8 ngay, muon 2 ngay co thi dua 3 trieu, dua tien mat, ko co hoa don.
Toi to cao viec nay, de nghi lam ro.
Minh
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a passport desk officer asking a returnee for money to hurry her passport.")

    L("fwd-to-cao-doan-kiem-tra-tiem-toc", to="thanh-tra",
      sender=("Võ Thị Kiều Oanh", "oanh.tiemtoc.vo@example.com"),
      subject="Fwd: Tố cáo đoàn kiểm tra đòi tiền tiệm tóc",
      text="""Kính gửi Thanh tra thành phố,

Tôi đã gửi thư này cho phường nhưng chưa ai trả lời, nay gửi Thanh tra.

Kiều Oanh
""", fwd=dict(sender=("Võ Thị Kiều Oanh", "oanh.tiemtoc.vo@example.com"),
              to="phananh@caugiay.hanoi.example.vn", date=mr.D(1120, 19, 10),
              subject="Tố cáo đoàn kiểm tra đòi tiền tiệm tóc",
              text="""Kính gửi UBND phường,

Tiệm tóc của tôi bị một đoàn kiểm tra vệ sinh đến, bắt lỗi khăn không đủ tủ tiệt trùng, rồi một người trong đoàn nói "gửi hai triệu thì lần này thôi, không lập biên bản".
Tôi tố cáo việc đòi tiền này.

Võ Thị Kiều Oanh
"""), form="fwd", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Forward of a denunciation of an inspection team asking a hairdresser for money, first sent to the ward of Cầu Giấy.")

    L("nguoi-phuong-doi-500k-bien-nha-thuoc", to="thanh-tra",
      sender=("Thai Van Hieu", "hieu.nhathuoc.thai@example.com"),
      subject="bi doi 500k de ko lap bien ban bien hieu",
      text="""Can bo trat tu do thi phuong den noi bien hieu nha thuoc cua toi sai quy dinh, gui 500k thi thoi ko lap bien ban, thang nao cung den.
""", **PHONE, topic="harassment", unit="thanh-tra",
      why="Phone mail: a pharmacist asked every month for 500k by a ward officer over his shop sign (harassment, not named a denunciation).")


def regulation():
    L("gop-y-du-thao-han-che-xe-may-noi-do", to="so-tp",
      sender=("Đinh Công Thắng", "thang.dinhcong.grab@example.com"),
      subject="Góp ý dự thảo quy định hạn chế xe máy trong vành đai 1",
      text="""Kính gửi quý cơ quan,

Tôi chạy xe ôm công nghệ mười năm, xin góp ý dự thảo quy định hạn chế xe máy trong vành đai 1 đang lấy ý kiến.
Dự thảo chưa nói gì đến người hành nghề chở khách, giao hàng bằng xe máy. Đề nghị có lộ trình, có điểm trung chuyển đổi sang xe điện và có hỗ trợ cho người lao động trước khi áp dụng.

Đinh Công Thắng
""", topic="regulation", unit="so-tp",
      why="A ride-hailing driver comments on a draft restricting motorbikes (traffic a decoy).")

    L("gop-y-du-thao-gio-hoat-dong-cho-dem", to="so-tp",
      sender=("Cam Thi Dao", "dao.chodem.cam@example.com"),
      subject="gop y du thao quy dinh ve cho dem va pho di bo",
      text="""Kinh gui So Tu phap,

Toi ban hang o cho dem cuoi tuan, xin gop y du thao quy dinh quan ly cho dem dang lay y kien.
Du thao bat tieu thuong nop ban sao chung thuc can cuoc moi dot dang ky sap, trong khi da co du lieu dien tu. De nghi bo yeu cau nay va cho dang ky sap 1 nam 1 lan.
Dao
""", topic="regulation", unit="so-tp",
      why="A night-market stall keeper comments on a draft rule for night markets (certified copies a decoy).")

    L("kien-nghi-bo-hop-phap-hoa-lanh-su-giay-to-nuoc-ngoai", to="so-tp",
      sender=("Tôn Thất Bảo", "bao.tonthat.de@example.com"),
      subject="Kiến nghị bỏ yêu cầu hợp pháp hóa lãnh sự với giấy tờ đã có bản điện tử",
      text="""Kính gửi Sở Tư pháp,

Tôi làm việc ở Đức mười lăm năm, nay về nước. Thủ tục nào cũng đòi giấy tờ nước ngoài phải hợp pháp hóa lãnh sự, mỗi giấy mất hàng tháng và vài triệu đồng.
Kiến nghị sửa quy định: giấy tờ có mã xác thực điện tử tra được trên cổng của nước cấp thì được chấp nhận, không bắt hợp pháp hóa lãnh sự.

Tôn Thất Bảo
""", topic="regulation", unit="so-tp", cte="base64", **CP1258,
      why="A returnee proposes dropping consular legalisation for documents verifiable online; windows-1258 base64.")

    L("gop-y-du-thao-cho-thue-luu-tru-ngan-ngay", to="so-tp",
      sender=("Ha Thi Phuong", "phuong.hs.hathi@example.net"),
      subject="gop y du thao quy dinh cho thue can ho luu tru ngan ngay",
      text="""Kinh gui So Tu phap,

Toi co 1 homestay nho, xin gop y du thao quy dinh quan ly cho thue nha o luu tru ngan ngay.
Dieu 5 bat chu nha khai bao luu tru truoc khi khach den 24 gio la ko lam duoc vi khach dat phong luc nua dem. De nghi sua thanh khai bao trong 12 gio sau khi khach nhan phong.
Phuong
""", topic="regulation", unit="so-tp",
      why="A homestay owner comments on a draft rule on short-term letting (lưu trú a decoy).")

    L("kien-nghi-uy-quyen-khong-can-chung-thuc-nguoi-khuyet-tat", to="so-tp",
      sender=("Quan Van Loc", "loc.quanvan.kt@example.org"),
      subject="kien nghi cho nguoi khuyet tat uy quyen ko can chung thuc",
      text="""Kien nghi sua quy dinh de nguoi khuyet tat nang dc uy quyen cho nguoi than lam thu tuc bang van ban ky so, ko phai di chung thuc chu ky moi lan.
""", **PHONE, topic="regulation", unit="so-tp",
      why="Phone mail: a proposal to let severely disabled people authorise relatives without certified signatures (chứng thực a decoy).")


def compliment():
    L("cam-on-phuong-ba-dinh-sua-mai-truoc-bao", to="ubnd-tp",
      sender=("Nghiêm Thị Hậu", "hau.nghiemthi@example.com"),
      subject="Cảm ơn cán bộ phường Ba Đình đã giúp tôi chằng mái nhà trước bão",
      text="""Kính gửi UBND thành phố,

Tôi 84 tuổi, sống một mình. Trước cơn bão cuối tháng 11, cán bộ và thanh niên của UBND phường Ba Đình đến tận nhà chằng lại mái tôn, chặt cành cây sát mái cho tôi.
Bão qua, nhà tôi không sao. Tôi viết thư này xin cảm ơn phường Ba Đình.

Nghiêm Thị Hậu
""", topic="compliment", unit=BD,
      why="An old woman living alone thanks the ward of Ba Đình for tying down her roof before a storm; sent to the city office.")

    L("cam-on-so-xd-co-nuoc-lai-nhanh", to="so-xd",
      sender=("Giang Van Hieu", "hieu.giangvan@example.net"),
      subject="cam on So XD",
      text="""Kinh gui So Xay dung,

Sang thu 2 toi bao mat nuoc ca khu tro cong nhan, chieu da co doi sua ong den va toi la co nuoc lai. Anh em tho xay chung toi cam on So.
Hieu
""", topic="compliment", unit="so-xd",
      why="Construction workers thank so-xd for restoring water the same day.")

    L("cam-on-xa-soc-son-di-doi-lo-gach", to=SS,
      sender=("Nguyễn Thị Hường", "huong.nguyenthi.lg@example.com"),
      subject="Cảm ơn xã đã giải quyết lò gạch cạnh nhà",
      text="""Kính gửi UBND xã Sóc Sơn,

Nhà tôi ở sát lò gạch thủ công, khói bụi nhiều năm, hai đứa con tôi ho suốt mùa đông. Tháng này lò đã ngừng đốt và tháo dỡ theo yêu cầu của xã.
Gia đình tôi xin cảm ơn UBND xã Sóc Sơn đã quan tâm giải quyết.

Nguyễn Thị Hường
""", topic="compliment", unit=SS, cte="quoted-printable", **VISCII,
      why="A brick-kiln neighbour thanks the commune of Sóc Sơn for closing the kiln; VISCII QP.")

    L("cam-on-ca-tp-lam-ho-chieu-cho-con", to="ca-tp",
      sender=("Kieu Thi Ha", "ha.kieuthi.vn@example.com"),
      subject="cam on CA TP",
      text="""Cam on cac anh chi phong quan ly xuat nhap canh CA TP da lam ho chieu cho con toi chi trong 3 ngay de kip bay sang tiep tuc hoc.
""", **PHONE, topic="compliment", unit="ca-tp",
      why="Phone mail: a returning family thanks the city police for a child's passport in three days.")

    L("cam-on-phuong-cau-giay-chung-thuc-tai-ktx", to=CG,
      sender=("Mạc Thị Thu Uyên", "uyen.macthi.k68@example.edu.vn"),
      subject="Cảm ơn phường đã tổ chức chứng thực bản sao tại ký túc xá",
      text="""Kính gửi UBND phường Cầu Giấy,

Tuần trước phường cử cán bộ đến ký túc xá làm chứng thực bản sao buổi tối cho sinh viên chuẩn bị hồ sơ thực tập. Chúng em không phải nghỉ học đi xếp hàng.
Em thay mặt các bạn trong phòng cảm ơn phường Cầu Giấy.

Mạc Thị Thu Uyên
""", topic="compliment", unit=CG,
      why="A student thanks the ward of Cầu Giấy for an evening certification session in the dormitory (certification a decoy).")


def other():
    L("shipper-khong-co-nha-ve-sinh-cong-cong", to="ubnd-tp",
      sender=("Lam Van Tai", "tai.ship.lam@example.com"),
      subject="shipper ko co cho di ve sinh",
      text="""Chay ship ca ngay trong noi thanh ma nha ve sinh cong cong vua it vua khoa cua, de nghi thanh pho them nha ve sinh va diem nghi cho nguoi lao dong.
""", **PHONE, topic="other", unit="ubnd-tp",
      why="Phone mail: a shipper asks for public toilets and rest points.")

    L("y-ta-huu-tram-y-te-khong-bac-si-cuoi-tuan", to="ubnd-tp",
      sender=("Phan Thị Gái", "gai.phanthi.yt@example.net"),
      subject="Trạm y tế không có bác sĩ trực cuối tuần, người già phải đi xa",
      text="""Kính gửi UBND thành phố,

Tôi là y tá, làm ở bệnh viện ba mươi năm, nghỉ hưu đã được bảy năm. Tôi viết thư này không phải cho riêng tôi mà cho các cụ trong khu tôi ở.
Trạm y tế gần nhà từ ngày sáp nhập thì thứ bảy, chủ nhật chỉ có một điều dưỡng trực, không có bác sĩ, không kê đơn được, cũng không đo điện tim được.
Khu tôi nhiều cụ sống một mình, huyết áp, tiểu đường. Cuối tuần trước một cụ bà đau ngực, trạm chỉ bảo gọi cấp cứu, xe cấp cứu đến sau bốn mươi phút.
Tôi biết bác sĩ thiếu, lương thấp, tôi không trách các cháu ở trạm, các cháu vẫn tận tình. Nhưng tôi nghĩ có thể xếp lịch trực luân phiên giữa vài trạm, hoặc cho bác sĩ khám qua video với điều dưỡng tại trạm, như tôi thấy ở nơi khác đã làm.
Tôi cũng đề nghị có danh sách người cao tuổi sống một mình để trạm gọi hỏi thăm mỗi tuần, tôi sẵn lòng làm tình nguyện nếu cần.
Mong thành phố xem xét.

Phan Thị Gái, y tá nghỉ hưu
""", topic="other", unit="ubnd-tp",
      why="A retired nurse, at length: the ward health station has no doctor at weekends; elderly people living alone (health: other).")

    L("nha-tre-cong-lap-khong-nhan-tre-duoi-18-thang", to="ubnd-tp",
      sender=("Vuong Thi Ngoc", "ngoc.vuongthi.vp@example.com"),
      subject="ko co cho gui tre duoi 18 thang",
      text="""Het 6 thang thai san e phai di lam, nha tre cong lap ko nhan be duoi 18 thang, nhom tu thi 5 trieu 1 thang, mong thanh pho co them lop nha tre cho be nho.
""", **PHONE, topic="other", unit="ubnd-tp",
      why="Phone mail: an office worker mother finds no public nursery for babies under 18 months.")

    L("con-ve-nuoc-chuyen-truong-tieu-hoc-giua-nam", to="so-tp",
      sender=("Lương Thế Vinh", "vinh.luongthe.kr@example.com"),
      subject="Con về nước giữa năm học, trường tiểu học chưa nhận",
      text="""Kính gửi Sở Tư pháp,

Gia đình tôi làm việc ở Hàn Quốc sáu năm, tháng 11 về nước. Con tôi học hết lớp 3 ở Hàn, có học bạ tiếng Hàn đã dịch công chứng.
Trường tiểu học gần nhà bảo phải chờ Phòng giáo dục cho phép mới nhận, đã ba tuần cháu ở nhà. Xin chuyển giúp nơi có thẩm quyền để cháu sớm được đi học.

Lương Thế Vinh
""", topic="other", unit="ubnd-tp",
      why="A returnee's child cannot enter a primary school mid-year; sent to so-tp (the certified translation a decoy): other.")

    L("nguoi-khuyet-tat-hoc-nghe", to="ubnd-tp",
      sender=("Lò Thị Mỷ", "my.lothi.kt@example.org"),
      subject="Người khuyết tật muốn học nghề may nhưng không có lớp",
      text="""Kính gửi UBND thành phố,

Tôi bị bại liệt một chân từ nhỏ, 32 tuổi, muốn học nghề may để nhận hàng về làm tại nhà. Trung tâm dạy nghề gần nhất không có lớp cho người khuyết tật, lớp thường thì cầu thang ba tầng.
Xin hỏi thành phố có chương trình dạy nghề miễn phí cho người khuyết tật không, đăng ký ở đâu.

Lò Thị Mỷ
""", topic="other", unit="ubnd-tp", form="nfd", cte="8bit",
      why="A disabled woman asks for vocational training she can reach; NFD 8bit.")


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
