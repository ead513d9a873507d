"""Batch 3: held-out drafts written after run 3 and kept out of the shared tree until measured,
because batches 1-2 had by then been read by the team (lexicon entries quote them)."""
from __future__ import annotations

from docs_other import doc as doc_other
from docs_vi import NAT, doc

DOCS = [
    doc("vi32-ke-hoach-tru-so-doi-du.pdf", [
        ("hdr", ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số:      /KH-UBND"], NAT + ["Đồng Tháp, ngày    tháng    năm 2026"], "table"),
        ("b", "KẾ HOẠCH"),
        ("b", "Xử lý trụ sở, tài sản công dôi dư sau sắp xếp đơn vị hành chính"),
        ("b", "I. NHIỆM VỤ"),
        ("p", "1. Sở Tài chính chủ trì, phối hợp với UBND các xã, phường lập danh mục trụ sở dôi dư, trình UBND tỉnh trước ngày 31/3/2026."),
        ("p", "2. Rà soát, bố trí lại trụ sở dôi dư làm trường học, trạm y tế, nhà văn hóa, hoàn thành trong quý II/2026."),
        ("p", "3. Sở Xây dựng, Sở Tài chính cùng chủ trì thẩm định phương án cải tạo trụ sở, hoàn thành trước ngày 30/9/2026."),
        ("p", "4. UBND các xã, phường quản lý, bảo vệ trụ sở chưa sử dụng, không để xuống cấp, lấn chiếm; báo cáo kết quả trước ngày 15/12/2026."),
        ("b", "II. KINH PHÍ"),
        ("p", "Kinh phí cải tạo trụ sở bố trí từ nguồn vốn đầu tư công trung hạn 2026 - 2030 của tỉnh."),
        ("sig", ["Nơi nhận:", "- Bộ Tài chính;", "- TT Tỉnh ủy;", "- Các sở, ngành; UBND các xã, phường;", "- Lưu: VT, KT."],
         ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Huỳnh Minh Tuấn"]),
    ], expect=[("DL201", "bố trí lại trụ sở dôi dư"), ("DL202", "thẩm định phương án cải tạo")],
       note="numbered tasks in PDF: one without lead, one with two co-leads"),

    doc("vi33-cong-van-bao-cao-so-lieu.docx", [
        ("hdr", ["UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ", "Số:      /SNV-CCHC", "V/v báo cáo số lượng hội nghị năm 2025"],
         NAT + ["Thái Nguyên, ngày    tháng    năm 2026"], "table"),
        ("p", "Kính gửi: Thủ trưởng các sở, ban, ngành tỉnh."),
        ("p", "Để có cơ sở tổng hợp, báo cáo UBND tỉnh về việc giảm số lượng hội nghị theo Kết luận số 226-KL/TW, Sở Nội vụ đề nghị Thủ trưởng các sở, ban, ngành báo cáo số hội nghị đã tổ chức năm 2025 (trực tiếp, trực tuyến) theo biểu mẫu gửi kèm, gửi về Sở Nội vụ trước ngày 20/01/2026 qua Hệ thống quản lý văn bản."),
        ("p", "Đầu mối liên hệ: ông Đỗ Minh Quân, Phòng Cải cách hành chính, điện thoại 0208 3855 123."),
        ("sig", ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (b/c);", "- Lưu: VT, CCHC."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Hà Thị Thanh"]),
    ], note="good short official letter"),

    doc("vi34-bao-cao-nam.txt", [
        ("hdr", ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG THANH", "Số:    /BC-UBND"], NAT + ["Mường Thanh, ngày   tháng   năm 2026"], "tabs"),
        ("b", "BÁO CÁO"),
        ("b", "Kết quả cải cách hành chính năm 2025"),
        ("b", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
        ("p", "Tiếp nhận 3.412 hồ sơ thủ tục hành chính, giải quyết đúng hạn 3.390 hồ sơ (99,4%); 87% hồ sơ nộp trực tuyến."),
        ("b", "II. NHIỆM VỤ NĂM 2026"),
        ("p", "- Phòng Kinh tế tiếp tục theo dõi, đôn đốc việc giải quyết hồ sơ đất đai."),
        ("p", "- Năm 2026, giảm 10% số cuộc họp so với năm 2025."),
        ("p", "- Văn phòng HĐND và UBND xã hoàn thành số hóa kết quả giải quyết thủ tục hành chính trước ngày 30/6/2026."),
        ("sig", ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lò Thị Xuân"]),
    ], expect=[("DL702", "giảm 10% số cuộc họp")],
       optional=[("DL702", "theo dõi, đôn đốc việc giải quyết hồ sơ đất đai")],
       note="report: one next task without owner; the other has no date of its own, but its section heading "
            "'NHIỆM VỤ NĂM 2026' gives a period, which the rules count as its timing (optional)"),

    doc("vi35-giay-moi-bang.docx", [
        ("hdr", ["UBND TỈNH QUẢNG NGÃI", "SỞ TƯ PHÁP", "Số:      /GM-STP"], NAT + ["Quảng Ngãi, ngày    tháng    năm 2026"], "table"),
        ("b", "GIẤY MỜI"),
        ("b", "Hội nghị tập huấn nghiệp vụ hộ tịch năm 2026"),
        ("p", "Sở Tư pháp trân trọng kính mời công chức Tư pháp - Hộ tịch các xã, phường dự Hội nghị tập huấn nghiệp vụ hộ tịch."),
        ("p", "Thời gian: buổi chiều ngày 09/4/2026. Địa điểm: Hội trường Sở Tư pháp."),
        ("t", [["Thời gian", "Nội dung", "Người thực hiện"],
               ["14h00 - 14h10", "Khai mạc hội nghị", "Phó Giám đốc Sở"],
               ["14h10 - 14h25", "Báo cáo tóm tắt tình hình đăng ký hộ tịch năm 2025", "Trưởng phòng Hành chính tư pháp"],
               ["14h25 - 16h15", "Hướng dẫn nghiệp vụ đăng ký hộ tịch điện tử; giải đáp vướng mắc", "Chuyên viên Phòng Hành chính tư pháp"],
               ["16h15 - 16h30", "Kết luận hội nghị", "Phó Giám đốc Sở"]], set()),
        ("sig", ["Nơi nhận:", "- Như trên;", "- Lưu: VT, HCTP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Võ Văn Hưng"]),
    ], expect=[("DL602", "Báo cáo tóm tắt tình hình đăng ký hộ tịch")],
       note="agenda table: a 15-minute report; training session is not a presentation"),

    doc("vi36-huong-dan-phong-thi-nghiem.pdf", [
        ("hdr", ["UBND TỈNH BÌNH THUẬN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:      /HD-SKHCN"], NAT + ["Bình Thuận, ngày    tháng    năm 2026"], "table"),
        ("b", "HƯỚNG DẪN"),
        ("b", "An toàn hóa chất trong phòng thí nghiệm thuộc Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng"),
        ("p", "1. Hóa chất được phân loại theo nhóm nguy hiểm, bảo quản trong tủ có hệ thống hút khí, nhãn ghi rõ tên, nồng độ, ngày mở nắp."),
        ("p", "2. Dung môi dễ cháy không lưu quá 20 lít tại phòng thí nghiệm; bình chữa cháy CO2 đặt cách cửa ra vào không quá 3 m."),
        ("p", "3. Người lao động làm việc trong môi trường độc hại được bồi dưỡng bằng hiện vật và hưởng chế độ nghỉ dưỡng sức theo quy định."),
        ("p", "4. Trung tâm tổ chức tập huấn an toàn hóa chất cho nhân viên phòng thí nghiệm mỗi năm một lần."),
        ("p", "5. Chất thải hóa chất được thu gom vào thùng chứa riêng, bàn giao cho đơn vị có chức năng xử lý theo hợp đồng."),
        ("sig", ["Nơi nhận:", "- Trung tâm KTTCĐLCL;", "- Lưu: VT, TĐC."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Thành Công"]),
    ], expect=[("DL301", "bồi dưỡng bằng hiện vật")],
       note="technical guidance with one paragraph on workers' regimes (in-kind allowance, rest leave)"),

    doc_other("en07-plan-responsible-table.docx", "en", [
        ("p", "PROVINCIAL DEPARTMENT OF CONSTRUCTION"),
        ("b", "IMPLEMENTATION PLAN"),
        ("b", "Digital building permits, 2026"),
        ("b", "Tasks and responsibilities"),
        ("t", [["#", "Activity", "Responsible", "Timeline", "Funding"],
               ["1", "Put all building-permit procedures on the public service portal", "Permits Division", "By 31 May 2026", "Operating budget"],
               ["2", "Scan the permit archive for 2015-2025", "Archives Unit", "Continuous", "VND 200 million"],
               ["3", "Issue a joint circular on online inspections", "Ministry of Justice / Ministry of Home Affairs", "Q3 2026", "None"]], set()),
    ], expect=[("DL204", "Scan the permit archive"), ("DL202", "joint circular on online inspections")],
       note="English task table: 'Continuous' as the only timing; two ministries as leads"),

    doc_other("ru07-plan-polya.txt", "ru", [
        ("p", "УПРАВЛЕНИЕ ДЕЛАМИ ГУБЕРНАТОРА"),
        ("b", "ПЛАН"),
        ("b", "мероприятий по сокращению числа совещаний на 2026 год"),
        ("b", "Мероприятия:"),
        ("p", "1. Утвердить график совещаний на первое полугодие. Ответственный: отдел протокола. Срок: до 15 января 2026 года."),
        ("p", "2. Перевести еженедельные планёрки в формат видеоконференции. Ответственный: отдел информатизации. Срок: постоянно."),
        ("p", "3. Подготовить предложения по сокращению числа рабочих групп. Срок: до 1 марта 2026 года."),
        ("p", "Финансирование: в пределах сметы Управления на 2026 год."),
    ], expect=[("DL204", "еженедельные планёрки"), ("DL201", "рабочих групп")],
       note="Russian plan with 'Ответственный:' and 'Срок:' fields; 'постоянно'; a task without executor"),

    doc_other("nb05-program-fagdag.txt", "nb", [
        ("p", "STATSFORVALTEREN I VESTLAND"),
        ("b", "INVITASJON"),
        ("b", "Fagdag om digital arkivering i kommunene"),
        ("p", "Tid: 12. mars 2026 kl. 09.00–12.00"),
        ("b", "Program"),
        ("p", "09.00–09.20 Åpning ved statsforvalteren"),
        ("p", "09.20–09.30 Innlegg: Status for Noark 5 i fylket"),
        ("p", "09.30–10.00 Innlegg: Erfaringer fra Bergen kommune"),
        ("p", "10.00–11.45 Gruppearbeid og diskusjon"),
        ("p", "11.45–12.00 Avslutning"),
    ], expect=[("DL601", "Åpning ved statsforvalteren"), ("DL602", "Erfaringer fra Bergen kommune")],
       note="Norwegian programme: 20-minute opening, 30-minute talk"),
]
for _d in DOCS:
    _d["batch"] = 3
