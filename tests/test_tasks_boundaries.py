"""Where tasks stop: header lines a parser joined with the motto, a promulgating lead-in, unit
names with one head ("Văn phòng HĐND và UBND phường"), and which documents DL206 judges."""
from __future__ import annotations

from pathlib import Path

import pytest
from builders import Heading, Item, write_docx, write_pdf, write_text

from doclint.config import Settings
from doclint.engine import Engine
from doclint.lang.lexicon import Lexicons
from doclint.tasks.owners import OwnerFinder

DL2 = ("DL201", "DL202", "DL203", "DL204", "DL205", "DL206")


def findings(path: Path, select: tuple[str, ...] = DL2) -> set[tuple[str, str]]:
    result = Engine(Settings(select=select)).check_file(path)
    assert result.error is None, result.error
    return {(f.code, f.excerpt) for f in result.findings}


PLAN_TASKS = ["1. Văn phòng Sở chủ trì chuẩn hóa mẫu văn bản, hoàn thành trước ngày 30/4/2026.",
              "2. Phòng Quản lý di sản số hóa 85 hồ sơ di tích trong quý IV/2026."]


def test_header_joined_with_the_motto_is_no_task_in_text_without_diacritics(tmp_path):
    path = write_text(tmp_path / "kh.txt", [
        "UY BAN NHAN DAN\t\tCONG HOA XA HOI CHU NGHIA VIET NAM",
        "XA DINH VAN\t\tDoc lap - Tu do - Hanh phuc", "So: 12/KH-UBND\tDinh Van, ngay 5 thang 3 nam 2026",
        "", "KE HOACH", "Trien khai thuc hien Ket luan so 226-KL/TW", "", "II. NHIEM VU",
        "1. Van phong UBND xa chu tri ra soat thu tuc, hoan thanh truoc ngay 30/4/2026.",
        "2. Cong an xa to chuc tuyen truyen ve phong chay."])
    found = findings(path)
    assert all("Doc lap" not in excerpt for _, excerpt in found)
    assert ("DL203", "2. Cong an xa to chuc tuyen truyen ve phong chay.") in found


def test_header_and_promulgating_lead_in_are_no_tasks_in_pdf(tmp_path):
    path = write_pdf(tmp_path / "kh.pdf", [
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH Độc lập - Tự do - Hạnh phúc", "Số: 45/KH-SVHTTDL",
        Heading("KẾ HOẠCH"), "Chấn chỉnh công tác văn thư năm 2026",
        "Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:", Heading("I. NHIỆM VỤ"),
        *PLAN_TASKS, "Kinh phí thực hiện từ ngân sách của Sở năm 2026."])
    found = findings(path)
    assert not any("Độc lập" in e or "như sau" in e for _, e in found), found
    assert not any(code == "DL206" for code, _ in found)


@pytest.mark.parametrize("text,lead", [
    ("Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm tổ chức thực hiện nhiệm vụ",
     "Trưởng các phòng, đơn vị thuộc Sở"),
    ("Chi bộ Công an xã xây dựng kế hoạch ứng dụng dữ liệu dân cư", "Chi bộ Công an xã"),
    ("Văn phòng HĐND và UBND phường chủ trì lập danh mục hội nghị", "Văn phòng HĐND và UBND phường"),
    ("Van phong HDND va UBND phuong chu tri lap danh muc hoi nghi", "Van phong HDND va UBND phuong"),
    ("Văn phòng HĐND và UBND huyện Lâm Hà chủ trì tổng hợp",
     "Văn phòng HĐND và UBND huyện Lâm Hà"),
])
def test_vietnamese_leads_named_by_one_head(text, lead):
    assert OwnerFinder(Lexicons(), "vi").analyse(text).leads == (lead,)


@pytest.mark.parametrize("text,leads", [
    ("Văn phòng UBND tỉnh và Sở Nội vụ chủ trì rà soát", ("Văn phòng UBND tỉnh", "Sở Nội vụ")),
    ("Văn phòng Sở và Phòng Tổ chức chủ trì rà soát", ("Văn phòng Sở", "Phòng Tổ chức")),
])
def test_an_office_and_another_unit_stay_two_leads(text, leads):
    assert OwnerFinder(Lexicons(), "vi").analyse(text).leads == leads


RESTATING = {
    "vi": ("CHỈ THỊ", "Về chấn chỉnh lề lối làm việc", "Chủ tịch UBND tỉnh yêu cầu:",
           ["Quán triệt sâu sắc tinh thần Kết luận.", "Tăng cường công tác tuyên truyền."]),
    "en": ("DIRECTIVE", "on improving working methods", "The Chairman directs:",
           ["Thoroughly grasp the spirit of the Conclusion.", "Strengthen communication."]),
    "ru": ("ДИРЕКТИВА", "о совершенствовании стиля работы", "Поручаю:",
           ["Глубоко усвоить дух Заключения.", "Усилить разъяснительную работу."]),
}


@pytest.mark.parametrize("lang", sorted(RESTATING))
def test_dl206_judges_a_directive_proper_that_lists_items(tmp_path, lang):
    type_line, title, lead_in, items = RESTATING[lang]
    path = write_docx(tmp_path / f"ct-{lang}.docx", [
        Heading(type_line), title, lead_in, *[Item(f"{i}. {t}") for i, t in enumerate(items, 1)]])
    assert [c for c, _ in findings(path, ("DL206",))] == ["DL206"]


@pytest.mark.parametrize("lang,lines", [
    ("vi", ["NGHỊ QUYẾT", "Về việc phê duyệt dự toán ngân sách năm 2026",
            "Điều 1. Phê duyệt dự toán thu ngân sách năm 2026 là 25.000 tỷ đồng.",
            "Điều 2. Nghị quyết có hiệu lực từ ngày ký."]),
    ("vi", ["QUYẾT ĐỊNH", "Về việc kiểm tra việc chấp hành Điều lệ Đảng",
            "1. Kiểm tra việc thực hiện nhiệm vụ của chi bộ.", "2. Thời gian kiểm tra: 15 ngày."]),
    ("ar", ["تعميم رقم 17 لسنة 2026", "إلى جميع الإدارات التابعة للوزارة",
            "يرجى الالتزام بعدم إصدار الوثائق إلا عند الضرورة القصوى."]),
])
def test_dl206_leaves_decisions_resolutions_and_relays_alone(tmp_path, lang, lines):
    path = write_docx(tmp_path / f"d-{lang}.docx", lines)
    assert findings(path, ("DL206",)) == set()
