"""Regenerate the sample drafts in examples/ (run: .venv/bin/python examples/make_examples.py).

Each draft is realistic and carries the defects a drafter commonly leaves in, so `make demo`
shows what doclint reports; `ke-hoach-tot.docx` is a good plan that should pass clean.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from builders import Heading, Item, Table, write_docx, write_pdf, write_text  # noqa: E402

SEEDS = HERE.parent / "corpus"

VI_HEADER = [["ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
             ["Số:        /KH-UBND", "Lâm Đồng, ngày      tháng 12 năm 2025"]]
VI_SIGNATURE = ["Nơi nhận:", "- Như trên;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, TH.",
                "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hùng"]


def vi_plan_with_gaps() -> None:
    """A provincial plan whose task table leaves owners, deadlines and resources open."""
    body = [
        "KẾ HOẠCH",
        "Thực hiện Kết luận số 226-KL/TW ngày 12/12/2025 của Ban Bí thư về chấn chỉnh lề lối làm việc",
        Heading("I. MỤC ĐÍCH, YÊU CẦU", 1),
        "Cụ thể hóa các nhiệm vụ tại Kết luận số 226-KL/TW phù hợp với tình hình thực tế của tỉnh; "
        "giảm ít nhất 15% số lượng văn bản hành chính so với năm 2025.",
        Heading("II. NHIỆM VỤ VÀ GIẢI PHÁP", 1),
        Table([["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
               ["I. CẢI CÁCH THỂ CHẾ"],
               ["1", "Rà soát, bãi bỏ các quy trình, thủ tục hành chính không còn phù hợp", "Sở Tư pháp",
                "Các sở, ban, ngành", "Trước ngày 30/6/2026"],
               ["2", "Xây dựng quy chế xử lý văn bản điện tử trên Hệ thống quản lý văn bản của tỉnh",
                "Sở Khoa học và Công nghệ; Văn phòng UBND tỉnh", "UBND các xã, phường", "Quý III/2026"],
               ["II. CHUYỂN ĐỔI SỐ"],
               ["3", "Số hóa hồ sơ, tài liệu lưu trữ, bảo đảm tỷ lệ số hóa đạt trên 95%", "Sở Nội vụ",
                "Các sở, ban, ngành", "Thường xuyên"],
               ["4", "Tổ chức kiểm tra, đôn đốc việc thực hiện Kế hoạch tại các địa phương", "",
                "Sở Nội vụ", "Năm 2026"],
               ["5", "Báo cáo kết quả giảm số lượng văn bản, hội nghị", "Văn phòng UBND tỉnh", "", ""]],
              merged_rows={1, 4}),
        Heading("III. TỔ CHỨC THỰC HIỆN", 1),
        "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm triển khai "
        "Kế hoạch này; định kỳ báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ).",
        *VI_SIGNATURE,
    ]
    write_docx(HERE / "ke-hoach-thuc-hien-226.docx", body, header_table=VI_HEADER,
               margins_mm=(20, 20, 20, 15))


def vi_good_plan() -> None:
    """One lead, a date and a budget line per task: nothing to report."""
    body = [
        "KẾ HOẠCH",
        "Số hóa hồ sơ lưu trữ của Sở Nội vụ năm 2026",
        Heading("I. NHIỆM VỤ CỤ THỂ", 1),
        Table([["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kinh phí"],
               ["1", "Số hóa 12.000 hồ sơ nhiệm kỳ 2020–2025 của Sở", "Chi cục Văn thư – Lưu trữ",
                "Văn phòng Sở", "Trước ngày 30/9/2026", "450 triệu đồng, ngân sách tỉnh"],
               ["2", "Đưa phần mềm quản lý tài liệu số vào sử dụng tại 100% phòng chuyên môn",
                "Văn phòng Sở", "Trung tâm Chuyển đổi số tỉnh", "Trước ngày 31/10/2026",
                "120 triệu đồng, kinh phí chi thường xuyên của Sở"]]),
        Heading("II. KINH PHÍ THỰC HIỆN", 1),
        "Kinh phí thực hiện Kế hoạch bố trí từ nguồn ngân sách tỉnh giao cho Sở Nội vụ năm 2026.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, VTLT.", "GIÁM ĐỐC", "Trần Thị Mai",
    ]
    header = [["UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
              ["Số:      /KH-SNV", "Lâm Đồng, ngày      tháng 01 năm 2026"]]
    write_docx(HERE / "ke-hoach-tot.docx", body, header_table=header)


def vi_technical_guidance() -> None:
    """Technical guidance that slipped in allowances and an appointment (§2.1)."""
    body = [
        "HƯỚNG DẪN",
        "Quy trình lập, quản lý hồ sơ điện tử trên Hệ thống quản lý văn bản và điều hành",
        Heading("1. Phạm vi áp dụng", 2),
        "Hướng dẫn này áp dụng đối với các cơ quan, đơn vị sử dụng Hệ thống quản lý văn bản và điều hành của tỉnh.",
        Heading("2. Lập hồ sơ điện tử", 2),
        "Văn bản điện tử được ký số phải được đưa vào hồ sơ ngay trong ngày làm việc; mỗi hồ sơ có mã hồ sơ "
        "theo danh mục hồ sơ do cơ quan ban hành.",
        "Công chức văn thư được hưởng phụ cấp độc hại bằng 0,2 mức lương cơ sở và được nâng lương trước "
        "thời hạn khi hoàn thành số hóa vượt chỉ tiêu.",
        "Bổ nhiệm ông Lê Văn Nam giữ chức Phó Chánh Văn phòng phụ trách công tác lưu trữ kể từ ngày 01/3/2026.",
        Heading("3. Bảo quản dữ liệu", 2),
        "Dữ liệu hồ sơ được sao lưu hằng ngày; bản sao lưu được kiểm tra khả năng phục hồi mỗi quý.",
        "Nơi nhận:", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Thị Lan",
    ]
    header = [["UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
              ["Số:    /HD-SNV", "Lâm Đồng, ngày    tháng 02 năm 2026"]]
    write_docx(HERE / "huong-dan-ho-so-dien-tu.docx", body, header_table=header)


def _seed_lines(name: str, start: str, stop: str) -> list[str]:
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith(start))
    j = next(n for n, line in enumerate(lines) if n > i and line.startswith(stop))
    return [line for line in lines[i:j] if line.strip()]


def en_copy_plan() -> None:
    """An 'implementation plan' that only restates the Conclusion's §2.1–2.2."""
    body = ["PEOPLE'S COMMITTEE OF BINH MINH DISTRICT", "IMPLEMENTATION PLAN",
            "Implementing Conclusion No. 226-KL/TW of the Secretariat",
            *_seed_lines("226-KL-TW.en.txt", "2.1.", "2.3."),
            "Departments shall implement this plan seriously."]
    write_pdf(HERE / "implementation-plan-en.pdf", body)


def vi_copy_letter() -> None:
    """A district letter that relays §2.1–2.2 of the Conclusion and adds nothing of its own."""
    body = ["Kính gửi: Các phòng, ban chuyên môn; UBND các xã, thị trấn",
            "Thực hiện Kết luận số 226-KL/TW của Ban Bí thư, UBND huyện yêu cầu các cơ quan, đơn vị "
            "thực hiện các nội dung sau:",
            *_seed_lines("226-KL-TW.vi.txt", "2.1.", "2.3."),
            "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Minh Tuấn"]
    header = (["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC TRỌNG", "Số:    /UBND-VP",
               "V/v triển khai Kết luận số 226-KL/TW"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Đức Trọng, ngày    tháng 12 năm 2025"])
    write_pdf(HERE / "cong-van-sao-chep.pdf", body, two_column_header=header)


def ru_plan() -> None:
    body = ["ПЛАН", "мероприятий по сокращению числа документов и совещаний на 2026 год",
            Heading("Задачи", 1),
            Item("1. Отдел делопроизводства совместно с юридическим отделом подготовит перечень "
                 "отменяемых внутренних регламентов до 1 июня 2026 года."),
            Item("2. Управление цифровой трансформации и финансовое управление обеспечат оцифровку "
                 "архива документов за 2020–2025 годы."),
            Item("3. Обеспечить регулярное информирование сотрудников о ходе выполнения плана."),
            "Финансирование мероприятий осуществляется за счёт средств областного бюджета."]
    write_pdf(HERE / "plan-ru.pdf", body)


def nb_plan() -> None:
    body = ["HANDLINGSPLAN", "Færre dokumenter og møter i kommunen 2026",
            Heading("Oppgaver", 1),
            Item("1. Arkivtjenesten har ansvaret for å digitalisere papirarkivet for 2018–2024, i "
                 "samarbeid med IT-avdelingen, innen 30. juni 2026."),
            Item("2. Rådmannens stab skal redusere antall interne rundskriv med 15 prosent."),
            "Tiltakene finansieres innenfor kommunens vedtatte budsjett for 2026."]
    write_docx(HERE / "handlingsplan-nb.docx", body)


def ar_plan() -> None:
    body = ["خطة عمل", "لتنفيذ الاستنتاج رقم 226-KL/TW بشأن إصدار الوثائق",
            *_seed_lines("226-KL-TW.ar.txt", "2.1.", "2.2."),
            Heading("المهام", 1),
            Item("1. تتولى إدارة الشؤون الإدارية بالتنسيق مع إدارة تقنية المعلومات رقمنة الأرشيف قبل 30 يونيو 2026."),
            Item("2. تقوم جميع الإدارات بمراجعة الوثائق الداخلية باستمرار.")]
    write_docx(HERE / "khitta-ar.docx", body)


def vi_report_txt() -> None:
    lines = ["UBND HUYỆN ĐỨC TRỌNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Số: 215/BC-UBND", "Đức Trọng, ngày 20 tháng 11 năm 2025", "",
             "BÁO CÁO", "Kết quả thực hiện công tác văn thư, lưu trữ năm 2025", "",
             "I. KẾT QUẢ ĐẠT ĐƯỢC", "",
             "Trong năm, công tác văn thư, lưu trữ tiếp tục được quan tâm chỉ đạo; các cơ quan, đơn vị "
             "cơ bản thực hiện tốt các quy định, việc ứng dụng công nghệ thông tin có nhiều chuyển biến tích cực.", "",
             "II. NHIỆM VỤ THỜI GIAN TỚI", "",
             "1. Tiếp tục đẩy mạnh số hóa tài liệu lưu trữ.", "",
             "2. Phòng Nội vụ chủ trì tham mưu kiện toàn đội ngũ làm công tác lưu trữ, hoàn thành trong quý I/2026.", "",
             "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Văn Bình"]
    write_text(HERE / "bao-cao-van-thu.txt", lines)


def scanned_pdf() -> None:
    """A scan: one page holding only an image, no text layer (DL902)."""
    from fpdf import FPDF
    from PIL import Image

    img = HERE / "_scan.png"
    Image.new("L", (400, 560), 235).save(img)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(str(img), x=20, y=20, w=170)
    pdf.output(str(HERE / "ban-scan.pdf"))
    img.unlink()


if __name__ == "__main__":
    for make in (vi_plan_with_gaps, vi_good_plan, vi_technical_guidance, vi_copy_letter, en_copy_plan, ru_plan,
                 nb_plan, ar_plan, vi_report_txt, scanned_pdf):
        make()
    print("examples written to", HERE)
