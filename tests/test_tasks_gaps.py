"""Owners, timings and resources written the ways the first drafts showed the tool missing, in
five languages: Arabic task-table headers ("المبادرة | الجهة المسؤولة | الجهات المساندة | الإطار
الزمني") and unit names that end where the predicate starts, Russian adjectives before a unit
word and future-tense predicates, Vietnamese lists of long unit names and named officials,
Norwegian "-staben" and acronyms, English plural positions and school-year schedules. Each as
numbered paragraphs (DOCX/text) and, where the language's drafts use them, DOCX table rows."""
from __future__ import annotations

from pathlib import Path

import pytest

from builders import Bullet, Heading, Item, Table, write_docx, write_text
from doclint.config import Settings
from doclint.engine import Engine
from doclint.lang.lexicon import Lexicons
from doclint.tasks.owners import OwnerFinder
from doclint.tasks.timing import TimingFinder
from tasks_langs import LANGS

LEX = Lexicons()
DL2 = ("DL201", "DL202", "DL203", "DL204", "DL205")

OWNERS = [
    # Arabic: a name is a chain of definite words; the predicate ends it
    ("ar", "تعد إدارة التخطيط خطة لتوزيع الصناديق قبل 15 مايو 2026.", ["إدارة التخطيط"], []),
    ("ar", "تقوم إدارة التدريب بتأهيل 500 معلم خلال عام 2026.", ["إدارة التدريب"], []),
    ("ar", "تتولى إدارة المباني المدرسية وإدارة المشتريات تجهيز الورش.",
     ["إدارة المباني المدرسية", "وإدارة المشتريات"], []),
    ("ar", "تعد وحدة المتابعة والتقييم تقريرا نصف سنوي.", ["وحدة المتابعة والتقييم"], []),
    ("ar", "وزارة المالية مسؤولة عن إعداد الموازنة.", ["وزارة المالية"], []),
    ("ar", "تقوم هيئة كفاءة الإنفاق بإعداد الدليل بالتنسيق مع مركز المعلومات الوطني.",
     ["هيئة كفاءة الإنفاق"], ["مركز المعلومات الوطني"]),
    # Russian: adjectives belong to the unit; a future-tense verb ends its name
    ("ru", "Правовой отдел и аналитический отдел подготовить изменения в регламент.",
     ["Правовой отдел", "аналитический отдел"], []),
    ("ru", "Отдел кадров и финансовое управление обеспечат оцифровку архива.",
     ["Отдел кадров", "финансовое управление"], []),
    ("ru", "Управление делами организует обучение сотрудников.", ["Управление делами"], []),
    ("ru", "Комитет по образованию проведет совещание совместно с Федеральной службой.",
     ["Комитет по образованию"], ["Федеральной службой"]),
    # Vietnamese: long names listed with commas all lead; a named official keeps her title
    ("vi", "Sở Thông tin và Truyền thông, Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh tuyên "
           "truyền nội dung Chỉ thị.",
     ["Sở Thông tin và Truyền thông", "Báo Nghệ An", "Đài Phát thanh và Truyền hình tỉnh"], []),
    ("vi", "Sở Văn hóa chủ trì, phối hợp với Báo Lâm Đồng, Đài Phát thanh và Truyền hình tỉnh "
           "tuyên truyền.",
     ["Sở Văn hóa"], ["Báo Lâm Đồng", "Đài Phát thanh và Truyền hình tỉnh"]),
    ("vi", "Bà Lê Thị Mai, Kế toán ngân sách xã, dự trù kinh phí.",
     ["Bà Lê Thị Mai, Kế toán ngân sách xã"], []),
    ("vi", "Đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND xã, trực tiếp chỉ đạo.",
     ["Đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND xã"], []),
    ("vi", "Trưởng các thôn phối hợp vận động nhân dân tham gia.", ["Trưởng các thôn"], []),
    ("vi", "Thủ trưởng các cơ quan, đơn vị triển khai thực hiện.",
     ["Thủ trưởng các cơ quan, đơn vị"], []),
    ("vi", "Báo cáo UBND tỉnh kết quả thực hiện.", [], []),
    ("vi", "Tram Y te xa, Cong an xa phoi hop kiem soat viec van chuyen gia suc.",
     ["Tram Y te xa", "Cong an xa"], []),
    ("vi", "Cong chuc Nong nghiep - Moi truong chu tri tham muu UBND xa.",
     ["Cong chuc Nong nghiep - Moi truong"], []),
    ("vi", "Ông Phạm Văn Toàn, Công chức Văn hóa - Xã hội, chủ trì xây dựng thể lệ.",
     ["Ông Phạm Văn Toàn, Công chức Văn hóa - Xã hội"], []),
    # Norwegian: "-staben" and acronyms are units; a "nettverk" is not
    ("nb", "NVE, i samarbeid med kommunene, skal kartlegge flomutsatte områder.", ["NVE"], ["kommunene"]),
    ("nb", "NVE og DSB skal utarbeide veiledning.", ["NVE", "DSB"], []),
    ("nb", "Kommunikasjonsstaben skal publisere nyheter.", ["Kommunikasjonsstaben"], []),
    ("nb", "Det skal etableres et nettverk for klimatilpasning.", [], []),
    # English: a plural position leads; a title in capitals is no acronym
    ("en", "School principals shall hold an evacuation drill.", ["School principals"], []),
    ("en", "The Transport Safety Office and the Police Department will monitor traffic.",
     ["Transport Safety Office", "Police Department"], []),
    ("en", "WORK PLAN", [], []),
    ("en", "Provincial health departments shall report outbreaks promptly.",
     ["Provincial health departments"], []),
    ("en", "The Director of the Department of Home Affairs shall submit the draft.",
     ["Department of Home Affairs"], []),
    ("ru", "Отдел по делам ГО и ЧС организует учения.", ["Отдел по делам ГО и ЧС"], []),
]


@pytest.mark.parametrize("lang,text,leads,coop", OWNERS)
def test_owner_patterns(lang: str, text: str, leads: list[str], coop: list[str]) -> None:
    found = OwnerFinder(LEX, lang).analyse(text)
    assert (list(found.leads), list(found.cooperating)) == (leads, coop)


TIMINGS = [
    ("ar", "قبل ٣٠ يونيو ٢٠٢٦", [("٣٠ يونيو ٢٠٢٦", "concrete")]),
    ("ar", "في موعد أقصاه ٣٠/٦/٢٠٢٦", [("٣٠/٦/٢٠٢٦", "concrete")]),
    ("ar", "بحلول نهاية 2026", [("نهاية 2026", "concrete")]),
    ("ar", "خلال الربع الثاني من عام ٢٠٢٦", [("الربع الثاني من عام ٢٠٢٦", "concrete")]),
    ("ar", "في أقرب وقت ممكن", [("في أقرب وقت ممكن", "vague")]),
    ("ar", "عند الطلب", [("عند الطلب", "vague")]),
    ("ar", "تقريرا نصف سنوي", [("نصف سنوي", "periodic")]),
    ("vi", "Công an xã bảo đảm an ninh trong thời gian diễn ra Ngày hội.",
     [("trong thời gian diễn ra", "reference")]),
    ("en", "hold an evacuation drill every semester", [("every semester", "periodic")]),
    ("en", "report to the board each term", [("each term", "periodic")]),
]


@pytest.mark.parametrize("lang,text,want", TIMINGS)
def test_timing_patterns(lang: str, text: str, want: list[tuple[str, str]]) -> None:
    found = TimingFinder(LEX, lang).in_text(text)
    assert [(t.text, t.cls) for t in found] == want


def test_arabic_indic_date_has_its_iso_day_and_quarters_list_in_a_cell() -> None:
    assert TimingFinder(LEX, "ar").in_text("في موعد أقصاه ٣٠/٦/٢٠٢٦")[0].date == "2026-06-30"
    assert [t.cls for t in TimingFinder(LEX, "vi").in_cell("Quý III, IV/2026")] == ["concrete"]
    assert [t.cls for t in TimingFinder(LEX, "vi").in_cell("Quý III và Quý IV năm 2026")] == ["concrete"]


def check(path: Path, select: tuple[str, ...] = DL2) -> set[tuple[str, str]]:
    result = Engine(Settings(select=select)).check_file(path)
    assert result.error is None, result.error
    return {(f.code, f.excerpt) for f in result.findings}


def test_arabic_initiative_table_docx(tmp_path: Path) -> None:
    header = ["م", "المبادرة", "الجهة المسؤولة", "الجهات المساندة", "الإطار الزمني", "التكلفة التقديرية"]
    rows = [header, ["أولا: البنية التحتية"] * 6,
            ["1", "نقل الأنظمة إلى السحابة", "مركز المعلومات الوطني", "الجهات الحكومية",
             "نهاية عام 2026", "20 مليون ريال"],
            ["2", "إعداد معايير الأمن", "الهيئة الوطنية للأمن السيبراني", "", "الربع الثاني ٢٠٢٦", ""],
            ["3", "تحديث سجل الأنظمة", "هيئة الحكومة الرقمية؛ مركز المعلومات الوطني", "", "سنويا", ""],
            ["4", "تدريب الكوادر الفنية", "", "أكاديمية الحكومة الرقمية", "سبتمبر 2026", ""],
            ["5", "متابعة الالتزام بالسياسة", "هيئة الحكومة الرقمية", "", "عند الطلب", ""],
            ["6", "إعداد دليل المشتريات", "هيئة كفاءة الإنفاق", "", "", ""]]
    path = write_docx(tmp_path / "ar-table.docx", [*LANGS["ar"].header, "خطة عمل",
                                                    "لتنفيذ سياسة الحوسبة السحابية",
                                                    Table(rows, merged_rows={1})])
    text = {n: " | ".join(c for c in rows[n + 1] if c) for n in range(1, 7)}
    assert check(path) == {("DL202", text[3]), ("DL201", text[4]), ("DL204", text[5]),
                           ("DL203", text[6])}


def test_arabic_numbered_tasks_docx(tmp_path: Path) -> None:
    items = ["تتولى الإدارة العامة للتعليم الفني تحديث المناهج بالتعاون مع غرف التجارة قبل ٣٠ يونيو ٢٠٢٦.",
             "تقوم إدارة التدريب بتأهيل 500 معلم خلال الربع الثالث من عام 2026.",
             "تتولى إدارة المباني المدرسية وإدارة المشتريات تجهيز الورش بحلول نهاية 2026.",
             "تقوم إدارة الإعلام بنشر أخبار البرنامج في أقرب وقت ممكن.",
             "إنشاء شراكات مع القطاع الخاص بحلول نهاية عام 2026.",
             "تتولى إدارة الشؤون القانونية مراجعة قرارات الغرامات."]
    body = ["خطة تنفيذية", "لتطوير التعليم الفني", Heading("المهام والمسؤوليات", 1),
            *[Item(f"{i}. {t}") for i, t in enumerate(items, 1)],
            "تمول الخطة من ميزانية الوزارة."]
    path = write_docx(tmp_path / "ar.docx", [*LANGS["ar"].header, *body])
    assert check(path) == {("DL202", f"3. {items[2]}"), ("DL204", f"4. {items[3]}"),
                           ("DL201", f"5. {items[4]}"), ("DL203", f"6. {items[5]}")}


def test_russian_adjective_units_and_future_predicates_text(tmp_path: Path) -> None:
    items = ["Финансовое управление обеспечит оцифровку архива до 1 июля 2026 г.",
             "Правовой отдел и аналитический отдел подготовить изменения в регламент до 1 сентября 2026 г.",
             "Отдел кадров и финансовое управление обеспечат обучение в III квартале 2026 г.",
             "Управление делами организует проверку исполнения."]
    spec = LANGS["ru"]
    lines = [*spec.header, "", "ПЛАН", spec.title, "", "## " + spec.heading, ""]
    lines += [f"{i}. {t}" for i, t in enumerate(items, 1)] + ["", spec.budget_line]
    path = write_text(tmp_path / "ru.txt", lines)
    result = Engine(Settings(select=DL2)).check_file(path)
    found = {(f.code, f.excerpt): f.evidence for f in result.findings}
    assert set(found) == {("DL202", f"2. {items[1]}"), ("DL202", f"3. {items[2]}"),
                          ("DL203", f"4. {items[3]}")}
    assert found[("DL202", f"3. {items[2]}")]["leads"] == ["Отдел кадров", "финансовое управление"]
    assert found[("DL203", f"4. {items[3]}")]["leads"] == ["Управление делами"]


def test_vietnamese_lists_officials_and_event_timing_docx(tmp_path: Path) -> None:
    items = ["Sở Thông tin và Truyền thông, Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh tuyên "
             "truyền nội dung Kế hoạch trong tháng 4/2026.",
             "Sở Văn hóa chủ trì, phối hợp với Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh tổ "
             "chức triển lãm trong Quý III, IV/2026.",
             "Bà Lê Thị Mai, Kế toán ngân sách xã, dự trù kinh phí tổ chức Ngày hội trong tháng 10/2026.",
             "Trưởng các thôn phối hợp vận động nhân dân tham gia trước ngày 15/10/2026.",
             "Công an xã bảo đảm an ninh trật tự trong thời gian diễn ra Ngày hội.",
             "Tổ chức tuyên dương các gia đình tiêu biểu."]
    spec = LANGS["vi"]
    body = ["KẾ HOẠCH", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026", Heading(spec.heading, 1),
            *[Item(f"{i}. {t}") for i, t in enumerate(items, 1)],
            Heading(spec.budget_heading, 1), spec.budget_line]
    path = write_docx(tmp_path / "vi.docx", [*spec.header, *body])
    assert check(path) == {("DL202", f"1. {items[0]}"), ("DL201", f"6. {items[5]}"),
                           ("DL203", f"6. {items[5]}")}


def test_vietnamese_table_row_with_two_quarters(tmp_path: Path) -> None:
    spec = LANGS["vi"]
    rows = [spec.columns, ["1", "Tổ chức triển lãm", "Sở Văn hóa", "Báo Nghệ An", "Quý III, IV/2026", ""],
            ["2", "Tuyên truyền Kế hoạch", "Sở Văn hóa, Báo Nghệ An", "", "Thường xuyên", ""]]
    path = write_docx(tmp_path / "vi-table.docx", [*spec.header, "KẾ HOẠCH", spec.title, Table(rows)])
    row2 = " | ".join(c for c in rows[2] if c)
    assert check(path, ("DL202", "DL203", "DL204")) == {("DL202", row2), ("DL204", row2)}


def test_norwegian_staff_units_acronyms_and_operating_budget_docx(tmp_path: Path) -> None:
    items = ["NVE, i samarbeid med kommunene, skal kartlegge flomutsatte områder innen 31. desember 2026.",
             "Kommunikasjonsstaben skal publisere nyheter om arbeidet ved behov.",
             "Det skal etableres et nettverk for klimatilpasning i løpet av første halvår 2026.",
             "NVE og DSB skal utarbeide en felles veileder innen 1. mars 2027."]
    spec = LANGS["nb"]
    body = ["HANDLINGSPLAN", "for klimatilpasning 2026", Heading(spec.heading, 1),
            *[Item(f"{i}. {t}") for i, t in enumerate(items, 1)],
            "Tiltakene dekkes over driftsbudsjettet for 2026."]
    path = write_docx(tmp_path / "nb.docx", [*spec.header, *body])
    assert check(path) == {("DL204", f"2. {items[1]}"), ("DL201", f"3. {items[2]}"),
                           ("DL202", f"4. {items[3]}")}
    unfunded = write_docx(tmp_path / "nb-nores.docx", [*spec.header, *body[:-1]])
    assert ("DL205", f"1. {items[0]}") in check(unfunded)


def test_english_bulleted_work_plan(tmp_path: Path) -> None:
    items = ["The Office of School Facilities will audit playground equipment by 30 April 2026.",
             "School principals shall hold an evacuation drill every semester.",
             "Head teachers shall report incidents to the Office each term.",
             "Update the school safety handbook.",
             "The Transport Safety Office and the Police Department will monitor traffic regularly."]
    body = ["WORK PLAN", "School safety programme 2026", Heading("2. Tasks", 1),
            *[Bullet(t) for t in items], "Funding comes from the school safety budget."]
    path = write_docx(tmp_path / "en.docx", [*LANGS["en"].header, *body])
    got = check(path)
    assert {c for c, e in got if items[3] in e} == {"DL201", "DL203"}
    assert {c for c, e in got if items[4] in e} == {"DL202", "DL204"}
    assert not any(items[k] in e for k in (0, 1, 2) for _, e in got)
