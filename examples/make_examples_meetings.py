"""Writes examples/giay-moi-hoi-nghi.docx: a Vietnamese invitation whose agenda gives the opening
speech 20 minutes (DL601) and a report 30 minutes (DL602). Run: .venv/bin/python
examples/make_examples_meetings.py"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("giay-moi-hoi-nghi.docx")

HEADER = [["ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc"],
          ["Số:      /GM-UBND", "Lâm Đồng, ngày 10 tháng 12 năm 2025"]]
BODY = [
    ("GIẤY MỜI", True, WD_ALIGN_PARAGRAPH.CENTER),
    ("Dự Hội nghị tổng kết công tác cải cách hành chính năm 2025", True,
     WD_ALIGN_PARAGRAPH.CENTER),
    ("Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2025, "
     "triển khai nhiệm vụ năm 2026.", False, WD_ALIGN_PARAGRAPH.JUSTIFY),
    ("Thành phần mời: Giám đốc các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, "
     "phường, đặc khu.", False, WD_ALIGN_PARAGRAPH.JUSTIFY),
    ("Thời gian: 01 buổi, bắt đầu lúc 8 giờ 00, sáng ngày 18/12/2025.", False,
     WD_ALIGN_PARAGRAPH.JUSTIFY),
    ("Địa điểm: Hội trường Ủy ban nhân dân tỉnh; hình thức trực tiếp kết hợp trực tuyến đến "
     "các điểm cầu cấp xã.", False, WD_ALIGN_PARAGRAPH.JUSTIFY),
    ("CHƯƠNG TRÌNH HỘI NGHỊ", True, WD_ALIGN_PARAGRAPH.CENTER),
]
AGENDA = [
    ("Thời gian", "Nội dung", "Người thực hiện"),
    ("7h30 - 8h00", "Đón tiếp đại biểu", "Văn phòng UBND tỉnh"),
    ("8h00 - 8h20", "Phát biểu khai mạc hội nghị", "Chủ tịch UBND tỉnh"),
    ("8h20 - 8h50", "Báo cáo tổng kết công tác cải cách hành chính năm 2025", "Giám đốc Sở Nội vụ"),
    ("8h50 - 9h00", "Tham luận về chuyển đổi số trong giải quyết thủ tục hành chính",
     "Sở Khoa học và Công nghệ"),
    ("9h00 - 9h15", "Giải lao", ""),
    ("9h15 - 10h30", "Thảo luận", "Đại biểu dự hội nghị"),
    ("10h30 - 11h00", "Phát biểu kết luận hội nghị", "Chủ tịch UBND tỉnh"),
]
CLOSING = ["Đề nghị các đại biểu dự họp đúng thành phần, đúng giờ.",
           "Nơi nhận:", "- Như thành phần mời;", "- Lưu: VT.",
           "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An"]


def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(13)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    header = doc.add_table(rows=2, cols=2)
    for i, row in enumerate(HEADER):
        for j, text in enumerate(row):
            header.cell(i, j).text = text
    for text, bold, align in BODY:
        para = doc.add_paragraph()
        para.alignment = align
        para.add_run(text).bold = bold
    table = doc.add_table(rows=len(AGENDA), cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(AGENDA):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    for text in CLOSING:
        doc.add_paragraph(text)
    doc.save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
