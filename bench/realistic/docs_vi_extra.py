"""Second batch of Vietnamese drafts, added after the first run (scored apart as batch 2 so the
first 40 documents stay comparable between runs): tasks under unit headings, Word's automatic
numbering, results given in a table, and a copy typed without diacritics."""
from __future__ import annotations

import unicodedata

from docs_vi import NAT, doc


def no_diacritics(text: str) -> str:
    """The text as typed on a keyboard without a Vietnamese input method."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _strip(blocks: list[tuple]) -> list[tuple]:
    out = []
    for b in blocks:
        if b[0] in ("hdr", "sig"):
            out.append((b[0], [no_diacritics(s) for s in b[1]], [no_diacritics(s) for s in b[2]], *b[3:]))
        else:
            out.append((b[0], no_diacritics(b[1])))
    return out


DOCS = [
    doc("vi24-ke-hoach-giao-theo-don-vi.docx", [
        ("hdr", ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số:      /KH-UBND"], NAT + ["Phú Thọ, ngày    tháng    năm 2026"], "table"),
        ("b", "KẾ HOẠCH"),
        ("b", "Giảm văn bản, hội nghị và đẩy mạnh chuyển đổi số trong các cơ quan hành chính tỉnh năm 2026"),
        ("b", "I. MỤC TIÊU"),
        ("p", "Năm 2026 giảm ít nhất 15% văn bản hành chính, giảm 10% số hội nghị so với năm 2025; 100% văn bản, báo cáo định kỳ được gửi trên môi trường mạng."),
        ("b", "II. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
        ("p", "1. Văn phòng UBND tỉnh:"),
        ("bl", "Tham mưu UBND tỉnh ban hành Chương trình hội nghị năm 2026, trong đó hội nghị trực tiếp không quá 40%; hoàn thành trước ngày 31/01/2026."),
        ("bl", "Vận hành Hệ thống thông tin báo cáo của tỉnh, kết nối với Hệ thống thông tin báo cáo Chính phủ trong quý II/2026."),
        ("p", "2. Sở Khoa học và Công nghệ:"),
        ("bl", "Nâng cấp nền tảng họp trực tuyến dùng chung, bảo đảm kết nối đến 100% xã, phường trước ngày 30/6/2026."),
        ("bl", "Hướng dẫn các cơ quan, đơn vị triển khai ký số trên thiết bị di động."),
        ("p", "3. Sở Tài chính:"),
        ("bl", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị, hoàn thành trước ngày 15/01/2026."),
        ("b", "III. KINH PHÍ"),
        ("p", "Ngân sách tỉnh bảo đảm theo phân cấp hiện hành; tổng kinh phí dự kiến 3,5 tỷ đồng."),
        ("sig", ["Nơi nhận:", "- Văn phòng Chính phủ;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành;", "- Lưu: VT, TH."],
         ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thanh Hải"]),
    ], expect=[("DL203", "ký số trên thiết bị di động")],
       note="tasks as Word bullets under unit headings ('1. Sở Tài chính:'): the heading is the lead; one bullet has no deadline"),

    doc("vi25-ke-hoach-tu-dong-danh-so.docx", [
        ("hdr", ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC CHUYỂN ĐỔI SỐ", "Số:      /KH-CĐS"], NAT + ["Hà Nội, ngày    tháng    năm 2026"], "tabs"),
        ("b", "KẾ HOẠCH"),
        ("b", "Số hóa hồ sơ, tài liệu và chuẩn hóa báo cáo của Cục năm 2026"),
        ("b", "I. NHIỆM VỤ"),
        ("li", "Văn phòng Cục chủ trì số hóa 100% hồ sơ lưu trữ cơ quan giai đoạn 2020 - 2025, hoàn thành trước ngày 30/10/2026."),
        ("li", "Phòng Dữ liệu chủ trì, phối hợp với Văn phòng Cục xây dựng bộ chỉ tiêu báo cáo thống nhất của Cục, trình Cục trưởng trong quý III/2026."),
        ("li", "Trung tâm Tin học và Thống kê bảo đảm hạ tầng, sao lưu dữ liệu khi có yêu cầu."),
        ("li", "Phòng Kế hoạch - Tài chính lập dự toán kinh phí số hóa, trình Cục trưởng phê duyệt trước ngày 31/3/2026."),
        ("b", "II. KINH PHÍ"),
        ("p", "Từ nguồn chi thường xuyên của Cục năm 2026 và nguồn vốn Chương trình chuyển đổi số của Bộ."),
        ("sig", ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Các phòng, đơn vị thuộc Cục;", "- Lưu: VT, VP."],
         ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "", "", "Đinh Văn Thành"]),
    ], expect=[("DL204", "sao lưu dữ liệu khi có yêu cầu")],
       note="tasks in Word's automatic numbering (the '1.' is not in the text); one task only 'khi có yêu cầu'"),

    doc("vi26-bao-cao-bang-so-lieu.pdf", [
        ("hdr", ["UBND TỈNH VĨNH LONG", "SỞ NỘI VỤ", "Số:     /BC-SNV"], NAT + ["Vĩnh Long, ngày    tháng    năm 2026"], "table"),
        ("b", "BÁO CÁO"),
        ("b", "Kết quả giảm văn bản, hội nghị năm 2025 của các sở, ngành"),
        ("b", "I. KẾT QUẢ THỰC HIỆN"),
        ("p", "Các sở, ngành đã thực hiện nghiêm chỉ đạo của UBND tỉnh; kết quả cụ thể như sau:"),
        ("t", [["Nội dung", "Năm 2024", "Năm 2025", "Tăng/giảm"],
               ["Văn bản hành chính ban hành", "12.480", "10.390", "giảm 16,7%"],
               ["Hội nghị tổ chức", "412", "366", "giảm 11,2%"],
               ["Hội nghị trực tuyến", "158", "231", "tăng 46,2%"]], set()),
        ("b", "II. NHIỆM VỤ NĂM 2026"),
        ("p", "1. Sở Nội vụ theo dõi, tổng hợp số liệu văn bản, hội nghị của các sở, ngành, báo cáo UBND tỉnh hằng quý."),
        ("p", "2. Sở Khoa học và Công nghệ chủ trì hoàn thiện phần mềm thống kê hội nghị, đưa vào sử dụng trước ngày 30/4/2026."),
        ("sig", ["Nơi nhận:", "- UBND tỉnh;", "- Các sở, ban, ngành;", "- Lưu: VT, CCVTLT."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Minh Khoa"]),
    ], note="good report whose figures are in a table under the results heading"),

    doc("vi27-cong-van-khong-dau-sao-chep.txt", _strip([
        ("hdr", ["UBND TỈNH TÂY NINH", "SỞ TÀI CHÍNH", "Số:    /STC-VP", "V/v thực hiện Kết luận 226-KL/TW"],
         NAT + ["Tây Ninh, ngày   tháng   năm 2026"], "tabs"),
        ("p", "Kính gửi: Các phòng, đơn vị thuộc Sở."),
        ("p", "Thực hiện Kết luận số 226-KL/TW của Ban Bí thư, Sở Tài chính yêu cầu các phòng, đơn vị:"),
        ("p", "- Tập trung đầu tư, nâng cấp, hoàn thiện hạ tầng công nghệ thông tin, hạ tầng số, nền tảng số và dữ liệu số; bảo đảm kết nối thông suốt, an toàn thông tin, đồng bộ hệ thống dữ liệu từ Trung ương đến địa phương; tạo thuận lợi cho việc khai thác dữ liệu dùng chung; thực hiện kiểm tra tự động để tránh trùng lặp nội dung; đẩy mạnh dịch vụ công trực tuyến phục vụ người dân và doanh nghiệp."),
        ("p", "- Thực hiện thủ tục hành chính trên môi trường số, số hóa hồ sơ, tài liệu đạt tỷ lệ từ 95% trở lên. Tăng cường đào tạo, bồi dưỡng chuyên môn, kỹ năng số, năng lực lãnh đạo, quản lý cho cán bộ, công chức, viên chức ứng dụng công nghệ số và trí tuệ nhân tạo (AI) trong hoạt động chuyên môn."),
        ("p", "Đề nghị các phòng, đơn vị nghiêm túc thực hiện./."),
        ("sig", ["Nơi nhận:", "- Như trên;", "- Lưu: VT, VP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Võ Thành Sơn"]),
    ]), expect=[("DL101", None), ("DL102", ["ha tang so, nen tang so", "tri tue nhan tao", "dong bo he thong du lieu"])],
       note="official letter typed without diacritics that relays two bullets of §2.3"),
    doc("vi28-ke-hoach-thoi-han-da-dang.docx", [
        ("hdr", ["UBND TỈNH KHÁNH HÒA", "SỞ Y TẾ", "Số:      /KH-SYT"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "Khánh Hòa, ngày    tháng    năm 2026"], "table"),
        ("b", "KẾ HOẠCH"),
        ("b", "Ứng dụng công nghệ thông tin trong quản lý y tế cơ sở năm 2026"),
        ("b", "I. NHIỆM VỤ VÀ PHÂN CÔNG"),
        ("t", [["TT", "Nội dung", "Cơ quan thực hiện", "Thời hạn", "Kinh phí"],
               ["1", "Triển khai hồ sơ sức khỏe điện tử cho người dân tại 100% trạm y tế", "Trung tâm Kiểm soát bệnh tật tỉnh (chủ trì), UBND các xã, phường", "Chậm nhất ngày 15/10/2026", "Ngân sách tỉnh"],
               ["2", "Phát sóng chuyên mục hướng dẫn cài đặt ứng dụng sổ sức khỏe điện tử", "Đài Phát thanh và Truyền hình tỉnh", "Quý 3/2026", "Nguồn chi thường xuyên"],
               ["3", "Kết nối dữ liệu tiêm chủng với cơ sở dữ liệu quốc gia về dân cư", "Công an tỉnh", "6 tháng đầu năm 2026", "Không phát sinh"],
               ["4", "Cập nhật số liệu khám, chữa bệnh lên Hệ thống thông tin báo cáo của tỉnh", "UBND các xã, phường", "Trước ngày 20 hằng tháng", "Không phát sinh"],
               ["5", "Tập huấn sử dụng bệnh án điện tử cho bệnh viện tuyến tỉnh", "Sở Y tế, Sở Khoa học và Công nghệ", "Tháng 7/2026", "150 triệu đồng"]], set()),
        ("b", "II. TỔ CHỨC THỰC HIỆN"),
        ("p", "Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 25/12/2026."),
        ("sig", ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."], ["GIÁM ĐỐC", "", "", "", "Bùi Thị Ngọc"]),
    ], expect=[("DL202", "bệnh án điện tử cho bệnh viện")],
       note="one 'Cơ quan thực hiện' column marking the lead '(chủ trì)'; varied deadlines; en-dash motto; one row lists two units"),

    doc("vi29-giay-moi-gio-phut.pdf", [
        ("hdr", ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số:      /GM-UBND"], NAT + ["Hà Tĩnh, ngày    tháng    năm 2026"], "table"),
        ("b", "GIẤY MỜI"),
        ("b", "Hội nghị triển khai Chương trình chuyển đổi số năm 2026"),
        ("p", "Ủy ban nhân dân tỉnh tổ chức Hội nghị triển khai Chương trình chuyển đổi số năm 2026, cụ thể như sau:"),
        ("p", "1. Thành phần: Lãnh đạo các sở, ban, ngành cấp tỉnh; Chủ tịch UBND các xã, phường."),
        ("p", "2. Thời gian: 01 buổi, bắt đầu từ 8 giờ 00 phút, ngày 16/4/2026."),
        ("p", "3. Nội dung:"),
        ("p", "- Phát biểu khai mạc: đồng chí Phó Chủ tịch UBND tỉnh (15 phút);"),
        ("p", "- Báo cáo kết quả chuyển đổi số năm 2025, nhiệm vụ năm 2026: Giám đốc Sở Khoa học và Công nghệ (10 phút);"),
        ("p", "- Tham luận của 03 đơn vị: Sở Y tế, phường Thành Sen, xã Thạch Hà (mỗi đơn vị 07 phút);"),
        ("p", "- Thảo luận (60 phút);"),
        ("p", "- Phát biểu chỉ đạo, kết luận hội nghị: đồng chí Chủ tịch UBND tỉnh (30 phút)."),
        ("p", "4. Địa điểm: Hội trường tầng 3, trụ sở UBND tỉnh."),
        ("sig", ["Nơi nhận:", "- Như thành phần;", "- Lưu: VT, KGVX."], ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "", "Phan Văn Hòa"]),
    ], expect=[("DL601", "Phát biểu khai mạc")],
       note="agenda with written durations '(15 phút)', start time '8 giờ 00 phút'; the opening takes 15 minutes"),

    doc("vi30-huong-dan-khong-dau-nhan-su.txt", _strip([
        ("hdr", ["UBND TỈNH NINH BÌNH", "SỞ XÂY DỰNG", "Số:    /HD-SXD"], NAT + ["Ninh Bình, ngày   tháng   năm 2026"], "tabs"),
        ("b", "HƯỚNG DẪN"),
        ("b", "Kỹ thuật bảo trì hệ thống camera giám sát giao thông"),
        ("p", "1. Vệ sinh ống kính, vỏ che camera 03 tháng một lần; kiểm tra gioăng chống nước sau mỗi đợt mưa bão."),
        ("p", "2. Kiểm tra nguồn điện, bộ lưu điện và thiết bị chống sét lan truyền hằng tháng; điện trở tiếp đất không quá 4 ôm."),
        ("p", "3. Sao lưu dữ liệu hình ảnh tối thiểu 30 ngày; dữ liệu vụ việc được trích xuất và lưu riêng theo yêu cầu của cơ quan chức năng."),
        ("p", "4. Cán bộ kỹ thuật trực đêm được hưởng phụ cấp trách nhiệm hệ số 0,1 theo quy định."),
        ("p", "5. Đội Quản lý camera tổ chức tập huấn kỹ thuật cho nhân viên mới trong tháng 3/2026."),
        ("sig", ["Nơi nhận:", "- Đội Quản lý camera;", "- Lưu: VT, HT."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Tạ Quang Huy"]),
    ]), expect=[("DL301", "phu cap trach nhiem")],
       note="technical guidance typed without diacritics, with an allowance paragraph"),

    doc("vi31-ke-hoach-bang-pdf.pdf", [
        ("hdr", ["UBND TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số:      /KH-SGDĐT"], NAT + ["Hà Tĩnh, ngày    tháng    năm 2026"], "table"),
        ("b", "KẾ HOẠCH"),
        ("b", "Chuyển đổi số ngành Giáo dục và Đào tạo năm 2026"),
        ("b", "I. NHIỆM VỤ CỤ THỂ"),
        ("t", [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kinh phí"],
               ["1", "Xây dựng kho dữ liệu dùng chung của ngành, kết nối với Trung tâm dữ liệu tỉnh", "Văn phòng Sở", "Trung tâm Công nghệ thông tin tỉnh", "Trước ngày 30/9/2026", "500 triệu đồng"],
               ["2", "Cấp học bạ số cho 100% học sinh lớp 12", "", "Các trường THPT", "Năm học 2025 - 2026", "Nguồn xã hội hóa"],
               ["3", "Cập nhật cơ sở dữ liệu đội ngũ nhà giáo", "Phòng Tổ chức cán bộ", "Các trường", "Khi có yêu cầu", "Không"],
               ["4", "Tổ chức 02 hội nghị trực tuyến hướng dẫn tuyển sinh đầu cấp", "Phòng Giáo dục phổ thông", "Trung tâm Công nghệ thông tin tỉnh", "Tháng 5/2026", "20 triệu đồng"]], set()),
        ("sig", ["Nơi nhận:", "- UBND tỉnh;", "- Các phòng thuộc Sở;", "- Lưu: VT, VP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Văn Chương"]),
    ], expect=[("DL201", "học bạ số"), ("DL204", "đội ngũ nhà giáo")],
       note="PDF task table with wrapped cells: an empty lead cell and a 'Khi có yêu cầu' deadline"),
]
for _d in DOCS:
    _d["batch"] = 2
