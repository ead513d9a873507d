"""Document kind from the type line, the title and the opening, in five languages, on real
DOCX (national-title header table), PDF (two-column header) and text files; user override."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import Heading, write_docx, write_pdf, write_text

from doclint.config import Settings
from doclint.engine import Engine
from doclint.lang.lexicon import Lexicons
from doclint.meta import KIND_LEXICONS, kind_matches

VI_HEADER = [["SỞ XÂY DỰNG TỈNH BẮC NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
             ["Số: 15/HD-SXD", "Độc lập - Tự do - Hạnh phúc"]]
VI_BODY = ["Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014 và các văn bản hướng dẫn thi hành;",
           "Các phòng, đơn vị trực thuộc Sở có trách nhiệm tổ chức thực hiện và báo cáo kết quả."]
EN_BODY = ["This document applies to all units of the Department and to the contractors working "
           "for them.", "Units shall report on its implementation to the Department every year."]
RU_BODY = ["Настоящий документ применяется всеми подразделениями управления и подрядными "
           "организациями.", "Подразделения ежегодно представляют отчёт о его выполнении."]
NB_BODY = ["Dette dokumentet gjelder for alle enhetene i direktoratet og for leverandørene som "
           "arbeider for dem.", "Enhetene skal rapportere om oppfølgingen hvert år."]
AR_BODY = ["تطبق هذه الوثيقة على جميع وحدات الإدارة والمقاولين العاملين لديها.",
           "تقدم الوحدات تقريراً سنوياً عن التنفيذ إلى الإدارة."]

CASES = [
    # (language, type line, title, body, expected kind)
    ("vi", "HƯỚNG DẪN", "Quy trình bảo dưỡng trạm bơm nước thải", VI_BODY, "technical"),
    ("vi", "QUYẾT ĐỊNH", "Về việc bổ nhiệm ông Nguyễn Văn An giữ chức Trưởng phòng Kỹ thuật",
     VI_BODY, "personnel-decision"),
    ("vi", "QUYẾT ĐỊNH", "Về việc ban hành Quy trình kỹ thuật vận hành trạm bơm", VI_BODY,
     "technical"),
    ("vi", "QUYẾT ĐỊNH", "Về việc phê duyệt dự toán gói thầu số 3", VI_BODY, "directive"),
    ("vi", "KẾ HOẠCH", "Triển khai thực hiện Kết luận số 226-KL/TW", VI_BODY, "plan"),
    ("vi", "QUY ĐỊNH", "Về chế độ, chính sách đối với cán bộ làm công tác quan trắc", VI_BODY,
     "personnel-decision"),
    ("en", "GUIDELINES", "on the maintenance of wastewater pumping stations", EN_BODY,
     "technical"),
    ("en", "DECISION", "on the appointment of Ms Jane Doe as Deputy Director of the Laboratory",
     EN_BODY, "personnel-decision"),
    ("en", "DECISION", "on promulgating the Guidelines on pump maintenance", EN_BODY,
     "technical"),
    ("en", "REPORT", "on the results of the 2025 inspection campaign", EN_BODY, "report"),
    ("ru", "ИНСТРУКЦИЯ", "по охране труда при эксплуатации насосных станций", RU_BODY,
     "technical"),
    ("ru", "ПРИКАЗ", "О назначении Петрова П. П. на должность начальника лаборатории", RU_BODY,
     "personnel-decision"),
    ("ru", "ПРИКАЗ", "Об утверждении Инструкции по охране труда", RU_BODY, "technical"),
    ("ru", "ПЛАН МЕРОПРИЯТИЙ", "по реализации Заключения № 226", RU_BODY, "plan"),
    ("nb", "Veileder", "for vedlikehold av pumpestasjoner for avløpsvann", NB_BODY, "technical"),
    ("nb", "Sikkerhetsinstruks", "for arbeid i laboratoriet", NB_BODY, "technical"),
    ("nb", "VEDTAK", "om tilsetting av ny avdelingsdirektør i seksjon for drift", NB_BODY,
     "personnel-decision"),
    ("nb", "Handlingsplan", "for oppfølging av konklusjonen", NB_BODY, "plan"),
    ("ar", "دليل إجراءات السلامة", "في مختبرات تحليل المياه", AR_BODY, "technical"),
    ("ar", "قرار", "بشأن تعيين السيد أحمد علي مديراً لإدارة الشؤون الفنية", AR_BODY,
     "personnel-decision"),
    ("ar", "خطة", "تنفيذ الاستنتاج رقم 226 لعام 2026", AR_BODY, "plan"),
]


def _kind(path: Path, **settings: object) -> tuple[str | None, str | None]:
    result = Engine(Settings(select=("DL902",), **settings)).check_file(path)  # type: ignore[arg-type]
    assert result.error is None, result.error
    return result.language, result.kind


@pytest.mark.parametrize("lang,type_line,title,body,expected", CASES)
def test_kind_from_type_line_and_title_in_docx_with_header_table(tmp_path, lang, type_line, title,
                                                                body, expected):
    header = VI_HEADER if lang == "vi" else [["AGENCY", ""], ["No. 15/2026", ""]]
    path = write_docx(tmp_path / "doc.docx", [type_line, title, *body], header_table=header)
    assert _kind(path) == (lang, expected)


@pytest.mark.parametrize("lang,type_line,title,body,expected",
                         [c for c in CASES if c[0] in ("vi", "ru", "en")])
def test_kind_in_pdf_with_two_column_header(tmp_path, lang, type_line, title, body, expected):
    header = (["SỞ XÂY DỰNG", "Số: 15/HD-SXD"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    path = write_pdf(tmp_path / "doc.pdf", [Heading(type_line), title, *body],
                     two_column_header=header if lang == "vi" else None)
    assert _kind(path) == (lang, expected)


def test_type_line_without_diacritics_still_decides(tmp_path):
    path = write_text(tmp_path / "qd.txt", [
        "SO XAY DUNG", "So: 12/QD-SXD", "", "QUYET DINH", "",
        "Ve viec bo nhiem ong Tran Van Binh giu chuc Pho Truong phong", "",
        "Can cu Luat Can bo, cong chuc ngay 13 thang 11 nam 2008;", "",
        "Xet de nghi cua Truong phong To chuc can bo cua So."])
    assert _kind(path)[1] == "personnel-decision"


def test_title_like_opening_without_a_type_line(tmp_path):
    path = write_docx(tmp_path / "g.docx", [Heading("Laboratory Safety Guidelines"), *EN_BODY,
                                             "Staff shall wear protective equipment at all times."])
    assert _kind(path) == ("en", "technical")


def test_sentences_that_start_with_a_kind_word_are_not_type_lines(tmp_path):
    path = write_text(tmp_path / "n.txt", [
        "Quy định này áp dụng đối với các cơ quan, đơn vị thuộc Sở và các nhà thầu thi công.",
        "Kế hoạch bảo trì được lập hằng năm và gửi về Sở trước ngày 30 tháng 11.",
        "Các đơn vị có trách nhiệm phối hợp thực hiện."])
    assert _kind(path)[1] == "other"


def test_config_and_command_line_override_the_detected_kind(tmp_path, run_cli):
    path = write_docx(tmp_path / "plan.docx", ["KẾ HOẠCH", "Triển khai Kết luận 226-KL/TW",
                                                *VI_BODY], header_table=VI_HEADER)
    assert _kind(path)[1] == "plan"
    assert _kind(path, kind="technical")[1] == "technical"
    out = run_cli("check", "--select", "DL301", "--kind", "technical", "--format", "json", path)
    assert json.loads(out.output)["files"][0]["kind"] == "technical"
    (tmp_path / "doclint.toml").write_text('kind = "report"\nselect = ["DL301"]\n', encoding="utf-8")
    out = run_cli("check", "--format", "json", path)
    assert json.loads(out.output)["files"][0]["kind"] == "report"


DECISION_TITLES = [
    # a decision's title decides: personnel cue -> personnel-decision; promulgated kind -> it
    ("vi", "QUYẾT ĐỊNH", "Về việc tiếp nhận và bố trí công tác đối với viên chức",
     "personnel-decision"),
    ("vi", "QUYẾT ĐỊNH", "Về việc cử cán bộ đi học tập trung tại Học viện", "personnel-decision"),
    ("vi", "QUYẾT ĐỊNH", "VỀ VIỆC BỔ NHIỆM CÁN BỘ LÃNH ĐẠO PHÒNG", "personnel-decision"),
    ("vi", "QUYẾT ĐỊNH", "Ban hành Quy chế quản lý, vận hành hệ thống thông tin", "technical"),
    ("vi", "QUYET DINH", "Ve viec ban hanh Quy che lam viec cua So", "technical"),
    ("en", "DECISION", "on the approval of the Technical Guidelines for bridge inspection",
     "technical"),
    ("ru", "ПРИКАЗ", "О поощрении работников лаборатории", "personnel-decision"),
    ("ru", "ПРИКАЗ", "Об утверждении Регламента работы информационной системы", "technical"),
    ("nb", "VEDTAK", "Fastsetting av retningslinjer for internkontroll", "technical"),
    ("ar", "قرار", "بشأن ترقية عدد من الموظفين", "personnel-decision"),
    ("ar", "قرار", "بشأن اعتماد دليل إجراءات الصيانة", "technical"),
]
DECISION_BODY = {"vi": VI_BODY, "en": EN_BODY, "ru": RU_BODY, "nb": NB_BODY, "ar": AR_BODY}


@pytest.mark.parametrize("lang,type_line,title,expected", DECISION_TITLES)
def test_decision_title_decides_in_docx_and_text(tmp_path, lang, type_line, title, expected):
    body = DECISION_BODY[lang]
    docx = write_docx(tmp_path / "d.docx", [type_line, title, *body])
    text = write_text(tmp_path / "d.txt", [type_line, "", title, "", *body])
    assert (_kind(docx)[1], _kind(text)[1]) == (expected, expected)


def test_type_line_and_title_on_one_pdf_line(tmp_path):
    header = (["SỞ NÔNG NGHIỆP VÀ PTNT", "Số: 45/QĐ-SNN"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    path = write_pdf(tmp_path / "qd.pdf", [
        Heading("QUYẾT ĐỊNH Về việc bổ nhiệm ông Trần Văn Bình giữ chức Phó Giám đốc"), *VI_BODY],
        two_column_header=header)
    assert _kind(path) == ("vi", "personnel-decision")


INSTRUCTIONS = [
    # a directive proper stays a directive whatever its title or body says about personnel
    ("vi", "CHỈ THỊ", "Về tăng cường kỷ luật, kỷ cương hành chính",
     "Việc bổ nhiệm cán bộ và tuyển dụng công chức còn chậm."),
    ("en", "DIRECTIVE", "on strengthening discipline in the recruitment of staff",
     "Appointment of officials shall follow the procedure."),
    ("ru", "ПОРУЧЕНИЕ", "о сокращении количества совещаний",
     "Назначение ответственных и премирование работников проводятся в установленном порядке."),
    ("nb", "RUNDSKRIV", "om færre møter i etatene", "Tilsetting og lønn følger egne regler."),
    ("ar", "تعميم رقم 5 لسنة 2026", "بشأن ترشيد الاجتماعات",
     "تلتزم إدارة الموارد البشرية بتعيين منسق للاجتماعات."),
]


@pytest.mark.parametrize("lang,type_line,title,personnel_sentence", INSTRUCTIONS)
def test_directive_proper_is_never_a_personnel_decision(tmp_path, lang, type_line, title,
                                                        personnel_sentence):
    body = [personnel_sentence, *DECISION_BODY[lang]]
    docx = write_docx(tmp_path / "ct.docx", [type_line, title, *body])
    text = write_text(tmp_path / "ct.txt", [type_line, "", title, "", *body])
    assert (_kind(docx), _kind(text)) == ((lang, "directive"), (lang, "directive"))


def test_vietnamese_directive_without_diacritics_and_resolution(tmp_path):
    chi_thi = write_text(tmp_path / "ct.txt", [
        "UBND HUYEN DINH VAN\tCONG HOA XA HOI CHU NGHIA VIET NAM",
        "So: 05/CT-UBND\tDoc lap - Tu do - Hanh phuc", "", "CHI THI",
        "Ve tang cuong ky luat, ky cuong hanh chinh", "",
        "Viec bo nhiem can bo va tuyen dung cong chuc con cham."])
    assert _kind(chi_thi) == ("vi", "directive")
    resolution = write_docx(tmp_path / "nq.docx", [
        "NGHỊ QUYẾT", "Về việc phê duyệt dự toán ngân sách năm 2026",
        "Điều 1. Phê duyệt dự toán thu ngân sách nhà nước năm 2026 là 25.000 tỷ đồng."],
        header_table=[["HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                      ["Số: 12/NQ-HĐND", "Độc lập - Tự do - Hạnh phúc"]])
    assert _kind(resolution) == ("vi", "directive")


def test_body_sentence_after_a_decision_title_does_not_decide(tmp_path):
    # the title assigns tasks; a body sentence mentions appointments: still a directive
    path = write_text(tmp_path / "qd.txt", [
        "QUYẾT ĐỊNH", "", "Về việc giao nhiệm vụ số hóa hồ sơ lưu trữ năm 2026", "",
        "Việc bổ nhiệm, điều động cán bộ không thuộc phạm vi Quyết định này.",
        "Điều 1. Giao Trung tâm Lưu trữ lịch sử số hóa 10.000 hồ sơ trước ngày 30/11/2026."])
    assert _kind(path) == ("vi", "directive")


@pytest.mark.parametrize("lang, text", [
    ("vi", "BÁO CÁO kết quả thực hiện kế hoạch và quyết định"),
    ("vi", "QUYẾT ĐỊNH ban hành Quy trình và Kế hoạch"),
    ("en", "Report on the plan and the guidelines"),
    ("ru", "План мероприятий и отчёт о выполнении Инструкции"),
    ("nb", "Rapport om handlingsplan og veileder"),
    ("ar", "تقرير عن تنفيذ خطة العمل والدليل"),
])
def test_kind_cues_come_as_each_kind_lexicon_searched_in_turn(lang, text):
    lexicons = Lexicons()
    expected = [(kind, m.entry, m.start, m.end, m.text) for kind in KIND_LEXICONS
                for m in lexicons.get(lang, f"kind-{kind}").find(text)]
    found = [(kind, m.entry, m.start, m.end, m.text) for kind, m in kind_matches(text, lang, lexicons)]
    assert found == expected
    assert len({kind for kind, *_ in found}) >= 2  # the text holds cues of several kinds
