"""Dotted clock ranges ("kl. 09.00–12.00", "с 9.00 до 12.00", "8.00 - 11.30") are hours, not a
range of days, even beside a day-month date ("12. mars 2026"); day ranges ("12.–14. mars",
"15.12–16.12.2025", "с 15 по 16 декабря") still count as days. Five languages, text and DOCX."""
from __future__ import annotations

from pathlib import Path

import pytest

from builders import write_docx, write_text
from doclint.config import Settings
from doclint.engine import Engine
from doclint.lang.lexicon import Lexicons
from doclint.meetings.facts import read_meeting, stated_days
from doclint.meetings.times import find_ranges

LEX = Lexicons()


@pytest.mark.parametrize("text, start, end", [
    ("kl. 09.00–12.00", 540, 720),
    ("kl 9.00-11.30", 540, 690),
    ("fra kl. 9.00 til 11.30", 540, 690),
    ("с 9.00 до 12.00", 540, 720),
    ("10.00–12.00", 600, 720),
    ("8.00 - 11.30", 480, 690),
    ("từ 8.00 đến 11.00", 480, 660),
    ("9.00 to 12.00", 540, 720),
    ("من ٩.٠٠ إلى ١٢.٠٠", 540, 720),
])
def test_dotted_clock_ranges_are_times(text: str, start: int, end: int) -> None:
    assert [(a, b) for a, b, _ in find_ranges(text)] == [(start, end)]


@pytest.mark.parametrize("text, lang", [
    ("Tid: 12. mars 2026 kl. 09.00–12.00", "nb"),
    ("Tid: 12. mars kl 9.00-11.30", "nb"),
    ("Tid: 12.03.2026 kl. 10.00–14.00", "nb"),
    ("Tid: 12. mars 2026, kl. 10.10–11.11", "nb"),
    ("Время: 12 марта 2026 г., с 9.00 до 12.00", "ru"),
    ("Время: с 9 до 12 часов, 12 марта 2026 г.", "ru"),
    ("Время проведения: 10.00–12.00, 5 марта", "ru"),
    ("Time: 12 March 2026, 9.00-12.00", "en"),
    ("Time: 10.00 to 12.00, 5 March", "en"),
    ("Thời gian: 8.00 - 11.30 ngày 12/3/2026", "vi"),
    ("Thời gian: từ 8.00 đến 11.00, ngày 12 tháng 3 năm 2026", "vi"),
    ("الموعد: ١٢ مارس ٢٠٢٦ من ٩.٠٠ إلى ١٢.٠٠", "ar"),
])
def test_a_clock_range_beside_a_date_is_no_length_in_days(text: str, lang: str) -> None:
    assert stated_days(text, lang, LEX) is None


@pytest.mark.parametrize("text, lang, days", [
    ("Tid: 12.–13. mars 2026", "nb", 2.0),
    ("Tid: 15.12–16.12.2025", "nb", 2.0),
    ("Tid: 10.–12. mars 2026 kl. 09.00–15.00", "nb", 3.0),
    ("Сроки: с 15 по 16 декабря 2025", "ru", 2.0),
    ("Date: 12-13 March 2026, 9.00-16.00", "en", 2.0),
    ("Thời gian: 15-16 tháng 12 năm 2025", "vi", 2.0),
    ("Thời gian: 1,5 ngày, từ 8.00 ngày 15/12/2025", "vi", 1.5),
    ("الموعد: 12-13 مارس 2026", "ar", 2.0),
])
def test_day_ranges_still_count(text: str, lang: str, days: float) -> None:
    assert stated_days(text, lang, LEX) == days


PROGRAMMES = {
    "nb": ["FYLKESKOMMUNEN I NORDLAND", "INVITASJON", "Fagsamling om saksbehandling i kommunene",
           "Tid: {when}", "Program", "09.00–09.15 Åpning ved fylkesdirektøren",
           "09.15–09.30 Innlegg: Nye rutiner for journalføring", "09.30–11.45 Gruppearbeid og diskusjon",
           "11.45–12.00 Avslutning"],
    "ru": ["МИНИСТЕРСТВО ЦИФРОВОГО РАЗВИТИЯ ОБЛАСТИ", "ПРОГРАММА",
           "семинара по электронному документообороту", "Время: {when}",
           "9.00–9.15 Открытие семинара", "9.15–9.30 Доклад отдела информатизации",
           "9.30–11.45 Обсуждение", "11.45–12.00 Подведение итогов"],
}
WHEN = {"nb": ("3. april 2026 kl. 09.00–12.00", "1.–3. april 2026 kl. 09.00–12.00"),
        "ru": ("3 апреля 2026 г., с 9.00 до 12.00", "с 1 по 3 апреля 2026 г., с 9.00 до 12.00")}


@pytest.mark.parametrize("lang", sorted(PROGRAMMES))
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_half_day_programme_is_not_read_as_days(tmp_path: Path, lang: str, fmt: str) -> None:
    engine = Engine(Settings(select=("DL604",)))
    one_morning, three_days = WHEN[lang]
    for when, days in ((one_morning, 0.5), (three_days, 3.0)):
        lines = [line.format(when=when) for line in PROGRAMMES[lang]]
        path = tmp_path / f"p-{days}.{fmt}"
        path = write_text(path, lines) if fmt == "txt" else write_docx(path, lines)
        meeting = read_meeting(engine.load(path), engine.lexicons)
        assert meeting.is_meeting and meeting.days == days, (when, meeting.days)
        result = engine.check_file(path)
        assert result.error is None
        # a professional conference may last one day (§2.2): three days are flagged, a morning not
        assert [f.code for f in result.findings] == ([] if days < 1 else ["DL604"])
