"""DL201–DL206 in five languages, on tasks written as numbered paragraphs (DOCX, PDF, text)
and as DOCX task-table rows, with the traps: a cooperating unit is not a second lead, the
header's date is not a deadline, a cited document's date is not a deadline, "thường xuyên"
next to a real date is not vague, section rows are not tasks, several leads in one cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from builders import Heading, Item, Table, write_docx, write_pdf, write_text
from doclint.config import Settings
from doclint.engine import Engine
from tasks_langs import LANGS, Lang

DL2 = ("DL201", "DL202", "DL203", "DL204", "DL205", "DL206")


def check(path: Path, select: tuple[str, ...] = DL2) -> set[tuple[str, str]]:
    result = Engine(Settings(select=select)).check_file(path)
    assert result.error is None, result.error
    return {(f.code, f.excerpt) for f in result.findings}


def numbered_body(lang: Lang, *, budget: bool = True) -> list:
    items = [*lang.good, lang.no_owner, lang.two_leads, lang.no_deadline, lang.vague,
             lang.vague_with_date]
    body: list = [lang.type_line + " " + lang.title if lang.type_line != "KẾ HOẠCH" else lang.type_line,
                  Heading(lang.heading, 1)]
    if lang.type_line == "KẾ HOẠCH":
        body.insert(1, lang.title)
    body += [Item(f"{i}. {text}") for i, text in enumerate(items, 1)]
    if budget:
        body += [Heading(lang.budget_heading, 1), lang.budget_line]
    return body


def expected_numbered(lang: Lang) -> set[tuple[str, str]]:
    return {("DL201", f"{len(lang.good) + 1}. {lang.no_owner}"),
            ("DL202", f"{len(lang.good) + 2}. {lang.two_leads}"),
            ("DL203", f"{len(lang.good) + 3}. {lang.no_deadline}"),
            ("DL204", f"{len(lang.good) + 4}. {lang.vague}")}


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_numbered_tasks_docx(tmp_path: Path, lang: str) -> None:
    spec = LANGS[lang]
    path = write_docx(tmp_path / f"plan-{lang}.docx", [*spec.header, *numbered_body(spec)])
    assert check(path) == expected_numbered(spec)


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_numbered_tasks_text(tmp_path: Path, lang: str) -> None:
    spec = LANGS[lang]
    lines = list(spec.header) + [""]
    for item in numbered_body(spec):
        lines += [item if isinstance(item, str) else
                  ("## " + item.text if isinstance(item, Heading) else item.text), ""]
    path = write_text(tmp_path / f"plan-{lang}.txt", lines)
    assert check(path) == expected_numbered(spec)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_numbered_tasks_pdf(tmp_path: Path, lang: str) -> None:
    spec = LANGS[lang]
    path = write_pdf(tmp_path / f"plan-{lang}.pdf", [*spec.header, *numbered_body(spec)])
    assert check(path) == expected_numbered(spec)


def table_rows(lang: Lang) -> list[list[str]]:
    r = lang.rows
    return [lang.columns, [lang.section_row] * 6, r["good"], r["no_owner"], r["two_leads"],
            r["no_deadline"], r["vague"]]


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_table_rows_docx(tmp_path: Path, lang: str) -> None:
    spec = LANGS[lang]
    body = [spec.type_line, spec.title, Table(table_rows(spec), merged_rows={1})]
    path = write_docx(tmp_path / f"table-{lang}.docx", [*spec.header, *body])
    row_text = {k: " | ".join(c for c in v if c) for k, v in spec.rows.items()}
    assert check(path) == {("DL201", row_text["no_owner"]), ("DL202", row_text["two_leads"]),
                           ("DL203", row_text["no_deadline"]), ("DL204", row_text["vague"])}


def test_pipe_table_in_text(tmp_path: Path) -> None:
    spec = LANGS["vi"]
    rows = table_rows(spec)
    rows[1] = ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", ""]  # a section row typed in two cells
    lines = [*spec.header, "", spec.type_line, spec.title, ""]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    path = write_text(tmp_path / "table.md", lines)
    got = check(path)
    assert {c for c, _ in got} == {"DL201", "DL202", "DL203", "DL204"}
    assert not any("CẢI CÁCH" in e for _, e in got)


def test_cooperating_unit_is_not_a_second_lead(tmp_path: Path) -> None:
    body = ["KẾ HOẠCH", "Thực hiện Kết luận 226", Heading("II. NHIỆM VỤ", 1),
            Item("1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính và UBND các xã rà "
                 "soát văn bản, hoàn thành trước ngày 30/6/2026; kinh phí từ ngân sách tỉnh."),
            Item("2. Sở Nội vụ chủ trì; Sở Tư pháp phối hợp kiểm tra, báo cáo trước 15/11/2026."),
            Item("3. Các sở, ban, ngành chủ động triển khai trong năm 2026.")]
    path = write_docx(tmp_path / "coop.docx", [*LANGS["vi"].header, *body])
    assert check(path) == set()


def test_header_date_is_not_a_deadline(tmp_path: Path) -> None:
    """The place-date line (a full date) is the only date: the task still has no deadline."""
    spec = LANGS["vi"]
    body = ["KẾ HOẠCH", "Thực hiện Kết luận 226", Heading("II. NHIỆM VỤ", 1),
            Item("1. Sở Nội vụ chủ trì hướng dẫn các cơ quan, đơn vị; kinh phí từ ngân sách tỉnh.")]
    path = write_docx(tmp_path / "header.docx", [*spec.header, *body])
    assert check(path) == {("DL203", "1. Sở Nội vụ chủ trì hướng dẫn các cơ quan, đơn vị; "
                                     "kinh phí từ ngân sách tỉnh.")}


def test_section_deadline_applies_to_its_tasks(tmp_path: Path) -> None:
    body = ["KẾ HOẠCH", "Thực hiện Kết luận 226", Heading("II. NHIỆM VỤ HOÀN THÀNH TRONG QUÝ I/2026", 1),
            Item("1. Sở Nội vụ chủ trì hướng dẫn các cơ quan; kinh phí từ ngân sách tỉnh."),
            Heading("III. NHIỆM VỤ THƯỜNG XUYÊN", 1),
            Item("1. Sở Tư pháp chủ trì kiểm tra việc thực hiện.")]
    path = write_docx(tmp_path / "sections.docx", [*LANGS["vi"].header, *body])
    assert check(path) == {("DL203", "1. Sở Tư pháp chủ trì kiểm tra việc thực hiện.")}


def test_unit_heading_owns_its_bullets(tmp_path: Path) -> None:
    body = ["KẾ HOẠCH", "Thực hiện Kết luận 226", Heading("IV. TỔ CHỨC THỰC HIỆN", 1),
            "1. Sở Tài chính:",
            "- Bố trí kinh phí thực hiện Kế hoạch trước ngày 31/01/2026.",
            "- Hướng dẫn các đơn vị thanh quyết toán kinh phí trong quý IV/2026.",
            "2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc, báo cáo hằng quý.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh "
            "về Sở Nội vụ để tổng hợp./."]
    path = write_docx(tmp_path / "units.docx", [*LANGS["vi"].header, *body])
    assert check(path) == set()


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_dl205_plan_without_resources(tmp_path: Path, lang: str) -> None:
    spec = LANGS[lang]
    plain = [spec.good[0], spec.vague_with_date, spec.two_leads]
    body = [spec.type_line + " " + spec.title, Heading(spec.heading, 1),
            *[Item(f"{i}. {t}") for i, t in enumerate(plain, 1)]]
    path = write_docx(tmp_path / f"nores-{lang}.docx", [*spec.header, *body])
    assert check(path, ("DL205",)) == {("DL205", f"1. {spec.good[0]}")}
    funded = write_docx(tmp_path / f"res-{lang}.docx",
                        [*spec.header, *body, Heading(spec.budget_heading, 1), spec.budget_line])
    assert check(funded, ("DL205",)) == set()


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_dl206_no_concrete_tasks(tmp_path: Path, lang: str) -> None:
    spec = LANGS[lang]
    restating = {"vi": ["Quán triệt sâu sắc tinh thần Kết luận.", "Tăng cường công tác tuyên truyền."],
                 "en": ["Thoroughly grasp the spirit of the Conclusion.", "Strengthen communication."],
                 "ru": ["Глубоко усвоить дух Заключения.", "Усилить разъяснительную работу."],
                 "nb": ["Gjøre konklusjonen godt kjent.", "Styrke informasjonsarbeidet."],
                 "ar": ["استيعاب روح الاستنتاج استيعابا عميقا.", "تعزيز العمل الإعلامي."]}[lang]
    type_title = spec.type_line + " " + spec.title
    body = [type_title, Heading(spec.heading, 1), *[Item(f"{i}. {t}") for i, t in enumerate(restating, 1)]]
    path = write_docx(tmp_path / f"empty-{lang}.docx", [*spec.header, *body])
    found = check(path, ("DL206",))
    assert len(found) == 1 and next(iter(found))[0] == "DL206"
    concrete = write_docx(tmp_path / f"concrete-{lang}.docx", [*spec.header, *body, Item(spec.good[0])])
    assert check(concrete, ("DL206",)) == set()


def test_reports_are_left_to_the_reports_rules(tmp_path: Path) -> None:
    spec = LANGS["vi"]
    body = ["BÁO CÁO", "Kết quả thực hiện Kết luận 226", Heading("III. NHIỆM VỤ THỜI GIAN TỚI", 1),
            Item("1. Rà soát, cắt giảm thủ tục hành chính.")]
    path = write_docx(tmp_path / "report.docx", [*spec.header, *body])
    assert check(path) == set()


def test_kind_option_extends_dl206(tmp_path: Path) -> None:
    from doclint.config import from_mapping

    spec = LANGS["vi"]
    body = ["KẾT LUẬN", "của Thường trực Tỉnh ủy", Heading("II. NHIỆM VỤ", 1),
            Item("1. Quán triệt sâu sắc tinh thần Kết luận.")]
    path = write_docx(tmp_path / "conclusion.docx", [*spec.header, *body])
    assert check(path, ("DL206",)) == set()  # conclusions are not checked by default
    settings = from_mapping({"select": ["DL206"],
                             "rules": {"DL206": {"kinds": ["plan", "directive", "conclusion"]}}})
    result = Engine(settings).check_file(path)
    assert [f.code for f in result.findings] == ["DL206"]
