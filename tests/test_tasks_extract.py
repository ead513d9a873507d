"""Task extraction pieces: timing classes, owners (lead vs cooperating), task tables of 60+
rows with merged section rows and multi-lead cells (DOCX and PDF), and the task lexicons."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from builders import Table, write_docx, write_pdf
from doclint.config import Settings
from doclint.engine import Engine
from doclint.lang.lexicon import Lexicons, available_languages, file_entries
from doclint.rules.base import Context
from doclint.tasks import extract_tasks
from doclint.tasks.owners import OwnerFinder
from doclint.tasks.timing import TimingFinder

LEX = Lexicons()

TIMINGS = [
    ("vi", "Trước ngày 31/01 năm liền kề", "concrete"),
    ("vi", "Tháng 7/2026", "concrete"),
    ("vi", "Quý I/2025", "concrete"),
    ("vi", "trình trong tháng 6/2025", "concrete"),
    ("vi", "hoàn thành trong năm 2026", "concrete"),
    ("vi", "truoc ngay 30/6/2026", "concrete"),
    ("vi", "Hằng năm", "periodic"),
    ("vi", "Hàng quý", "periodic"),
    ("vi", "Thường xuyên", "vague"),
    ("vi", "Kịp thời", "vague"),
    ("vi", "khi có yêu cầu", "vague"),
    ("vi", "thuong xuyen", "vague"),
    ("vi", "Theo Điều 17 Nghị định số 52/2015/NĐ-CP", "reference"),
    ("vi", "Ngay sau khi có Nghị quyết của HĐND tỉnh", "reference"),
    ("en", "by 30 June 2026", "concrete"),
    ("en", "Q3 2026", "concrete"),
    ("en", "annually", "periodic"),
    ("en", "as soon as possible", "vague"),
    ("en", "regularly", "vague"),
    ("en", "in accordance with Article 17 of Decree 52", "reference"),
    ("ru", "до 1 июня 2025 года", "concrete"),
    ("ru", "II квартал 2026 г.", "concrete"),
    ("ru", "ежеквартально", "periodic"),
    ("ru", "регулярно", "vague"),
    ("ru", "в сроки, установленные статьей 17", "reference"),
    ("nb", "innen 30. juni 2026", "concrete"),
    ("nb", "2. kvartal 2026", "concrete"),
    ("nb", "årlig", "periodic"),
    ("nb", "løpende", "vague"),
    ("nb", "i henhold til forskriften § 17", "reference"),
    ("ar", "قبل 30 يونيو 2026", "concrete"),
    ("ar", "بحلول نهاية عام 2026", "concrete"),
    ("ar", "سنويًا", "periodic"),
    ("ar", "باستمرار", "vague"),
    ("ar", "وفقا للمادة 17 من المرسوم", "reference"),
]


@pytest.mark.parametrize("lang,text,cls", TIMINGS)
def test_timing_classes_in_a_deadline_cell(lang: str, text: str, cls: str) -> None:
    found = TimingFinder(LEX, lang).in_cell(text)
    assert [t.cls for t in found] == [cls], found


def test_cited_document_date_is_not_a_timing() -> None:
    vi = TimingFinder(LEX, "vi")
    assert vi.in_text("Triển khai Kế hoạch số 12/KH-UBND ngày 15/3/2025 của UBND tỉnh") == ()
    en = TimingFinder(LEX, "en")
    assert en.in_text("Implement Decision No. 12/2025 dated 15 March 2025") == ()
    found = vi.in_text("Thường xuyên kiểm tra; hoàn thành trước ngày 30/6/2026")
    assert [(t.cls, t.date) for t in found] == [("vague", None), ("concrete", "2026-06-30")]


def test_labelled_timing_clause_reads_like_a_cell() -> None:
    found = TimingFinder(LEX, "vi").in_text(
        "Sở Tư pháp chủ trì (thời gian: theo Điều 17 Nghị định số 52/2015/NĐ-CP)")
    assert [t.cls for t in found] == ["reference"]


OWNERS = [
    ("vi", "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính triển khai",
     ["Sở Tư pháp"], ["Sở Nội vụ", "Sở Tài chính"]),
    ("vi", "Giao Sở Tư pháp chủ trì tham mưu UBND tỉnh ban hành kế hoạch", ["Sở Tư pháp"], []),
    ("vi", "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở thực hiện", ["Giám đốc các sở"], []),
    ("vi", "Các sở, ban, ngành chủ động triển khai", ["Các sở, ban, ngành"], []),
    ("vi", "So Tu phap chu tri, phoi hop voi So Noi vu", ["So Tu phap"], ["So Noi vu"]),
    ("vi", "Số hóa hồ sơ và Bố trí kinh phí", [], []),
    ("en", "The Ministry of Finance leads, in coordination with the Ministry of Justice",
     ["Ministry of Finance"], ["Ministry of Justice"]),
    ("en", "The Secretariat instructs the Ministry of Health to prepare a plan",
     ["Ministry of Health"], []),
    ("ru", "Минфин — головной исполнитель, совместно с Министерством юстиции",
     ["Минфин"], ["Министерством юстиции"]),
    ("ru", "Министерству финансов и Министерству юстиции обеспечить подготовку",
     ["Министерству финансов", "Министерству юстиции"], []),
    ("nb", "Helsedirektoratet har ansvaret, i samarbeid med Statsforvalteren",
     ["Helsedirektoratet"], ["Statsforvalteren"]),
    ("ar", "تتولى وزارة الصحة بالتنسيق مع وزارة المالية", ["وزارة الصحة"], ["وزارة المالية"]),
]


@pytest.mark.parametrize("lang,text,leads,coop", OWNERS)
def test_lead_and_cooperating_units(lang: str, text: str, leads: list[str], coop: list[str]) -> None:
    found = OwnerFinder(LEX, lang).analyse(text)
    assert (list(found.leads), list(found.cooperating)) == (leads, coop)


def test_lead_cell_lists() -> None:
    finder = OwnerFinder(LEX, "vi")
    assert finder.analyse("Sở Tư pháp; UBND các xã, phường, đặc khu", cell=True).leads == (
        "Sở Tư pháp", "UBND các xã, phường, đặc khu")
    assert finder.analyse("UBND các xã, phường, đặc khu", cell=True).leads == (
        "UBND các xã, phường, đặc khu",)
    assert finder.analyse("BCĐ 35", cell=True).leads == ("BCĐ 35",)
    assert OwnerFinder(LEX, "ar").analyse("وزارة العدل؛ وزارة التعليم", cell=True).leads == (
        "وزارة العدل", "وزارة التعليم")


TIMING_CELLS = ["Trước ngày 31/01 năm liền kề", "Tháng 7/2026", "Hằng năm", "Hàng quý",
                "Thường xuyên", "Kịp thời", "Theo Điều 17 Nghị định số 52/2015/NĐ-CP",
                "Ngay sau khi có Nghị quyết của HĐND tỉnh", "Quý I/2025", "trình trong tháng 6/2025"]
LEADS = ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh", "Công an tỉnh"]


def big_table() -> tuple[list[list[str]], set[int], dict[str, set[str]]]:
    """64 rows: 4 merged section rows, 60 tasks cycling through every timing class; every 7th
    task has two leads in one cell, every 11th none."""
    header = ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện",
              "Phối hợp thực hiện", "Theo dõi, kiểm tra, đôn đốc"]
    rows, merged = [header], set()
    expected: dict[str, set[str]] = {"DL201": set(), "DL202": set(), "DL204": set()}
    sections = ["I. CẢI CÁCH THỂ CHẾ", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
                "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", "IV. CHUYỂN ĐỔI SỐ"]
    n = 0
    for section in sections:
        merged.add(len(rows))
        rows.append([section] * len(header))
        for _ in range(15):
            n += 1
            lead = LEADS[n % len(LEADS)]
            if n % 7 == 0:
                lead = "Sở Tư pháp; UBND các xã, phường, đặc khu"
            if n % 11 == 0:
                lead = ""
            timing = TIMING_CELLS[n % len(TIMING_CELLS)]
            row = [str(n), f"Rà soát, hoàn thiện quy trình số {n} thuộc lĩnh vực được giao",
                   "Báo cáo", timing, lead, "Các sở, ngành" if n % 2 else "",
                   "Văn phòng UBND tỉnh"]
            rows.append(row)
            text = " | ".join(c for c in row if c)
            if not lead:
                expected["DL201"].add(text)
            elif ";" in lead:
                expected["DL202"].add(text)
            if timing in ("Thường xuyên", "Kịp thời"):
                expected["DL204"].add(text)
    return rows, merged, expected


def test_sixty_row_task_table_docx(tmp_path: Path) -> None:
    rows, merged, expected = big_table()
    header = ["UBND TỈNH LÂM ĐỒNG", "Số: /KH-UBND", "Lâm Đồng, ngày      tháng 12 năm 2025"]
    path = write_docx(tmp_path / "big.docx", [*header, "KẾ HOẠCH", "Cải cách hành chính năm 2026",
                                              Table(rows, merged_rows=merged)])
    result = Engine(Settings(select=("DL201", "DL202", "DL203", "DL204", "DL206"))).check_file(path)
    got: dict[str, set[str]] = {}
    for f in result.findings:
        got.setdefault(f.code, set()).add(f.excerpt)
    assert got == {k: v for k, v in expected.items() if v}
    engine = Engine()
    doc = engine.load(path)
    tasks = extract_tasks(doc, Context(doc, engine.settings, engine.lexicons))
    assert len(tasks) == 60
    assert {t.section for t in tasks} == {r[0] for i, r in enumerate(rows) if i in merged}
    assert not any("Văn phòng UBND tỉnh" in t.leads for t in tasks if "Văn phòng" not in t.text.split("|")[4])


def test_sixty_row_task_table_pdf(tmp_path: Path) -> None:
    rows, _merged, expected = big_table()
    path = write_pdf(tmp_path / "big.pdf", ["KẾ HOẠCH", "Cải cách hành chính năm 2026",
                                            Table(rows)], size=9)
    result = Engine(Settings(select=("DL201", "DL202", "DL204"))).check_file(path)
    if result.error is not None:
        pytest.fail(str(result.error))
    codes = [f.code for f in result.findings]
    # PDF rows broken over lines and pages are read back as whole rows
    assert codes.count("DL202") == len(expected["DL202"])
    assert codes.count("DL201") == len(expected["DL201"])
    assert codes.count("DL204") == len(expected["DL204"])


TASK_LEXICONS = ("task-headings", "directive-verbs", "lead-markers", "cooperation-markers",
                 "owners", "not-owners", "owner-determiners", "owner-joiners", "task-verbs",
                 "deadlines", "citation-dates", "periodic", "vague", "reference-timing",
                 "timing-labels", "resources", "not-task", "column-task", "column-lead",
                 "column-cooperating", "column-deadline", "column-resources", "column-product",
                 "column-monitor", "column-number", "event-timing", "task-lead-ins")


@pytest.mark.parametrize("lang", ["vi", "en", "ru", "nb", "ar"])
def test_task_lexicons_load_and_match_their_examples(lang: str) -> None:
    assert lang in available_languages()
    for name in TASK_LEXICONS:
        entries = file_entries(lang, name)
        assert entries, f"{lang}/{name} is empty"
        keys = [e.regex.pattern if e.regex else e.tokens for e in entries]
        assert len(keys) == len(set(keys)), f"{lang}/{name} has duplicates"
        lexicon = LEX.get(lang, name)
        for e in entries:
            assert e.tokens or e.regex, f"{lang}/{name}: empty entry {e.text!r}"
            if e.example:
                assert any(m.entry is e for m in lexicon.find(e.example)), \
                    f"{lang}/{name}: {e.text!r} does not match its example {e.example!r}"


def test_user_lexicon_extends_owners(tmp_path: Path) -> None:
    from doclint.config import from_mapping

    body = ["KẾ HOẠCH", "Thực hiện Kết luận 226", Table([
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        ["1", "BQLDA Đa Nhim chủ trì khảo sát hiện trạng công trình", "", "Quý II/2026"]])]
    path = write_docx(tmp_path / "custom.docx", body)
    plain = Engine(Settings(select=("DL201",))).check_file(path)
    assert [f.code for f in plain.findings] == ["DL201"]
    settings = from_mapping({"select": ["DL201"], "lexicons": {"vi": {"owners": ["BQLDA"]}}})
    assert Engine(settings).check_file(path).findings == ()
    assert re.search("BQLDA", plain.findings[0].excerpt)


GENERALISATION_OWNERS = [
    # a verb-like word that opens a department's name does not end it
    ("vi", "Sở Nông nghiệp và Môi trường, Sở Xây dựng", True, 2),
    # bare unit words under one plural are one collective lead
    ("vi", "Các phòng, đơn vị thuộc Sở báo cáo kết quả trước ngày 10/12/2026", False, 1),
    ("vi", "Đảng đoàn HĐND tỉnh, Ban cán sự đảng UBND tỉnh lãnh đạo giảm hội nghị", False, 2),
    ("en", "The Inspectorate and the Ministry Office will jointly inspect compliance", False, 2),
    ("nb", "Plan- og bygningsetaten og Eiendomsavdelingen skal gjennomgå gebyrene", False, 2),
    ("nb", "Arkivtjenesten har ansvaret for skanning, i samarbeid med IT-avdelingen", False, 1),
    ("ru", "Отделу кадров проанализировать укомплектованность поликлиник врачами", False, 1),
    ("ru", "Отделу информатизации и ГБУЗ «МИАЦ» внедрить электронную очередь", False, 2),
    ("ar", "تقوم جميع الإدارات بمراجعة إجراءاتها الداخلية", False, 1),
    ("ar", "تعد إدارة التخطيط تقريرا عن مستوى الإنجاز", False, 1),
]


@pytest.mark.parametrize("lang,text,cell,count", GENERALISATION_OWNERS)
def test_lead_counts_on_realistic_phrasings(lang: str, text: str, cell: bool, count: int) -> None:
    found = OwnerFinder(LEX, lang).analyse(text, cell=cell)
    assert len(found.leads) == count, found
    assert not found.leads or all(lead in text for lead in found.leads)


@pytest.mark.parametrize("lang,text", [
    ("vi", "Sở Khoa học và Công nghệ xây dựng bản đồ số ngay sau khi Đề án được phê duyệt."),
    ("en", "The Legal Department shall appraise drafts within the time limits set by the Law."),
    ("ru", "Правовому отделу представить заключение в установленные сроки."),
    ("nb", "Juridisk seksjon skal svare innen fristene i forvaltningsloven."),
    ("ar", "تتولى الإدارة القانونية إعداد الرد في المواعيد المحددة في النظام."),
])
def test_event_timings_count_in_running_text(lang: str, text: str) -> None:
    assert [t.cls for t in TimingFinder(LEX, lang).in_text(text)] == ["reference"]


@pytest.mark.parametrize("lang,text,cls", [
    ("nb", "Opplæring gis høsten 2026", "concrete"),
    ("en", "Train nurses during the summer of 2026", "concrete"),
    ("nb", "Utvalget får månedlige rapporter", "periodic"),
])
def test_seasons_and_inflected_schedules(lang: str, text: str, cls: str) -> None:
    assert [t.cls for t in TimingFinder(LEX, lang).in_text(text)] == [cls]


LEAD_IN = {
    "vi": ("Để khắc phục tình trạng trên, Chủ tịch UBND tỉnh yêu cầu:",
           "Sở Nội vụ kiểm tra việc chấp hành kỷ luật trước ngày 30/6/2026.",
           "Tăng cường công tác tuyên truyền về cải cách hành chính.", "Chủ tịch"),
    "en": ("To prevent such incidents, the Chairman directs:",
           "The Provincial Police shall inspect fire safety before 30 September 2026.",
           "Raise public awareness of fire prevention and fighting.", "Chairman"),
    "ru": ("В целях обеспечения безопасности администрация города постановляет:",
           "Управлению делами разработать план до 10 марта 2026 года.",
           "Усилить разъяснительную работу с населением.", "Глава города"),
    "nb": ("Bystyret vedtar:", "Byggesakskontoret skal lage nye maler innen 15.04.2026.",
           "Styrke internkontrollen.", "kommunedirektør"),
    "ar": ("في إطار حرص المحافظة على النظافة، تقرر ما يلي:",
           "تعد إدارة التخطيط خطة لتوزيع الصناديق قبل 15 مايو 2026.",
           "توعية المواطنين بأهمية الحفاظ على النظافة.", "وزير العدل"),
}


@pytest.mark.parametrize("lang", sorted(LEAD_IN))
def test_items_after_a_lead_in_are_tasks_and_signatures_are_not(tmp_path: Path, lang: str) -> None:
    """A directive without a task heading: the numbered items after "… yêu cầu:" are its
    tasks (an item naming nobody is DL201/DL203); the signer's title is not a task."""
    from tasks_langs import LANGS

    spec = LANGS[lang]
    lead_in, good, bare, signer = LEAD_IN[lang]
    body = [*spec.header, spec.type_line, spec.title, lead_in, f"1. {good}", f"2. {bare}", signer]
    path = write_docx(tmp_path / f"lead-in-{lang}.docx", body)
    result = Engine(Settings(select=("DL201", "DL202", "DL203", "DL204"))).check_file(path)
    assert result.error is None
    assert {(f.code, f.excerpt) for f in result.findings} == {("DL201", f"2. {bare}"),
                                                             ("DL203", f"2. {bare}")}
