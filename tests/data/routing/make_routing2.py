#!/usr/bin/env python3
"""Generate the second held-out routing batch: letters 201-320 of tests/data/routing.

Written on 6 December 2026 by an engineer who is neither the author of the default rules nor of
the first batch (001-176, make_routing.py), for issue 15 item 5.  Writes NNN-short-name.eml +
NNN-short-name.json for NNN in 201..320 into the folder given as the first argument (default: the
folder this script lives in), removing only earlier files of that number range.  Standard library
only and deterministic (its own fixed seed, fixed dates): two runs give byte-identical files.

The MIME writing (charsets, RFC 2047/2231, parts serialised byte by byte, the sidecar) is
make_routing.py's, imported, so both batches are written the same way; the letters share nothing
with the first batch.  A few shapes the first batch does not write are added here: UTF-8 bodies
in decomposed form (NFD, as macOS and some phone keyboards send), photo-only letters whose only
text is the subject, replies quoting an earlier exchange, and signatures or disclaimers carrying
decoy words.
"""
import datetime
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_routing as mr  # noqa: E402  (the MIME writer of the first batch)

FIRST = 201
LAST = 320
mr.SEED = 20261206
mr.CTX = mr.Ctx()
mr.BASE_DATE = datetime.datetime(2026, 11, 21, 0, 0, 0,
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


def nfd_part(text, cte="8bit"):
    """text/plain UTF-8 whose bytes are in decomposed form (base letter + combining marks)."""
    data = unicodedata.normalize("NFD", text).encode("utf-8")
    if cte == "base64":
        body = mr.b64_body(mr.crlf(data))
    elif cte == "quoted-printable":
        body = mr.qp_body(data)
    else:
        body = mr.crlf(data)
    return mr.Part(['Content-Type: text/plain; charset="utf-8"', f"Content-Transfer-Encoding: {cte}"],
                   body, meta={"body": True, "text": mr.nfc(text), "subtype": "plain",
                               "charset": "utf-8", "label": "utf-8", "cte": cte})


def photo(filename, level, comment="", empty_text=True, ctype="image/jpeg", mode="ascii"):
    """A letter that is only a phone photo: the subject is all the text there is."""
    jpg = mr.file_part(mr.tiny_jpeg(level, comment), ctype, filename, mode)
    kids = ([mr.text_part("", charset="utf-8", cte="7bit")] if empty_text else []) + [jpg]
    return mr.mixed(kids, style="apple")


def L(slug, to, sender, subject, text=None, topic=None, unit=None, why=None, form=None, cte=None,
      fwd=None, **kw):
    """One letter.  form: None (the rotation of make_routing.py), "nfd" (decomposed UTF-8),
    "fwd" (covering note text + fwd = the original, as message/rfc822), or a ready root in kw."""
    if form == "nfd":
        kw.setdefault("note", "text/plain UTF-8 in decomposed form (NFD)")
        mr.add(slug, to=to, sender=sender, subject=subject, root=nfd_part(text, cte or "8bit"),
               snippet=kw.pop("snippet", None) or mr.pick_snippet(text), topic=topic, unit=unit,
               why=why, **kw)
    elif form == "fwd":
        kw.setdefault("note", "multipart/mixed: covering note + the original as message/rfc822")
        mr.add(slug, to=to, sender=sender, subject=subject,
               root=mr.forwarded(text, fwd, charset=kw.pop("charset", "utf-8"),
                                 cte=cte or "quoted-printable"),
               snippet=kw.pop("snippet", None) or mr.pick_snippet(text), topic=topic, unit=unit,
               why=why, **kw)
    else:
        mr.add(slug, to=to, sender=sender, subject=subject, text=text, topic=topic, unit=unit,
               why=why, cte=cte, **kw)


def write_batch(first, last, out_dir):
    """Writes mr.MESSAGES as letters first..last into out_dir, removing only earlier files of
    that range.  Every batch from the second on is written by this."""
    for old in os.listdir(out_dir):
        m = re.match(r"(\d{3})-.*\.(eml|json)$", old)
        if m and first <= int(m.group(1)) <= last:
            os.remove(os.path.join(out_dir, old))
    assert len(mr.MESSAGES) == last - first + 1, len(mr.MESSAGES)
    for i, (name, msg, side) in enumerate(mr.MESSAGES):
        slug = name.split("-", 1)[1]
        mr.MESSAGES[i] = (f"{first + i:03d}-{slug}", msg, side)
    for name, msg, side in mr.MESSAGES:
        with open(os.path.join(out_dir, name + ".eml"), "wb") as f:
            f.write(msg)
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
            mr.json.dump(side, f, ensure_ascii=False, indent=2)
            f.write("\n")


HK, BD, CG, SS = "phuong-hoan-kiem", "phuong-ba-dinh", "phuong-cau-giay", "xa-soc-son"
# The legacy code pages as a Windows Outlook and an old Thunderbird write them (later batches).
CP1258 = dict(charset="windows-1258", from_mode="cp1258-q", subject_mode="cp1258-q", shape="plain",
              mailer="outlook")
VISCII = dict(charset="viscii", from_mode="viscii-q", subject_mode="viscii-q", shape="plain",
              mailer="thunderbird")


# =============================================================================================
# The letters (201-320).  Labels follow the routing table of the corpus README with its December
# 2026 additions (repeated in this folder's README); where a letter could be read two ways it was
# rewritten until one reading remained.  Places are real Hà Nội places; a place decides only when
# it lies wholly in one sample unit since the 1 July 2025 merger (see README: places of batch 2).
# =============================================================================================
def garbage():
    L("rac-dem-pho-hang-bac", to="ubnd-tp",
      sender=("Trịnh Thu Hà", "thuha.trinh@example.com"),
      subject="Túi rác để cả ngày trên vỉa hè phố Hàng Bạc",
      text="""Kính gửi Văn phòng UBND thành phố,

Các quán ăn trên phố Hàng Bạc để túi rác ra vỉa hè từ chiều, xe thu gom đến gần nửa đêm mới lấy, chó mèo bới tung ra đường.
Khách du lịch đi qua ai cũng chụp ảnh, rất xấu hổ cho phố cổ. Đề nghị quy định giờ bỏ rác và xử phạt các quán vi phạm.

Trịnh Thu Hà
""", topic="garbage", unit=HK, place="phố Hàng Bạc",
      why="Garbage on Hàng Bạc street (Hoàn Kiếm) sent to the city office; street only.")

    L("rac-ho-dong-quan", to="so-tnmt",
      sender=("Nguyen Van Hiep", "hiep.nv.phulinh@example.net"),
      subject="rac do tham quanh ho Dong Quan",
      text="""Kinh gui cac anh chi,

Bo ho Dong Quan doan gan thon e o bi nguoi ta cho rac xay dung voi rac sinh hoat ra do ban dem, toi nay lai them may bao tai.
Mua xuong la troi het xuong ho. Mong co quan chuc nang cho don va cam bien, lap camera.
Hiep
""", topic="garbage", unit=SS, place="ho Dong Quan",
      why="Dumping on the banks of Đồng Quan lake (Phù Linh, now Sóc Sơn), sent to so-tnmt; landmark only.")

    L("rac-sau-cho-dem-hang-dao", to="so-tnmt",
      sender=("Bùi Minh Khoa", "khoa.buiminh@example.org"),
      subject="Sau chợ đêm rác ngập lòng đường",
      text="""Kính gửi các cơ quan chức năng,

Tối thứ Bảy, Chủ nhật, tan chợ đêm Hàng Đào là rác, hộp xốp, vỏ chai vứt đầy lòng đường, đến 6 giờ sáng vẫn chưa được quét dọn.
Nhà tôi bán hàng ăn sáng ở đó, sáng ra phải tự dọn. Đề nghị bố trí thu gom ngay sau giờ chợ.

Bùi Minh Khoa
""", topic="garbage", unit=HK, place="chợ đêm Hàng Đào",
      why="Night-market litter (Hàng Đào night market, Hoàn Kiếm) sent to so-tnmt; the market only.")

    L("rac-thai-y-te-phong-kham", to=CG,
      sender=("Le Thi Bich Ngoc", "bichngoc.lt@example.com"),
      subject="phong kham bo kim tiem chung voi rac sinh hoat",
      text="""Chao UBND P. Cau Giay,

Phong kham tu nhan o pho Tran Quoc Vuong bo ca kim tiem, bong bang dinh mau vao thung rac sinh hoat chung cua to dan pho. Hom qua chau nha e suyt bi kim dam vao tay.
De nghi phuong kiem tra, bat ho phan loai rac y te dung quy dinh.
Ngoc (TDP so 9)
""", topic="garbage", unit=CG,
      why="Medical waste in household bins, ward named with the abbreviation P.")

    L("rac-nfd-chua-non-nuoc", to="ubnd-tp",
      sender=("Phùng Thị Hảo", "hao.phungthi@example.net"),
      subject="Rác ùn ở chân núi Đôi, lối lên chùa Non Nước",
      text="""Kính gửi UBND thành phố,

Lối lên chùa Non Nước ở chân núi Đôi, rác của khách đi lễ và của mấy hàng quán vứt thành đống, cả tuần không ai thu gom.
Đầu năm khách đông sẽ càng nhiều. Mong cơ quan chức năng cho đặt thùng rác và thu gom thường xuyên.

Phùng Thị Hảo
""", topic="garbage", unit=SS, place="chùa Non Nước", form="nfd",
      why="Garbage on the path to Non Nước pagoda (former thị trấn Sóc Sơn); decomposed UTF-8; landmark only.")

    L("rac-cong-vien-cau-giay", to="so-xd",
      sender=("Dao Quang Vinh", "vinh.daoquang@example.org"),
      subject="cong vien Cau Giay rac khap noi",
      text="""Gui So,

Cuoi tuan dua con ra cong vien Cau Giay choi ma quanh ho rac nhieu qua, thung rac day tran ko ai do, vo chai nhua troi ca tren mat ho.
Nho co quan phu trach ve sinh moi truong cho nguoi thu gom thuong xuyen hon a.
Vinh
""", topic="garbage", unit=CG, place="cong vien Cau Giay",
      why="Litter in Cầu Giấy park, sent to so-xd; the park lies in former Dịch Vọng / Dịch Vọng Hậu (Cầu Giấy).")

    L("rac-ngo-gach-cp1258", to="so-tnmt",
      sender=("Lưu Văn Thắng", "thang.luuvan@example.com"),
      subject="Điểm tập kết rác giữa ngõ Gạch",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Xe đẩy rác được để ngay giữa ngõ Gạch từ sáng đến tối, nước rỉ chảy ra lênh láng, người đi bộ phải lách qua. Ngõ nhỏ, nhiều cụ già và trẻ em.
Đề nghị chuyển điểm tập kết ra chỗ khác và rửa ngõ sau khi thu gom.

Lưu Văn Thắng
""", topic="garbage", unit=HK, place="ngõ Gạch", charset="windows-1258",
      cte="quoted-printable", shape="plain", from_mode="cp1258-q", subject_mode="cp1258-q",
      mailer="outlook",
      why="Garbage cart parked in ngõ Gạch (former Hàng Buồm, Hoàn Kiếm), windows-1258; lane only.")

    L("rac-thon-duoc-thuong", to=SS,
      sender=("Ngo Van Tuan", "tuan.ngovan.ss@example.com"),
      subject="bai rac thon Duoc Thuong boc mui",
      text="""Kinh gui UBND xa,

Bai rac tam cua thon Duoc Thuong lau ko dc cho di, gio da lan ra ca ruong lua, dot rac khoi bay vao nha dan ca dem.
Mong mn o xa giup, cho xe cho rac di va ko cho dot rac nua. Tks
Tuan
""", topic="garbage", unit=SS,
      why="Village dump burning, sent to the commune itself (Dược Thượng, former Tiên Dược).")

    L("rac-cong-kenh-tran-vu", to="ubnd-tp",
      sender=("Hoàng Thị Mai Phương", "maiphuong.hoang@example.org"),
      subject="Đề nghị thu gom rác cồng kềnh ở phố Trấn Vũ",
      text="""Kính gửi Văn phòng UBND thành phố,

Góc phố Trấn Vũ cạnh hồ Trúc Bạch mấy tuần nay có người vứt tủ cũ, đệm, sofa hỏng thành đống, không thấy ai đến thu gom rác cồng kềnh.
Buổi tối chỗ đó tối, nhiều người đi tập thể dục qua rất nguy hiểm.

Hoàng Thị Mai Phương
Email này được gửi từ một thiết bị di động. Vì môi trường, xin đừng in thư này.
""", topic="garbage", unit=BD, place="phố Trấn Vũ", shape="html", cte="quoted-printable",
      mailer="webmail",
      why="Bulky waste on Trấn Vũ (Trúc Bạch, Ba Đình), HTML only; signature line says môi trường.")

    L("rac-nha-tro-reply", to=CG,
      sender=("Pham Duc Long", "longpd.91@example.net"),
      subject="Re: phan anh rac o ngo nha tro",
      text="""Em cam on phuong da tra loi, nhung den hom nay van chua ai den.
Rac cua day tro 30 phong o ngo 130 Xuan Thuy van chat dong o dau ngo, nuoc ri chay xuong ranh, ruoi bau kin.
Mong phuong cu nguoi xuong kiem tra that su a.

Vao 14:02 Thu Hai, 23/11/2026, UBND phuong <phananh@caugiay.hanoi.example.vn> da viet:
> Chao ban, phuong da ghi nhan va se chuyen to dan pho xu ly.
""", topic="garbage", unit=CG, place="ngo 130 Xuan Thuy",
      why="A reply quoting the ward's earlier answer (no case tag): garbage in a lane of Xuân Thủy (Cầu Giấy).")


def noise():
    L("loa-keo-bia-hoi-ta-hien", to="ca-tp",
      sender=("Nguyen Thanh Tung", "tung.nguyenthanh@example.com"),
      subject="loa keo o cac quan bia pho di bo",
      text="""Kinh gui CA TP,

Nha toi o pho Luong Van Can, moi toi cuoi tuan cac quan bia va bar mo loa cong suat lon, am thanh vong vao tan phong ngu den 1-2h sang.
Toi hieu la pho di bo nhung ko the de am thanh to nhu vay ca dem. Mong duoc xu ly tieng on.
Tung
""", topic="noise", unit=HK, place="pho Luong Van Can",
      why="Loudspeakers on Lương Văn Can (old quarter, Hoàn Kiếm) sent to the police; street only.")

    L("may-bom-be-tong-dem-duy-tan", to="so-xd",
      sender=("Đinh Thị Thanh Tâm", "thanhtam.dinh@example.org"),
      subject="Công trình đổ bê tông xuyên đêm",
      text="""Kính gửi Sở Xây dựng,

Công trình tòa văn phòng trên phố Duy Tân liên tục đổ bê tông từ 22 giờ đến 4 giờ sáng, máy bơm và xe trộn chạy rầm rầm, cả khu chung cư bên cạnh không ngủ được.
Đề nghị yêu cầu nhà thầu không thi công gây ồn vào ban đêm.

Đinh Thị Thanh Tâm
""", topic="noise", unit=CG, place="phố Duy Tân",
      why="Night concreting noise on Duy Tân (Cầu Giấy) sent to so-xd; the site is licensed, the noise is the matter; street only.")

    L("karaoke-thon-dan-tao", to="ubnd-tp",
      sender=("Do Van Khai", "khai.dovan@example.net"),
      subject="karaoke tu phat o thon Dan Tao",
      text="""Kinh gui UBND thanh pho,

Thon Dan Tao (xa Tan Minh cu) co 3 nha mo karaoke cho thue, hat den nua dem, co hom ca nhau. Nguoi gia, tre nho ko ngu dc.
Da bao thon nhieu lan ko dc. De nghi cac co quan kiem tra xu ly.
Khai
""", topic="noise", unit=SS, place="xa Tan Minh cu",
      why="Karaoke in a village of the former commune Tân Minh (now Sóc Sơn); former name only.")

    L("tieng-on-xuong-go-viscii", to=BD,
      sender=("Tạ Quang Huy", "huy.taquang@example.com"),
      subject="Xưởng mộc cưa xẻ gỗ trong khu dân cư",
      text="""Kính gửi UBND phường Ba Đình,

Một xưởng mộc trong ngõ phố Lạc Chính ngày nào cũng cưa, bào gỗ từ 6 giờ sáng đến 9 giờ tối, tiếng máy rít liên tục, bụi gỗ bay sang nhà hàng xóm.
Đề nghị phường kiểm tra và buộc xưởng chuyển đi hoặc làm cách âm.

Tạ Quang Huy
""", topic="noise", unit=BD, charset="viscii", cte="8bit", shape="plain",
      from_mode="viscii-q", subject_mode="viscii-q", mailer="thunderbird",
      why="Woodshop noise in a lane of Lạc Chính, ward named; VISCII body and headers.")

    L("loa-quang-cao-cua-hang-xuan-thuy", to="so-khdt",
      sender=("Vu Hoang Nam", "nam.vuhoang@example.org"),
      subject="cua hang dien thoai bat loa quang cao ca ngay",
      text="""Gui cac anh chi,

Cac cua hang dien thoai doan dau pho Xuan Thuy gan Hoc vien Bao chi bat loa quang cao khuyen mai tu 8h sang den 10h toi, noi to nhu hop cho.
Nha e o tang 2 ngay tren, lam viec online ko nghe dc gi. Nho xu ly giup e.
Nam
""", topic="noise", unit=CG, place="pho Xuan Thuy",
      why="Advertising loudspeakers on Xuân Thủy (Cầu Giấy), sent to so-khdt because it is about shops.")

    L("to-cao-quan-bar-hang-buom", to="thanh-tra",
      sender=("Trần Văn Lộc", "loc.tranvan@example.net"),
      subject="Tố cáo quán bar vi phạm tiếng ồn kéo dài",
      text="""Kính gửi Thanh tra thành phố,

Tôi tố cáo quán bar ở số 2x phố Hàng Buồm nhiều tháng nay mở nhạc sàn quá 12 giờ đêm, cửa mở toang, âm thanh vượt xa mức cho phép. Đã có biên bản nhưng quán vẫn tiếp tục.
Đề nghị xử lý dứt điểm tiếng ồn của cơ sở này.

Trần Văn Lộc
""", topic="noise", unit=HK, place="phố Hàng Buồm", letter="denunciation",
      why="A denunciation of a business (not of officials) is the ward's noise case; street only (Hàng Buồm).")

    L("cho-sua-nfd-ngo-truc-lac", to="ubnd-tp",
      sender=("Kiều Thị Nga", "nga.kieuthi@example.com"),
      subject="Chó nuôi trong nhà sủa suốt đêm",
      text="""Kính gửi UBND thành phố,

Nhà hàng xóm ở ngõ Trúc Lạc nuôi bốn con chó lớn nhốt trên sân thượng, đêm nào cũng sủa từ 11 giờ đến sáng, cả dãy nhà mất ngủ.
Đã nói chuyện nhiều lần nhưng họ không thay đổi. Tôi xin cơ quan có thẩm quyền hòa giải, xử lý.

Kiều Thị Nga
Văn phòng Luật sư Minh An, tầng 3 số 18 phố Duy Tân, phường Cầu Giấy
""", topic="noise", unit=BD, place="ngõ Trúc Lạc", form="nfd", cte="quoted-printable",
      why="Barking dogs in ngõ Trúc Lạc (Trúc Bạch, Ba Đình); the office address in the signature (Cầu Giấy) is a decoy; NFD UTF-8 in QP.")

    L("tieng-on-nha-may-tien-duoc", to="so-tnmt",
      sender=("Nguyen Thi Sen", "sen.nguyenthi@example.org"),
      subject="xuong ep nhua gay on ca dem",
      text="""Kinh gui So TN&MT,

Xuong ep nhua moi xay o thon Duoc Ha, xa Tien Duoc cu chay may 3 ca, tieng may nen khi va quat hut keu ca dem, nha toi cach co 50m.
Toi de nghi kiem tra do on va bat xuong ngung chay ca dem.
Sen
""", topic="noise", unit=SS, place="xa Tien Duoc cu",
      why="Factory noise in a village of former Tiên Dược (Sóc Sơn), sent to so-tnmt (TN&MT); former name only.")

    L("khieu-nai-qd-phat-on-ko-ro-don-vi", to=CG,
      sender=("Le Van Truong", "truong.levan@example.net"),
      subject="khieu nai quyet dinh xu phat",
      text="""Kinh gui UBND phuong,

Toi la chu quan cafe nhac song. Toi khieu nai Quyet dinh xu phat so 112/QD-XPHC ngay 25/11/2026 phat toi 6 trieu vi gay on vuot muc.
Hom do doan kiem tra do tieng on luc quan da tat nhac, bien ban ko co so do cu the. De nghi xem xet huy quyet dinh.
Truong
""", topic="noise", unit=CG, letter="complaint",
      why="Complaint about a noise penalty that names no issuer: the receiving ward's (Cầu Giấy).")


def encroachment():
    L("quan-nuong-chiem-via-he-ma-may", to="ubnd-tp",
      sender=("Phan Thi Thuy", "thuy.phanthi@example.com"),
      subject="quan nuong chiem het via he va mot nua long duong",
      text="""Kinh gui VP UBND TP,

Toi den pho Ma May, cac quan nuong ke ban ghe kin via he, lan ra mot nua long duong, xe may di ko lot, nguoi di bo phai di giua duong.
Doan nay dong khach nuoc ngoai, rat nguy hiem. De nghi lap lai trat tu via he.
Thuy
""", topic="encroachment", unit=HK, place="pho Ma May",
      why="Tables and grills over the pavement on Mã Mây (Hoàn Kiếm); street only.")

    L("rua-xe-via-he-tran-dang-ninh", to="so-gtvt",
      sender=("Hồ Văn Phong", "phong.hovan@example.net"),
      subject="Vỉa hè bị chiếm làm bãi rửa xe",
      text="""Kính gửi Sở Giao thông vận tải,

Trên phố Trần Đăng Ninh, hai tiệm rửa xe dùng luôn vỉa hè làm chỗ rửa, nước xà phòng chảy tràn, xe khách chờ rửa xếp hàng kín lối đi bộ.
Đề nghị xử lý việc lấn chiếm vỉa hè kinh doanh.

Hồ Văn Phong
""", topic="encroachment", unit=CG, place="phố Trần Đăng Ninh",
      why="Car wash on the pavement of Trần Đăng Ninh (Cầu Giấy) sent to so-gtvt; street only.")

    L("cho-tam-truoc-cong-truong-thpt-soc-son", to=SS,
      sender=("Nguyen Duc Manh", "manh.nguyenduc@example.org"),
      subject="cho coc tran ra duong truoc truong THPT Soc Son",
      text="""Kinh gui UBND xa Soc Son,

Sang nao truoc cong truong THPT Soc Son cung hop cho coc, ban rau, ban ca lan ca ra mep duong, hoc sinh di xe dap phai lang lach giua xe tai.
De nghi xa dep cho coc de dam bao an toan cho cac chau.
Manh
""", topic="encroachment", unit=SS,
      why="Street market in front of a school, commune named (and the school is in it).")

    L("hang-ma-bay-via-he-b64", to=HK,
      sender=("Đỗ Hữu Nghĩa", "nghia.dohuu@example.com"),
      subject="Hàng mã bày kín vỉa hè dịp rằm",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Dịp rằm tháng Mười vừa rồi, các cửa hàng trên phố Hàng Mã bày đồ hàng mã kín vỉa hè, người mua dừng xe ngay lòng đường, tắc nghẽn cả buổi tối.
Tôi đề nghị phường có kế hoạch quản lý trước dịp Tết sắp tới.

Đỗ Hữu Nghĩa
""", topic="encroachment", unit=HK, cte="base64",
      why="Goods over the pavement on Hàng Mã, right ward named, UTF-8 base64.")

    L("hang-nuoc-chiem-via-he-nguyen-bieu", to="so-xd",
      sender=("Tran Minh Chau", "chau.tranminh@example.net"),
      subject="via he pho Nguyen Bieu bi quay kin",
      text="""Chao cac anh chi,

Doan pho Nguyen Bieu gan Quan Thanh cac hang tra da, hang xe om, hang sua xe chiem het via he, nguoi gia di bo phai xuong long duong.
Mong duoc xu ly, tra lai via he cho nguoi di bo.
Chau
""", topic="encroachment", unit=BD, place="pho Nguyen Bieu",
      why="Pavement taken on Nguyễn Biểu (former Quán Thánh, Ba Đình), sent to so-xd; street only.")

    L("dung-lieu-dam-cuoi-chan-ngo", to=CG,
      sender=("Lã Thị Hương", "huong.lathi@example.org"),
      subject="Dựng rạp đám cưới chắn kín lối vào ngõ ba ngày",
      text="""Kính gửi UBND phường Cầu Giấy,

Một gia đình ở ngõ 68 phố Dương Quảng Hàm dựng rạp cưới chắn toàn bộ lối vào ngõ suốt ba ngày, xe máy các nhà bên trong không ra được, xe cấp cứu cũng không vào được.
Tôi không phản đối việc cưới hỏi nhưng đề nghị phường hướng dẫn để không chiếm dụng lối đi chung.

Lã Thị Hương
""", topic="encroachment", unit=CG,
      why="Wedding tent blocking a lane, right ward named.")

    L("khieu-nai-qd-phat-lan-chiem-hoan-kiem", to="ubnd-tp",
      sender=("Nguyễn Thị Dung", "dung.nguyenthi.hk@example.com"),
      subject="Khiếu nại quyết định xử phạt lấn chiếm vỉa hè",
      text="""Kính gửi UBND thành phố Hà Nội,

Tôi khiếu nại Quyết định số 86/QĐ-XPVPHC ngày 19/11/2026 của Chủ tịch UBND phường Hoàn Kiếm xử phạt tôi 4 triệu đồng về hành vi lấn chiếm vỉa hè để kinh doanh.
Hôm đó tôi chỉ để tạm hai thùng hàng trong lúc xe đang bốc dỡ, chưa đầy 10 phút. Tôi đề nghị xem xét lại quyết định này.

Nguyễn Thị Dung
""", topic="encroachment", unit=HK, letter="complaint",
      why="Complaint about a ward's pavement penalty, sent to the city: the issuing ward decides.")

    L("photo-xe-tai-do-via-he", to="so-gtvt",
      sender=("Luong Van Bac", "bac.luongvan@example.net"),
      subject="xe tai chiem via he pho Lac Chinh toi nao cung do",
      root=photo("IMG_20261129_2214.jpg", 90, "Lac Chinh"),
      topic="encroachment", unit=BD, place="pho Lac Chinh", snippet=None, mailer="iphone",
      note="multipart/mixed: empty text/plain + one JPEG; the subject is all the text",
      why="Photo-only letter: trucks parked on the pavement of Lạc Chính (Trúc Bạch, Ba Đình); subject only.")

    L("to-cao-ho-dan-xay-lan-ngo", to="ubnd-tp",
      sender=("Vu Thi Hoa", "hoa.vuthi@example.org"),
      subject="to cao ho dan lan chiem loi di chung",
      text="""Kinh gui cac co quan,

Toi to cao ho ong H. o SN 15 ngo Trung Yen (pho Dinh Liet) xay bac tam va dat chau cay lan ra 1m loi di chung cua ngo, ngo chi con 1m ruoi.
Nhieu ho da kien nghi ma ho ko do. De nghi xu ly tra lai loi di.
Hoa
""", topic="encroachment", unit=HK, place="pho Dinh Liet", letter="denunciation",
      why="A denunciation of a household encroaching on a shared lane off Đinh Liệt (Hoàn Kiếm): the ward's case.")

    L("hang-rong-cong-truong-su-pham-reply", to=CG,
      sender=("Đặng Minh Quân", "quan.dangminh@example.com"),
      subject="Re: Hàng rong trước cổng trường",
      text="""Cảm ơn phường đã trả lời. Tuy nhiên sau đợt ra quân ba hôm, các xe hàng rong lại bày ra như cũ, dưới lòng đường trước cổng Trường Đại học Sư phạm Hà Nội.
Giờ tan học rất dễ xảy ra va chạm. Mong phường duy trì kiểm tra thường xuyên.

Đặng Minh Quân

Vào 09:15 Thứ Tư, 25/11/2026, UBND phường Cầu Giấy <phananh@caugiay.hanoi.example.vn> đã viết:
> Phường đã ghi nhận phản ánh và sẽ tổ chức ra quân lập lại trật tự.
""", topic="encroachment", unit=CG,
      why="A reply quoting the ward's answer: street vendors again in front of a university, ward named in the quote.")


def roads():
    L("photo-o-ga-xuan-thuy", to=CG,
      sender=("Nguyen Hai Dang", "dang.nguyenhai@example.com"),
      subject="o ga sau giua duong Xuan Thuy, da co nguoi nga",
      root=photo("anh-o-ga-duong-Xuan-Thuy.jpg", 70, "o ga"),
      topic="roads", unit="so-gtvt", snippet=None, mailer="iphone",
      note="multipart/mixed: empty text/plain + one JPEG; the subject is all the text",
      why="Photo-only pothole report sent to the ward: roads are so-gtvt's whatever street.")

    L("den-tin-hieu-hong-nga-tu", to="ubnd-tp",
      sender=("Mai Thế Anh", "theanh.mai@example.org"),
      subject="Đèn tín hiệu giao thông hỏng ba ngày chưa sửa",
      text="""Kính gửi UBND thành phố,

Cụm đèn tín hiệu giao thông ở nút giao Phạm Văn Đồng – Hoàng Quốc Việt nhấp nháy vàng suốt ba ngày nay, giờ cao điểm xe các hướng chen nhau, suýt va chạm liên tục.
Đề nghị cơ quan quản lý sửa chữa gấp.

Mai Thế Anh
Phòng Hành chính, Công ty CP Thiết bị Điện Sông Hồng
Tầng 5, số 18 phố Duy Tân, phường Cầu Giấy
""", topic="roads", unit="so-gtvt",
      why="Broken traffic lights at a junction; the ward and street in the signature are decoys.")

    L("duong-lien-thon-sut-lun-phu-linh", to=SS,
      sender=("Chu Van Luan", "luan.chuvan@example.net"),
      subject="duong lien thon bi xe cho dat lam nat",
      text="""Kinh gui xa,

Duong be tong lien thon o khu Phu Linh cu bi xe tai cho dat chay ngay dem, nay da nut vo, o ga to nhu cai nia, mua xuong la bun lay.
De nghi co quan quan ly duong cam xe qua tai va sua duong.
Luan
""", topic="roads", unit="so-gtvt",
      why="Road wrecked by overloaded trucks, sent to the commune; a former commune name is a decoy for roads.")

    L("o-ga-pho-quan-thanh", to=BD,
      sender=("Trương Thị Liên", "lien.truongthi@example.com"),
      subject="Mặt đường bong tróc thành ổ gà lớn",
      text="""Kính gửi UBND phường Ba Đình,

Trên phố Quán Thánh đoạn gần đền Quán Thánh, mặt đường nhựa bong tróc thành mấy ổ gà lớn sâu cả gang tay, xe máy đi qua bị xóc, đêm qua có người ngã.
Tôi không biết đơn vị nào quản lý nên gửi phường, mong chuyển giúp.

Trương Thị Liên
""", topic="roads", unit="so-gtvt",
      why="Potholes on Quán Thánh (roads: so-gtvt), sent to the ward; landmark and street are decoys.")

    L("bien-bao-bi-che-nfd", to="so-tp",
      sender=("Lê Quang Minh", "minh.lequang@example.org"),
      subject="Biển báo cấm rẽ bị cây che khuất",
      text="""Kính gửi Sở,

Biển báo cấm rẽ trái trên Quốc lộ 3 đoạn qua Sóc Sơn bị cành cây che gần hết, nhiều xe không thấy đã rẽ và bị phạt, có lúc suýt đâm nhau.
Đề nghị đơn vị quản lý đường cắt tỉa cây và dời biển báo cho dễ nhìn.

Lê Quang Minh
""", topic="roads", unit="so-gtvt", form="nfd", cte="base64",
      why="Hidden road sign on Quốc lộ 3, sent to so-tp; decomposed UTF-8 in base64.")

    L("cau-vuot-bo-hanh-hong", to="so-gtvt",
      sender=("Ha Van Thinh", "thinh.havan@example.com"),
      subject="cau vuot di bo hong tay vin, bac thang vo",
      text="""Kinh gui So GTVT,

Cau vuot di bo tren duong Pham Hung gan ben xe My Dinh bi gay tay vin, mot so bac thang vo, toi khong co den, nguoi gia va hoc sinh di rat nguy hiem.
Mong So cho sua som.
Thinh
""", topic="roads", unit="so-gtvt",
      why="Footbridge in disrepair, right department, no diacritics.")

    L("vach-son-mo-html", to="ubnd-tp",
      sender=("Phạm Thu Trang", "trang.phamthu@example.net"),
      subject="Vạch kẻ đường mờ hết, không có vạch cho người đi bộ",
      text="""Kính gửi Văn phòng UBND thành phố,

Đoạn đường Hoàng Quốc Việt gần cầu vượt, vạch kẻ đường và vạch sang đường cho người đi bộ đã mờ hết, buổi tối trời mưa gần như không nhìn thấy làn đường.
Đề nghị kẻ lại vạch sơn cho an toàn.

Phạm Thu Trang
""", topic="roads", unit="so-gtvt", shape="html", mailer="webmail",
      why="Faded road markings, HTML-only webmail to the city office.")


def flooding():
    L("ngap-pho-hang-bun-tay", to=BD,
      sender=("Nguyen Quoc Viet", "viet.nguyenquoc@example.org"),
      subject="mua 30 phut la pho Hang Bun ngap",
      text="""Kinh gui UBND P. Ba Dinh,

Cu mua khoang 30 phut la doan pho Hang Bun ngap sau 30-40cm, nuoc tran vao nha dan, xe chet may giua duong. Cong thoat nuoc cu va nho.
De nghi nang cap he thong thoat nuoc doan nay.
Viet
""", topic="flooding", unit="so-xd",
      why="Flooding on Hàng Bún sent to the ward: drainage is so-xd's.")

    L("cong-tac-rac-lap-hang-be", to=HK,
      sender=("Tô Thị Thanh", "thanh.tothi@example.com"),
      subject="Miệng cống bị rác lấp, nước không thoát",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Các miệng cống thu nước trên phố Hàng Bè bị túi nilon, lá cây và rác lấp kín, mỗi trận mưa nước đọng thành vũng lớn không thoát được, chảy ngược vào nhà.
Đề nghị nạo vét cống và thông các cửa thu nước trước mùa mưa sau.

Tô Thị Thanh
""", topic="flooding", unit="so-xd",
      why="Blocked drain inlets causing standing water: drainage (so-xd); rác is a decoy.")

    L("ngap-ham-chung-cu-cp1258-b64", to="so-tnmt",
      sender=("Quách Văn Sơn", "son.quachvan@example.net"),
      subject="Tầng hầm chung cư ngập do cống khu vực quá tải",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Tòa chung cư chúng tôi ở phố Trần Thái Tông, mỗi lần mưa lớn nước từ cống khu vực dâng ngược vào tầng hầm, hàng trăm xe máy bị ngập.
Cống chung của tuyến phố quá nhỏ so với số dân hiện nay. Đề nghị cải tạo hệ thống thoát nước.

Quách Văn Sơn
""", topic="flooding", unit="so-xd", charset="windows-1258", cte="base64", shape="plain",
      from_mode="cp1258-b", subject_mode="cp1258-b", mailer="outlook",
      why="Basement flooding from an undersized street drain, sent to so-tnmt; windows-1258 base64.")

    L("ranh-thoat-nuoc-bi-lap-soc-son", to="ubnd-tp",
      sender=("Than Van Duong", "duong.thanvan@example.org"),
      subject="ranh thoat nuoc bi lap, nha dan ngap",
      text="""Kinh gui UBND TP,

Ranh thoat nuoc mua doc duong trong thon toi o xa Soc Son bi lap mat khi nang cap duong, nay mua 2 tieng la nuoc tran vao 6 nha dan, ngap ca tuan.
De nghi khoi thong ranh va lam lai cong thoat nuoc.
Duong
""", topic="flooding", unit="so-xd",
      why="Roadside drain filled in, houses flooded: flooding (so-xd); the commune is only where.")

    L("fwd-ngap-ngo-chua-ha", to="so-xd",
      sender=("Nguyễn Thị Bảo Ngọc", "baongoc.nguyen@example.com"),
      subject="Fwd: Ngõ ngập mỗi khi mưa",
      text="""Kính gửi Sở Xây dựng,

Tôi chuyển tiếp thư đã gửi phường hồi tháng Mười, phường trả lời việc thoát nước do Sở quản lý. Xin Sở xem xét.

Nguyễn Thị Bảo Ngọc
""", fwd=dict(sender=("Nguyễn Thị Bảo Ngọc", "baongoc.nguyen@example.com"),
              to="phananh@caugiay.hanoi.example.vn", date=mr.D(1014, 20, 5),
              subject="Ngõ ngập mỗi khi mưa",
              text="""Kính gửi UBND phường Cầu Giấy,

Ngõ 85 phố Chùa Hà cứ mưa là ngập đến bắp chân, nước từ ống cống trào lên, mùi hôi thối. Đề nghị cải tạo cống thoát nước trong ngõ.

Nguyễn Thị Bảo Ngọc
"""), form="fwd", topic="flooding", unit="so-xd",
      why="Forwarded flooding letter first sent to the ward, now at so-xd; the ward in the original is a decoy.")

    L("nuoc-cong-tran-tran-dang-ninh", to="so-gtvt",
      sender=("Bach Thi Yen", "yen.bachthi@example.net"),
      subject="nuoc cong tran len mat duong nhieu ngay",
      text="""Chao So,

Doan duong Tran Dang Ninh nuoc thai tu duong ong cong tran len mat duong nhieu ngay, ko mua cung ngap mot vung, boc mui hoi.
Chac la cong bi tac hoac vo ong. De nghi don vi thoat nuoc kiem tra.
Yen
""", topic="flooding", unit="so-xd",
      why="Sewage overflowing from a blocked drain, sent to so-gtvt because it is on a road.")

    L("ngap-nut-giao-quan-thanh-html", to=BD,
      sender=("Lò Văn Hưng", "hung.lovan@example.org"),
      subject="Đề nghị chống ngập khu phố Phó Đức Chính",
      text="""Kính gửi UBND phường Ba Đình,

Khu vực quanh phố Phó Đức Chính và Nguyễn Trường Tộ mưa lớn là ngập kéo dài, nhiều năm chưa được giải quyết. Tôi đề nghị đầu tư trạm bơm và cống ngầm cho khu vực.

Lò Văn Hưng
Tổ dân phố số 4
""", topic="flooding", unit="so-xd", shape="html", mailer="gmail",
      why="Chronic flooding in Ba Đình streets, HTML only, sent to the ward: drainage is so-xd's.")

    L("ngap-viscii-duong-ham", to="so-xd",
      sender=("Vũ Đình Khôi", "khoi.vudinh@example.com"),
      subject="Hầm chui bị ngập sau mưa",
      text="""Kính gửi Sở Xây dựng,

Hầm chui đường bộ trên đường Phạm Văn Đồng sau mưa to ngập sâu gần nửa mét, trạm bơm không hoạt động, nhiều xe chết máy phải dắt bộ.
Đề nghị kiểm tra trạm bơm thoát nước của hầm.

Vũ Đình Khôi
""", topic="flooding", unit="so-xd", charset="viscii", cte="quoted-printable", shape="plain",
      from_mode="viscii-q", subject_mode="viscii-q", mailer="thunderbird",
      why="Flooded underpass, pumping station down: flooding, right department, VISCII quoted-printable.")


def water():
    L("nuoc-yeu-tang-4-nha-tap-the", to=CG,
      sender=("Ngo Thi Phuong", "phuong.ngothi@example.com"),
      subject="nuoc may yeu, tang 3 tro len ko co nuoc",
      text="""Kinh gui cac anh chi,

Khu tap the nha toi o pho Tran Dang Ninh may thang nay ap luc nuoc may rat yeu, tu tang 3 tro len gan nhu ko co nuoc, phai xach nuoc tu duoi len.
Da bao cong ty nuoc ma chua thay xu ly. Mong co quan quan ly cap nuoc vao cuoc.
Phuong
""", topic="water", unit="so-xd",
      why="Low water pressure, sent to the ward: water is so-xd's.")

    L("nuoc-nhiem-mui-clo-dan-tao", to="so-tnmt",
      sender=("Kim Văn Tài", "tai.kimvan@example.net"),
      subject="Nước máy nồng mùi clo, có cặn đen",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Nước sạch cấp cho khu dân cư chúng tôi ở xã Sóc Sơn mấy tuần nay nồng mùi clo, để lắng có cặn đen dưới đáy xô. Trẻ con tắm xong bị ngứa.
Đề nghị kiểm tra chất lượng nước máy và yêu cầu nhà máy nước khắc phục.

Kim Văn Tài
""", topic="water", unit="so-xd",
      why="Tap-water quality, sent to so-tnmt; the commune is only where.")

    L("vo-ong-nuoc-hang-gai-nfd", to=HK,
      sender=("Đoàn Thị Lụa", "lua.doanthi@example.com"),
      subject="Vỡ ống nước, nước sạch chảy lãng phí hai ngày",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Đường ống cấp nước trước số nhà 3x phố Hàng Gai bị vỡ từ sáng thứ Hai, nước sạch phun lên mặt đường, các hộ trong khu mất nước.
Đã gọi đường dây nóng công ty nước nhưng chưa ai đến. Xin phường báo giúp.

Đoàn Thị Lụa
""", topic="water", unit="so-xd", form="nfd", cte="quoted-printable",
      why="Burst water main on Hàng Gai sent to the ward: water is so-xd's; decomposed UTF-8.")

    L("hoa-don-nuoc-tang-vot", to="ubnd-tp",
      sender=("Ly Van Kiet", "kiet.lyvan@example.org"),
      subject="hoa don tien nuoc tang gap 3 ko ro ly do",
      text="""Kinh gui UBND TP,

Hoa don tien nuoc thang 11 cua nha toi tang gap 3 lan thang truoc trong khi nha chi co 2 nguoi. Cong ty nuoc noi dong ho dung, ko kiem dinh lai.
De nghi co quan quan ly cap nuoc yeu cau kiem tra dong ho nuoc.
Kiet
""", topic="water", unit="so-xd",
      why="Water bill and meter dispute: water (so-xd), sent to the city office.")

    L("mat-nuoc-buoi-chieu-reply", to="so-xd",
      sender=("Nguyen Thi Kim Oanh", "oanh.nguyenkim@example.net"),
      subject="Re: mat nuoc khu nha toi",
      text="""Chao So,

Hom nay nuoc da co lai nhung chi duoc buoi sang, tu 2h chieu den toi lai mat nuoc hoan toan, tinh trang nay da keo dai 1 tuan.
De nghi So yeu cau don vi cap nuoc cap nuoc on dinh ca ngay.

> Ngay 26/11/2026, So Xay dung viet:
> So da chuyen phan anh den don vi cap nuoc.
""", topic="water", unit="so-xd",
      why="A reply quoting the department: water still cut off in the afternoon.")


def power():
    L("mat-dien-luan-phien-soc-son", to=SS,
      sender=("Dang Van Hoa", "hoa.dangvan@example.com"),
      subject="mat dien 3 ngay lien ko bao truoc",
      text="""Kinh gui UBND xa,

3 ngay nay thon toi mat dien tu 8h sang den 5h chieu, dien luc ko thong bao lich cat dien, cac xuong nho va trai ga thiet hai nang.
De nghi co quan co tham quyen yeu cau dien luc cap dien on dinh.
Hoa
""", topic="power", unit="ubnd-tp",
      why="Unannounced power cuts, sent to the commune: power is ubnd-tp's.")

    L("cot-dien-nghieng-cp1258", to=BD,
      sender=("Lại Thị Minh", "minh.laithi@example.org"),
      subject="Cột điện nghiêng, dây điện võng sát đầu người",
      text="""Kính gửi UBND phường Ba Đình,

Cột điện hạ thế đầu ngõ nhà tôi trên phố Nguyễn Khắc Hiếu bị nghiêng hẳn sau trận gió, dây điện võng xuống sát đầu người đi, rất nguy hiểm.
Xin phường báo ngành điện xử lý gấp trước khi có tai nạn.

Lại Thị Minh
""", topic="power", unit="ubnd-tp", charset="windows-1258", cte="8bit", shape="plain",
      from_mode="cp1258-q", subject_mode="cp1258-q", mailer="outlook",
      why="Leaning power pole, sent to the ward: power (ubnd-tp); windows-1258 8bit.")

    L("dien-yeu-mua-dong", to="ubnd-tp",
      sender=("Trần Quang Hiếu", "hieu.tranquang@example.com"),
      subject="Điện áp yếu, thiết bị không chạy được",
      text="""Kính gửi UBND thành phố,

Khu dân cư chúng tôi mấy tháng nay điện áp rất yếu vào buổi tối, tủ lạnh không chạy, điều hòa tự tắt, bóng đèn chập chờn. Trạm biến áp quá tải vì nhiều nhà xây mới.
Đề nghị ngành điện nâng công suất trạm biến áp.

Trần Quang Hiếu
""", topic="power", unit="ubnd-tp",
      why="Low voltage, overloaded transformer: power, right mailbox.")

    L("hoa-don-dien-tang-html", to="so-khdt",
      sender=("Nguyen Minh Thu", "thu.nguyenminh@example.net"),
      subject="tien dien thang 11 tang bat thuong",
      text="""Kinh gui cac anh chi,

Nha em kinh doanh nho, tien dien thang 11 tang gan gap doi trong khi dung nhu moi thang. Dien luc ko giai thich ro, chi bao chi so cong to.
Mong co quan co tham quyen xem xet yeu cau kiem tra cong to dien.
Thu
""", topic="power", unit="ubnd-tp", shape="html", mailer="outlook",
      why="Electricity bill dispute from a small business, sent to so-khdt: power is ubnd-tp's.")

    L("cat-dien-khong-bao-truoc-hk", to=HK,
      sender=("Phí Văn Toàn", "toan.phivan@example.org"),
      subject="Cắt điện sinh hoạt cả khu không báo trước",
      text="""Kính gửi UBND phường Hoàn Kiếm,

Tối qua cả khu nhà tôi bị cắt điện sinh hoạt từ 19 giờ đến 23 giờ mà không có thông báo nào, nhà có người già dùng máy thở phải chạy đi mượn máy phát.
Đề nghị yêu cầu điện lực báo trước lịch cắt điện.

Phí Văn Toàn
""", topic="power", unit="ubnd-tp",
      why="Unannounced power cut sent to the ward: power (ubnd-tp).")


def land():
    L("cap-doi-so-do-hong-mat", to=HK,
      sender=("Nguyen Van Binh", "binh.nguyenvan.hk@example.com"),
      subject="cap lai so do bi mat",
      text="""Kinh gui UBND phuong,

Nha toi bi mat so do (GCN quyen su dung dat) trong luc chuyen nha, da dang bao mat tren bao 3 so. Gio muon xin cap lai GCN thi nop ho so o dau, mat bao lau?
Nha toi o pho Hang Bo, chu so la bo toi da mat, co can lam thua ke truoc ko a?
Binh
""", topic="land", unit="so-tnmt",
      why="Re-issue of a lost land certificate asked of the ward; the street is a decoy.")

    L("tranh-chap-ranh-gioi-dat-vuon", to="so-tnmt",
      sender=("Hà Văn Quyết", "quyet.havan@example.net"),
      subject="Đề nghị đo đạc lại ranh giới thửa đất bị cấp chồng",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Thửa đất vườn của gia đình tôi ở thôn Xuân Dục và thửa của nhà bên cạnh được cấp hai Giấy chứng nhận chồng lấn lên nhau khoảng 40 m2 theo bản đồ địa chính.
Đề nghị Sở cho đo đạc lại và chỉnh lý hồ sơ địa chính cho đúng hiện trạng.

Hà Văn Quyết
""", topic="land", unit="so-tnmt",
      why="Overlapping land certificates, right department.")

    L("to-cao-can-bo-dia-chinh-quy-trinh-so-do", to=CG,
      sender=("Trinh Van Hung", "hung.trinhvan@example.org"),
      subject="to cao can bo dia chinh phuong doi tien lam so do",
      text="""Kinh gui UBND phuong Cau Giay,

Toi to cao can bo dia chinh cua phuong Cau Giay da doi toi 50 trieu de "day nhanh" ho so cap so do, noi neu ko dua thi ho so se con bo sung dai dai.
Toi co ghi am cuoc noi chuyen. De nghi xu ly nghiem.
Hung
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of a ward official for a bribe sent to the accused ward: thanh-tra; sổ đỏ is a decoy.")

    L("khieu-nai-qd-thu-hoi-dat-phuong-ba-dinh", to="so-tnmt",
      sender=("Đặng Thị Ngọc Lan", "ngoclan.dang@example.com"),
      subject="Khiếu nại quyết định thu hồi đất của UBND phường Ba Đình",
      text="""Kính gửi Sở Tài nguyên và Môi trường,

Tôi khiếu nại Quyết định số 27/QĐ-UBND ngày 10/11/2026 của UBND phường Ba Đình về việc thu hồi 36 m2 đất của gia đình tôi để mở rộng ngõ.
Diện tích thu hồi tính sai so với bản đồ đo đạc, phương án bồi thường chưa được niêm yết công khai. Đề nghị hủy quyết định này.

Đặng Thị Ngọc Lan
""", topic="land", unit=BD, letter="complaint",
      why="Complaint about a land recovery decision issued by the ward: the ward, not so-tnmt.")

    L("gia-han-dat-nong-nghiep", to="ubnd-tp",
      sender=("Nguyen Van Cuong", "cuong.nguyenvan.tm@example.net"),
      subject="hoi gia han thoi han su dung dat nong nghiep",
      text="""Kinh gui UBND TP,

Gia dinh toi duoc giao 2 sao dat nong nghiep tu nam 1993, so ghi thoi han den 2013. Nay muon lam thu tuc gia han, dieu chinh thoi han su dung dat thi can ho so gi, nop o van phong dang ky dat dai nao?
Cuong, xa Soc Son
""", topic="land", unit="so-tnmt",
      why="Extension of agricultural land use term, sent to the city office; the commune in the signature is a decoy.")

    L("fwd-chuyen-muc-dich-dat", to="so-tnmt",
      sender=("Cao Thị Thu Hằng", "hang.caothi@example.org"),
      subject="Fwd: Hỏi chuyển mục đích sử dụng đất vườn sang đất ở",
      text="""Kính gửi Sở,

Tôi gửi thư này cho Sở Xây dựng nhưng họ bảo không thuộc thẩm quyền, nhờ Sở Tài nguyên và Môi trường trả lời giúp.

Cao Thị Thu Hằng
""", fwd=dict(sender=("Cao Thị Thu Hằng", "hang.caothi@example.org"),
              to="phananh@soxaydung.hanoi.example.vn", date=mr.D(1120, 16, 30),
              subject="Hỏi chuyển mục đích sử dụng đất vườn sang đất ở",
              text="""Kính gửi Sở Xây dựng,

Gia đình tôi có 200 m2 đất vườn liền kề đất ở, muốn chuyển mục đích 100 m2 sang đất ở để xây nhà cho con. Xin hỏi thủ tục, tiền sử dụng đất phải nộp tính thế nào?

Cao Thị Thu Hằng
"""), form="fwd", topic="land", unit="so-tnmt",
      why="Forwarded change of land use question, first sent to so-xd; xây nhà is a decoy.")

    L("khieu-nai-gia-dat-boi-thuong-so", to="thanh-tra",
      sender=("Bui Van Dung", "dung.buivan@example.com"),
      subject="khieu nai QD phe duyet gia dat boi thuong cua So TNMT",
      text="""Kinh gui Thanh tra TP,

Toi khieu nai Quyet dinh so 4410/QD-STNMT cua So Tai nguyen va Moi truong phe duyet gia dat cu the de boi thuong cho du an, gia dat o cua gd toi chi bang 1/3 gia thi truong.
De nghi xem xet lai gia dat boi thuong.
Dung
""", topic="land", unit="so-tnmt", letter="complaint",
      why="Complaint about so-tnmt's land price decision, sent to the inspectorate: the issuer.")

    L("fwd-inline-so-do-chua-sang-ten", to="so-xd",
      sender=("Lê Thị Thu Hương", "thuhuong.le@example.net"),
      subject="TR: Hồ sơ đăng ký biến động đất đai quá hạn",
      text="""Kính chuyển Sở xem giúp, tôi gửi nhầm địa chỉ lần trước.

________________________________
Từ: Lê Thị Thu Hương <thuhuong.le@example.net>
Đã gửi: Thứ Sáu, 27 tháng 11, 2026 8:12 SA
Đến: phananh@vpubnd.hanoi.example.vn
Chủ đề: Hồ sơ đăng ký biến động đất đai quá hạn

Kính gửi,

Hồ sơ đăng ký biến động quyền sử dụng đất (tặng cho từ bố mẹ) của tôi nộp tại chi nhánh Văn phòng đăng ký đất đai từ tháng 8, đến nay quá hạn ba tháng chưa có kết quả.
Đề nghị đôn đốc trả kết quả.

Lê Thị Thu Hương
Trưởng phòng Kỹ thuật, Công ty TNHH Xây dựng Hoàng Gia
Thông báo: Thư này và các tệp đính kèm chỉ dành cho người nhận. Nếu nhận nhầm, xin xóa và báo lại cho người gửi.
""", topic="land", unit="so-tnmt", snippet="quyền sử dụng đất (tặng cho từ bố mẹ) của tôi nộp",
      note="text/plain; Outlook-style inline forward (TR:, no message/rfc822)",
      why="Inline-forwarded land registration delay sent to so-xd; the construction company in the signature is a decoy.")


def residence():
    L("nhap-hk-cho-con-moi-sinh", to=BD,
      sender=("Tran Thi Lan Huong", "lanhuong.tt@example.com"),
      subject="dang ky thuong tru cho con moi sinh",
      text="""Chao anh chi,

E vua lam khai sinh cho be xong, gio muon nhap HK (dang ky thuong tru) cho be vao ho cua bo me o pho Quan Thanh thi lam online tren VNeID dc ko hay phai ra CA?
Tren app bao loi "thong tin chu ho khong khop", e k biet sua the nao. Mong dc huong dan a.
Huong
""", topic="residence", unit="ca-tp",
      why="Permanent residence for a newborn, sent to the ward; khai sinh and the street are decoys.")

    L("tach-ho-sau-ket-hon", to="so-tp",
      sender=("Lâm Văn Đức", "duc.lamvan@example.net"),
      subject="Hỏi thủ tục tách hộ sau khi kết hôn",
      text="""Kính gửi Sở Tư pháp,

Vợ chồng tôi đã đăng ký kết hôn, hiện vẫn ở chung hộ với bố mẹ tôi. Nay chúng tôi muốn tách hộ riêng tại cùng địa chỉ thì có được không, cần chủ hộ đồng ý bằng văn bản không?
Nếu Sở không giải quyết việc này, mong chuyển giúp cơ quan công an.

Lâm Văn Đức
""", topic="residence", unit="ca-tp",
      why="Splitting a household register, sent to so-tp; kết hôn is a decoy.")

    L("luu-tru-homestay-khach-nuoc-ngoai", to=HK,
      sender=("Pham Quang Huy", "huy.phamquang@example.org"),
      subject="khai bao tam tru cho khach nuoc ngoai o homestay",
      text="""Kinh gui cac co quan,

Toi kinh doanh homestay nho o pho Hang Bac, Q. Hoan Kiem, hom nay he thong khai bao tam tru cho nguoi nuoc ngoai bao loi ko dang nhap dc tu sang, khach thi van den nhan phong.
Toi can khai bao the nao de ko bi phat?
Huy
""", topic="residence", unit="ca-tp",
      why="Reporting foreign guests' stay (residence, police), sent to the ward; the street and Q. Hoan Kiem are decoys.")

    L("xoa-thuong-tru-nha-da-ban", to="ca-tp",
      sender=("Võ Thị Thanh Xuân", "xuan.vothi@example.com"),
      subject="Người mua nhà đề nghị xóa thường trú của chủ cũ",
      text="""Kính gửi Công an thành phố,

Tôi mua căn hộ từ năm 2025 nhưng người bán vẫn để nguyên đăng ký thường trú của cả nhà họ tại địa chỉ này, nay tôi không đăng ký thường trú cho con tôi được.
Xin hỏi thủ tục xóa đăng ký thường trú của chủ cũ khi họ không hợp tác.

Võ Thị Thanh Xuân
""", topic="residence", unit="ca-tp",
      why="Removing a former owner's permanent residence, right department.")

    L("khieu-nai-ca-tu-choi-thuong-tru", to="ubnd-tp",
      sender=("Dinh Van Sang", "sang.dinhvan@example.net"),
      subject="khieu nai van ban tu choi dang ky thuong tru cua Cong an TP",
      text="""Kinh gui UBND TP Ha Noi,

Toi khieu nai van ban so 889/CAHN-PC06 cua Cong an thanh pho tu choi dang ky thuong tru cho toi tai nha thue voi ly do dien tich binh quan ko du 8m2/nguoi, trong khi can ho 45m2 chi co 3 nguoi.
De nghi xem xet lai.
Sang
""", topic="residence", unit="ca-tp", letter="complaint",
      why="Complaint about the city police's refusal, sent to the city office: the issuer (ca-tp).")

    L("tam-tru-sinh-vien-nfd", to=CG,
      sender=("Hoàng Thị Thùy Linh", "thuylinh.hoang@example.org"),
      subject="Chủ trọ không khai báo tạm trú cho sinh viên",
      text="""Kính gửi UBND phường Cầu Giấy,

Em là sinh viên thuê trọ gần Học viện Báo chí và Tuyên truyền. Chủ trọ không chịu khai báo tạm trú cho chúng em, nay em cần giấy xác nhận cư trú để làm hồ sơ vay vốn mà không có.
Em tự đăng ký tạm trú đc không, nộp ở đâu ạ?

Hoàng Thị Thùy Linh
""", topic="residence", unit="ca-tp", form="nfd",
      why="Student's temporary residence sent to the ward, NFD UTF-8; the landmark is a decoy.")

    L("chuyen-hk-ve-que", to="ca-tp",
      sender=("Nong Van Tam", "tam.nongvan@example.com"),
      subject="chuyen ho khau tu Soc Son ve noi thanh",
      text="""Kinh gui CA TP,

Gia dinh toi co HK thuong tru o xa Soc Son, nay mua nha o phuong Cau Giay, muon chuyen HK ca nha 4 nguoi ve dia chi moi. Co phai ve xa lam thu tuc xoa truoc ko hay chi can dang ky o noi moi?
Tam
""", topic="residence", unit="ca-tp",
      why="Moving the household register between two sample units: residence, both units are decoys.")

    L("attach-txt-xac-nhan-cu-tru", to=SS,
      sender=("Nguyen Thi Hue", "hue.nguyenthi.ss@example.net"),
      subject="don",
      root=mr.mixed([mr.text_part("", charset="utf-8", cte="7bit"),
                     mr.text_attachment("""DON DE NGHI

Kinh gui: Cong an thanh pho Ha Noi

Toi ten Nguyen Thi Hue, thuong tru tai xa Soc Son. Toi de nghi cap giay xac nhan thong tin ve cu tru de bo sung ho so xin viec, nop qua cong dich vu cong 2 tuan chua co ket qua.

Nguyen Thi Hue
""", "don-de-nghi.txt")], style="apple"),
      topic="residence", unit="ca-tp", snippet=None, mailer="iphone",
      note="multipart/mixed: empty text/plain + the letter as a text/plain attachment",
      why="Attachment-only letter (residence confirmation), sent to the commune; the commune is a decoy.")


def civil_status():
    L("khai-sinh-qua-han-hang-bo", to="so-tp",
      sender=("Trần Thị Mỹ Linh", "mylinh.tran@example.com"),
      subject="Đăng ký khai sinh quá hạn cho con",
      text="""Kính gửi Sở Tư pháp,

Gia đình tôi ở phố Hàng Bồ. Con tôi sinh tháng 6 nhưng vì bố cháu đi công tác nước ngoài nên đến nay mới đi đăng ký khai sinh, cán bộ bảo phải nộp phạt và làm thêm giấy tờ.
Tôi không hiểu phải làm những gì.
Mong được hướng dẫn đăng ký khai sinh quá hạn.

Trần Thị Mỹ Linh
""", topic="civil_status", unit=HK, place="phố Hàng Bồ",
      why="Late birth registration for a family living on Hàng Bồ (former Hàng Bồ ward, Hoàn Kiếm), sent to so-tp; street only.")

    L("khai-tu-cho-me", to=SS,
      sender=("Nguyen Van Thang", "thang.nguyenvan.ss@example.org"),
      subject="lam giay khai tu cho me",
      text="""Kinh gui UBND xa Soc Son,

Me toi mat o nha ngay 20/11, gio toi muon dang ky khai tu thi can giay bao tu cua thon hay cua tram y te? Lam online dc ko hay phai len xa?
Cam on xa.
Thang
""", topic="civil_status", unit=SS,
      why="Death registration, right commune, no diacritics.")

    L("ket-hon-nguoi-nuoc-ngoai-html", to="ubnd-tp",
      sender=("Lê Hoàng Yến", "yen.lehoang@example.net"),
      subject="Hỏi đăng ký kết hôn với người nước ngoài",
      text="""Kính gửi Văn phòng UBND thành phố,

Tôi thường trú tại phường Ba Đình, sắp đăng ký kết hôn với bạn trai quốc tịch Hàn Quốc. Từ năm 2025 việc này làm ở UBND phường hay ở đâu, cần những giấy tờ gì đã hợp pháp hóa lãnh sự?
Rất mong được hướng dẫn.

Lê Hoàng Yến
""", topic="civil_status", unit=BD, shape="html", mailer="webmail",
      why="Marriage with a foreigner, ward named as the place of residence; HTML only.")

    L("trich-luc-ket-hon-cu-dich-vong-hau", to=CG,
      sender=("Nguyen Duc Thinh", "thinh.nguyenduc@example.com"),
      subject="xin ban sao trich luc ket hon",
      text="""Chao phuong,

Vo chong toi dang ky ket hon nam 2012 o UBND phuong Dich Vong Hau cu. Gio can ban sao trich luc ket hon de lam thu tuc vay ngan hang thi xin o dau, lay trong ngay dc ko a?
Thinh
""", topic="civil_status", unit=CG, place="phuong Dich Vong Hau",
      why="Copy of a marriage record registered at former Dịch Vọng Hậu (now Cầu Giấy); former ward only.")

    L("xac-nhan-tinh-trang-hon-nhan-viscii", to="so-tp",
      sender=("Đào Thị Quỳnh", "quynh.daothi@example.org"),
      subject="Giấy xác nhận tình trạng hôn nhân trả chậm",
      text="""Kính gửi Sở Tư pháp,

Tôi nộp hồ sơ xin giấy xác nhận tình trạng hôn nhân ở bộ phận một cửa của phường Hoàn Kiếm từ tuần trước, hẹn ba ngày nhưng đến nay chưa có, hỏi thì bảo chờ xác minh nơi cư trú cũ.
Tôi cần giấy để mua nhà, xin cho biết bao giờ có kết quả.

Đào Thị Quỳnh
""", topic="civil_status", unit=HK, charset="viscii", cte="quoted-printable", shape="plain",
      from_mode="viscii-q", subject_mode="viscii-q", mailer="thunderbird",
      why="Marital status certificate late at the Hoàn Kiếm ward desk, sent to so-tp; VISCII; mua nhà is a decoy.")

    L("cai-chinh-ho-tich-sai-ten", to=BD,
      sender=("Mac Van Loi", "loi.macvan@example.net"),
      subject="cai chinh ten trong giay khai sinh",
      text="""Kinh gui UBND P. Ba Dinh,

Giay khai sinh cua toi dang ky o phuong Quan Thanh cu ghi sai dau ten dem (Loi thanh Lon), gio lam CCCD bi lech. Toi xin cai chinh ho tich thi can nhung giay to gi?
Loi
""", topic="civil_status", unit=BD,
      why="Correcting a birth record, right ward named (former Quán Thánh as well).")

    L("nhan-cha-con-fwd", to=SS,
      sender=("Trịnh Văn Nam", "nam.trinhvan@example.com"),
      subject="Fwd: Hỏi thủ tục nhận cha con",
      text="""Kính gửi UBND xã Sóc Sơn,

Tôi đã hỏi bên Sở Tư pháp, họ bảo tôi gửi về xã nơi tôi cư trú. Tôi gửi lại nội dung bên dưới, mong xã hướng dẫn.

Trịnh Văn Nam
""", fwd=dict(sender=("Trịnh Văn Nam", "nam.trinhvan@example.com"),
              to="phananh@sotuphap.hanoi.example.vn", date=mr.D(1124, 11, 0),
              subject="Hỏi thủ tục nhận cha con",
              text="""Kính gửi Sở Tư pháp,

Con tôi sinh năm 2024, lúc đó chúng tôi chưa đăng ký kết hôn nên giấy khai sinh để trống phần cha. Nay tôi muốn đăng ký nhận cha con thì làm thế nào?

Trịnh Văn Nam
"""), form="fwd", topic="civil_status", unit=SS,
      why="Forwarded paternity registration question; the covering note names the commune.")

    L("khieu-nai-tu-choi-khai-sinh-cau-giay", to="so-tp",
      sender=("Phạm Thị Hồng", "hong.phamthi@example.net"),
      subject="Khiếu nại việc UBND phường Cầu Giấy từ chối đăng ký khai sinh",
      text="""Kính gửi Sở Tư pháp,

Tôi khiếu nại văn bản số 312/UBND-TP ngày 24/11/2026 của UBND phường Cầu Giấy từ chối đăng ký khai sinh cho con tôi với lý do giấy chứng sinh của bệnh viện tư ghi thiếu thông tin.
Bệnh viện đã cấp lại giấy chứng sinh đúng mẫu nhưng phường vẫn không giải quyết. Đề nghị xem xét.

Phạm Thị Hồng
""", topic="civil_status", unit=CG, letter="complaint",
      why="Complaint about the ward's refusal to register a birth, sent to so-tp: the issuing ward.")


def certification():
    L("chung-thuc-chu-ky-phu-linh", to="so-tp",
      sender=("Nguyen Thi Thu", "thu.nguyenthi.pl@example.com"),
      subject="chung thuc chu ky giay uy quyen",
      text="""Kinh gui So Tu phap,

Toi o xa Phu Linh cu, muon chung thuc chu ky tren giay uy quyen cho con di nhan luong huu thay. Len xa thi bao phai co mat ca 2 nguoi, me toi nam liet giuong ko di dc.
Xin hoi co cach nao chung thuc tai nha ko?
Thu
""", topic="certification", unit=SS, place="xa Phu Linh cu",
      why="Signature certification in the former commune Phù Linh (now Sóc Sơn), sent to so-tp; former name only.")

    L("ban-sao-hoc-ba-nfd", to="ubnd-tp",
      sender=("Tạ Thị Hà", "ha.tathi@example.net"),
      subject="Chứng thực bản sao phải chờ cả buổi",
      text="""Kính gửi UBND thành phố,

Sáng nay tôi đến bộ phận một cửa UBND phường Cầu Giấy xin chứng thực bản sao học bạ và bằng tốt nghiệp, chỉ có một người làm nên phải chờ gần bốn tiếng.
Đề nghị phường bố trí thêm người vào những ngày đông.

Tạ Thị Hà
""", topic="certification", unit=CG, form="nfd", cte="base64",
      why="Slow certified copies at the Cầu Giấy ward desk, sent to the city office; NFD in base64.")

    L("tu-choi-chung-thuc-hop-dong", to=HK,
      sender=("Ngo Quang Tien", "tien.ngoquang@example.org"),
      subject="phuong tu choi chung thuc hop dong cho muon nha",
      text="""Kinh gui UBND P. Hoan Kiem,

Toi mang hop dong cho muon nha den phuong Hoan Kiem de chung thuc thi can bo bao ko chung thuc loai nay, bao ra van phong cong chung. Nhung ban toi o phuong khac van lam dc.
Xin phuong tra loi ro vi sao.
Tien
""", topic="certification", unit=HK,
      why="Refused certification of a contract at the ward, sent to it; no diacritics.")

    L("chung-thuc-ban-dich-sai", to=BD,
      sender=("Lưu Thị Ngân", "ngan.luuthi@example.com"),
      subject="Bản sao chứng thực bị ghi sai ngày",
      text="""Kính gửi UBND phường Ba Đình,

Tôi chứng thực 5 bản sao giấy khai sinh tại phường hôm 27/11, về nhà mới thấy lời chứng ghi sai ngày chứng thực, nơi nộp hồ sơ không nhận.
Đề nghị phường cấp lại bản sao chứng thực đúng và không thu thêm phí.

Lưu Thị Ngân
""", topic="certification", unit=BD,
      why="Wrong date on certified copies, right ward; khai sinh is a decoy.")

    L("chung-thuc-dien-tu-nham-don-vi", to="so-khdt",
      sender=("Doan Van Kien", "kien.doanvan@example.net"),
      subject="chung thuc ban sao dien tu tu ban chinh",
      text="""Kinh gui cac anh chi,

Toi can chung thuc ban sao dien tu tu ban chinh giay to de nop ho so dang ky kinh doanh online. Len UBND xa Soc Son thi bao he thong chua lam dc, phai in ra nop ban giay.
Xin hoi bao gio xa lam duoc chung thuc dien tu?
Kien
""", topic="certification", unit=SS,
      why="Electronic certified copies at the commune, sent to so-khdt because of the business filing.")


def illegal_construction():
    L("coi-noi-tang-tum-hang-mam", to="so-xd",
      sender=("Nguyễn Văn Đông", "dong.nguyenvan@example.com"),
      subject="Cơi nới tầng tum, xây lấn sang mái nhà bên cạnh",
      text="""Kính gửi Sở Xây dựng,

Căn nhà số 1x phố Hàng Mắm (phường Hàng Bạc cũ) đang cơi nới thêm tầng tum và ban công đua ra, xây đè lên cả phần mái nhà tôi, không có biển báo thi công, không có giấy phép treo ở công trình.
Đề nghị cơ quan có thẩm quyền kiểm tra, đình chỉ công trình vi phạm.

Nguyễn Văn Đông
""", topic="illegal_construction", unit=HK, place="phố Hàng Mắm",
      why="Unauthorised extension on Hàng Mắm (former Hàng Bạc ward, Hoàn Kiếm), sent to so-xd; street and former ward only.")

    L("xay-nha-tren-dat-nong-nghiep-tien-duoc", to="so-tnmt",
      sender=("Do Thi Hang", "hang.dothi@example.net"),
      subject="xay nha xuong tren dat lua o Tien Duoc",
      text="""Kinh gui So TNMT,

Tren canh dong xa Tien Duoc cu co nguoi dang do mong, dung khung thep xay nha xuong ngay tren dat trong lua, lam ca dem de kip xong truoc Tet.
De nghi kiem tra, xu ly cong trinh xay dung trai phep nay.
Hang
""", topic="illegal_construction", unit=SS, place="xa Tien Duoc cu",
      why="A shed built on rice land in former Tiên Dược (Sóc Sơn), sent to so-tnmt; former name only.")

    L("sai-phep-nha-pho-duong-quang-ham-b64", to=CG,
      sender=("Bế Thị Hoa", "hoa.bethi@example.org"),
      subject="Nhà xây vượt số tầng được cấp phép",
      text="""Kính gửi UBND phường Cầu Giấy,

Công trình nhà ở trong ngõ 30 phố Dương Quảng Hàm được cấp phép 5 tầng nhưng đã đổ sàn tầng 7, đang tiếp tục xây tầng 8. Biển thông tin công trình đã bị tháo.
Đề nghị phường kiểm tra, xử lý xây dựng sai phép.

Bế Thị Hoa
""", topic="illegal_construction", unit=CG, cte="base64",
      why="Building beyond its permitted floors, right ward; giấy phép is a decoy for construction_permit.")

    L("khieu-nai-qd-thao-do-soc-son", to="so-xd",
      sender=("Ta Van Binh", "binh.tavan@example.com"),
      subject="khieu nai quyet dinh cuong che thao do cua UBND xa Soc Son",
      text="""Kinh gui So Xay dung,

Toi khieu nai Quyet dinh so 95/QD-CC ngay 12/11/2026 cua Chu tich UBND xa Soc Son ve cuong che thao do cong trinh chuong trai cua gia dinh toi.
Chuong trai xay tu nam 2019 tren dat vuon cua nha, truoc gio ko ai lap bien ban. De nghi tam dung cuong che va xem xet lai.
Binh
""", topic="illegal_construction", unit=SS, letter="complaint",
      why="Complaint about the commune's demolition decision, sent to so-xd: the issuing commune.")

    L("to-cao-nha-hang-xay-them-tang-mac-dinh-chi", to="thanh-tra",
      sender=("Hoàng Văn Thái", "thai.hoangvan@example.net"),
      subject="Tố cáo nhà hàng xây thêm hai tầng không phép",
      text="""Kính gửi Thanh tra thành phố,

Tôi tố cáo chủ nhà hàng ở phố Mạc Đĩnh Chi, sát hồ Trúc Bạch, đã xây thêm hai tầng bằng khung thép và lợp tôn trên nóc nhà mà không có giấy phép, công trình che khuất cả mặt hồ.
Đề nghị kiểm tra, xử lý công trình.

Hoàng Văn Thái
""", topic="illegal_construction", unit=BD, place="phố Mạc Đĩnh Chi", letter="denunciation",
      why="A denunciation of a restaurant owner (not officials) is the ward's case: Mạc Đĩnh Chi (Trúc Bạch, Ba Đình).")

    L("xay-lan-ngo-cp1258-qp", to="ubnd-tp",
      sender=("Phan Văn Tú", "tu.phanvan@example.org"),
      subject="Nhà xây mới lấn ra lối đi chung và hành lang thoát nước",
      text="""Kính gửi UBND thành phố,

Một hộ dân trên phố Yên Ninh, phường Ba Đình đang xây nhà mới, móng và tường bao lấn ra lối đi chung gần nửa mét và lấp luôn rãnh thoát nước sau nhà.
Phường đã lập biên bản nhưng chủ nhà vẫn xây tiếp. Đề nghị thành phố chỉ đạo xử lý.

Phan Văn Tú
""", topic="illegal_construction", unit=BD, charset="windows-1258", cte="quoted-printable",
      shape="plain", from_mode="cp1258-b", subject_mode="cp1258-q", mailer="outlook",
      why="A new house built over the shared path, ward named; rãnh thoát nước is a decoy; windows-1258.")

    L("photo-xay-sai-phep-ngo-trung-yen", to=HK,
      sender=("Vu Quoc Bao", "bao.vuquoc@example.com"),
      subject="nha dang xay sai phep o ngo Trung Yen, phuong xem giup",
      root=photo("cong-trinh-sai-phep.jpg", 150, "ngo Trung Yen", empty_text=False),
      topic="illegal_construction", unit=HK, place="ngo Trung Yen", snippet=None, mailer="iphone",
      note="multipart/mixed with one JPEG and no text part; the subject is all the text",
      why="Photo-only, no text part: a house under way without a permit in ngõ Trung Yên, sent to the ward itself.")

    L("xay-nha-khong-phep-dat-ao-phu-linh", to=SS,
      sender=("Nguyen Van Toan", "toan.nguyenvan.ss@example.net"),
      subject="xay nha khong phep tren dat ao",
      text="""Kinh gui UBND xa Soc Son,

Nha ong K. o thon gan den Soc dang san lap ao va xay nha 2 tang ngay tren dat ao, ko co giay phep xay dung, lam ca ngay nghi.
Toi de nghi xa kiem tra xu ly.
Toan
""", topic="illegal_construction", unit=SS,
      why="A house built without a permit on a filled pond, right commune; no diacritics.")


def construction_permit():
    L("gpxd-cho-qua-han", to=CG,
      sender=("Tran Van Hai", "hai.tranvan.cg@example.org"),
      subject="ho so xin GPXD qua han 20 ngay",
      text="""Kinh gui cac co quan,

Toi nop ho so xin giay phep xay dung nha o rieng le 4 tang tu ngay 15/10/2026, phieu hen 20 ngay nhung nay da qua han 20 ngay van chua co giay phep, hoi thi bao dang tham dinh.
De nghi cho biet ho so vuong o dau.
Hai
""", topic="construction_permit", unit="so-xd",
      why="A building permit overdue, sent to the ward: construction_permit is so-xd's.")

    L("hoi-gpxd-sua-chua-nha-pho-co", to="so-xd",
      sender=("Kiều Văn Đạt", "dat.kieuvan@example.com"),
      subject="Sửa mái nhà trong phố cổ có cần xin phép không",
      text="""Kính gửi Sở Xây dựng,

Nhà tôi ở phố Hàng Bạc là nhà cổ một tầng, mái ngói bị dột nhiều chỗ. Tôi muốn thay mái và gia cố tường, không thay đổi kết cấu, thì có phải xin giấy phép sửa chữa không, hồ sơ gồm những gì?

Kiều Văn Đạt
""", topic="construction_permit", unit="so-xd",
      why="Whether a roof repair in the old quarter needs a permit: construction_permit; the street is a decoy.")

    L("khieu-nai-tu-choi-cap-phep-so-xd", to="thanh-tra",
      sender=("Lê Thị Kim Thoa", "thoa.lethi@example.net"),
      subject="Khiếu nại văn bản từ chối cấp giấy phép xây dựng của Sở Xây dựng",
      text="""Kính gửi Thanh tra thành phố,

Tôi khiếu nại văn bản số 7781/SXD-CPXD ngày 16/11/2026 của Sở Xây dựng từ chối cấp giấy phép xây dựng nhà ở của tôi với lý do chưa phù hợp quy hoạch.
Khu đất đã có quy hoạch chi tiết được phê duyệt là đất ở hiện trạng. Đề nghị Sở xem xét lại.

Lê Thị Kim Thoa
""", topic="construction_permit", unit="so-xd", letter="complaint",
      why="Complaint about so-xd's permit refusal, sent to the inspectorate: the issuer.")

    L("gpxd-online-loi-html", to="ubnd-tp",
      sender=("Dang Thi Nhu", "nhu.dangthi@example.com"),
      subject="nop ho so cap phep xay dung online bi loi",
      text="""Kinh gui cac anh chi,

Toi nop ho so de nghi cap giay phep xay dung qua cong dich vu cong, den buoc tai ban ve thiet ke thi he thong bao loi dung luong, file chi co 8MB.
Xin huong dan cach nop ho so cap phep de kip khoi cong.
Nhu
""", topic="construction_permit", unit="so-xd", shape="html", mailer="outlook",
      why="Online building-permit application failing; the portal is a decoy for other.")

    L("gia-han-gpxd-nfd", to="so-gtvt",
      sender=("Vương Thị Hạnh", "hanh.vuongthi@example.org"),
      subject="Xin gia hạn giấy phép xây dựng",
      text="""Kính gửi Sở,

Giấy phép xây dựng nhà của gia đình tôi sắp hết hạn 12 tháng mà chưa khởi công được vì vướng đường điện đi qua đất. Xin hỏi thủ tục gia hạn giấy phép xây dựng và nộp ở đâu.

Vương Thị Hạnh
""", topic="construction_permit", unit="so-xd", form="nfd",
      why="Extending a building permit, sent to so-gtvt; đường điện is a decoy; decomposed UTF-8.")


def business():
    L("ho-kinh-doanh-doi-ten", to=HK,
      sender=("Nguyen Thi Loan", "loan.nguyenthi.hb@example.com"),
      subject="doi ten ho kinh doanh tren giay chung nhan",
      text="""Chao anh chi,

Cua hang nha toi o pho Hang Bac muon doi ten ho kinh doanh va bo sung nganh nghe ban do luu niem. Thu tuc thay doi noi dung dang ky ho kinh doanh lam the nao, nop online dc ko?
Loan
""", topic="business_registration", unit="so-khdt",
      why="Changing a household business registration, sent to the ward; the street is a decoy.")

    L("ma-so-doanh-nghiep-trung", to="so-khdt",
      sender=("Lương Quốc Cường", "cuong.luongquoc@example.net"),
      subject="Hồ sơ thành lập công ty bị trả về vì trùng tên",
      text="""Kính gửi Sở Kế hoạch và Đầu tư,

Tôi nộp hồ sơ đăng ký thành lập công ty TNHH qua Cổng thông tin quốc gia về đăng ký doanh nghiệp, bị trả về ba lần vì tên gây nhầm lẫn, nhưng tra cứu thì không thấy công ty nào trùng.
Đề nghị Sở hướng dẫn cụ thể tên nào được chấp nhận.

Lương Quốc Cường
Giám đốc dự kiến, số 9 phố Thọ Tháp, phường Cầu Giấy
""", topic="business_registration", unit="so-khdt",
      why="Company name rejected at registration; the ward in the signature is a decoy.")

    L("tam-ngung-kinh-doanh-fwd", to="ubnd-tp",
      sender=("Pham Van Duy", "duy.phamvan@example.org"),
      subject="Fwd: thong bao tam ngung kinh doanh",
      text="""Kinh gui UBND TP,

Em gui thu nay cho So KHDT 2 tuan roi ko thay tra loi, nho thanh pho chuyen giup.
Duy
""", fwd=dict(sender=("Pham Van Duy", "duy.phamvan@example.org"),
              to="phananh@sokhdt.hanoi.example.vn", date=mr.D(1118, 9, 45),
              subject="thong bao tam ngung kinh doanh",
              text="""Kinh gui So,

Cong ty em muon tam ngung kinh doanh 1 nam tu thang 1/2027. Thong bao tam ngung nop online nhung bi bao thieu bien ban hop hoi dong thanh vien, cong ty chi co 1 thanh vien.
Mong So huong dan.
Duy
"""), form="fwd", cte="7bit", charset="us-ascii", topic="business_registration", unit="so-khdt",
      why="Forwarded request to suspend a company, first sent to so-khdt unanswered.")

    L("khieu-nai-qd-thu-hoi-gcn-dkdn", to="ubnd-tp",
      sender=("Tôn Nữ Minh Châu", "chau.tonnu@example.com"),
      subject="Khiếu nại quyết định thu hồi Giấy chứng nhận đăng ký doanh nghiệp",
      text="""Kính gửi UBND thành phố,

Công ty tôi nhận Quyết định số 1540/QĐ-SKHĐT của Sở Kế hoạch và Đầu tư thu hồi Giấy chứng nhận đăng ký doanh nghiệp với lý do không hoạt động tại trụ sở đăng ký.
Thực tế công ty chỉ chuyển văn phòng và đã nộp hồ sơ thay đổi địa chỉ. Tôi khiếu nại quyết định này.

Tôn Nữ Minh Châu
""", topic="business_registration", unit="so-khdt", letter="complaint",
      why="Complaint about so-khdt's revocation of a company registration, sent to the city: the issuer.")

    L("dang-ky-ho-kinh-doanh-nong-san", to=SS,
      sender=("Nguyen Van Phuc", "phuc.nguyenvan.ss@example.net"),
      subject="dang ky ho kinh doanh ban nong san",
      text="""Chao xa,

Nha toi muon dang ky ho kinh doanh de ban rau sach, trung ga o cho Soc Son va ban online. Ho so dang ky ho kinh doanh gom nhung gi, phi bao nhieu, bao lau thi co giay?
Phuc
""", topic="business_registration", unit="so-khdt",
      why="Registering a household business, sent to the commune; the market is a decoy.")


def harassment():
    L("to-cao-csgt-quoc-lo-3", to="ca-tp",
      sender=("Vi Van Hung", "hung.vivan@example.com"),
      subject="to cao CSGT chot Quoc lo 3 nhan tien cua lai xe",
      text="""Kinh gui CA TP,

Toi la lai xe tai, chieu 27/11 bi to CSGT o chot tren Quoc lo 3 doan qua Soc Son dung xe, ko lap bien ban ma goi y "gui 500 nghin cho nhanh". Nhieu xe khac cung vay.
Toi to cao hanh vi nay va de nghi xu ly.
Hung
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of traffic police sent to the police: thanh-tra; the road and commune are decoys.")

    L("nhung-nhieu-mot-cua-so-khdt", to="so-khdt",
      sender=("Quản Thị Bích", "bich.quanthi@example.net"),
      subject="Tố cáo chuyên viên gợi ý dịch vụ làm hồ sơ",
      text="""Kính gửi Sở Kế hoạch và Đầu tư,

Tôi tố cáo một chuyên viên tiếp nhận hồ sơ của Sở nhiều lần trả hồ sơ đăng ký doanh nghiệp của tôi không rõ lý do, rồi gợi ý tôi thuê một công ty dịch vụ "quen biết" với giá 15 triệu để được duyệt ngay.
Đề nghị làm rõ và xử lý.

Quản Thị Bích
""", topic="harassment", unit="thanh-tra", letter="denunciation",
      why="Denunciation of an so-khdt official sent to so-khdt itself: thanh-tra; đăng ký doanh nghiệp is a decoy.")

    L("bao-ke-cho-soc-son", to=SS,
      sender=("Nguyễn Thị Liễu", "lieu.nguyenthi@example.org"),
      subject="Tiểu thương chợ bị thu tiền bảo kê",
      text="""Kính gửi UBND xã Sóc Sơn,

Ở chợ Sóc Sơn có một nhóm người, trong đó có cán bộ ban quản lý chợ, thu của mỗi sạp 300 nghìn mỗi tháng ngoài phí chợ, gọi là tiền bảo kê, ai không nộp thì bị gây khó dễ, dọn chỗ.
Chúng tôi xin giữ kín danh tính.

Nguyễn Thị Liễu
""", topic="harassment", unit="thanh-tra",
      why="Protection money at a market collected with market officials (bảo kê): thanh-tra; the market is a decoy.")

    L("vong-vinh-cap-phep-html", to="so-xd",
      sender=("Hoang Minh Tuan", "tuan.hoangminh@example.com"),
      subject="can bo tham dinh vong vinh",
      text="""Kinh gui So Xay dung,

Toi phan anh viec can bo tham dinh ho so cap phep xay dung cua So nhieu lan hen gap ngoai gio, noi bong gio "cafe cho anh em" va lan nao cung bat bo sung giay to moi.
Toi mong So chan chinh thai do nhung nhieu nay.
Tuan
""", topic="harassment", unit="thanh-tra", shape="html", mailer="gmail",
      why="Harassment by a permit officer (vòi vĩnh), sent to so-xd: thanh-tra; cấp phép is a decoy.")

    L("to-cao-can-bo-phuong-hoan-kiem-cp1258", to=HK,
      sender=("Lê Văn Cẩn", "can.levan@example.net"),
      subject="Tố cáo cán bộ trật tự đô thị thu tiền hộ kinh doanh",
      text="""Kính gửi Chủ tịch UBND phường Hoàn Kiếm,

Tôi tố cáo hai cán bộ đội trật tự đô thị của phường Hoàn Kiếm hằng tháng thu tiền của các hộ bán hàng trên phố Hàng Đào để "bỏ qua" việc bày hàng ra vỉa hè. Ai không đưa thì bị thu giữ hàng.
Tôi đề nghị người bị tố cáo không được tham gia giải quyết.

Lê Văn Cẩn
""", topic="harassment", unit="thanh-tra", letter="denunciation", charset="windows-1258",
      cte="8bit", shape="plain", from_mode="cp1258-q", subject_mode="cp1258-q", mailer="outlook",
      why="Denunciation of the ward's own officials sent to the ward: thanh-tra; vỉa hè is a decoy for encroachment.")


def regulation():
    L("gop-y-du-thao-quy-dinh-via-he", to=HK,
      sender=("Trần Thị Bích Thủy", "bichthuy.tran@example.com"),
      subject="Góp ý dự thảo quy định quản lý, sử dụng tạm thời vỉa hè",
      text="""Kính gửi các cơ quan soạn thảo,

Tôi góp ý dự thảo Quyết định của UBND thành phố quy định về quản lý, sử dụng tạm thời một phần vỉa hè: Điều 5 yêu cầu chừa 1,5 m cho người đi bộ là không khả thi với vỉa hè phố cổ chỉ rộng 2 m.
Đề nghị quy định theo tỷ lệ bề rộng vỉa hè thay vì một con số cố định.

Trần Thị Bích Thủy
""", topic="regulation", unit="so-tp",
      why="Comments on a draft pavement rule, sent to a ward: regulation (so-tp); vỉa hè is a decoy for encroachment.")

    L("thu-tuc-thua-giay-to-cu-tru", to="ca-tp",
      sender=("Nguyen Van Hoang", "hoang.nguyenvan.bd@example.net"),
      subject="kien nghi bo yeu cau giay to trung lap trong thu tuc",
      text="""Kinh gui cac co quan,

Toi kien nghi sua quy dinh thu tuc hanh chinh: nhieu thu tuc van bat nop ban sao giay to da co trong Co so du lieu quoc gia ve dan cu, nhu giay xac nhan cu tru, trong khi luat da cho phep khai thac du lieu.
De nghi ra soat, bai bo cac yeu cau nay.
Hoang
""", topic="regulation", unit="so-tp",
      why="Proposal to drop duplicate paper requirements from procedures: regulation; cư trú is a decoy.")

    L("gop-y-muc-phi-chung-thuc-nfd", to="so-tp",
      sender=("Đỗ Thị Minh Hằng", "minhhang.do@example.org"),
      subject="Kiến nghị sửa quy định về lệ phí chứng thực bản sao điện tử",
      text="""Kính gửi Sở Tư pháp,

Quy định hiện hành thu phí chứng thực bản sao điện tử bằng với bản giấy, trong khi chi phí thực tế thấp hơn nhiều. Tôi kiến nghị Sở tham mưu sửa đổi mức phí này để khuyến khích người dân làm thủ tục trực tuyến.

Đỗ Thị Minh Hằng
""", topic="regulation", unit="so-tp", form="nfd",
      why="Proposal to change a fee regulation, right department; chứng thực is a decoy for certification; NFD.")

    L("gop-y-quy-dinh-xay-dung-nong-thon", to=SS,
      sender=("Nguyen Dinh Tu", "tu.nguyendinh@example.com"),
      subject="gop y quy dinh ve dien tich toi thieu tach thua",
      text="""Kinh gui cac co quan,

Toi gop y ve quy dinh cua thanh pho ve dien tich toi thieu duoc tach thua o cac xa ngoai thanh: muc toi thieu hien nay qua cao so voi thuc te dat o nong thon, nguoi dan ko tach dc cho con.
De nghi sua doi quy dinh cho phu hop.
Tu
""", topic="regulation", unit="so-tp",
      why="Feedback on the city's minimum plot-split rule (a regulation, not a land case), sent to the commune.")


def compliment():
    L("cam-on-so-gtvt-va-duong", to="so-gtvt",
      sender=("Lã Văn Sơn", "son.lavan@example.net"),
      subject="Cảm ơn Sở đã vá đường nhanh",
      text="""Kính gửi Sở Giao thông vận tải,

Tôi phản ánh ổ gà trên đường Hoàng Quốc Việt hôm thứ Hai, đến thứ Tư đã được vá phẳng. Xin cảm ơn các anh chị đã xử lý nhanh và trả lời rõ ràng.

Lã Văn Sơn
""", topic="compliment", unit="so-gtvt",
      why="Thanks to so-gtvt for a quick repair; ổ gà is a decoy for roads.")

    L("khen-mot-cua-xa-soc-son", to="ubnd-tp",
      sender=("Nguyen Thi Thoa", "thoa.nguyenthi.ss@example.org"),
      subject="khen bo phan mot cua xa Soc Son",
      text="""Kinh gui UBND TP,

Toi muon khen bo phan mot cua cua UBND xa Soc Son, chi can bo tu phap ho tich huong dan tan tinh, lam giay khai sinh cho chau toi chi mat 30 phut, ko phai di lai lan nao.
Cam on xa.
Thoa
""", topic="compliment", unit=SS,
      why="Praise of the commune's one-stop desk sent to the city; khai sinh is a decoy.")

    L("cam-on-phuong-ba-dinh-don-rac", to=BD,
      sender=("Tống Thị Hiền", "hien.tongthi@example.com"),
      subject="Cảm ơn phường đã dọn sạch điểm rác",
      text="""Kính gửi UBND phường Ba Đình,

Sau phản ánh của tôi, chỉ hai ngày sau điểm rác tự phát ở đầu ngõ đã được dọn sạch, phường còn cho trồng cây và đặt biển. Cả tổ dân phố rất vui, xin cảm ơn phường.

Tống Thị Hiền
""", topic="compliment", unit=BD, shape="html", mailer="webmail",
      why="Thanks to the ward for cleaning a dump; rác is a decoy for garbage. HTML only.")

    L("cam-on-so-tu-phap-ly-lich", to="ubnd-tp",
      sender=("Nguyen Quang Vinh", "vinh.nguyenquang@example.net"),
      subject="cam on So Tu phap cap phieu ly lich tu phap nhanh",
      text="""Kinh gui UBND TP,

Toi xin cam on So Tu phap da cap phieu ly lich tu phap cho toi qua VNeID chi trong 3 ngay, som hon hen, kip cho toi nop ho so di lam o nuoc ngoai.
Vinh
""", topic="compliment", unit="so-tp",
      why="Thanks to so-tp for a criminal-record certificate, sent to the city office.")


def other():
    L("thieu-cho-hoc-mam-non", to=CG,
      sender=("Nguyen Thi Thanh Tam", "thanhtam.nguyen@example.com"),
      subject="con ko boc tham dc vao truong mam non cong lap",
      text="""Kinh gui cac co quan,

Con toi 3 tuoi, ho khau o phuong Cau Giay nhung ko boc tham dc vao truong mam non cong lap nao trong phuong, truong tu thi hoc phi 6-7 trieu/thang.
De nghi thanh pho xay them truong mam non cong lap.
Tam
""", topic="other", unit="ubnd-tp",
      why="Shortage of public kindergartens (education): other; hộ khẩu and the ward are decoys.")

    L("tro-cap-nguoi-cao-tuoi-cham", to=SS,
      sender=("Đàm Văn Lực", "luc.damvan@example.net"),
      subject="Trợ cấp người cao tuổi ba tháng chưa nhận",
      text="""Kính gửi các cơ quan,

Bố tôi 82 tuổi, hưởng trợ cấp xã hội hằng tháng theo diện người cao tuổi, từ tháng 9 đến nay chưa nhận được đồng nào, hỏi thì bảo đang chuyển sang chi trả qua tài khoản.
Đề nghị giải quyết sớm cho các cụ.

Đàm Văn Lực
""", topic="other", unit="ubnd-tp",
      why="Social allowance for the elderly unpaid (no listed unit owns it): other, ubnd-tp.")

    L("benh-vien-qua-tai-html", to="so-xd",
      sender=("Ha Thi Kim", "kim.hathi@example.org"),
      subject="benh vien huyen qua tai, cho kham ca ngay",
      text="""Kinh gui cac anh chi,

Benh vien da khoa Soc Son qua tai, toi dua me di kham phai cho tu 5h sang den 3h chieu, hanh lang chat kin nguoi benh. Khu kham moi xay xong lau ma chua dua vao su dung.
De nghi thanh pho quan tam nang cap benh vien.
Kim
""", topic="other", unit="ubnd-tp", shape="html", mailer="outlook",
      why="Hospital overcrowding (health), sent to so-xd because of the unused new building: other.")

    L("cong-dich-vu-cong-loi-otp", to="so-tp",
      sender=("Thái Văn Hùng", "hung.thaivan@example.com"),
      subject="Cổng dịch vụ công không gửi được mã OTP",
      text="""Kính gửi Sở,

Ba ngày nay tôi đăng nhập Cổng dịch vụ công của thành phố đều không nhận được mã OTP qua tin nhắn, không nộp được hồ sơ gì. Gọi tổng đài thì không ai nghe máy.
Đề nghị kiểm tra hệ thống.

Thái Văn Hùng
""", topic="other", unit="ubnd-tp",
      why="The online public-service portal failing: other (ubnd-tp), sent to so-tp.")

    L("tiem-chung-tram-y-te-het-vac-xin", to="so-gtvt",
      sender=("Mai Văn Quý", "quy.maivan@example.net"),
      subject="Trạm y tế hết vắc xin tiêm chủng mở rộng",
      text="""Kính gửi các cơ quan,

Hai tháng nay trạm y tế nơi tôi ở xã Sóc Sơn báo hết vắc xin sởi và bạch hầu trong chương trình tiêm chủng mở rộng, con tôi đến lịch mà không được tiêm, phải ra dịch vụ trả tiền.
Đề nghị ngành y tế bổ sung vắc xin kịp thời.

Mai Văn Quý
""", topic="other", unit="ubnd-tp",
      why="Vaccine shortage at a health station (health): other; sent to so-gtvt by mistake; the commune is a decoy.")

    L("hoc-them-bat-buoc-thcs", to="ubnd-tp",
      sender=("Bui Thi Lan", "lan.buithi.bd@example.com"),
      subject="truong THCS thu tien hoc them bat buoc",
      text="""Kinh gui UBND TP,

Truong THCS cua con toi o phuong Ba Dinh thu them moi hoc sinh 800 nghin/thang tien hoc them tai truong, noi la tu nguyen nhung ai ko dong thi con bi xep lop rieng.
De nghi kiem tra viec day them hoc them.
Lan
""", topic="other", unit="ubnd-tp",
      why="Compulsory paid extra classes at a school (education): other; the ward is a decoy.")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else HERE
    for group in (garbage, noise, encroachment, roads, flooding, water, power, land, residence,
                  civil_status, certification, illegal_construction, construction_permit, business,
                  harassment, regulation, compliment, other):
        group()
    write_batch(FIRST, LAST, out_dir)
    mr.summary()


if __name__ == "__main__":
    main()
