#!/usr/bin/env python3
"""Generate the ninth held-out routing batch: letters 1001-1100 of tests/data/routing.

Written on 6 December 2026 by an engineer on hotline who wrote neither the rules nor any earlier
batch, for issue 15 item 5.  Writes NNNN-short-name.eml + NNNN-short-name.json for the letters of
1001..1100 into the folder given as the first argument (default: the folder this script lives in),
removing only earlier files of that range.  Standard library only and deterministic (its own fixed
seed 20261279, fixed dates): two runs give byte-identical files.

Written against a short deadline, so the letters are short.  The MIME writer is make_routing.py's,
the letter helper and the code-page presets are make_routing2.py's (its write_batch matches three
digits, so this script has its own); the voices and situations are new (see README: the ninth batch).
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_routing as mr  # noqa: E402  (the MIME writer of the first batch)
import make_routing2 as m2  # noqa: E402  (letter helper, code-page presets)

FIRST = 1001
LAST = 1100
mr.SEED = 20261279
mr.CTX = mr.Ctx()
mr.BASE_DATE = datetime.datetime(2026, 11, 29, 0, 0, 0,
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
L = m2.L
HK, BD, CG, SS, CP1258, VISCII = m2.HK, m2.BD, m2.CG, m2.SS, m2.CP1258, m2.VISCII
RE_NOTE = "text/plain; a reply quoting an earlier answer"


# =============================================================================================
# The letters.  Labels follow the routing table of the corpus README with its December 2026
# additions (repeated in this folder's README).  A place decides only when it lies wholly in one
# sample unit since the 1 July 2025 merger (the places table at the top of this folder's README).
# =============================================================================================
def land():
    L("bo-doi-xuat-ngu-dat-cap-1985-chua-so", to="so-tnmt",
      sender=("Đỗ Văn Khải", "khai.dovan.cb@example.com"),
      subject="Mảnh đất đơn vị chia cho tôi năm 1985 đến nay chưa có sổ đỏ",
      text="""Kính gửi các đồng chí,

Tôi là cựu quân nhân, năm 1985 đơn vị cũ chia cho mỗi gia đình sĩ quan một lô đất 60 m2 ở khu tập thể của đơn vị để làm nhà. Gia đình tôi ở đó đã hơn 40 năm, đóng thuế đất đều đặn.
Nay đơn vị đã giải thể, giấy tờ chỉ còn tờ quyết định chia đất đánh máy, đã ố vàng. Nhiều nhà xung quanh cũng chưa có giấy.
Tôi muốn hỏi: với tờ giấy ấy thì có làm được sổ đỏ không, phải nộp ở đâu, có phải nộp tiền sử dụng đất không. Tôi năm nay 78 tuổi, muốn làm xong để các con khỏi vất vả về sau.

Đỗ Văn Khải
""", topic="land", unit="so-tnmt",
      why="A retired officer asks how to get a certificate for a plot his army unit shared out in 1985.")

    L("nuoi-vit-ao-muon-lam-nha-cho-con", to=SS,
      sender=("Ngo Van Chien", "chien.vit.socson@example.net"),
      subject="hoi chuyen ao nuoi vit thanh dat o",
      text="""Chao cac anh chi,

Nha toi nuoi vit o Soc Son, co cai ao 400 m2 trong so do ghi la dat nuoi trong thuy san. Thang con trai sap cuoi vo, toi muon lap 1 goc ao khoang 100 m2 de cho no lam nha.
Xin hoi co xin chuyen sang dat o dc ko, nop ho so o dau, tien chuyen muc dich tinh the nao. Toi ko muon lam sai roi bi bat pha.
Chien
""", topic="land", unit="so-tnmt",
      why="A duck farmer wants to turn part of his fish pond into residential land for his son; sent to the commune, the ducks and the word 'pha' are decoys.")


def business():
    L("xe-banh-mi-dang-ky-ho-kinh-doanh", to="so-khdt",
      sender=(None, "banhmi.co.tuyet@example.com"),
      subject="xe banh mi co phai dang ky ko",
      text="""E ban banh mi xe day o dau ngo, gio khach toan chuyen khoan, ngan hang bao tai khoan ban hang phai co giay dang ky ho kinh doanh. Ban hang rong nhu e co phai dang ky ko, dang ky o dau, mat bao lau a?
""", topic="business_registration", unit="so-khdt", mailer="iphone",
      why="Phone mail: a street bánh mì seller asks whether her cart needs a household-business registration for a bank sales account.")

    L("kien-truc-su-mo-cong-ty-thiet-ke", to="ubnd-tp",
      sender=("Vương Minh Đức", "duc.vuong.arch@example.net"),
      subject="Hỏi thủ tục thành lập công ty thiết kế kiến trúc",
      text="""Kính gửi quý cơ quan,

Tôi là kiến trúc sư, cùng hai bạn học muốn lập một công ty nhỏ chuyên thiết kế nhà ở. Chúng tôi chưa biết nên chọn công ty TNHH hai thành viên hay công ty cổ phần, vốn góp ghi bao nhiêu là hợp lý.
Xin hỏi nộp hồ sơ đăng ký doanh nghiệp qua mạng được không, và ngành nghề thiết kế có cần chứng chỉ khi đăng ký không. Mong quý cơ quan chuyển đến nơi phụ trách.

Vương Minh Đức
""", topic="business_registration", unit="so-khdt",
      why="An architect asks how to register a design company; sent to the city office, 'thiết kế nhà' is a decoy for construction.")


def residence():
    L("cong-nhan-mien-tay-chu-tro-ko-khai-tam-tru", to="ca-tp",
      sender=("Thach Thi Sa Rinh", "sarinh.thach@example.com"),
      subject="chu nha tro ko chiu khai tam tru cho em",
      text="""Em la cong nhan, que Soc Trang, len Ha Noi lam may duoc 2 thang, o tro 1 phong voi 2 ban.
Chu tro ko chiu khai tam tru cho tui em, noi phien. Cong ty doi giay xac nhan cu tru moi cho ky hop dong dai han. Em tu khai tren dien thoai dc ko a, can chu nha dong y ko?
Tks a chi.
""", topic="residence", unit="ca-tp",
      why="A migrant worker from the Mekong delta whose landlord will not declare her temporary residence.")

    L("me-sinh-doi-nhap-khau-cho-hai-be", to=CG,
      sender=("Phan Thị Quỳnh", "quynh.phan.twins@example.com"),
      subject="Đăng ký thường trú cho hai bé sinh đôi vào nhà ông bà nội",
      text="""Kính gửi phường,

Tôi vừa sinh đôi hai bé trai được ba tháng, đã làm giấy khai sinh. Vợ chồng tôi đang ở nhờ nhà ông bà nội, cả nhà muốn nhập khẩu hai bé vào hộ của ông bà.
Tôi bế hai con đi không tiện, xin hỏi có làm online được không, cần ông bà ký giấy đồng ý chỗ ở không, và bao lâu có kết quả. Nếu phường không làm việc này xin chuyển giúp.

Quỳnh
""", topic="residence", unit="ca-tp",
      why="A mother of newborn twins asks to register them as permanent residents in the grandparents' household; sent to the ward, the birth certificate is a decoy.")


def civil_status():
    L("ba-noi-sai-nam-sinh-giay-khai-sinh-viscii", to="ubnd-tp",
      sender=("Trần Gia Bảo", "giabao.tran.2009@example.com"),
      subject="Bà cháu nhờ gửi: sửa năm sinh trong giấy khai sinh",
      text="""Cháu viết thay bà nội cháu, bà đọc cho cháu gõ ạ.

"Tôi là Nguyễn Thị Nụ, ở phố Quán Thánh từ hồi con gái. Giấy khai sinh của tôi làm lại năm 1960 ghi tôi sinh năm 1942, nhưng trong sổ đảng viên và sổ lương hưu đều ghi 1940. Bây giờ đi làm giấy tờ gì người ta cũng bảo không khớp.
Tôi muốn sửa lại năm sinh cho đúng, không biết cần mang những gì. Tôi đi lại khó, nhờ các cô chú hướng dẫn cho kỹ."

Cháu cảm ơn ạ.
""", topic="civil_status", unit=BD, place="phố Quán Thánh", cte="quoted-printable", **VISCII,
      why="A grandson types his grandmother's request to correct her birth year on her birth certificate; she lives on Quán Thánh street (Ba Đình); VISCII QP.")

    L("y-ta-dang-ky-ket-hon-ban-trai-han-quoc", to="so-tp",
      sender=("Do Thu Trang", "trang.do.dieuduong@example.net"),
      subject="dang ky ket hon voi nguoi Han Quoc",
      text="""Chao phuong,

E la dieu duong, ban trai e la nguoi Han Quoc dang lam viec o Ha Noi. Nha e o pho Duy Tan. Tui e muon dang ky ket hon trong thang 1.
Xin hoi giay to cua anh ay can hop phap hoa lanh su ko, giay kham suc khoe tam than lam o dau, va ca 2 co phai cung co mat ko a.
Trang
""", topic="civil_status", unit=CG, place="pho Duy Tan",
      why="A nurse asks how to register her marriage with a Korean man; she lives on Duy Tân street (Cầu Giấy), the health check is a decoy.")
def construction_permit():
    L("nha-tho-xay-lai-thap-chuong-cp1258", to="so-xd",
      sender=("Giuse Lê Văn Tín", "tin.lev.giaoxu@example.org"),
      subject="Giáo xứ muốn dựng lại tháp chuông bị nứt",
      text="""Kính gửi Sở Xây dựng,

Tôi là người coi nhà thờ của giáo xứ, được cha xứ nhờ viết thư. Tháp chuông xây từ năm 1932 nay nứt dọc thân, mỗi lần kéo chuông bụi vữa rơi xuống sân.
Giáo xứ muốn tháo dỡ và dựng lại tháp đúng kiểu cũ, cao khoảng 18 m. Xin hỏi phải xin giấy phép gì, có phải có ý kiến của cơ quan văn hóa không, hồ sơ nộp ở đâu.

Kính thư,
Lê Văn Tín
""", topic="construction_permit", unit="so-xd", cte="quoted-printable", **CP1258,
      why="A church caretaker asks what permit a parish needs to rebuild its cracked bell tower; windows-1258 QP.")

    L("xe-om-xay-them-tang-cho-thue", to="so-xd",
      sender=("Bui Van Hung", "hung.xeom.bv@example.com"),
      subject="nha 2 tang muon len them 1 tang",
      text="""Chao So XD,
Toi chay xe om, nha toi 2 tang xay nam 2005, gio muon len them tang 3 de cho sinh vien thue kiem them. Nha trong ngo 2 m.
Co phai xin GPXD ko hay chi sua chua thi ko can, ho so gom gi, co phai thue nguoi ve ban ve ko?
Hung
""", topic="construction_permit", unit="so-xd",
      why="A motorbike-taxi driver asks whether adding a third floor to rent out needs a building permit.")


def certification():
    L("hoc-sinh-chung-thuc-hoc-ba", to="ubnd-tp",
      sender=(None, "minhkhoa.12a3@example.com"),
      subject="chung thuc hoc ba thu 7",
      text="""Em la hoc sinh lop 12, can 5 ban sao hoc ba co chung thuc de nop xet tuyen dai hoc. Em di hoc ca tuan, cho em hoi bo phan mot cua ben phuong Dich Vong Hau cu thu 7 co chung thuc ko a?
""", topic="certification", unit=CG, place="phuong Dich Vong Hau cu", mailer="iphone",
      why="Phone mail: a 12th-grader needs certified copies of his school record on a Saturday; the former ward Dịch Vọng Hậu (Cầu Giấy) decides, the university is a decoy.")

    L("le-tan-khach-san-chung-thuc-chu-ky-uy-quyen", to=HK,
      sender=("Lý Thu Hằng", "hang.ly.reception@example.net"),
      subject="Chứng thực chữ ký trên giấy ủy quyền cho khách nước ngoài",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Tôi là lễ tân một khách sạn nhỏ. Một khách người Úc đang lưu trú muốn ký giấy ủy quyền bằng tiếng Anh cho luật sư ở nước ngoài và cần chứng thực chữ ký.
Xin hỏi phường có chứng thực chữ ký cho người nước ngoài không, giấy tiếng Anh có phải dịch trước không, và khách cần mang hộ chiếu bản gốc đúng không.

Lý Thu Hằng
""", topic="certification", unit=HK,
      why="A hotel receptionist asks the ward of Hoàn Kiếm to certify a foreign guest's signature; 'lưu trú' is a residence decoy.")


def garbage():
    L("ban-ca-cho-hang-be-rac-tanh", to="ubnd-tp",
      sender=("Nguyễn Thị Mơ", "mo.nguyen.banca@example.com"),
      subject="Rác ở chợ Hàng Bè ba ngày không ai dọn",
      text="""Tôi bán cá ở chợ Hàng Bè hơn hai mươi năm. Từ hôm thứ năm đến giờ đống rác cuối chợ không thấy xe đến chở, ruột cá, vảy cá bốc mùi tanh nồng, ruồi bâu kín.
Khách đến mua cứ bịt mũi đi qua hàng tôi. Xin cho xe đến dọn ngay và chở đều hằng ngày như trước.
Mơ
""", topic="garbage", unit=HK, place="chợ Hàng Bè",
      why="A fishmonger: garbage left three days at chợ Hàng Bè (Hoàn Kiếm); sent to the city office.")

    L("quan-ly-toa-nha-rac-ngo-chau-long", to=BD,
      sender=("Ta Quang Vinh", "vinh.ta.bql@example.org"),
      subject="diem tap ket rac dau ngo Chau Long",
      text="""Kinh gui phuong,

Toi lam quan ly 1 toa nha o ngo Chau Long. Diem tap ket rac dau ngo 2 tuan nay xe den luc 10h sang thay vi 5h, rac tran ra loi di, cu dan phan nan voi ban quan ly.
De nghi phuong lam viec voi don vi thu gom cho xe den dung gio.
Vinh
""", topic="garbage", unit=BD, place="ngo Chau Long",
      why="A building manager: the garbage point at the head of ngõ Châu Long (Ba Đình) is collected too late.")


def flooding():
    L("cong-nhan-ca-dem-loi-nuoc-ve-nha", to="ubnd-tp",
      sender=("Luu Van Toan", "toan.luu.cadem@example.com"),
      subject="tan ca 6h sang phai loi nuoc ngang goi",
      text="""Kinh gui thanh pho,

Toi lam ca dem o khu cong nghiep, 6h sang tan ca ve. Dem nao mua la doan duong gan nha toi ngap ngang goi, cong thoat nuoc bi rac lap, nuoc rut phai den trua.
Xe may toi chet may 2 lan roi. De nghi cho nguoi thong cong va nang cap duong ong thoat nuoc.
Toan
""", topic="flooding", unit="so-xd",
      why="A night-shift worker wades through knee-deep flooding from blocked drains after every rain; the garbage in the drain is a decoy.")

    L("giang-vien-ngap-truoc-cong-truong", to="so-xd",
      sender=("TS. Hà Minh Tâm", "tam.haminh@example.edu.vn"),
      subject="Ngập úng kéo dài trước cổng trường sau mỗi trận mưa",
      text="""Kính gửi Sở Xây dựng,

Tôi là giảng viên, dạy ở một trường đại học trên đường Xuân Thủy. Mỗi trận mưa lớn, đoạn trước cổng trường ngập 30-40 cm trong hơn hai giờ, sinh viên không vào được lớp, nhiều em phải nghỉ thi.
Đề nghị Sở khảo sát hệ thống thoát nước của khu vực và có giải pháp lâu dài.

Hà Minh Tâm
""", topic="flooding", unit="so-xd",
      why="A lecturer on flooding in front of a university on Xuân Thủy road; flooding routes by topic, the street is a decoy.")


def noise():
    L("lam-ca-dem-hang-xom-hat-karaoke-ban-ngay", to=CG,
      sender=("Kiều Văn Sơn", "son.kieu.cadem@example.com"),
      subject="Tôi làm đêm, ban ngày hàng xóm hát karaoke không ngủ được",
      text="""Tôi làm ca đêm ở nhà máy, sáng về ngủ. Nhà bên cạnh tôi ở phố Trần Thái Tông mở loa kéo hát từ 9 giờ sáng đến chiều, tuần bốn năm ngày, cửa kính nhà tôi rung lên.
Sang nói thì họ bảo ban ngày ai cấm. Xin phường cho người xuống nhắc nhở.
Sơn
""", topic="noise", unit=CG, place="phố Trần Thái Tông",
      why="A night-shift worker cannot sleep for daytime karaoke next door on Trần Thái Tông street (Cầu Giấy).")

    L("le-tan-bar-ma-may-mo-nhac-2h-sang", to="ubnd-tp",
      sender=("Vu Ngoc Anh", "ngocanh.hostel@example.net"),
      subject="quan bar mo nhac den 2h sang",
      text="""Chao anh chi,
E lam le tan 1 khach san mini o pho Ma May. Quan bar doi dien mo nhac xap xinh den 2h sang, dem nao cung co khach xuong le tan doi doi phong hoac tra phong som, review 1 sao.
Mong co nguoi den kiem tra.
Ngoc Anh
""", topic="noise", unit=HK, place="pho Ma May",
      why="A hotel receptionist on loud bar music until 2 am on Mã Mây street (Hoàn Kiếm).")


def water():
    L("hoc-sinh-nuoc-may-vang-duc", to="so-xd",
      sender=(None, "ngoc.han.11a1@example.com"),
      subject="nuoc may nha em vang va co can",
      text="""Chao cac co chu,
Nuoc may nha em may hom nay chay ra mau vang, de 1 luc la lang can, me em phai mua nuoc binh ve nau com. Em hoi cac nha hang xom cung bi.
Nhu vay co an toan ko a, bao gio thi het?
Han
""", topic="water", unit="so-xd",
      why="A school student: the tap water is yellow and leaves a deposit.")

    L("dieu-duong-chung-cu-mat-nuoc-bon-ngay", to="ubnd-tp",
      sender=("Hoàng Thị Lan", "lan.hoang.bv@example.net"),
      subject="Chung cư mất nước bốn ngày liền",
      text="""Kính gửi thành phố,

Tôi là điều dưỡng, làm ca ở bệnh viện về chỉ mong được tắm rửa. Chung cư nhà tôi mất nước sạch từ thứ hai đến nay, bốn ngày rồi, cả tòa 300 hộ phải xách xô xuống xe téc.
Ban quản lý bảo đường ống cấp nước ngoài đường bị vỡ, công ty nước chưa sửa. Đề nghị cho sửa ngay.

Hoàng Thị Lan
""", topic="water", unit="so-xd", form="nfd", cte="8bit",
      why="A nurse: her apartment block has had no piped water for four days; sent to the city office, NFD 8bit.")


def power():
    L("nuoi-vit-dien-ba-pha-chua-keo-den-trai", to="ubnd-tp",
      sender=("Ngô Thị Hòa", "hoa.vit.soc@example.net"),
      subject="Trại vịt phải chạy máy nổ vì chưa có điện ba pha",
      text="""Kính gửi thành phố,

Nhà tôi nuôi vịt ở Sóc Sơn, đã làm đơn xin kéo điện ba pha vào trại từ tháng 6 để chạy máy bơm và quạt, đến nay ngành điện vẫn bảo chờ. Mỗi tháng tôi tốn gần 4 triệu tiền dầu chạy máy nổ.
Xin cho biết bao giờ được kéo điện.

Ngô Thị Hòa
""", topic="power", unit="ubnd-tp",
      why="A duck farmer in Sóc Sơn waits since June for a three-phase power line to her farm; the commune named is a decoy.")

    L("huu-tri-hoa-don-dien-gap-doi", to="so-xd",
      sender=("Cao Van Thu", "thu.caovan45@example.com"),
      subject="HOA DON TIEN DIEN THANG 11 GAP DOI",
      text="""KINH GUI CAC CO QUAN,

TOI VE HUU, NHA CO 2 ONG BA GIA, DIEU HOA KHONG BAT, THANG NAO CUNG 400 NGHIN. THANG 11 HOA DON 870 NGHIN!!! GOI TONG DAI THI BAO CONG TO DUNG.
TOI DE NGHI KIEM TRA LAI CONG TO NHA TOI, NEU KHONG TOI KHONG TRA!
THU
""", topic="power", unit="ubnd-tp",
      why="A pensioner writing in capitals about an electricity bill that doubled; sent to so-xd.")
def roads():
    L("xe-om-o-ga-giua-duong-ngoi-nga", to="so-gtvt",
      sender=("Trieu Van Bay", "bay.xeom.grab@example.com"),
      subject="o ga giua duong, toi nga 2 lan",
      text="""Chao So GTVT,
Toi chay xe om cong nghe, tren duong vanh dai doan gan cau vuot co 1 cai o ga to bang cai mam, troi mua nuoc dong ko nhin thay. Tuan nay toi nga 2 lan, chiu khach sau lung cung nga.
De nghi va gap truoc khi co nguoi chet.
Bay
""", topic="roads", unit="so-gtvt",
      why="A motorbike-taxi driver fell twice in a pothole hidden by rainwater; the rainwater is a decoy for flooding.")

    L("thuong-binh-xe-lan-den-qua-duong-qua-ngan", to="so-gtvt",
      sender=("Mạc Đình Lực", "luc.macdinh.tb@example.org"),
      subject="Người đi xe lăn không kịp qua đường",
      text="""Kính gửi Sở Giao thông vận tải,

Tôi là thương binh, mất một chân, đi xe lăn. Ở ngã tư gần nhà tôi đèn xanh cho người đi bộ chỉ có 15 giây, tôi mới ra đến giữa đường đã chuyển đỏ, xe máy bấm còi inh ỏi.
Vỉa hè hai bên lại không có dốc cho xe lăn lên. Đề nghị Sở tăng thời gian đèn và làm dốc ở các góc phố.

Mạc Đình Lực
""", topic="roads", unit="so-gtvt",
      why="A disabled veteran in a wheelchair: the pedestrian light is too short and kerbs have no ramps.")


def illegal_construction():
    L("kien-truc-su-to-cao-nha-ben-len-tang-6", to="so-xd",
      sender=("Vương Minh Đức", "duc.vuong.arch@example.net"),
      subject="Tố cáo nhà số 12 xây vượt tầng",
      text="""Kính gửi quý cơ quan,

Tôi là kiến trúc sư, nhà ở phố Nguyễn Trường Tộ. Căn nhà số 12 cạnh nhà tôi treo biển giấy phép 4 tầng, nhưng nay đã đổ mái tầng 5 và đang dựng cột tầng 6, che kín lưới.
Tôi đã xem bản vẽ trên biển công trình, rõ ràng họ xây khác. Tôi tố cáo việc này để cơ quan có trách nhiệm xử lý trước khi hoàn thiện.

Vương Minh Đức
""", topic="illegal_construction", unit=BD, place="phố Nguyễn Trường Tộ", letter="denunciation",
      why="The architect denounces the house next door building two floors beyond its permit on Nguyễn Trường Tộ street (Ba Đình); sent to so-xd, the permit is a decoy.")

    L("coi-nha-tho-lo-dat-ben-xay-kho", to=SS,
      sender=("Dinh Van Phero", "phero.dinh@example.org"),
      subject="lo dat canh nha tho dang xay kho ko co bien phep",
      text="""Kinh gui UBND xa Soc Son,

Toi trong coi nha tho ho. Lo dat canh nha tho tu tuan truoc co nguoi cho may den dao mong, dung khung sat lam nha kho rat to, lam ca dem, ko thay treo bien giay phep.
Xin xa xuong kiem tra.
Phero
""", topic="illegal_construction", unit=SS,
      why="A church caretaker reports a big warehouse going up next to the church with no permit sign; the commune of Sóc Sơn is named.")


def encroachment():
    L("quan-ly-chung-cu-to-cao-quan-lau-chiem-via-he", to="ubnd-tp",
      sender=("Ta Quang Vinh", "vinh.ta.bql@example.org"),
      subject="to cao quan lau chiem het via he pho Tran Dang Ninh",
      text="""Kinh gui UBND TP,

Quan lau nuong o tang 1 toa nha toi quan ly, pho Tran Dang Ninh, toi nao cung ke 20 ban ra het via he va lan xuong long duong, cu dan phai di xuong duong, xe cuu hoa ko vao dc.
Ban quan ly nhac nhieu lan ho ko nghe. Toi to cao de co quan chuc nang xu ly.
Vinh
""", topic="encroachment", unit=CG, place="pho Tran Dang Ninh", letter="denunciation",
      why="The building manager denounces a hotpot restaurant that covers the pavement on Trần Đăng Ninh street (Cầu Giấy); sent to the city office.")

    L("ba-cu-quan-cafe-chan-ngo-phat-loc", to="ubnd-tp",
      sender=("Đinh Hoàng Nam", "nam.dinh.chau@example.com"),
      subject="Quán cà phê kê ghế chắn lối vào nhà bà tôi",
      text="""Cháu viết hộ bà cháu, bà ở ngõ Phất Lộc.

"Quán cà phê đầu ngõ kê ghế nhựa kín cả lối đi, khách ngồi tràn vào trước cửa nhà tôi. Tôi 84 tuổi, chống gậy đi ra chợ phải len giữa các ghế, hôm trước vấp suýt ngã. Nhờ các anh ra nhắc họ dọn cho tôi lối đi."
""", topic="encroachment", unit=HK, place="ngõ Phất Lộc",
      why="A grandson writes for his grandmother: a café's stools block the lane at ngõ Phất Lộc (Hoàn Kiếm).")


def harassment():
    L("ban-xoi-to-cao-thu-tien-moi-tuan", to=HK,
      sender=(None, "xoi.sang.co.lan@example.com"),
      subject="Tố cáo người của tổ trật tự thu tiền mỗi tuần",
      text="""Tôi bán xôi sáng ở góc phố. Có hai người mặc áo tổ trật tự phường, tuần nào cũng đến thu 200 nghìn, bảo đóng thì được ngồi, không đóng thì tịch thu gánh.
Không có biên lai gì. Tôi tố cáo việc này, mong được giữ kín tên.
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A street vendor denounces ward order-team members taking 200,000 a week to let her sell; sent to the ward of Hoàn Kiếm itself.")

    L("cong-nhan-mien-tay-bi-doi-tien-boi-duong", to="ca-tp",
      sender=("Danh Van Toan", "toan.danh.kg@example.net"),
      subject="to cao can bo doi 500k moi lam giay",
      text="""Toi que Kien Giang, lam phu ho. Toi di lam xac nhan cu tru o tru so cong an, anh can bo noi ho so thieu, nhung neu dua 500k "boi duong" thi mai co, ko thi ve bo sung 3 lan.
Toi to cao viec nay. Toi co ghi am.
Toan
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A migrant worker denounces an officer asking 500k to issue a residence confirmation; sent to the police, residence is a decoy.")


def regulation():
    L("xe-om-gop-y-du-thao-cam-xe-pho-co", to="so-gtvt",
      sender=("Bui Van Hung", "hung.xeom.bv@example.com"),
      subject="gop y du thao quy dinh han che xe may pho co",
      text="""Chao cac anh chi,
Toi doc tren bao du thao quy dinh cua thanh pho han che xe may vao khu pho co cuoi tuan, dang lay y kien dan.
Toi chay xe om 20 nam, khach gia va khach xach do rat can xe den tan cua. De nghi trong quy dinh cho xe chay cham co dang ky vao dc, ko cam het.
Xin chuyen y kien den noi soan du thao.
Hung
""", topic="regulation", unit="so-tp",
      why="The motorbike-taxi driver comments on a draft rule restricting motorbikes in the old quarter; sent to so-gtvt.")

    L("giang-vien-gop-y-quy-dinh-nuoi-cho-chung-cu", to="so-tp",
      sender=("TS. Hà Minh Tâm", "tam.haminh@example.edu.vn"),
      subject="Góp ý dự thảo quy định về nuôi chó, mèo trong nhà chung cư",
      text="""Kính gửi Sở Tư pháp,

Tôi góp ý dự thảo quy định của thành phố về nuôi chó, mèo trong nhà chung cư đang lấy ý kiến. Điều 5 giao ban quản trị tòa nhà quyền cấm nuôi, nhưng không nói ai kiểm tra và xử lý khi tranh chấp.
Tôi đề nghị ghi rõ thủ tục, mức phạt và quyền khiếu nại của cư dân để quy định làm được.

Hà Minh Tâm
""", topic="regulation", unit="so-tp",
      why="The lecturer comments on a draft rule on pets in apartment blocks.")


def compliment():
    L("thuong-binh-cam-on-phuong-den-tan-nha", to="ubnd-tp",
      sender=("Mạc Đình Lực", "luc.macdinh.tb@example.org"),
      subject="Cảm ơn cán bộ phường Ba Đình đến tận nhà",
      text="""Kính gửi thành phố,

Tôi là thương binh, đi lại bằng xe lăn. Tháng trước tôi cần chứng thực mấy giấy tờ, gọi điện hỏi thì hai cán bộ UBND phường Ba Đình mang sổ đến tận nhà làm cho tôi, không lấy thêm đồng nào.
Tôi xin cảm ơn và mong thành phố biểu dương các cháu.

Mạc Đình Lực
""", topic="compliment", unit=BD,
      why="The disabled veteran thanks the ward of Ba Đình for certifying papers at his home; certification is a decoy.")

    L("hoc-sinh-cam-on-tuyen-buyt-moi", to="so-gtvt",
      sender=(None, "duyanh.10a5@example.com"),
      subject="cam on So GTVT mo tuyen buyt",
      text="""Em cam on So GTVT da mo tuyen xe buyt moi di qua truong em, truoc em phai di bo 2 km ra ben, gio chi 5 phut. Ca lop em deu vui a.
""", topic="compliment", unit="so-gtvt", mailer="iphone",
      why="Phone mail: a student thanks so-gtvt for a new bus route past her school.")


def other():
    L("huu-tri-luong-huu-cham", to="ubnd-tp",
      sender=("Cao Van Thu", "thu.caovan45@example.com"),
      subject="Re: LUONG HUU THANG 11 CHAM",
      text="""TOI DA HOI, CAC ANH TRA LOI NHU DUOI NHUNG DEN NAY 6/12 VAN CHUA CO TIEN. TOI SONG BANG LUONG HUU, THUOC HUYET AP HET ROI!

> Kinh gui ong Cao Van Thu,
> Luong huu thang 11 se duoc chi tra truoc ngay 30/11/2026 qua tai khoan ngan hang.
> Tran trong.
""", topic="other", unit="ubnd-tp", note=RE_NOTE,
      why="The pensioner in capitals replies, quoting an earlier answer, that his November pension is still unpaid (social allowance: other).")

    L("me-sinh-doi-tram-y-te-het-vac-xin", to="ubnd-tp",
      sender=("Phan Thị Quỳnh", "quynh.phan.twins@example.com"),
      subject="Trạm y tế hết vắc-xin cho hai con tôi hai tháng nay",
      text="""Kính gửi thành phố,

Hai con sinh đôi của tôi đến lịch tiêm mũi vắc-xin 5 trong 1 từ tháng 10, nhưng trạm y tế báo hết thuốc, hẹn hai lần vẫn chưa có. Tiêm dịch vụ thì gần 2 triệu một mũi nhân đôi. Xin cho biết bao giờ có.

Quỳnh
""", topic="other", unit="ubnd-tp",
      why="The mother of twins: the health station has had no free vaccine for two months (health: other).")


def complaints():
    L("bo-doi-khieu-nai-phat-tuong-rao", to="ubnd-tp",
      sender=("Đỗ Văn Khải", "khai.dovan.cb@example.com"),
      subject="Khiếu nại quyết định xử phạt của UBND phường Cầu Giấy",
      text="""Kính gửi UBND thành phố,

Tôi khiếu nại Quyết định xử phạt vi phạm hành chính số 412/QĐ-XPHC ngày 20/11/2026 của UBND phường Cầu Giấy, phạt tôi 15 triệu đồng vì "xây tường rào không phép".
Bức tường tôi chỉ sửa lại đoạn bị đổ sau mưa bão, đúng vị trí và chiều cao cũ. Đề nghị phường xem xét lại và hủy quyết định.

Đỗ Văn Khải
""", topic="illegal_construction", unit=CG, letter="complaint",
      why="The retired officer complains about the ward of Cầu Giấy's fine for rebuilding a fallen wall, issuer named; sent to the city office.")

    L("ban-ca-khieu-nai-tu-choi-thuong-tru", to="so-tp",
      sender=("Nguyen Thi Diep", "diep.ca.cho@example.com"),
      subject="khieu nai viec CA TP tu choi dang ky thuong tru",
      text="""Kinh gui cac anh chi,

Toi ban ca o cho, mua can ho chung cu tra gop da nhan nha. Toi nop ho so dang ky thuong tru, CA TP tra loi bang van ban tu choi vi "chua co GCN can ho".
Toi co hop dong mua ban va bien ban ban giao, luat cho phep dung giay to nay. Toi khieu nai van ban tu choi cua CA TP, de nghi xem lai.
Diep
""", topic="residence", unit="ca-tp", letter="complaint",
      why="A fishmonger complains about the city police's refusal of permanent residence in her new flat, issuer named; sent to so-tp, the certificate is a land decoy.")


def second_round():
    L("xe-om-khieu-nai-so-tnmt-tu-choi-cap-so", to="ubnd-tp",
      sender=("Trieu Van Bay", "bay.xeom.grab@example.com"),
      subject="khieu nai So TNMT tu choi cap GCN vi quy hoach",
      text="""Kinh gui UBND TP,
Toi khieu nai van ban so 3308/STNMT ngay 14/11/2026 cua So TNMT tu choi cap GCN cho manh dat 52 m2 nha toi o tu 1993, ly do "nam trong quy hoach". Quy hoach do treo 20 nam ko lam, nha ben canh cung quy hoach van dc cap.
De nghi So xem lai.
Bay
""", topic="land", unit="so-tnmt", letter="complaint",
      why="The motorbike-taxi driver complains about so-tnmt's refusal of a land certificate because of a planning zone, issuer named; sent to the city office.")

    L("fwd-giang-vien-me-so-do-sai-ten-dem", to="so-tnmt",
      sender=("TS. Hà Minh Tâm", "tam.haminh@example.edu.vn"),
      subject="Fwd: Sổ đỏ ghi sai tên đệm của tôi",
      text="""Kính gửi Sở,

Tôi chuyển thư mẹ tôi gửi từ tuần trước mà chưa thấy hồi âm. Mong Sở trả lời giúp cụ.

Hà Minh Tâm
""", fwd=dict(sender=("Phạm Thị Dậu", "dau.phamthi48@example.com"),
              to="phananh@vpubnd.hanoi.example.vn", date=mr.D(1124, 8, 15),
              subject="Sổ đỏ ghi sai tên đệm của tôi",
              text="""Sổ đỏ thửa đất nhà tôi ghi tên tôi là Phạm Thị Dần, trong khi căn cước ghi Phạm Thị Dậu. Nay tôi muốn thế chấp vay tiền cho con thì ngân hàng không nhận. Xin hỏi sửa tên trên sổ phải làm thế nào.

Phạm Thị Dậu
"""), form="fwd", topic="land", unit="so-tnmt",
      why="The lecturer forwards his mother's request to correct her misspelt name on the land certificate.")

    L("khach-san-nho-bo-sung-nganh-lu-hanh", to="so-khdt",
      sender=("Lý Thu Hằng", "hang.ly.reception@example.net"),
      subject="Khách sạn muốn thêm ngành đặt tour vào giấy đăng ký",
      text="""Kính gửi Sở,

Chủ khách sạn nơi tôi làm lễ tân nhờ tôi hỏi: công ty muốn bổ sung ngành nghề đặt tour, bán vé cho khách lưu trú vào giấy chứng nhận đăng ký doanh nghiệp. Thủ tục bổ sung ngành nghề nộp những gì, có phải sửa điều lệ không ạ?

Lý Thu Hằng
""", topic="business_registration", unit="so-khdt",
      why="The hotel receptionist asks how her employer adds a tour-booking line to its business registration; 'lưu trú' is a residence decoy.")

    L("mien-tay-mo-quan-bun-ca-hai-nguoi", to="so-khdt",
      sender=("Thach Thi Sa Rinh", "sarinh.thach@example.com"),
      subject="2 nguoi chung von mo quan bun ca",
      text="""Em voi ban cung que Soc Trang muon gop tien mo 1 quan bun ca kieu mien Tay, moi dua 1 nua. Dang ky ho kinh doanh thi de ten 2 dua dc ko hay chi 1 nguoi dung ten, em chua co HK Ha Noi thi co dang ky dc ko a?
""", topic="business_registration", unit="so-khdt", mailer="iphone",
      why="Phone mail: two migrant friends ask whether a noodle shop can be registered in both their names; 'HK' is a residence decoy.")

    L("nha-tho-cha-xu-moi-dang-ky-thuong-tru", to="ca-tp",
      sender=("Giuse Lê Văn Tín", "tin.lev.giaoxu@example.org"),
      subject="Cha xứ mới về muốn đăng ký thường trú tại nhà xứ",
      text="""Kính gửi Công an thành phố,

Giáo xứ tôi vừa có cha xứ mới được bổ nhiệm từ tỉnh khác về. Ngài muốn đăng ký thường trú tại nhà xứ, nhưng nhà xứ đứng tên giáo hội chứ không phải cá nhân. Tôi coi nhà thờ, xin hỏi cần giấy tờ gì và ai ký đồng ý chỗ ở.

Lê Văn Tín
""", topic="residence", unit="ca-tp",
      why="The church caretaker asks how a newly appointed parish priest registers permanent residence at the presbytery.")

    L("le-tan-loi-phan-mem-khai-bao-khach", to="ubnd-tp",
      sender=("Vu Ngoc Anh", "ngocanh.hostel@example.net"),
      subject="ko khai bao luu tru cho khach dc tu toi qua",
      text="""Chao anh chi,
E lam le tan khach san mini. Tu toi qua trang khai bao luu tru bao loi, khach Tay check in 6 phong ma e ko gui dc thong tin, so bi phat.
E phai lam sao a, khai bang giay nop truc tiep o dau?
Ngoc Anh
""", topic="residence", unit="ca-tp",
      why="The receptionist cannot declare her guests' stays online since last night; sent to the city office, the online system is a decoy for 'other'.")

    L("me-sinh-doi-ghi-nham-ten-hai-be", to="ubnd-tp",
      sender=("Phan Thị Quỳnh", "quynh.phan.twins@example.com"),
      subject="Giấy khai sinh của hai bé sinh đôi bị ghi đổi tên cho nhau",
      text="""Kính gửi quý cơ quan,

Nhà tôi ở phố Xuân Thủy. Khi làm giấy khai sinh cho hai bé sinh đôi, cán bộ ghi nhầm: bé anh sinh trước mang tên bé em và ngược lại, giờ giờ sinh không khớp với giấy chứng sinh.
Tôi cần sửa lại cho đúng, mong được hướng dẫn.

Quỳnh
""", topic="civil_status", unit=CG, place="phố Xuân Thủy",
      why="The mother of twins: the two birth certificates swapped the boys' names; Xuân Thủy street (Cầu Giấy) decides, sent to the city office.")

    L("nuoi-vit-doi-ho-chau-theo-bo-duong", to="so-tp",
      sender=("Ngo Van Chien", "chien.vit.socson@example.net"),
      subject="doi ho cho chau theo ho bo duong",
      text="""Chao cac anh chi,
Con gai toi tai gia, chong moi cua no nuoi chau ngoai toi tu nho, ca nha o voi toi tai xa Tien Duoc cu. Chau 9 tuoi muon mang ho bo duong cho giong em.
Doi ho cho chau lam o dau, bo ruot chau co phai ky ko?
Chien
""", topic="civil_status", unit=SS, place="xa Tien Duoc cu",
      why="The duck farmer asks how his granddaughter can take her stepfather's surname; the former commune Tiên Dược (Sóc Sơn) decides, sent to so-tp.")

    L("ban-quan-ly-lam-mai-che-bai-xe", to="so-xd",
      sender=("Ta Quang Vinh", "vinh.ta.bql@example.org"),
      subject="lam mai che bai xe trong san chung cu co can xin phep",
      text="""Kinh gui So XD,
Ban quan ly toa nha muon dung mai ton khung thep che bai xe may trong san, rong khoang 200 m2, cu dan da bieu quyet dong y.
Xin hoi co phai xin GPXD ko, neu can thi ho so gom gi.
Vinh
""", topic="construction_permit", unit="so-xd",
      why="The building manager asks whether a steel roof over the courtyard parking needs a permit.")

    L("kien-truc-su-khieu-nai-tu-choi-gpxd", to="ubnd-tp",
      sender=("Vương Minh Đức", "duc.vuong.arch@example.net"),
      subject="Khiếu nại văn bản từ chối cấp giấy phép xây dựng của Sở Xây dựng",
      text="""Kính gửi UBND thành phố,

Thay mặt chủ nhà, tôi khiếu nại văn bản số 5521/SXD-CP ngày 18/11/2026 của Sở Xây dựng từ chối cấp giấy phép xây dựng nhà ở 5 tầng, với lý do "chưa phù hợp quy hoạch chi tiết".
Quy hoạch chi tiết được duyệt cho phép 5 tầng ở tuyến phố này. Đề nghị Sở xem xét lại.

Vương Minh Đức
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="The architect complains, for a client, about so-xd's refusal of a building permit, issuer named; sent to the city office.")

    L("dieu-duong-chung-thuc-chung-chi-hang-buom", to="so-tp",
      sender=("Hoàng Thị Lan", "lan.hoang.bv@example.net"),
      subject="Chứng thực bản sao chứng chỉ hành nghề",
      text="""Kính gửi quý cơ quan,

Tôi là điều dưỡng, nhà ở phố Hàng Buồm. Bệnh viện yêu cầu nộp ba bản sao chứng chỉ hành nghề có chứng thực. Xin hỏi tôi mang bản gốc đến chứng thực ở đâu gần nhà, buổi trưa có làm không.

Hoàng Thị Lan
""", topic="certification", unit=HK, place="phố Hàng Buồm",
      why="The nurse needs certified copies of her practising certificate; Hàng Buồm street (Hoàn Kiếm) decides, sent to so-tp.")

    L("mien-tay-chung-thuc-cccd-ba-dinh", to="ca-tp",
      sender=("Danh Van Toan", "toan.danh.kg@example.net"),
      subject="chung thuc CCCD",
      text="""Toi can 3 ban sao CCCD co chung thuc de nop ho so xin viec. UBND phuong Ba Dinh gan cho toi lam, toi toi do lam dc ko, ko co HK Ha Noi co bi tu choi ko?
""", topic="certification", unit=BD, mailer="iphone",
      why="Phone mail: a migrant worker asks the ward of Ba Đình to certify his ID card copies; sent to the police, 'HK' is a residence decoy.")

    L("tap-the-ngu-xa-rac-chan-cau-thang", to="ubnd-tp",
      sender=("Luu Van Toan", "toan.luu.cadem@example.com"),
      subject="rac chat dong chan cau thang khu tap the pho Ngu Xa",
      text="""Kinh gui UBND TP,
Khu tap the toi o pho Ngu Xa, tu khi doi gio thu gom thi cac ho de tui rac o chan cau thang, 3-4 ngay ko ai lay, chuot chay ca ban ngay. Toi di ca dem ve moi sang phai loi qua dong rac.
De nghi thu gom dung gio.
Toan
""", topic="garbage", unit=BD, place="pho Ngu Xa",
      why="The night-shift worker: rubbish piling at the stairwell of a block on Ngũ Xã street (Ba Đình).")

    L("nha-tho-phe-thai-do-gan-den-soc", to="ubnd-tp",
      sender=("Giuse Lê Văn Tín", "tin.lev.giaoxu@example.org"),
      subject="Xe đổ trộm gạch vữa ở bãi đất gần đền Sóc",
      text="""Kính gửi thành phố,

Mấy đêm nay có xe tải đến đổ trộm gạch vữa, xà bần, cả túi rác sinh hoạt ở bãi đất trống gần đền Sóc, đống đã cao hơn đầu người. Mưa xuống nước đen chảy ra đường đi lễ.
Xin cho dọn đi và có người canh.

Lê Văn Tín
""", topic="garbage", unit=SS, place="đền Sóc",
      why="The church caretaker: trucks dump rubble and rubbish at night near đền Sóc (Sóc Sơn); the rain is a decoy.")

    L("ban-ca-cho-ngap-cong-trao-nguoc", to="so-xd",
      sender=("Nguyễn Thị Mơ", "mo.nguyen.banca@example.com"),
      subject="Mưa là nước cống trào lên ngập lối chợ",
      text="""Tôi bán cá trong chợ. Mỗi trận mưa to, nước cống dưới lối đi trào ngược lên, ngập đến mắt cá chân, nước đen bẩn tràn vào chậu cá, phải đổ bỏ hàng.
Đề nghị Sở cho nạo vét, sửa cống thoát nước quanh chợ.
Mơ
""", topic="flooding", unit="so-xd",
      why="The fishmonger: the sewer backs up and floods the market lanes in every heavy rain.")

    L("dieu-duong-tiem-sua-xe-go-bua-5h-sang", to=CG,
      sender=("Do Thu Trang", "trang.do.dieuduong@example.net"),
      subject="tiem sua xe bat may nen khi tu 5h sang",
      text="""Chao phuong,
E la dieu duong, truc dem xong ve ngu. Tiem sua xe may canh nha e o pho Quan Hoa bat may nen khi, go bua tu 5h sang den 9h toi, con e 2 tuoi giat minh khoc suot.
Mong phuong nhac ho lam dung gio.
Trang
""", topic="noise", unit=CG, place="pho Quan Hoa",
      why="The nurse: a motorbike repair shop runs its compressor and hammers from 5 am on Quan Hoa street (Cầu Giấy).")

    L("ba-cu-quat-hut-mui-hang-bun", to="ubnd-tp",
      sender=("Đinh Hoàng Nam", "nam.dinh.chau@example.com"),
      subject="Quạt hút mùi nhà hàng kêu suốt đêm",
      text="""Cháu gõ hộ bà cháu ạ.

"Tôi ở phố Hàng Bún. Nhà hàng sát vách lắp cái quạt hút to quay thẳng vào cửa sổ buồng tôi, chạy ù ù từ chiều đến hai giờ sáng. Tôi già, mất ngủ cả tháng nay. Nhờ các anh bảo họ tắt sớm hoặc quay đi chỗ khác."
""", topic="noise", unit=BD, place="phố Hàng Bún",
      why="The grandson types for his grandmother: a restaurant's extractor fan roars all night on Hàng Bún street (Ba Đình).")

    L("ban-xoi-nuoc-yeu-sang-som", to="so-xd",
      sender=("Nguyễn Thị Tuyết", "tuyet.xoi.sang@example.com"),
      subject="Nước máy yếu, sáng sớm không có nước nấu xôi",
      text="""Tôi bán xôi, ba giờ sáng phải dậy vo gạo. Hai tháng nay từ 2 đến 6 giờ sáng vòi nước nhà tôi chỉ nhỏ giọt, bể không lên được, phải hứng từng xô.
Xin cho kiểm tra áp lực nước khu nhà tôi.
Tuyết
""", topic="water", unit="so-xd",
      why="A sticky-rice seller has barely any tap water in the early morning.")

    L("hoc-sinh-truong-khong-co-vach-sang-duong", to="so-gtvt",
      sender=(None, "minhkhoa.12a3@example.com"),
      subject="cong truong em ko co vach qua duong",
      text="""Chao So GTVT,
Truong em nam ngay duong lon, xe tai chay nhanh ma ko co vach ke cho nguoi di bo, ko co den. Thang truoc 1 ban lop 10 bi xe may dam khi qua duong.
Em de nghi ke vach, dat bien bao va den.
""", topic="roads", unit="so-gtvt",
      why="A student asks for a zebra crossing and lights outside his school.")

    L("tap-the-quan-hoa-cu-coi-noi-tang-thuong", to="ubnd-tp",
      sender=("Ta Quang Vinh", "vinh.ta.bql@example.org"),
      subject="ho tang 5 dung phong ton tren mai tap the",
      text="""Kinh gui UBND TP,
Khu tap the 5 tang o phuong Quan Hoa cu, ho tang tren cung dang dung khung sat, lop ton thanh 1 phong 30 m2 tren mai chung, ko hoi y kien ai. Nha cu, cac ho lo sap.
De nghi cho kiem tra.
Vinh
""", topic="illegal_construction", unit=CG, place="phuong Quan Hoa cu",
      why="A housing-block manager: the top-floor household builds a tin room on the shared roof; the former ward Quan Hoa (Cầu Giấy) decides.")

    L("xe-om-to-cao-nha-lan-bac-tam-cap-hang-dao", to="so-gtvt",
      sender=("Bùi Văn Hùng", "hung.xeom.bv@example.com"),
      subject="Tố cáo nhà xây bậc tam cấp ra hết vỉa hè",
      text="""Tôi chạy xe ôm hay đón khách ở phố Hàng Đào. Một nhà ở đây vừa đổ bê tông bậc tam cấp và dốc dắt xe ra kín vỉa hè, người đi bộ phải xuống lòng đường.
Tôi tố cáo hộ này, đề nghị cơ quan chức năng buộc dỡ bỏ.
Hùng
""", topic="encroachment", unit=HK, place="phố Hàng Đào", letter="denunciation",
      why="The motorbike-taxi driver denounces a household that poured steps over the pavement on Hàng Đào street (Hoàn Kiếm); sent to so-gtvt.")

    L("le-tan-to-cao-can-bo-pccc-goi-y-phong-bi", to="ca-tp",
      sender=(None, "hostel.phodo.letan@example.com"),
      subject="to cao can bo kiem tra PCCC goi y phong bi",
      text="""Toi lam le tan. Hom 28/11 doan kiem tra PCCC den khach san, 1 can bo noi "loi nay phat 30 trieu, co muon xu ly nhe ko", roi bao chu gui 10 trieu vao phong bi.
Toi to cao hanh vi nay, xin giau ten.
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A receptionist denounces a fire inspector hinting at a 10-million envelope; sent to the police.")

    L("nuoi-vit-can-bo-xa-doi-tien-che-nuoc", to=SS,
      sender=("Ngô Thị Hòa", "hoa.vit.soc@example.net"),
      subject="Tố cáo cán bộ xã đòi tiền chè nước mới ký giấy",
      text="""Kính gửi các cơ quan,

Tôi nuôi vịt, đi vay vốn ngân hàng cần xã xác nhận. Cán bộ ở xã hẹn đi hẹn lại, rồi nói thẳng "gửi 1 triệu tiền chè nước thì chiều có". Tôi tố cáo việc này.

Ngô Thị Hòa
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="The duck farmer denounces a commune official asking for 'tea money' to sign a loan confirmation; sent to the commune itself.")

    L("ban-hang-rong-gop-y-du-thao-muc-phat", to="so-tp",
      sender=(None, "banhmi.co.tuyet@example.com"),
      subject="gop y du thao quy dinh ve ban hang rong",
      text="""E doc du thao quy dinh ban hang rong cua thanh pho dang lay y kien, muc phat tich thu ca xe hang ngay lan dau la nang qua, xe banh mi la ca von cua e.
De nghi lan dau nhac nho, va quy dinh ro cho nao, gio nao dc ban.
""", topic="regulation", unit="so-tp", mailer="iphone",
      why="The bánh mì seller comments on a draft city rule on street vending.")

    L("cong-nhan-cam-on-thong-cong", to="ubnd-tp",
      sender=("Kiều Văn Sơn", "son.kieu.cadem@example.com"),
      subject="Cảm ơn Sở Xây dựng đã thông cống, hết ngập",
      text="""Kính gửi thành phố,

Tôi đi ca đêm về hay phải lội nước. Sau khi tôi phản ánh, Sở Xây dựng đã cho người nạo vét, thay nắp cống. Trận mưa hôm qua đường không ngập nữa. Tôi xin cảm ơn Sở.

Kiều Văn Sơn
""", topic="compliment", unit="so-xd",
      why="The night-shift worker thanks so-xd for clearing the drains; sent to the city office, the flooding is a decoy.")

    L("ba-cu-the-bhyt-het-han", to="ubnd-tp",
      sender=(None, "nam.dinh.grandson@example.com"),
      subject="the BHYT ba toi het han",
      text="""Ba toi 84 tuoi, the BHYT het han thang 11, o benh vien ko duoc huong nua. Nguoi tren 80 duoc cap the mien phi phai ko a, lam o dau?
""", topic="other", unit="ubnd-tp", mailer="iphone",
      why="Phone mail: a grandson asks about his 84-year-old grandmother's expired health-insurance card (other).")


def third_round():
    L("ban-quan-ly-dien-chap-chon-thang-may-dung", to="ubnd-tp",
      sender=("Tạ Quang Vinh", "vinh.ta.bql@example.org"),
      subject="Điện chập chờn, thang máy dừng giữa tầng, xin thành phố can thiệp",
      text="""Kính gửi UBND thành phố,

Tôi là trưởng ban quản lý một tòa chung cư 21 tầng, hơn 400 hộ. Từ đầu tháng 11 đến nay, điện của tòa nhà sụt áp và mất chớp nhoáng gần như ngày nào cũng có, nhất là từ 6 đến 9 giờ tối khi mọi nhà nấu cơm.
Mỗi lần như vậy thang máy dừng giữa tầng. Tuần trước một cụ bà 80 tuổi bị kẹt trong thang 40 phút, bảo vệ phải gọi cứu hộ. Tủ lạnh, máy bơm của nhiều hộ đã cháy.
Ban quản lý đã kiểm tra tủ điện tổng của tòa nhà, thuê thợ đo đạc, kết luận là điện đầu vào yếu, trạm biến áp của khu vực quá tải vì mấy năm nay xây thêm ba tòa nữa mà trạm vẫn vậy.
Chúng tôi đã gọi tổng đài điện lực bốn lần, lần nào cũng được hẹn "sẽ cử người xuống", có người xuống thì đo rồi đi, không có văn bản trả lời.
Cư dân bức xúc, hỏi ban quản lý mà chúng tôi không biết trả lời thế nào. Có hộ đòi không đóng phí dịch vụ. Có người còn bảo thôi lắp máy phát riêng, nhưng tòa nhà không có chỗ đặt và cũng không an toàn.
Kính đề nghị thành phố yêu cầu ngành điện nâng công suất trạm biến áp, hoặc cho biết thời hạn cụ thể, để chúng tôi thông báo với cư dân.

Trân trọng,
Tạ Quang Vinh
""", topic="power", unit="ubnd-tp", shape="html",
      why="A long letter from a building manager: voltage drops stop the lifts, an overloaded transformer; HTML alternative, the lift and the service fee are decoys.")

    L("xe-om-cot-dien-nghieng-day-vong", to="ubnd-tp",
      sender=("Trieu Van Bay", "bay.xeom.grab@example.com"),
      subject="cot dien nghieng, day dien vong xuong ngang dau",
      text="""Sau tran gio hom truoc, cot dien dau ngo nha toi nghieng han, day dien vong xuong thap ngang dau nguoi di xe may. Toi cho khach qua phai cui dau. De nghi nganh dien sua gap.
Bay
""", topic="power", unit="ubnd-tp",
      why="The motorbike-taxi driver: a power pole leans and the line sags to head height after a storm.")

    L("ban-ca-cam-on-phuong-tap-chua-chay-cho", to=HK,
      sender=("Nguyen Thi Diep", "diep.ca.cho@example.com"),
      subject="cam on phuong to chuc tap chua chay o cho",
      text="""Chao UBND phuong Hoan Kiem,
Toi ban ca o cho, tuan truoc phuong to chuc tap chua chay va phat binh cuu hoa mini cho tung day hang, cac chi em tieu thuong hoc dc cach dung. Toi xin cam on phuong.
Diep
""", topic="compliment", unit=HK,
      why="The fishmonger thanks the ward of Hoàn Kiếm for a fire drill at the market.")

    L("dieu-duong-cam-on-csgt-tai-nan-dem", to="ca-tp",
      sender=("Hoàng Thị Lan", "lan.hoang.bv@example.net"),
      subject="Cảm ơn các anh cảnh sát giúp tôi đêm bị ngã xe",
      text="""Kính gửi Công an thành phố,

Đêm 22/11 tôi tan ca về thì bị một xe máy quệt ngã, người kia bỏ chạy. Hai anh cảnh sát tuần tra dừng lại sơ cứu, gọi xe đưa tôi vào viện và giữ hộ xe cho tôi. Tôi xin cảm ơn các anh.

Hoàng Thị Lan
""", topic="compliment", unit="ca-tp",
      why="The nurse thanks the police patrol who helped her after a hit-and-run; the road is a decoy.")

    L("giang-vien-thu-dai-bui-min-cay-xanh", to="ubnd-tp",
      sender=("TS. Hà Minh Tâm", "tam.haminh@example.edu.vn"),
      subject="Mấy điều trăn trở về bụi mịn, cây xanh và sức khỏe sinh viên",
      text="""Kính gửi UBND thành phố,

Tôi dạy đại học đã hai mươi năm, xin phép viết hơi dài vì có nhiều điều muốn nói.
Mùa đông năm nay, có tuần chỉ số bụi mịn ngoài trời ở mức tím bốn năm ngày liền. Trong lớp tôi, gần một phần ba sinh viên ho, nhiều em phải xin nghỉ. Bản thân tôi cũng viêm họng kéo dài.
Tôi đọc thông tin rằng một phần bụi đến từ đốt rơm rạ ở ngoại thành, một phần từ xe cộ và công trường. Tôi không phải chuyên gia môi trường, nhưng tôi thấy người dân hầu như không được báo trước, trường học không có hướng dẫn cho học sinh, sinh viên khi ô nhiễm nặng.
Hồi tôi còn nhỏ, phố nào cũng rợp bóng cây. Bây giờ nhiều tuyến đường mới chỉ trồng cây nhỏ, chết khô lại trồng lại.
Tôi đề nghị thành phố có cảnh báo ô nhiễm qua tin nhắn điện thoại, có hướng dẫn cho các trường khi chỉ số vượt ngưỡng, và có kế hoạch trồng cây bóng mát lâu dài.
Tôi biết những việc này không làm ngay được, nhưng mong thành phố lắng nghe.

Kính thư,
Hà Minh Tâm
""", topic="other", unit="ubnd-tp", form="nfd", cte="quoted-printable",
      why="A long, rambling letter from the lecturer about fine dust, trees and students' health (environment: other); roads and building sites are decoys.")

    L("mien-tay-con-vao-lop-1-khong-ho-khau", to="ubnd-tp",
      sender=("Danh Van Toan", "toan.danh.kg@example.net"),
      subject="con toi ko dc nhan vao lop 1",
      text="""Kinh gui thanh pho,
Vo chong toi lam cong nhan, o tro o Ha Noi 5 nam. Con toi 6 tuoi, truong tieu hoc gan nha bao het cho, chi nhan tre co ho khau, xin vao truong xa thi 10 km.
Dan lao dong nhu toi con di hoc o dau? De nghi thanh pho tao dieu kien.
Toan
""", topic="other", unit="ubnd-tp",
      why="A migrant worker's child is refused a place in first grade (education: other); 'ho khau' is a residence decoy.")

    L("hoc-sinh-cho-coc-lan-duong-chau-long", to=BD,
      sender=(None, "duyanh.10a5@example.com"),
      subject="cho Chau Long ban tran ra long duong",
      text="""Chao phuong,
Sang nao em dap xe qua cho Chau Long di hoc, hang rau hang thit bay tran ra ca long duong, xe may chen nhau, em suyt bi quet 2 lan. Mong phuong nhac cac co chu ban trong cho.
""", topic="encroachment", unit=BD, place="cho Chau Long",
      why="A student: stalls of chợ Châu Long (Ba Đình) spill onto the road.")

    L("bo-doi-gop-y-du-thao-tro-cap-cuu-chien-binh", to="so-tp",
      sender=("Đỗ Văn Khải", "khai.dovan.cb@example.com"),
      subject="Góp ý dự thảo quy định về mức hỗ trợ cựu chiến binh khó khăn",
      text="""Kính gửi Sở Tư pháp,

Tôi đọc dự thảo quy định của thành phố về hỗ trợ cựu chiến binh có hoàn cảnh khó khăn đang lấy ý kiến. Khoản 2 Điều 3 chỉ tính người có sổ hộ nghèo, bỏ sót nhiều anh em ốm đau nằm một chỗ mà con cái thu nhập thấp.
Tôi đề nghị thêm tiêu chí bệnh hiểm nghèo và tuổi trên 80.

Đỗ Văn Khải
""", topic="regulation", unit="so-tp",
      why="The retired officer comments on a draft rule on help for needy veterans; the allowance is a decoy for 'other'.")

    L("nuoi-vit-duong-lien-thon-xe-cat-lun", to="so-gtvt",
      sender=("Ngô Thị Hòa", "hoa.vit.soc@example.net"),
      subject="Đường liên thôn bị xe chở cát cày nát",
      text="""Kính gửi Sở Giao thông vận tải,

Đường liên thôn qua trại vịt nhà tôi ở Sóc Sơn mới làm được ba năm, nay xe tải chở cát chạy ngày đêm, mặt đường lún thành rãnh, ổ gà chi chít, xe chở vịt của tôi gãy nhíp.
Đề nghị Sở cắm biển hạn chế tải trọng và sửa đường.

Ngô Thị Hòa
""", topic="roads", unit="so-gtvt",
      why="The duck farmer: a village road in Sóc Sơn ruined by sand trucks; the place is a decoy, roads route by topic.")

    L("me-sinh-doi-ham-xe-ngap", to="so-xd",
      sender=(None, "quynh.twins.mom@example.com"),
      subject="ham xe chung cu ngap moi khi mua",
      text="""Chao So XD,
Ham de xe chung cu nha e moi tran mua to la nuoc tu duong tran xuong ngap 40 cm, may bom ko kip. E dau xe day doi cho 2 be sinh doi ma ko dam xuong ham. Nuoc tu cong ngoai duong dang len, de nghi kiem tra he thong thoat nuoc khu vuc.
""", topic="flooding", unit="so-xd",
      why="The mother of twins: the apartment basement floods from the street drains in every heavy rain.")

    L("huu-tri-ong-nuoc-vo-phun-ba-ngay", to="so-xd",
      sender=("Cao Van Thu", "thu.caovan45@example.com"),
      subject="ONG NUOC VO PHUN 3 NGAY KHONG AI SUA",
      text="""KINH GUI SO XD,
ONG NUOC MAY NGOAI DUONG TRUOC NHA TOI VO, PHUN LEN NHU VOI RONG 3 NGAY ROI! NUOC SACH CHAY XUONG CONG, NHA TOI THI NUOC YEU. GOI CONG TY NUOC 2 LAN KHONG AI DEN.
DE NGHI SUA NGAY!
THU
""", topic="water", unit="so-xd",
      why="The pensioner in capitals: a burst water main has been spouting for three days.")

    L("thuong-binh-cap-doi-so-do-mau-cu-cp1258", to="so-tnmt",
      sender=("Mạc Đình Lực", "luc.macdinh.tb@example.org"),
      subject="Hỏi đổi sổ đỏ mẫu cũ năm 1996 sang mẫu mới",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Tôi là thương binh. Sổ đỏ nhà tôi cấp năm 1996, giấy đã mục mép, bản đồ trong sổ vẽ tay. Tôi muốn đổi sang giấy chứng nhận mẫu mới cho con cháu sau này đỡ rắc rối.
Xin hỏi đổi có phải đo lại đất không, có mất phí không, và người đi xe lăn như tôi có được làm hồ sơ qua mạng không.

Mạc Đình Lực
""", topic="land", unit="so-tnmt", cte="base64", **CP1258,
      why="The disabled veteran asks how to exchange his worn 1996 land certificate for the new form; windows-1258 base64.")

    L("hoc-sinh-nha-cau-go-dap-di-xay-7-tang", to=HK,
      sender=("Lê Minh Châu", "chau.le.11a2@example.com"),
      subject="Nhà đối diện đập đi xây bảy tầng, không thấy biển",
      text="""Em chào phường ạ.

Nhà đối diện nhà em ở phố Cầu Gỗ đập nhà cũ từ tháng 9, nay đã lên đến tầng 7, cả phố toàn nhà 3-4 tầng. Trước công trình không treo biển giấy phép gì. Bố mẹ em ngại nói nên em viết ạ.
""", topic="illegal_construction", unit=HK, place="phố Cầu Gỗ",
      why="A student: the house opposite on Cầu Gỗ street (Hoàn Kiếm) rises to seven floors with no permit sign.")

    L("mien-tay-trich-luc-khai-sinh-hang-gai", to=HK,
      sender=("Thach Thi Sa Rinh", "sarinh.thach@example.com"),
      subject="xin ban sao giay khai sinh dang ky o phuong Hang Gai cu",
      text="""Chao anh chi,
Me em sinh em o Ha Noi nam 2001, khai sinh dang ky o phuong Hang Gai cu, sau do ca nha ve que. Giay khai sinh ban chinh bi mat, em can ban sao trich luc de lam ho so. Em xin qua mang dc ko a?
""", topic="civil_status", unit=HK, place="phuong Hang Gai cu",
      why="A migrant worker asks for a birth-certificate extract registered in the former ward Hàng Gai (Hoàn Kiếm).")

    L("y-ta-tam-tru-ky-tuc-xa-benh-vien", to="ca-tp",
      sender=("Do Thu Trang", "trang.do.dieuduong@example.net"),
      subject="dang ky tam tru o ky tuc xa benh vien",
      text="""Chao CA TP,
E la dieu duong, benh vien cho o ky tuc xa cua vien. Ky tuc xa co phai tu khai tam tru cho nhan vien ko hay e tu dang ky, can giay xac nhan cua benh vien ko a?
Trang
""", topic="residence", unit="ca-tp",
      why="The nurse asks who registers her temporary residence in the hospital dormitory.")

    L("thuong-binh-loa-quang-cao-duy-tan", to=CG,
      sender=("Mạc Đình Lực", "luc.macdinh.tb@example.org"),
      subject="Loa quảng cáo của cửa hàng điện thoại phát cả ngày",
      text="""Kính gửi phường,

Cửa hàng điện thoại ở phố Duy Tân đặt hai loa to trước cửa, phát nhạc và rao khuyến mãi từ 8 giờ sáng đến 10 giờ tối. Tôi ở trọ ngay trên gác, vết thương cũ đau đầu, không chịu nổi. Xin phường cho người nhắc.

Mạc Đình Lực
""", topic="noise", unit=CG, place="phố Duy Tân",
      why="The disabled veteran: a phone shop's loudspeakers blare all day on Duy Tân street (Cầu Giấy).")


def fourth_round():
    L("banh-mi-khieu-nai-tu-choi-ten-cong-ty", to="so-khdt",
      sender=("Nguyễn Thị Tuyết", "banhmi.co.tuyet@example.com"),
      subject="Khiếu nại việc Sở không cho đặt tên công ty",
      text="""Kính gửi Sở Kế hoạch và Đầu tư,

Tôi khiếu nại thông báo ngày 25/11/2026 của Sở Kế hoạch và Đầu tư không chấp nhận tên "Công ty TNHH Bánh mì Cô Tuyết" vì "gây nhầm lẫn". Tôi tra cứu không thấy công ty nào trùng tên. Đề nghị Sở xem lại.

Nguyễn Thị Tuyết
""", topic="business_registration", unit="so-khdt", letter="complaint",
      why="The bánh mì seller, now registering a company, complains about so-khdt's refusal of her company name, issuer named.")

    L("ban-ca-dap-nha-cap-bon-xay-ba-tang", to="so-xd",
      sender=("Nguyen Thi Diep", "diep.ca.cho@example.com"),
      subject="dap nha cap 4 xay lai 3 tang",
      text="""Chao So XD,
Toi ban ca, tich gop mua dc can nha cap 4 trong ngo, 45 m2, co so do. Toi muon dap di xay 3 tang de o. Xin hoi ho so xin GPXD gom gi, ban ve co phai thue cong ty ko, bao lau thi co giay?
Diep
""", topic="construction_permit", unit="so-xd",
      why="The fishmonger asks what she needs for a permit to replace a one-storey house with three floors.")

    L("bo-doi-chung-thuc-giay-huan-chuong", to=CG,
      sender=("Đỗ Văn Khải", "khai.dovan.cb@example.com"),
      subject="Xin chứng thực bản sao giấy chứng nhận huân chương",
      text="""Kính gửi UBND phường Cầu Giấy,

Tôi cần nộp bản sao giấy chứng nhận Huân chương Kháng chiến để làm hồ sơ chế độ. Bản gốc in năm 1986 đã cũ. Xin hỏi phường có chứng thực được bản sao giấy này không, có cần mang theo giấy tờ gì khác.

Đỗ Văn Khải
""", topic="certification", unit=CG,
      why="The retired officer asks the ward of Cầu Giấy to certify a copy of his medal certificate; the allowance is a decoy for 'other'.")

    L("xe-om-rac-cuoi-cho-soc-son", to=SS,
      sender=("Trieu Van Bay", "bay.xeom.grab@example.com"),
      subject="rac don cuoi cho Soc Son",
      text="""Toi do xe don khach o cong cho Soc Son. Bai rac cuoi cho 1 tuan ko ai cho di, bay ca ra duong, mui hoi, cho meo bu. De nghi cho xe den don.
Bay
""", topic="garbage", unit=SS, place="cho Soc Son",
      why="The motorbike-taxi driver: a week's rubbish at the end of chợ Sóc Sơn.")

    L("kien-truc-su-duong-moi-cao-hon-nha-ngap", to="so-xd",
      sender=("Vương Minh Đức", "duc.vuong.arch@example.net"),
      subject="Đường mới nâng cốt cao hơn nền nhà, mưa là nước chảy vào nhà dân",
      text="""Kính gửi Sở Xây dựng,

Con đường trước khu nhà tôi vừa được làm lại, mặt đường cao hơn nền các nhà hai bên 30-40 cm nhưng không làm thêm cống thu nước. Mưa xuống nước đổ hết vào nhà dân.
Tôi là kiến trúc sư, thấy rõ lỗi thiết kế thoát nước. Đề nghị Sở kiểm tra và bổ sung hố thu.

Vương Minh Đức
""", topic="flooding", unit="so-xd",
      why="The architect: a rebuilt road sits above the houses and rain pours into them for lack of drains; the road is a decoy.")

    L("mien-tay-cup-nuoc-moi-dem-khu-tro", to="so-xd",
      sender=("Thach Thi Sa Rinh", "sarinh.thach@example.com"),
      subject="khu tro cong nhan dem nao cung cup nuoc",
      text="""Chao So XD,
Khu tro cong nhan tui em tu 9h toi den 5h sang la mat nuoc may, ma tui em tan ca 10h moi ve tam giat. Thang nay dem nao cung vay. Xin hoi vi sao va bao gio het a?
""", topic="water", unit="so-xd",
      why="A migrant worker: the tap water is cut every night in her workers' boarding area.")

    L("nha-tho-hoa-don-dien-gia-kinh-doanh", to="ubnd-tp",
      sender=("Giuse Lê Văn Tín", "tin.lev.giaoxu@example.org"),
      subject="Nhà thờ bị tính tiền điện theo giá kinh doanh",
      text="""Kính gửi thành phố,

Tôi coi nhà thờ, lo việc đóng tiền điện. Từ tháng 10 hóa đơn điện của nhà thờ bị chuyển sang giá kinh doanh, tăng gần gấp đôi, dù nhà thờ không buôn bán gì. Xin cho biết vì sao và cho tính lại.

Lê Văn Tín
""", topic="power", unit="ubnd-tp",
      why="The church caretaker: the church's electricity is suddenly billed at the business tariff; 'kinh doanh' is a business-registration decoy.")

    L("bo-doi-go-giam-toc-qua-cao", to="so-gtvt",
      sender=("Đỗ Văn Khải", "khai.dovan.cb@example.com"),
      subject="Gờ giảm tốc mới làm cao quá, xe máy xóc ngã",
      text="""Kính gửi Sở Giao thông vận tải,

Con đường gom gần nhà tôi vừa đổ năm gờ giảm tốc bằng bê tông, gờ cao gần một gang tay, không sơn vạch. Tuần này đã ba người chở hàng bị xóc ngã. Đề nghị Sở cho hạ gờ và sơn cảnh báo.

Đỗ Văn Khải
""", topic="roads", unit="so-gtvt",
      why="The retired officer: new concrete speed bumps are far too high and unmarked.")

    L("ca-dem-quan-nuong-bep-than-hang-buom", to=HK,
      sender=("Luu Van Toan", "toan.luu.cadem@example.com"),
      subject="quan nuong dat bep than tren via he pho Hang Buom",
      text="""Chao phuong,
Toi di lam ca dem, toi nao qua pho Hang Buom cung thay 1 quan nuong dung mai bat va dat bep than ngay tren via he, khoi mu, nguoi di bo phai di duoi long duong. De nghi phuong dep.
Toan
""", topic="encroachment", unit=HK, place="pho Hang Buom",
      why="The night-shift worker: a grill restaurant puts its awning and charcoal stoves on the pavement of Hàng Buồm street (Hoàn Kiếm).")

    L("kien-truc-su-to-cao-can-bo-doi-tien-lam-nhanh-phep", to="so-xd",
      sender=("Vương Minh Đức", "duc.vuong.arch@example.net"),
      subject="Tố cáo cán bộ nhận hồ sơ đòi tiền để ra giấy phép nhanh",
      text="""Kính gửi quý cơ quan,

Tôi làm hồ sơ xin phép xây dựng cho khách. Một cán bộ tiếp nhận hồ sơ nói thẳng với tôi: "muốn có trong 10 ngày thì gửi 5 triệu, không thì chờ". Tôi tố cáo hành vi này và sẵn sàng làm chứng.

Vương Minh Đức
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="The architect denounces a permit clerk asking 5 million to speed a building permit; sent to so-xd, the permit is a decoy.")

    L("ban-ca-ban-quan-ly-cho-thu-them-tien", to="ubnd-tp",
      sender=(None, "ca.tuoi.sangsom@example.com"),
      subject="to cao nguoi ban quan ly cho thu them 300k",
      text="""Toi ban ca trong cho. Ngoai phi ghe da dong, 1 nguoi ban quan ly cho thang nao cung thu them 300k moi ho, ai ko dong thi bi doi cho ra goc toi. Ko co bien lai. Toi to cao, xin giau ten.
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="A fishmonger denounces a market official collecting an extra 300k a month without receipts.")

    L("me-sinh-doi-gop-y-du-thao-ho-tro-gui-tre", to="so-tp",
      sender=("Phan Thị Quỳnh", "quynh.phan.twins@example.com"),
      subject="Góp ý dự thảo quy định hỗ trợ tiền gửi trẻ cho công nhân",
      text="""Kính gửi Sở Tư pháp,

Tôi đọc dự thảo quy định của thành phố về hỗ trợ tiền gửi trẻ cho con công nhân đang lấy ý kiến. Dự thảo tính mức hỗ trợ theo mỗi gia đình, không theo mỗi trẻ. Nhà sinh đôi như tôi thiệt một nửa. Tôi đề nghị tính theo từng cháu.

Phan Thị Quỳnh
""", topic="regulation", unit="so-tp",
      why="The mother of twins comments on a draft rule on childcare support, which counts families not children.")

    L("nuoi-vit-khieu-nai-xa-thu-hoi-dat-bai", to=SS,
      sender=("Ngo Van Chien", "chien.vit.socson@example.net"),
      subject="khieu nai QD thu hoi dat bai nuoi vit",
      text="""Kinh gui UBND xa Soc Son,
Toi khieu nai QD so 118/QD-UBND ngay 10/11/2026 cua UBND xa Soc Son thu hoi 1.200 m2 dat bai ven suoi nha toi nuoi vit 25 nam de lam bai do xe. Toi ko dc hop, ko dc boi thuong chuong trai. De nghi xa huy QD.
Chien
""", topic="land", unit=SS, letter="complaint",
      why="The duck farmer complains about the commune of Sóc Sơn's recovery of his riverside duck land, issuer named: the commune.")

    L("thuong-binh-nhan-chau-ngoai-lam-con-nuoi", to=BD,
      sender=("Mạc Đình Lực", "luc.macdinh.tb@example.org"),
      subject="Xin nhận cháu ngoại làm con nuôi",
      text="""Kính gửi phường,

Con gái tôi mất, chồng nó bỏ đi biệt tích, vợ chồng tôi nuôi cháu ngoại 6 tuổi từ nhỏ. Tôi ở phường Trúc Bạch cũ, muốn đăng ký nhận cháu làm con nuôi để cháu có đủ giấy tờ. Xin hỏi thủ tục.

Mạc Đình Lực
""", topic="civil_status", unit=BD, place="phường Trúc Bạch cũ",
      why="The disabled veteran asks to register the adoption of his orphaned grandchild; the former ward Trúc Bạch (Ba Đình) decides.")

    L("le-tan-khieu-nai-phat-tieng-on", to=HK,
      sender=("Vu Ngoc Anh", "ngocanh.hostel@example.net"),
      subject="khieu nai QD phat tieng on cua phuong",
      text="""Kinh gui UBND phuong Hoan Kiem,
Khach san mini noi toi lam bi UBND phuong Hoan Kiem phat 8 trieu vi gay tieng on ban dem (QD ngay 27/11/2026). Toi dem hom do nhac la tu quan bar doi dien, khach san ko mo nhac. De nghi phuong xem lai camera va huy QD.
Ngoc Anh
""", topic="noise", unit=HK, letter="complaint",
      why="The receptionist complains about the ward of Hoàn Kiếm's noise fine on her hotel, issuer named.")

    L("banh-mi-con-cho-mo-tim-sau-thang", to="ubnd-tp",
      sender=(None, "banhmi.co.tuyet@example.com"),
      subject="con toi cho mo tim 6 thang",
      text="""Con toi 4 tuoi bi thong lien that, benh vien hen mo tu thang 6 den gio van bao cho vi qua tai. Chau hay tim tai, me con toi ban banh mi ko dung tien mo vien tu. Xin thanh pho giup.
""", topic="other", unit="ubnd-tp",
      why="The bánh mì seller's son has waited six months for heart surgery at an overloaded hospital (health: other).")

    L("ca-dem-khieu-nai-qd-thao-do-gac-xep", to="ubnd-tp",
      sender=("Luu Van Toan", "toan.luu.cadem@example.com"),
      subject="khieu nai QD buoc thao do gac xep",
      text="""Kinh gui UBND TP,
Toi khieu nai QD ngay 21/11/2026 cua UBND phuong Ba Dinh buoc toi thao do gac xep go trong nha, ly do "xay dung khong phep". Gac xep o trong nha, ko doi ket cau, ko cao them. De nghi phuong xem lai.
Toan
""", topic="illegal_construction", unit=BD, letter="complaint",
      why="The night-shift worker complains about the ward of Ba Đình's order to remove a wooden loft inside his home, issuer named; sent to the city office.")

    L("mien-tay-cam-on-phuong-cau-giay", to=CG,
      sender=("Danh Van Toan", "toan.danh.kg@example.net"),
      subject="cam on phuong Cau Giay",
      text="""Toi la lao dong tu do que Kien Giang. Thang truoc toi bi tai nan gay chan, can bo phuong Cau Giay den tan phong tro tang gao, tien va lam giup giay to. Toi xin cam on phuong.
""", topic="compliment", unit=CG,
      why="A migrant worker thanks the ward of Cầu Giấy for help after an accident.")

    L("ba-cu-tam-tru-cho-co-giup-viec", to="ca-tp",
      sender=("Đinh Hoàng Nam", "nam.dinh.chau@example.com"),
      subject="Bà cháu muốn đăng ký tạm trú cho cô giúp việc ở cùng nhà",
      text="""Cháu chép lại lời bà cháu ạ.

"Tôi năm nay 84 tuổi, ở một mình từ ngày ông mất. Các con tôi thuê một cô giúp việc người Thanh Hóa ở hẳn trong nhà để chăm tôi, cô ấy đã đến được hai tuần.
Người ta bảo phải đăng ký tạm trú cho cô ấy, không thì bị phạt. Tôi không biết tôi là chủ nhà thì phải làm gì, cô ấy phải tự đi hay tôi phải đi cùng, có phải làm hợp đồng gì không.
Ngày trước đi làm giấy tờ phải xếp hàng từ sáng, giờ nghe nói làm trên điện thoại, tôi không biết dùng. Cháu tôi bảo làm hộ được, nhưng tôi sợ sai, lại phải đi lại nhiều lần, chân tôi yếu lắm.
Nhờ các anh chị chỉ bảo giúp cho tôi, càng kỹ càng tốt. Tôi cảm ơn."
""", topic="residence", unit="ca-tp",
      why="A long letter: the grandson copies down his grandmother's question on registering her live-in helper's temporary residence.")

    L("giang-vien-rac-cong-sau-dhqg", to=CG,
      sender=("TS. Hà Minh Tâm", "tam.haminh@example.edu.vn"),
      subject="Rác chất đống ở cổng sau Đại học Quốc gia Hà Nội",
      text="""Kính gửi phường,

Cổng sau Đại học Quốc gia Hà Nội, nơi sinh viên đi bộ vào lớp, hai tuần nay thành chỗ đổ rác của các hàng quán, túi nilon, hộp xốp chất thành đống. Xin phường cho thu dọn và đặt thùng rác.

Hà Minh Tâm
""", topic="garbage", unit=CG, place="Đại học Quốc gia Hà Nội",
      why="The lecturer: rubbish heaps at the back gate of Đại học Quốc gia Hà Nội (Cầu Giấy).")


def write_batch(first, last, out_dir):
    """make_routing2.write_batch for four-digit numbers: removes every earlier file of
    first..last, then writes mr.MESSAGES from first on."""
    for old in os.listdir(out_dir):
        m = re.match(r"(\d{3,4})-.*\.(eml|json)$", old)
        if m and first <= int(m.group(1)) <= last:
            os.remove(os.path.join(out_dir, old))
    assert 0 < len(mr.MESSAGES) <= last - first + 1, len(mr.MESSAGES)
    for i, (name, msg, side) in enumerate(mr.MESSAGES):
        slug = name.split("-", 1)[1]
        mr.MESSAGES[i] = (f"{first + i:04d}-{slug}", msg, side)
    for name, msg, side in mr.MESSAGES:
        with open(os.path.join(out_dir, name + ".eml"), "wb") as f:
            f.write(msg)
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
            mr.json.dump(side, f, ensure_ascii=False, indent=2)
            f.write("\n")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else HERE
    for group in (land, business, residence, civil_status, construction_permit, certification,
                  garbage, flooding, noise, water, power, roads, illegal_construction,
                  encroachment, harassment, regulation, compliment, other, complaints, second_round, third_round, fourth_round):
        group()
    write_batch(FIRST, LAST, out_dir)
    mr.summary()


if __name__ == "__main__":
    main()
