"""Tasks written with inline field lines ("Lead: …", "Deadline: …", "Chủ trì: …", "Срок: …",
"Frist: …", "الموعد النهائي: …"), and the generic closing "implement this plan" sentence that is
no concrete task for DL206. Five languages; text and DOCX files."""
from __future__ import annotations

from pathlib import Path

import pytest

from builders import Heading, Item, write_docx, write_text
from doclint.config import Settings
from doclint.engine import Engine
from doclint.lang.lexicon import Lexicons
from doclint.rules.base import Context
from doclint.tasks import extract_tasks
from doclint.tasks.owners import OwnerFinder
from doclint.tasks.timing import TimingFinder
from tasks_langs import LANGS

LEX = Lexicons()

# an explicit deadline field decides; a schedule word describing the task's object does not
FIELD_TIMINGS = [
    ("en", "Move weekly staff briefings online. Lead: Administration Office. Deadline: ongoing.",
     [("ongoing", "vague")]),
    ("en", "Publish monthly bulletins on the intranet. Deadline: 30 June 2026.",
     [("30 June 2026", "concrete")]),
    ("vi", "Chuyển họp giao ban hằng tuần sang trực tuyến. Chủ trì: Văn phòng Sở. Hạn: thường xuyên.",
     [("thường xuyên", "vague")]),
    ("vi", "Rà soát báo cáo định kỳ hằng tháng. Thời hạn: 30/6/2026.", [("30/6/2026", "concrete")]),
    ("vi", "Số hóa hồ sơ hằng năm. Thời gian hoàn thành: kịp thời.", [("kịp thời", "vague")]),
    ("ru", "Перевести еженедельные совещания в онлайн-формат. Ответственный: отдел кадров. "
           "Срок: постоянно.", [("постоянно", "vague")]),
    ("nb", "Flytte ukentlige stabsmøter til nett. Ansvarlig: Administrasjonsavdelingen. Frist: løpende.",
     [("løpende", "vague")]),
    ("nb", "Oppdatere månedlige rapporter. Frist: 31. mai 2026.", [("31. mai 2026", "concrete")]),
    ("ar", "نقل الاجتماعات الأسبوعية إلى الإنترنت. الموعد النهائي: باستمرار.", [("باستمرار", "vague")]),
    # without a field, the schedule word is still the task's timing
    ("en", "The Administration Office shall hold staff briefings weekly.", [("weekly", "periodic")]),
]


@pytest.mark.parametrize("lang,text,want", FIELD_TIMINGS)
def test_deadline_field_decides_the_timing(lang: str, text: str, want: list[tuple[str, str]]) -> None:
    assert [(t.text, t.cls) for t in TimingFinder(LEX, lang).in_text(text)] == want


FIELD_OWNERS = [
    ("en", "Publish a register of powers. Lead: Legal Unit; Policy Unit. Deadline: 31 May 2026.",
     ["Legal Unit", "Policy Unit"], []),
    ("en", "Publish a register. Lead unit: Legal Unit and Policy Unit. Support: Finance Division.",
     ["Legal Unit", "Policy Unit"], ["Finance Division"]),
    ("en", "Publish a register. Responsible: the Legal Unit. Supporting units: Finance Division; IT Office.",
     ["Legal Unit"], ["Finance Division", "IT Office"]),
    ("en", "Publish a register. Lead: Department of Planning and Finance.",
     ["Department of Planning and Finance"], []),
    ("vi", "Công khai danh mục thủ tục. Chủ trì: Phòng Pháp chế; Phòng Kế hoạch. Phối hợp: Văn phòng Sở.",
     ["Phòng Pháp chế", "Phòng Kế hoạch"], ["Văn phòng Sở"]),
    ("vi", "Công khai danh mục. Chủ trì: Văn phòng HĐND và UBND xã. Phối hợp: Công an xã, Trạm Y tế xã.",
     ["Văn phòng HĐND và UBND xã"], ["Công an xã", "Trạm Y tế xã"]),
    ("vi", "Rà soát quy chế. Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị. Hạn: 30/6/2026.",
     ["Phòng Kinh tế, Hạ tầng và Đô thị"], []),
    ("ru", "Опубликовать реестр. Ответственный: Правовой отдел; Отдел политики. "
           "Соисполнители: Финансовый отдел.", ["Правовой отдел", "Отдел политики"], ["Финансовый отдел"]),
    ("nb", "Publisere et register. Ansvarlig: Juridisk avdeling og Økonomiavdelingen. Bistand: IT-seksjonen.",
     ["Juridisk avdeling", "Økonomiavdelingen"], ["IT-seksjonen"]),
    ("ar", "نشر سجل الصلاحيات. الجهة المسؤولة: الإدارة القانونية؛ إدارة السياسات. الموعد النهائي: 31 مايو 2026.",
     ["الإدارة القانونية", "إدارة السياسات"], []),
    ("ar", "نشر سجل الصلاحيات. الجهة المسؤولة: الإدارة القانونية. الجهات المساندة: إدارة الشؤون المالية.",
     ["الإدارة القانونية"], ["إدارة الشؤون المالية"]),
]


@pytest.mark.parametrize("lang,text,leads,coop", FIELD_OWNERS)
def test_lead_and_support_fields(lang: str, text: str, leads: list[str], coop: list[str]) -> None:
    found = OwnerFinder(LEX, lang).analyse(text)
    assert (list(found.leads), list(found.cooperating)) == (leads, coop)


WORK_PLAN = ["DEPARTMENT OF HOME AFFAIRS OF HUE CITY", "WORK PLAN 2026", "Fewer forms, fewer meetings",
             "Tasks",
             "1. Merge the two leave request forms into one. Lead: Personnel Division. Deadline: 31 March 2026.",
             "2. Hold daily check-in meetings by phone. Lead: General Office. Deadline: as soon as possible.",
             "3. Publish a catalogue of internal procedures. Lead: Legal Unit; Inspection Unit. "
             "Deadline: 30 June 2026.",
             "Budget: within the Department's 2026 operating budget."]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_field_line_work_plan(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"plan.{fmt}"
    path = write_text(path, WORK_PLAN) if fmt == "txt" else write_docx(path, WORK_PLAN)
    result = Engine(Settings(select=("DL201", "DL202", "DL203", "DL204", "DL206"))).check_file(path)
    assert result.error is None
    got = sorted((f.code, f.excerpt.split(".")[1].strip()) for f in result.findings)
    assert got == [("DL202", "Publish a catalogue of internal procedures"),
                   ("DL204", "Hold daily check-in meetings by phone")]


CLOSING = {
    "vi": ("Các phòng chuyên môn căn cứ Kế hoạch này nghiêm túc triển khai thực hiện.",
           "Các phòng chuyên môn căn cứ Kế hoạch này triển khai thực hiện, báo cáo kết quả trước ngày 15/12/2026."),
    "en": ("All divisions shall implement this plan.",
           "All divisions shall implement this plan and report by 15 December 2026."),
    "ru": ("Руководителям структурных подразделений обеспечить выполнение настоящего плана.",
           "Руководителям структурных подразделений обеспечить выполнение настоящего плана до 15 декабря 2026 года."),
    "nb": ("Alle avdelinger skal følge opp planen.",
           "Alle avdelinger skal følge opp planen innen 15. desember 2026."),
    "ar": ("تلتزم جميع الإدارات بتنفيذ هذه الخطة.",
           "تلتزم جميع الإدارات بتنفيذ هذه الخطة قبل 15 ديسمبر 2026."),
}
SLOGANS = {"vi": ["Tăng cường công tác tuyên truyền.", "Đẩy mạnh cải cách hành chính."],
           "en": ["Strengthen communication.", "Step up administrative reform."],
           "ru": ["Усилить разъяснительную работу.", "Активизировать административную реформу."],
           "nb": ["Styrke informasjonsarbeidet.", "Forsterke forvaltningsreformen."],
           "ar": ["تعزيز العمل الإعلامي.", "تسريع الإصلاح الإداري."]}


@pytest.mark.parametrize("lang", sorted(CLOSING))
def test_a_closing_instruction_to_implement_the_plan_is_no_concrete_task(tmp_path: Path, lang: str) -> None:
    spec = LANGS[lang]
    generic, dated = CLOSING[lang]
    items = [Item(f"{i}. {t}") for i, t in enumerate(SLOGANS[lang], 1)]
    body = [*spec.header, spec.type_line + " " + spec.title, Heading(spec.heading, 1), *items]
    engine = Engine(Settings(select=("DL206",)))
    for closing, flagged in ((generic, True), (dated, False)):
        path = write_docx(tmp_path / f"{lang}-{flagged}.docx", [*body, closing])
        codes = [f.code for f in engine.check_file(path).findings]
        assert codes == (["DL206"] if flagged else []), closing
    # the slogans plus a real task: concrete
    path = write_docx(tmp_path / f"{lang}-real.docx", [*body, Item(spec.good[0]), generic])
    assert not engine.check_file(path).findings


def test_a_lead_stops_at_a_verb_or_adverb(tmp_path: Path) -> None:
    found = OwnerFinder(LEX, "vi").analyse(
        "Các bộ phận chuyên môn căn cứ Kế hoạch này nghiêm túc triển khai thực hiện.")
    assert found.leads == ("bộ phận chuyên môn",)
    path = write_docx(tmp_path / "vi.docx", [*LANGS["vi"].header, "KẾ HOẠCH", Heading("III. TỔ CHỨC THỰC HIỆN", 1),
                                             "Các phòng chuyên môn căn cứ Kế hoạch này nghiêm túc triển khai thực hiện."])
    engine = Engine()
    doc = engine.load(path)
    leads = [t.leads for t in extract_tasks(doc, Context(doc, engine.settings, engine.lexicons))]
    assert leads == [("phòng chuyên môn",)]
