"""DL301 personnel-in-technical on real DOCX, PDF and text files in five languages: technical
documents with 1–3 personnel paragraphs flag exactly those; clean technical documents (with hard
negatives: "training of officials", "staff shall back up data") and personnel decisions do not."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import Heading, Table, write_docx, write_pdf, write_text

from doclint.config import Settings
from doclint.engine import Engine
from doclint.lang.lexicon import Lexicons
from doclint.lang.normalize import fold
from doclint.rules.personnel.classifier import find_model, load_classifier
from doclint.rules.personnel.cues import personnel_cues

# (type line, title, technical paragraphs incl. hard negatives, personnel paragraphs)
DOCS = {
    "vi": ("HƯỚNG DẪN", "Quy trình vận hành hồ chứa nước trong mùa mưa lũ", [
        "Cán bộ trực trạm ghi số liệu mực nước vào lúc 7 giờ, 13 giờ và 19 giờ hằng ngày.",
        "Tổ chức tập huấn cho cán bộ, công chức cấp huyện về vận hành phần mềm cảnh báo sớm.",
        "Nhân viên phải sao lưu dữ liệu quan trắc sang ổ cứng dự phòng vào cuối mỗi ca trực.",
        "Điều động máy bơm dã chiến từ kho vật tư đến khu vực ngập úng trong vòng 02 giờ.",
        "Chế độ vận hành cửa xả được chuyển sang điều khiển tay khi mất điện lưới."], [
        "Viên chức làm sai lệch số liệu quan trắc sẽ bị hạ bậc lương và xem xét kỷ luật.",
        "Kỹ sư trực vận hành hồ chứa trong mùa lũ được hưởng phụ cấp trách nhiệm 0,3.",
        "Điều động 02 cán bộ kỹ thuật của Trạm Thủy văn sang Phòng Dự báo kể từ ngày 01/7."]),
    "en": ("GUIDELINES", "on the operation of reservoirs during the flood season", [
        "The duty officer records water levels at 07:00, 13:00 and 19:00 each day.",
        "Training of district officials on the early-warning software shall be organised yearly.",
        "Staff shall back up monitoring data to the spare hard drive at the end of each shift.",
        "Mobile pumps shall be transferred from the depot to flooded areas within two hours.",
        "Log files of the gate controllers are rotated weekly and kept for one year."], [
        "An engineer who falsifies monitoring data faces disciplinary action and a lower salary.",
        "Staff who operate the reservoir gates during the flood season receive an extra 50 per "
        "cent of their daily pay.",
        "Two technicians of the Hydrology Station are transferred to the Forecasting Division."]),
    "ru": ("ИНСТРУКЦИЯ", "по эксплуатации водохранилища в паводковый период", [
        "Дежурный записывает уровень воды в 7, 13 и 19 часов и передаёт данные в центр.",
        "Обучение специалистов районных администраций работе с системой оповещения проводится "
        "ежегодно.",
        "Сотрудники в конце каждой смены копируют данные мониторинга на резервный диск.",
        "Передвижные насосы доставляются со склада в зоны подтопления в течение двух часов.",
        "Перевод технической документации на английский язык выполняет переводчик."], [
        "Работникам, обслуживающим затворы в паводковый период, устанавливается надбавка "
        "за сложность работы.",
        "Инженер, допустивший фальсификацию данных, привлекается к дисциплинарной "
        "ответственности."]),
    "nb": ("VEILEDER", "for drift av dammer i flomperioden", [
        "Vakthavende registrerer vannstanden kl. 07, 13 og 19 hver dag og sender målingene inn.",
        "Opplæring av kommunalt ansatte i varslingssystemet skal gjennomføres før regnsesongen.",
        "Ansatte skal ta sikkerhetskopi av måledataene til reservedisken ved slutten av skiftet.",
        "Mobile pumper skal flyttes fra lageret til oversvømte områder innen to timer.",
        "Loggfiler fra lukestyringen roteres ukentlig og oppbevares i ett år."], [
        "Ansatte som betjener lukene i flomperioden, får et risikotillegg på 50 prosent."]),
    "ar": ("دليل", "تشغيل الخزانات خلال موسم الفيضان", [
        "يسجل المناوب منسوب المياه في الساعة السابعة والواحدة ظهراً والسابعة مساءً.",
        "ينظم تدريب موظفي البلديات على نظام الإنذار المبكر قبل موسم الأمطار.",
        "على الموظفين نسخ بيانات الرصد احتياطياً على القرص الاحتياطي في نهاية كل وردية.",
        "يتم نقل البيانات بين الأنظمة الفرعية باستخدام بروتوكول تشفير آمن.",
        "تعاير أجهزة القياس مرة كل اثني عشر شهراً لدى جهة معتمدة."], [
        "يصرف للعاملين على تشغيل بوابات الخزان بدل مخاطر شهري.",
        "يتم نقل الموظفين من قسم التشغيل إلى قسم الرصد اعتباراً من الأول من يوليو."]),
}

DECISIONS = {
    "vi": ("QUYẾT ĐỊNH", "Về việc bổ nhiệm ông Trần Văn Bình giữ chức Trưởng phòng Kỹ thuật",
           ["Bổ nhiệm ông Trần Văn Bình, kỹ sư, giữ chức Trưởng phòng Kỹ thuật kể từ ngày ký.",
            "Ông Trần Văn Bình được hưởng phụ cấp chức vụ theo quy định hiện hành."]),
    "en": ("DECISION", "on the appointment of Mr John Smith as Head of the Testing Division",
           ["Mr John Smith is appointed as Head of the Testing Division from 1 July 2026.",
            "Mr Smith receives the position allowance and salary of the post."]),
    "ru": ("ПРИКАЗ", "О назначении Петрова П. П. на должность начальника лаборатории",
           ["Назначить Петрова П. П. на должность начальника лаборатории с 1 июля 2026 года.",
            "Установить Петрову П. П. должностной оклад и надбавку за сложность работы."]),
    "nb": ("VEDTAK", "om tilsetting av ny seksjonssjef for drift",
           ["Kari Nordmann tilsettes som seksjonssjef for drift fra 1. august 2026.",
            "Lønn fastsettes i samsvar med gjeldende tariffavtale."]),
    "ar": ("قرار", "بشأن تعيين السيد أحمد علي مديراً لإدارة الشؤون الفنية",
           ["يعين السيد أحمد علي مديراً لإدارة الشؤون الفنية اعتباراً من تاريخ صدور القرار.",
            "يمنح المعين بدل تمثيل وفق اللوائح المعمول بها."]),
}


def _interleave(technical: list[str], personnel: list[str]) -> list[str]:
    body = list(technical)
    for i, p in enumerate(personnel):
        body.insert(1 + 2 * i, p)
    return body


def _dl301(path: Path, **settings: object) -> tuple[str | None, list]:
    result = Engine(Settings(select=("DL301",), **settings)).check_file(path)  # type: ignore[arg-type]
    assert result.error is None, result.error
    return result.kind, list(result.findings)


def _assert_flags_exactly(findings: list, personnel: list[str]) -> None:
    assert sorted(f.excerpt for f in findings) == sorted(personnel)
    for f in findings:
        assert f.code == "DL301"
        cue = f.evidence["cues"][0]
        assert f'"{cue}"' in f.message
        # the quoted cue is the paragraph's own words, not a folded lexicon entry
        assert cue in f.excerpt, (cue, f.excerpt)


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_technical_docx_flags_exactly_the_personnel_paragraphs(tmp_path, lang):
    type_line, title, technical, personnel = DOCS[lang]
    path = write_docx(tmp_path / f"{lang}.docx",
                      [type_line, title, *_interleave(technical, personnel)])
    kind, findings = _dl301(path)
    assert kind == "technical"
    _assert_flags_exactly(findings, personnel)


@pytest.mark.parametrize("lang", ["vi", "en", "ru", "nb"])
def test_technical_pdf_flags_exactly_the_personnel_paragraphs(tmp_path, lang):
    type_line, title, technical, personnel = DOCS[lang]
    path = write_pdf(tmp_path / f"{lang}.pdf",
                     [Heading(type_line), title, *_interleave(technical, personnel)])
    kind, findings = _dl301(path)
    assert kind == "technical"
    _assert_flags_exactly(findings, personnel)


def test_arabic_pdf_with_shaped_text(tmp_path):
    """Shaped right-to-left text, right-aligned and in visual order as word processors write
    it, comes back paragraph for paragraph in typed order: the excerpts are the paragraphs."""
    pytest.importorskip("uharfbuzz")
    type_line, title, technical, personnel = DOCS["ar"]
    path = write_pdf(tmp_path / "ar.pdf", [Heading(type_line), title,
                                           *_interleave(technical, personnel)], text_shaping=True)
    kind, findings = _dl301(path)
    assert kind == "technical"
    _assert_flags_exactly(findings, personnel)
    assert sorted(fold(f.evidence["cues"][0]) for f in findings) == sorted(
        [fold("بدل مخاطر"), fold("نقل")])


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_clean_technical_document_yields_nothing(tmp_path, lang):
    type_line, title, technical, _ = DOCS[lang]
    path = write_docx(tmp_path / f"{lang}.docx", [type_line, title, *technical])
    kind, findings = _dl301(path)
    assert (kind, findings) == ("technical", [])


@pytest.mark.parametrize("lang", sorted(DECISIONS))
def test_personnel_decision_is_never_flagged(tmp_path, lang):
    type_line, title, body = DECISIONS[lang]
    path = write_docx(tmp_path / f"{lang}.docx", [type_line, title, *body])
    kind, findings = _dl301(path)
    assert (kind, findings) == ("personnel-decision", [])


def test_vietnamese_pdf_appointment_decision_with_header_is_not_a_directive(tmp_path):
    header = (["UBND TỈNH NAM ĐỊNH", "SỞ NÔNG NGHIỆP VÀ PTNT", "Số: 45/QĐ-SNN"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    type_line, title, body = DECISIONS["vi"]
    path = write_pdf(tmp_path / "qd.pdf", [Heading(type_line), title, *body],
                     two_column_header=header)
    assert _dl301(path) == ("personnel-decision", [])


def test_table_rows_and_text_files_are_checked_without_diacritics(tmp_path):
    path = write_text(tmp_path / "hd.txt", [
        "HUONG DAN", "Quy trinh bao duong tram bom", "",
        "Can bo ky thuat kiem tra ap suat bom moi ca truc va ghi vao so nhat ky.", "",
        "Ky thuat vien truc dem duoc huong phu cap doc hai 0,2 so voi muc luong co so.", "",
        "Thiet bi do phai duoc hieu chuan dinh ky 12 thang mot lan."])
    kind, findings = _dl301(path)
    assert kind == "technical"
    assert [f.excerpt for f in findings] == [
        "Ky thuat vien truc dem duoc huong phu cap doc hai 0,2 so voi muc luong co so."]
    table = write_docx(tmp_path / "t.docx", ["GUIDELINES", "on pump maintenance", Table([
        ["No.", "Item", "Requirement"],
        ["1", "Pumps", "Inspect bearings and seals every month."],
        ["2", "Operators", "Operators on night shifts receive a hazard allowance."]])])
    kind, findings = _dl301(table)
    assert kind == "technical" and len(findings) == 1
    assert "hazard allowance" in findings[0].excerpt


def test_other_kinds_are_not_checked_unless_configured(tmp_path, run_cli):
    type_line, title, technical, personnel = DOCS["en"]
    path = write_docx(tmp_path / "plan.docx", ["PLAN", "for the flood season 2026",
                                                *_interleave(technical, personnel)])
    assert _dl301(path) == ("plan", [])
    kind, findings = _dl301(path, kind="technical")
    assert kind == "technical" and len(findings) == len(personnel)
    out = run_cli("check", "--select", "DL301", "--kind", "technical", "--format", "json", path)
    data = json.loads(out.output)["files"][0]
    assert data["kind"] == "technical"
    assert sorted(f["excerpt"] for f in data["findings"]) == sorted(personnel)


def test_methods_lexicon_and_model_can_be_chosen(tmp_path):
    type_line, title, technical, personnel = DOCS["en"]
    path = write_docx(tmp_path / "g.docx", [type_line, title, *_interleave(technical, personnel)])
    lexicon_only = Engine(Settings(select=("DL301",), rules={"DL301": {"method": "lexicon"}}))
    found = lexicon_only.check_file(path).findings
    assert all(f.evidence["source"] == "lexicon" for f in found)
    # "extra 50 per cent of their daily pay" names no lexicon cue: only the model finds it
    assert personnel[1] not in {f.excerpt for f in found}
    combined = _dl301(path)[1]
    by_text = {f.excerpt: f for f in combined}
    assert by_text[personnel[1]].evidence["source"] == "model"
    assert by_text[personnel[1]].evidence["score"] >= 0.7


def test_lexicon_hard_negatives_and_citations():
    lex = Lexicons()
    assert personnel_cues("Staff shall back up data to the shared drive every day.", "en", lex) == []
    assert personnel_cues("Training of officials on sampling techniques.", "en", lex) == []
    assert personnel_cues("Căn cứ Nghị định số 204/2004/NĐ-CP về chế độ tiền lương;", "vi",
                          lex) == []
    assert [c.text for c in personnel_cues("Two engineers are transferred to the Quality "
                                           "Division.", "en", lex)] == ["transferred"]
    assert personnel_cues("Data are transferred to the server hourly.", "en", lex) == []


def test_shipped_model_loads_from_disk_and_separates_the_classes():
    path = find_model()
    assert path is not None and (path / "config.cfg").is_file()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 5 * 2 ** 20
    classifier = load_classifier()
    assert classifier is not None
    pos, neg = classifier.scores([
        "Cán bộ được hưởng phụ cấp độc hại và nâng lương trước thời hạn.",
        "Thiết bị đo phải được hiệu chuẩn định kỳ 12 tháng một lần."])
    assert pos > 0.7 > neg


def test_recipients_signature_and_folded_look_alikes_are_not_personnel(tmp_path):
    # "du lieu vu viec" (case data) is not "thoi viec"; "Thành ủy" and a signer's name in the
    # recipients and signature blocks are boilerplate, never personnel content
    path = write_text(tmp_path / "hd.txt", [
        "SO CONG AN TINH LAM DONG", "So: 15/HD-CA", "", "HUONG DAN",
        "Quy trinh quan ly camera giam sat giao thong", "",
        "1. Camera duoc kiem tra dinh ky moi thang mot lan theo quy trinh ky thuat.",
        "2. Sao luu du lieu hinh anh toi thieu 30 ngay; du lieu vu viec duoc trich xuat va luu "
        "rieng tren may chu cua don vi.",
        "3. Can bo ky thuat truc dem duoc huong phu cap trach nhiem he so 0,1 theo quy dinh.",
        "Nơi nhận:", "- Thành ủy Đà Lạt;", "- Đồng chí Lâm, Phó Giám đốc;", "- Lưu: VT.",
        "GIÁM ĐỐC", "Nguyễn Văn Lâm"])
    kind, found = _dl301(path)
    assert kind == "technical"
    assert [f.excerpt for f in found] == [
        "3. Can bo ky thuat truc dem duoc huong phu cap trach nhiem he so 0,1 theo quy dinh."]
