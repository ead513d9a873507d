"""DL601–DL606 on invitations and programmes in five languages and three formats: a compliant
document gives no meeting finding, and each variant that breaks one limit gives exactly its code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from builders import Table, write_docx, write_pdf, write_text
from doclint.config import Settings
from doclint.engine import Engine

MEETING_CODES = ("DL601", "DL602", "DL603", "DL604", "DL605", "DL606")


@dataclass(frozen=True)
class Lang:
    header: list[str]
    type_line: str
    title_review: str  # an important conference (1.5 days)
    title_dissemination: str  # half a day
    invite: str  # the invitee label and the organiser's own people
    outsider: str  # an outside delegate added to the invitee line
    time_morning: str  # the time line of a half-day conference
    time_fullday: str
    columns: tuple[str, str, str]
    opening: str
    presentation: str
    discussion: str
    closing: str
    speaker: str
    clock: Callable[[int, int], str]  # (start, end) minutes -> the language's range form


def _hm(m: int) -> tuple[int, int]:
    return divmod(m, 60)


LANGS = {
    "vi": Lang(
        ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Số: 125/GM-UBND", "Lâm Đồng, ngày 10 tháng 12 năm 2025"],
        "GIẤY MỜI", "Dự Hội nghị tổng kết công tác năm 2025",
        "Dự Hội nghị quán triệt Kết luận số 226-KL/TW của Ban Bí thư",
        "Kính gửi: lãnh đạo các sở, ban, ngành tỉnh", "; đại diện Bộ Tài chính",
        "Thời gian: buổi sáng ngày 15/12/2025", "Thời gian: cả ngày 15/12/2025",
        ("Thời gian", "Nội dung", "Người thực hiện"),
        "Phát biểu khai mạc", "Báo cáo kết quả công tác năm 2025", "Thảo luận",
        "Phát biểu kết luận", "Chủ tịch UBND tỉnh",
        lambda a, b: "%dh%02d - %dh%02d" % (*_hm(a), *_hm(b))),
    "en": Lang(
        ["PEOPLE'S COMMITTEE OF LAM DONG PROVINCE", "No. 125/GM-UBND",
         "Lam Dong, 10/12/2025"],
        "INVITATION", "to the conference to review the work of 2025",
        "to the conference to disseminate Resolution No. 57 of the Politburo",
        "Invited: directors of the departments of Lam Dong province",
        " and representatives of the Ministry of Finance",
        "Time: morning of 15 December 2025", "Time: full day, 15 December 2025",
        ("Time", "Item", "Speaker"),
        "Opening remarks", "Report on the results of 2025", "Discussion",
        "Concluding remarks", "Chair of the Provincial People's Committee",
        lambda a, b: "%d:%02d–%d:%02d" % (*_hm(a), *_hm(b))),
    "ru": Lang(
        ["НАРОДНЫЙ КОМИТЕТ ПРОВИНЦИИ ЛАМДОНГ", "№ 125/GM-UBND", "Ламдонг, 10.12.2025"],
        "ПРИГЛАШЕНИЕ", "на конференцию по подведению итогов работы за 2025 год",
        "на конференцию по разъяснению резолюции № 57 Политбюро",
        "Приглашаются: руководители департаментов", ", представители Министерства финансов",
        "Время: утреннее заседание 15 декабря 2025 г.", "Время: весь день 15 декабря 2025 г.",
        ("Время", "Содержание", "Докладчик"),
        "Вступительное слово", "Доклад о результатах работы за 2025 год", "Обсуждение",
        "Заключительное слово", "Председатель народного комитета",
        lambda a, b: "с %d:%02d до %d:%02d" % (*_hm(a), *_hm(b))),
    "nb": Lang(
        ["FOLKEKOMITEEN I LAM DONG PROVINS", "Nr. 125/GM-UBND", "Lam Dong, 10.12.2025"],
        "INVITASJON", "til konferanse for årsgjennomgang 2025",
        "til konferanse for å formidle resolusjon nr. 57 fra politbyrået",
        "Inviterte: lederne for provinsens avdelinger", " og representanter fra Finansdepartementet",
        "Tid: formiddagen 15. desember 2025", "Tid: hele dagen 15. desember 2025",
        ("Tid", "Innhold", "Ansvarlig"),
        "Åpning", "Innlegg om resultatene for 2025", "Diskusjon", "Avslutning ved lederen",
        "Leder for folkekomiteen",
        lambda a, b: "kl. %02d.%02d–%02d.%02d" % (*_hm(a), *_hm(b))),
    "ar": Lang(
        ["اللجنة الشعبية لمقاطعة لام دونغ", "رقم 125/GM-UBND", "لام دونغ، 10/12/2025"],
        "دعوة", "لحضور مؤتمر مراجعة أعمال عام 2025",
        "لحضور مؤتمر لنشر القرار رقم 57 للمكتب السياسي",
        "المدعوون: مديرو الإدارات في المقاطعة", " وممثلو وزارة المالية",
        "الموعد: صباح يوم ١٥ ديسمبر ٢٠٢٥", "الموعد: يوم كامل ١٥ ديسمبر ٢٠٢٥",
        ("الوقت", "المحتوى", "المتحدث"),
        "الكلمة الافتتاحية", "عرض تقرير نتائج عام 2025", "مناقشة عامة", "الكلمة الختامية",
        "رئيس اللجنة الشعبية",
        lambda a, b: ("%d:%02d - %d:%02d" % (*_hm(a), *_hm(b))).translate(
            str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))),
}

# variant -> the one code it must raise
VARIANTS = {"compliant": None, "opening": "DL601", "presentation": "DL602", "closing": "DL603",
            "too-long": "DL604", "outsiders": "DL605", "no-times": "DL606"}


def _schedule(variant: str) -> list[tuple[str, int]]:
    """(role, minutes) of the agenda; each variant stretches one thing."""
    return [("opening", 20 if variant == "opening" else 10),
            ("presentation", 10), ("presentation", 25 if variant == "presentation" else 10),
            ("discussion", 60), ("closing", 60 if variant == "closing" else 30)]




def build(tmp: Path, code: str, variant: str, fmt: str) -> Path:
    lang = LANGS[code]
    title = lang.title_dissemination if variant == "too-long" else lang.title_review
    time_line = lang.time_fullday if variant == "too-long" else lang.time_morning
    invite = lang.invite + (lang.outsider if variant == "outsiders" else "") + "."
    names = {"opening": lang.opening, "presentation": lang.presentation,
             "discussion": lang.discussion, "closing": lang.closing}
    rows, lines, start = [], [], 8 * 60
    for role, minutes in _schedule(variant):
        when = "" if variant == "no-times" else lang.clock(start, start + minutes)
        rows.append([when, names[role], lang.speaker])
        lines.append(f"{when}: {names[role]}" if when else f"- {names[role]}")
        start += minutes
    head = [*lang.header, lang.type_line, title, invite, time_line]
    path = tmp / f"{code}-{variant}.{fmt}"
    if fmt == "docx":
        return write_docx(path, [*head, Table([list(lang.columns), *rows])])
    if fmt == "pdf":
        return write_pdf(path, [*head, *lines])
    return write_text(path, [*head, "", *lines])


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Settings(select=("DL6",)))


def _codes(engine: Engine, path: Path) -> list[str]:
    result = engine.check_file(path)
    assert result.error is None, result.error
    assert result.kind == "invitation", (path.name, result.kind)
    return sorted(f.code for f in result.findings if f.code in MEETING_CODES)


@pytest.mark.parametrize("code", sorted(LANGS))
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_text_invitations(tmp_path: Path, engine: Engine, code: str, variant: str) -> None:
    expected = [VARIANTS[variant]] if VARIANTS[variant] else []
    assert _codes(engine, build(tmp_path, code, variant, "txt")) == expected


@pytest.mark.parametrize("code", sorted(LANGS))
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_docx_agenda_tables(tmp_path: Path, engine: Engine, code: str, variant: str) -> None:
    expected = [VARIANTS[variant]] if VARIANTS[variant] else []
    assert _codes(engine, build(tmp_path, code, variant, "docx")) == expected


# fpdf2 writes Arabic unshaped, in visual order, so its Arabic PDFs do not read back as text.
@pytest.mark.parametrize("code", sorted(set(LANGS) - {"ar"}))
@pytest.mark.parametrize("variant", ["compliant", "opening", "closing", "too-long"])
def test_pdf_programmes(tmp_path: Path, engine: Engine, code: str, variant: str) -> None:
    expected = [VARIANTS[variant]] if VARIANTS[variant] else []
    assert _codes(engine, build(tmp_path, code, variant, "pdf")) == expected


def test_finding_carries_the_documents_own_text(tmp_path: Path, engine: Engine) -> None:
    path = build(tmp_path, "vi", "opening", "docx")
    (finding,) = [f for f in engine.check_file(path).findings if f.code == "DL601"]
    assert "Phát biểu khai mạc" in finding.excerpt and "8h00 - 8h20" in finding.excerpt
    assert finding.evidence["minutes"] == 20 and finding.evidence["limit"] == 10
    assert finding.location.table is not None


def test_limits_are_options(tmp_path: Path) -> None:
    path = build(tmp_path, "vi", "opening", "txt")
    lenient = Engine(Settings(select=("DL6",), rules={"DL601": {"max_minutes": 20}}))
    assert not [f for f in lenient.check_file(path).findings if f.code == "DL601"]
    strict = Engine(Settings(select=("DL6",), rules={"DL603": {"max_minutes": 20}}))
    assert "DL603" in [f.code for f in strict.check_file(build(tmp_path, "en", "compliant",
                                                                 "txt")).findings]


DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("folder, family", [("meetings", "DL6"), ("reports", "DL7")])
def test_hand_labelled_drafts(folder: str, family: str) -> None:
    """Invitations, programmes and reports written as offices write them (headers, agenda
    tables, "7h30", "14h-16h30", "08:00–08:10", sessions, several days; five languages):
    the compliant ones raise nothing, the others exactly their labelled codes."""

    labels = json.loads((DATA / folder / "labels.json").read_text(encoding="utf-8"))
    engine = Engine(Settings(select=(family,)))
    got = {name: sorted(f.code for f in engine.check_file(DATA / folder / name).findings)
           for name in labels}
    assert got == {name: sorted(codes) for name, codes in labels.items()}
