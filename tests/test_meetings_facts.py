"""meeting_facts(doc): what archive statistics aggregate per conference."""
from __future__ import annotations

from pathlib import Path

from builders import write_text
from doclint.engine import Engine
from doclint.meetings import meeting_facts


def _facts(tmp_path: Path, lines: list[str]) -> dict:
    return meeting_facts(Engine().load(write_text(tmp_path / "doc.txt", lines)))


def test_province_wide_hybrid_conference(tmp_path: Path) -> None:
    facts = _facts(tmp_path, [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 12/GM-UBND", "Lâm Đồng, ngày 10 tháng 12 năm 2025",
        "GIẤY MỜI", "Dự Hội nghị cán bộ toàn tỉnh tổng kết công tác năm 2025",
        "Thời gian: cả ngày 15/12/2025.",
        "Hình thức: trực tiếp tại Hội trường tỉnh kết hợp trực tuyến đến các điểm cầu."])
    assert facts == {"is_meeting": True, "date": "2025-12-10", "year": 2025,
                     "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "scope": "province",
                     "form": "hybrid", "purpose": "important", "days": 1.0}


def test_commune_online_conference(tmp_path: Path) -> None:
    facts = _facts(tmp_path, [
        "ỦY BAN NHÂN DÂN XÃ TÂN HÒA", "GIẤY MỜI",
        "Dự Hội nghị toàn xã quán triệt Nghị quyết số 57-NQ/TW", "Thời gian: sáng ngày 20/12/2025.",
        "Hình thức: trực tuyến."])
    assert (facts["scope"], facts["form"], facts["purpose"], facts["days"]) == \
        ("commune", "online", "dissemination", 0.5)


def test_a_plan_that_is_no_meeting(tmp_path: Path) -> None:
    facts = _facts(tmp_path, ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "KẾ HOẠCH",
                              "Thực hiện chuyển đổi số năm 2026",
                              "1. Sở Khoa học và Công nghệ chủ trì triển khai nền tảng số."])
    assert facts["is_meeting"] is False and facts["form"] is None
