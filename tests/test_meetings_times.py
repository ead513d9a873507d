"""Agenda times in every written form parse to the right minutes; items get their durations."""
from __future__ import annotations

from pathlib import Path

import pytest

from builders import Table, write_docx, write_text
from doclint.engine import Engine
from doclint.meetings.agenda import classify_role, read_agenda
from doclint.meetings.facts import read_meeting, stated_days
from doclint.meetings.times import find_clocks, parse_duration, parse_timing, split_items


@pytest.mark.parametrize("text, start, end, minutes", [
    ("8h00 - 8h10: Phát biểu khai mạc", 480, 490, 10),
    ("8h00 ÷ 8h30: Báo cáo", 480, 510, 30),
    ("8h00 → 8h10", 480, 490, 10),
    ("13g30 - 14g00", 810, 840, 30),
    ("07 giờ 30 phút - 08 giờ 00 phút", 450, 480, 30),
    ("08:00–08:10", 480, 490, 10),
    ("8h - 8h10", 480, 490, 10),
    ("14 giờ 00 - 14 giờ 30", 840, 870, 30),
    ("Từ 7h30 đến 8h00", 450, 480, 30),
    ("8.00-8.15 Opening", 480, 495, 15),
    ("kl. 09.00–09.10", 540, 550, 10),
    ("fra kl. 9 til kl. 10", 540, 600, 60),
    ("с 9:00 до 9:15", 540, 555, 15),
    ("٩:٠٠ - ٩:١٥", 540, 555, 15),
    ("من ٩:٠٠ إلى ٩:١٥", 540, 555, 15),
    ("11h30 - 13h30", 690, 810, 120),  # across noon, 24-hour
    ("11:45–12:15", 705, 735, 30),
    ("11:30 - 1:30", 690, 810, 120),  # across noon, 12-hour without a.m./p.m.
    ("2:00 - 3:00 pm", 840, 900, 60),
    ("11:50 am–12:10 pm", 710, 730, 20),
    ("from 9 am to 10:30 am", 540, 630, 90),
    ("10:00–10:20 (20 minutes)", 600, 620, 20),
])
def test_ranges(text: str, start: int, end: int, minutes: int) -> None:
    t = parse_timing(text, leading=True)
    assert (t.start, t.end, t.minutes) == (start, end, minutes)


@pytest.mark.parametrize("text, start", [
    ("14 giờ 00", 840), ("lúc 14 giờ", 840), ("9h", 540), ("2:00 pm", 840), ("8:00 am", 480),
    ("12:30 pm", 750), ("12:00 am", 0), ("1:30", 810), ("- 8h30: Báo cáo", 510),
])
def test_single_clocks(text: str, start: int) -> None:
    assert parse_timing(text, leading=True).start == start


@pytest.mark.parametrize("text, minutes", [
    ("(10 phút)", 10), ("Báo cáo (15 phut)", 15), ("(30')", 30), ("(01 giờ)", 60),
    ("10 minutes", 10), ("10 мин.", 10), ("15 минут", 15), ("10 minutter", 10),
    ("١٠ دقائق", 10), ("1 tiếng", 60), ("1,5 hours", 90), ("(1 h)", 60),
])
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", [
    "ngày 15.12.2025", "Mục 2.1 Báo cáo", "Nghị quyết 57-NQ/TW", "1,5 ngày", "Điều 8",
    "tăng 12.5% so với năm 2024", "Số: 125/GM-UBND",
])
def test_no_time_where_there_is_none(text: str) -> None:
    assert parse_timing(text, leading=True).start is None
    assert not find_clocks(text)


def test_leading_time_only_opens_the_line() -> None:
    assert parse_timing("Hội nghị bắt đầu lúc 8h00", leading=True).start is None
    assert parse_timing("Hội nghị bắt đầu lúc 8h00").start == 480


def _agenda(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    engine = Engine()
    doc = engine.load(write_text(tmp_path / "p.txt", ["GIẤY MỜI", "Dự hội nghị tổng kết", "",
                                                       *lines]))
    return read_agenda(doc, engine.lexicons)


def test_missing_end_times_run_until_the_next_start(tmp_path: Path) -> None:
    agenda = _agenda(tmp_path, ["- 8h00: Phát biểu khai mạc", "- 8h25: Báo cáo tổng kết",
                                "- 8h35: Thảo luận", "- 10h00: Phát biểu kết luận"])
    got = [(i.role, i.minutes, i.inferred) for i in agenda.items]
    assert got == [("opening", 25, True), ("presentation", 10, True),
                   ("discussion", 85, True), ("closing", None, False)]


def test_no_guess_across_lunch_or_session_headings(tmp_path: Path) -> None:
    agenda = _agenda(tmp_path, ["BUỔI SÁNG", "- 8h00: Phát biểu khai mạc",
                                "- 8h10: Báo cáo tổng kết", "BUỔI CHIỀU",
                                "- 14h00: Thảo luận", "- 16h00: Phát biểu kết luận"])
    minutes = {i.role: i.minutes for i in agenda.items}
    assert minutes["presentation"] is None and minutes["discussion"] == 120
    assert agenda.sessions() == {0: {"morning", "afternoon"}}


def test_multi_day_table_agenda(tmp_path: Path) -> None:
    engine = Engine()
    rows = [["Thời gian", "Nội dung", "Người thực hiện"], ["NGÀY THỨ NHẤT", "", ""],
            ["8h00 - 8h10", "Phát biểu khai mạc", "Bộ trưởng"],
            ["8h10 - 11h30", "Thảo luận tổ", "Các đoàn"],
            ["13h30 - 17h00", "Thảo luận tại hội trường", ""], ["NGÀY THỨ HAI", "", ""],
            ["8h00 - 10h00", "Thảo luận", ""], ["10h00 - 10h45", "Phát biểu kết luận", "Bộ trưởng"]]
    path = write_docx(tmp_path / "p.docx", ["BỘ TÀI CHÍNH", "GIẤY MỜI", "Dự Hội nghị tổng kết",
                                            Table(rows, merged_rows={1, 5})])
    meeting = read_meeting(engine.load(path), engine.lexicons)
    assert [i.day for i in meeting.agenda.items] == [0, 0, 0, 1, 1]
    assert meeting.days == 1.5 and meeting.purpose == "important"


@pytest.mark.parametrize("text, lang, days", [
    ("Thời gian: 02 ngày, từ ngày 15 đến ngày 16/12/2025", "vi", 2.0),
    ("Thời gian: từ ngày 15 đến hết ngày 17/12/2025", "vi", 3.0),
    ("Thời gian: 01 buổi, sáng ngày 15/12/2025", "vi", 0.5),
    ("Thời gian: sáng ngày 15/12 và chiều ngày 15/12/2025", "vi", 1.0),
    ("Time: 15–16 December 2025", "en", 2.0),
    ("Время: 2 дня, 15–16 декабря", "ru", 2.0),
    ("Tid: hele dagen 15. desember", "nb", 1.0),
    ("الموعد: يومين", "ar", 2.0),
    # two days, each with its sessions, in one time line
    ("Tid: hele dagen 11. desember 2025, og formiddagen 12. desember 2025.", "nb", 1.5),
    ("Thời gian: cả ngày 15/12 và sáng ngày 16/12/2025", "vi", 1.5),
    ("Time: all day 11 December and the morning of 12 December 2025", "en", 1.5),
    ("Thời gian: sáng 15/12, chiều 15/12/2025", "vi", 1.0),
    ("Thời gian: 7h30, sáng ngày 15/12/2025", "vi", 0.5),
    ("Thời gian: 01 buổi, bắt đầu từ 7h30, ngày 17/3/2026 (thứ Ba).", "vi", 0.5),
])
def test_stated_days(text: str, lang: str, days: float) -> None:
    assert stated_days(text, lang, Engine().lexicons) == days


@pytest.mark.parametrize("text, lang, role", [
    ("Đồng chí Chủ tịch UBND tỉnh phát biểu khai mạc", "vi", "opening"),
    ("Tham luận của Sở Y tế", "vi", "presentation"),
    ("Quán triệt Kết luận số 226-KL/TW", "vi", "other"),
    ("Quán triệt nội dung Kết luận số 226-KL/TW Báo cáo viên cấp tỉnh", "vi", "other"),
    ("Thảo luận, phát biểu kết luận", "vi", "discussion"),
    ("Lãnh đạo Bộ phát biểu chỉ đạo", "vi", "closing"),
    ("Tuyên bố lý do, giới thiệu đại biểu", "vi", "procedural"),
    ("Coffee break", "en", "procedural"),
    ("Заключительное слово министра", "ru", "closing"),
    ("Innlegg fra helseavdelingen", "nb", "presentation"),
    ("الكلمة الختامية للوزير", "ar", "closing"),
])
def test_roles(text: str, lang: str, role: str) -> None:
    assert classify_role(text, lang, Engine().lexicons) == role


@pytest.mark.parametrize("text, items", [
    # items run together on one line, as hard-wrapped text and PDF lines join them
    ("kl. 08.00–08.10: Åpning kl. 08.10–08.20: Innlegg", [(480, 490), (490, 500)]),
    # joined onto the time line above them: the head is no item
    ("Thời gian: buổi sáng ngày 28/12/2025 8h00 - 8h15: Khai mạc hội nghị 8h15 - 8h45: Báo cáo "
     "tổng kết", [(480, 495), (495, 525)]),
    # one range inside a time line is the conference's time, not an item
    ("Thời gian: từ 7h30 đến 11h00 ngày 15/12/2025", [(None, None)]),
])
def test_split_items(text: str, items: list[tuple[int | None, int | None]]) -> None:
    assert [(t.start, t.end) for _, t in split_items(text)] == items
