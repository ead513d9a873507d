"""DL701–DL703: reports with and without quantified results, accountable and unaccountable next
tasks, and over their page budget, in five languages and three formats."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from builders import Heading, write_docx, write_pdf, write_text
from doclint.config import Settings
from doclint.engine import Engine
from doclint.rules.reports.quantities import quantities

REPORT_CODES = ("DL701", "DL702", "DL703")


@dataclass(frozen=True)
class Lang:
    head: list[str]
    results: str
    vague: str  # results without a figure
    quantified: str
    difficulties: str
    difficulty: str
    next_tasks: str
    accountable: str
    unaccountable: str


LANGS = {
    "vi": Lang(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 45/BC-UBND",
                "Lâm Đồng, ngày 20 tháng 12 năm 2025", "BÁO CÁO",
                "Kết quả thực hiện Kết luận số 226-KL/TW năm 2025"],
               "I. KẾT QUẢ THỰC HIỆN",
               "Các cơ quan, đơn vị đã quán triệt nghiêm túc Kết luận số 226-KL/TW ngày "
               "11/12/2025, đạt nhiều kết quả tích cực, chất lượng văn bản được nâng lên.",
               "Đã ban hành 25/27 văn bản theo kế hoạch, đạt 92,6%; số hội nghị giảm 18% so với "
               "năm 2024; 312 thủ tục hành chính được xử lý trên môi trường số.",
               "II. TỒN TẠI, HẠN CHẾ", "Một số đơn vị còn chậm cập nhật dữ liệu.",
               "III. NHIỆM VỤ THỜI GIAN TỚI",
               "Sở Nội vụ chủ trì rà soát danh mục báo cáo định kỳ, hoàn thành trước ngày "
               "30/6/2026.",
               "Tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng công tác tham mưu."),
    "en": Lang(["PEOPLE'S COMMITTEE OF LAM DONG PROVINCE", "No. 45/BC-UBND",
                "Lam Dong, 20/12/2025", "REPORT", "on implementing Conclusion 226-KL/TW in 2025"],
               "I. RESULTS",
               "Agencies seriously studied Conclusion 226-KL/TW of 11 December 2025 and achieved "
               "many positive results; the quality of documents improved.",
               "25 of the 27 planned documents were issued (92.6%); conferences fell by 18% "
               "against 2024; 312 procedures were handled online.",
               "II. LIMITATIONS", "Some units still update their data late.",
               "III. NEXT STEPS",
               "The Department of Home Affairs shall review the list of periodic reports by "
               "30 June 2026.",
               "Continue to promote digital transformation and improve the quality of advice."),
    "ru": Lang(["НАРОДНЫЙ КОМИТЕТ ПРОВИНЦИИ ЛАМДОНГ", "№ 45/BC-UBND", "Ламдонг, 20.12.2025",
                "ОТЧЁТ", "о выполнении Заключения № 226-KL/TW в 2025 году"],
               "I. РЕЗУЛЬТАТЫ",
               "Органы серьёзно изучили Заключение № 226-KL/TW от 11 декабря 2025 года и достигли "
               "многих положительных результатов.",
               "Издано 25 из 27 запланированных документов (92,6%); число конференций "
               "сократилось на 18% по сравнению с 2024 годом.",
               "II. НЕДОСТАТКИ", "Некоторые подразделения поздно обновляют данные.",
               "III. ДАЛЬНЕЙШИЕ ЗАДАЧИ",
               "Департамент внутренних дел отвечает за пересмотр перечня периодических отчётов "
               "до 30 июня 2026 года.",
               "Продолжать продвигать цифровую трансформацию и повышать качество работы."),
    "nb": Lang(["FOLKEKOMITEEN I LAM DONG PROVINS", "Nr. 45/BC-UBND", "Lam Dong, 20.12.2025",
                "RAPPORT", "om gjennomføringen av konklusjon 226-KL/TW i 2025"],
               "I. RESULTATER",
               "Etatene har gjennomgått konklusjon 226-KL/TW av 11. desember 2025 grundig og "
               "oppnådd mange positive resultater.",
               "25 av 27 planlagte dokumenter er utstedt (92,6 %); antallet konferanser gikk ned "
               "med 18 % fra 2024.",
               "II. UTFORDRINGER", "Noen enheter oppdaterer fortsatt data sent.",
               "III. OPPGAVER FREMOVER",
               "Innenriksavdelingen er ansvarlig for å gjennomgå listen over periodiske rapporter "
               "innen 30. juni 2026.",
               "Fortsette å fremme digital omstilling og bedre kvaliteten på rådgivningen."),
    "ar": Lang(["اللجنة الشعبية لمقاطعة لام دونغ", "رقم 45/BC-UBND", "لام دونغ، 20/12/2025",
                "تقرير", "حول تنفيذ الاستنتاج رقم 226-KL/TW في عام 2025"],
               "أولا: النتائج",
               "درست الجهات الاستنتاج رقم 226-KL/TW المؤرخ 11 ديسمبر 2025 بجدية وحققت نتائج "
               "إيجابية كثيرة.",
               "صدرت 25 من أصل 27 وثيقة مخططة بنسبة 92.6%؛ وانخفض عدد المؤتمرات بنسبة 18% "
               "مقارنة بعام 2024.",
               "ثانيا: الصعوبات", "ما زالت بعض الوحدات تحدّث بياناتها متأخرة.",
               "3. المهام المقبلة",
               "تتولى إدارة الشؤون الداخلية مراجعة قائمة التقارير الدورية قبل 30 يونيو 2026.",
               "مواصلة تعزيز التحول الرقمي وتحسين جودة العمل."),
}


def build(tmp: Path, code: str, *, quantified: bool, fmt: str = "txt",
          accountable: bool = True) -> Path:
    lang = LANGS[code]
    body = [*lang.head, Heading(lang.results), lang.quantified if quantified else lang.vague,
            Heading(lang.difficulties), lang.difficulty, Heading(lang.next_tasks),
            "- " + (lang.accountable if accountable else lang.unaccountable)]
    path = tmp / f"report-{code}-{quantified}-{accountable}.{fmt}"
    if fmt == "docx":
        return write_docx(path, body)
    if fmt == "pdf":  # Arabic laid out right to left with joined letters, as word processors do
        return write_pdf(path, body, text_shaping=code == "ar")
    return write_text(path, [x if isinstance(x, str) else x.text for x in body])


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Settings(select=("DL701", "DL703")))


def _codes(engine: Engine, path: Path) -> list[str]:
    result = engine.check_file(path)
    assert result.error is None, result.error
    assert result.kind == "report", (path.name, result.kind)
    return sorted(f.code for f in result.findings if f.code in REPORT_CODES)


@pytest.mark.parametrize("code", sorted(LANGS))
@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_results_with_and_without_figures(tmp_path: Path, engine: Engine, code: str,
                                          fmt: str) -> None:
    assert _codes(engine, build(tmp_path, code, quantified=True, fmt=fmt)) == []
    assert _codes(engine, build(tmp_path, code, quantified=False, fmt=fmt)) == ["DL701"]


def test_results_finding_points_at_the_unquantified_paragraph(tmp_path: Path, engine: Engine) -> None:
    (finding,) = engine.check_file(build(tmp_path, "vi", quantified=False)).findings
    assert finding.excerpt == LANGS["vi"].vague


@pytest.mark.parametrize("text, lang, expected", [
    ("Đã ban hành 25/27 văn bản, đạt 92,6%", "vi", ["25", "92,6%"]),
    ("Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 và Điều 8 Luật 2025", "vi", []),
    ("1. Kết quả năm 2025", "vi", []),
    ("Conferences fell by 18% against 2024; 312 procedures online", "en", ["18%", "312"]),
    ("Resolution No. 57 of 15 December 2025", "en", []),
    ("Издано 25 документов, статья 8, № 12", "ru", ["25"]),
    ("resolusjon nr. 57 av 11. desember 2025", "nb", []),
    ("بنسبة ٩٢٪ و ٣١٢ إجراء، القرار رقم 57", "ar", ["92%", "312"]),
])
def test_quantities(text: str, lang: str, expected: list[str]) -> None:
    assert quantities(text, lang, Engine().lexicons) == expected


def test_report_over_its_page_budget(tmp_path: Path) -> None:
    lang = LANGS["vi"]
    long_body = [*lang.head, lang.results, lang.quantified] + [" ".join([lang.difficulty] * 8)] * 60
    path = write_text(tmp_path / "long.txt", long_body)
    engine = Engine(Settings(select=("DL703",)))
    (finding,) = engine.check_file(path).findings
    assert finding.code == "DL703" and finding.excerpt == "BÁO CÁO"
    assert finding.evidence["pages"] > 10
    roomy = Engine(Settings(select=("DL703",), rules={"DL703": {"max_pages": 40}}))
    assert not roomy.check_file(path).findings
    assert not engine.check_file(build(tmp_path, "vi", quantified=True)).findings


@pytest.mark.parametrize("code", sorted(LANGS))
def test_next_tasks_accountable_or_not(tmp_path: Path, code: str) -> None:
    pytest.importorskip("doclint.tasks.extract")
    engine = Engine(Settings(select=("DL702",)))
    good = engine.check_file(build(tmp_path, code, quantified=True, accountable=True))
    assert good.error is None and not good.findings
    bad = engine.check_file(build(tmp_path, code, quantified=True, accountable=False))
    assert [f.code for f in bad.findings] == ["DL702"]
    assert set(bad.findings[0].evidence["missing"]) == {"no owner", "no deadline"}
    assert LANGS[code].unaccountable in bad.findings[0].excerpt


def test_recipients_after_the_next_tasks_are_no_tasks(tmp_path: Path) -> None:
    pytest.importorskip("doclint.tasks.extract")
    lang = LANGS["vi"]
    path = write_text(tmp_path / "bc.txt", [*lang.head, lang.results, lang.quantified,
                                            lang.next_tasks, "- " + lang.accountable,
                                            "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."])
    result = Engine(Settings(select=("DL7",))).check_file(path)
    assert result.error is None and not result.findings
