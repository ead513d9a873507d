"""Precision and recall of DL101/DL102 on a labelled set of drafts built the way drafters write
them, in Vietnamese, English, Russian, Norwegian and Arabic, as text, DOCX and PDF.

Mere copies (DL101 expected) take §2.1–2.3 of Conclusion 226-KL/TW from the shipped corpus and
change it as real drafts do: verbatim; light edits (words substituted, a sentence dropped, one
inserted); paragraphs reordered and renumbered (I., 1.1., a), (3)); paragraphs split into
sentences or merged; typed without diacritics (Vietnamese) or in lower case without
punctuation (others); transposed-letter typos; laid out in a task table (No. | content | lead |
deadline) in DOCX; printed to PDF at another font size (lines wrap elsewhere); relayed inside
quotation marks after an attribution. Honest drafts (no DL101 expected) are plans of one
office's own tasks that add a 30 % partial copy or a copied section under half of the text,
quote one sentence and concretize it, cite 226-KL/TW and repeat one or two of its standard
phrases (apart or side by side), or copy nothing. A copy with three own tasks appended, and
the whole directive pasted with twelve own tasks after it, are still mere copies.

DL101 is scored per draft. DL102 is scored per copied paragraph (recall: the paragraph's word
3-grams are mostly covered by some DL102 excerpt) and per finding (precision: the excerpt's
3-grams are mostly copied text); short quotations (info) are counted apart. Prints the figures
and every miss.

    .venv/bin/python bench/eval_copy.py
"""
from __future__ import annotations

import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from builders import Item, Table, write_docx, write_pdf, write_text  # noqa: E402
from test_copy_drafts import typos  # noqa: E402

LANGS = ("vi", "en", "ru", "nb", "ar")
HEADER = {
    "vi": ["UBND TỈNH KHÁNH HÒA", "SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "Số:     /KH-STP", "Khánh Hòa, ngày   tháng 01 năm 2026"],
    "en": ["DEPARTMENT OF JUSTICE OF KHANH HOA PROVINCE", "No. 7/KH-STP", "Khanh Hoa, 05/01/2026"],
    "ru": ["ДЕПАРТАМЕНТ ЮСТИЦИИ ПРОВИНЦИИ КХАНЬХОА", "№ 7/KH-STP", "Кханьхоа, 05.01.2026"],
    "nb": ["JUSTISAVDELINGEN I KHANH HOA", "Nr. 7/KH-STP", "Khanh Hoa, 05.01.2026"],
    "ar": ["إدارة العدل في مقاطعة خانه هوا", "رقم 7/KH-STP", "خانه هوا، 05/01/2026"],
}
TYPE_LINE = {"vi": "KẾ HOẠCH", "en": "PLAN", "ru": "ПЛАН", "nb": "PLAN", "ar": "خطة"}
TAIL = {"vi": ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Trần Thị Bình"],
        "en": ["Recipients:", "- Provincial People's Committee;", "- Archive.", "DIRECTOR"],
        "ru": ["Рассылка:", "- народный комитет провинции;", "- в дело.", "ДИРЕКТОР"],
        "nb": ["Mottakere:", "- fylkesutvalget;", "- arkiv.", "DIREKTØR"],
        "ar": ["المرسل إليهم:", "- اللجنة الشعبية للمقاطعة؛", "- الأرشيف.", "المدير"]}
TABLE_HEAD = {"vi": ["STT", "Nội dung", "Chủ trì", "Thời gian"],
              "en": ["No.", "Content", "Lead", "Deadline"],
              "ru": ["№", "Содержание", "Ответственный", "Срок"],
              "nb": ["Nr.", "Innhold", "Ansvarlig", "Frist"],
              "ar": ["الرقم", "المحتوى", "المسؤول", "الموعد"]}
TABLE_CELLS = {"vi": ("Sở Tư pháp", "Thường xuyên"), "en": ("Department of Justice", "Regularly"),
               "ru": ("Департамент юстиции", "Постоянно"), "nb": ("Justisavdelingen", "Løpende"),
               "ar": ("إدارة العدل", "بشكل دائم")}
INTRO = {"vi": "Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư, Sở Tư pháp xây dựng Kế hoạch như sau:",
         "en": "To implement Conclusion No. 226-KL/TW of 11 December 2025, the Department of Justice adopts this plan:",
         "ru": "Во исполнение Заключения № 226-KL/TW от 11 декабря 2025 года департамент юстиции утверждает план:",
         "nb": "For å følge opp konklusjon nr. 226-KL/TW av 11. desember 2025 vedtar justisavdelingen denne planen:",
         "ar": "تنفيذا للاستنتاج رقم 226-KL/TW المؤرخ 11 ديسمبر 2025 تعتمد إدارة العدل هذه الخطة:"}
RELAY = {"vi": "Ban Bí thư có ý kiến chỉ đạo như sau:", "en": "The Secretariat instructed as follows:",
         "ru": "Секретариат дал следующие указания:", "nb": "Sekretariatet har gitt følgende føringer:",
         "ar": "وجهت الأمانة العامة بما يلي:"}
# A justice department's own tasks, written for this evaluation (not the tests' fixtures).
OWN = {
    "vi": ["Phòng Xây dựng và kiểm tra văn bản rà soát 212 quyết định quy phạm của tỉnh ban hành giai đoạn 2016–2025, lập danh mục đề nghị bãi bỏ, trình Giám đốc Sở trước ngày 31/3/2026.",
           "Văn phòng Sở chuyển toàn bộ hồ sơ trình ký sang hệ thống quản lý văn bản điện tử, ký số 100% văn bản đi từ tháng 4/2026; kinh phí 180 triệu đồng từ nguồn chi thường xuyên của Sở.",
           "Phòng Phổ biến, giáo dục pháp luật giảm một nửa số hội nghị quán triệt trực tiếp, thay bằng tài liệu hỏi đáp đăng trên Cổng thông tin của Sở, hoàn thành trong quý II/2026.",
           "Trung tâm Trợ giúp pháp lý nhà nước mở 8 điểm tư vấn trực tuyến tại các xã miền núi Khánh Sơn, Khánh Vĩnh, báo cáo số lượt tư vấn hằng tháng cho Giám đốc Sở.",
           "Thanh tra Sở kiểm tra việc giảm văn bản hành chính tại 6 phòng, đơn vị thuộc Sở, kết luận bằng văn bản trước ngày 15/11/2026.",
           "Giao Phó Giám đốc phụ trách Văn phòng theo dõi thực hiện Kế hoạch, sáu tháng một lần báo cáo UBND tỉnh, nêu rõ chỉ tiêu chưa đạt và đơn vị chịu trách nhiệm."],
    "en": ["The Legislation Division reviews the 212 provincial regulatory decisions issued from 2016 to 2025, lists those to be repealed and submits the list to the Director before 31 March 2026.",
           "The Department Office moves every signing file to the electronic document system and signs all outgoing documents digitally from April 2026, at a cost of 180 million dong from the recurrent budget.",
           "The Legal Education Division halves the number of in-person briefing conferences and publishes question-and-answer notes on the department portal instead, in the second quarter of 2026.",
           "The State Legal Aid Centre opens eight online advice points in the mountain communes of Khanh Son and Khanh Vinh and reports the number of consultations to the Director every month.",
           "The Department Inspectorate checks the reduction of administrative documents in six divisions and issues written conclusions before 15 November 2026.",
           "The Deputy Director in charge of the Office follows up this plan and reports to the Provincial People's Committee every six months, naming unmet targets and the units responsible."],
    "ru": ["Отдел нормотворчества до 31 марта 2026 года проверяет 212 нормативных решений провинции, принятых в 2016–2025 годах, и представляет директору перечень решений к отмене.",
           "Канцелярия департамента переводит все документы на подпись в электронную систему и с апреля 2026 года подписывает исходящие документы электронной подписью; расходы 180 миллионов донгов из текущего бюджета.",
           "Отдел правового просвещения вдвое сокращает число очных инструктивных совещаний и вместо них публикует на портале департамента памятки в форме вопросов и ответов во втором квартале 2026 года.",
           "Центр государственной юридической помощи открывает восемь пунктов онлайн-консультаций в горных общинах Кханьшон и Кханьвинь и ежемесячно сообщает директору число консультаций.",
           "Инспекция департамента проверяет сокращение административных документов в шести отделах и до 15 ноября 2026 года оформляет письменные выводы.",
           "Заместитель директора, курирующий канцелярию, контролирует выполнение плана и каждые шесть месяцев докладывает народному комитету провинции о невыполненных показателях и ответственных отделах."],
    "nb": ["Lovavdelingen gjennomgår de 212 forskriftsvedtakene fylket fattet i 2016–2025, lager en liste over vedtak som bør oppheves og legger den fram for direktøren innen 31. mars 2026.",
           "Kontoret flytter alle saker til signering over i det elektroniske dokumentsystemet og signerer alle utgående dokumenter digitalt fra april 2026, med 180 millioner dong fra driftsbudsjettet.",
           "Avdelingen for rettsopplysning halverer antallet fysiske orienteringsmøter og legger i stedet ut spørsmål og svar på avdelingens nettside i andre kvartal 2026.",
           "Senteret for fri rettshjelp åpner åtte nettbaserte rådgivningspunkter i fjellkommunene Khanh Son og Khanh Vinh og rapporterer antall konsultasjoner til direktøren hver måned.",
           "Internrevisjonen kontrollerer reduksjonen av administrative dokumenter i seks avdelinger og gir skriftlige konklusjoner innen 15. november 2026.",
           "Assisterende direktør med ansvar for kontoret følger opp planen og rapporterer til fylkesutvalget hvert halvår, med mål som ikke er nådd og enhetene som har ansvaret."],
    "ar": ["تراجع شعبة التشريع القرارات التنظيمية المئتين والاثني عشر الصادرة عن المقاطعة بين عامي 2016 و2025 وتعد قائمة بما يجب إلغاؤه وترفعها إلى المدير قبل 31 مارس 2026.",
           "ينقل مكتب الإدارة جميع ملفات التوقيع إلى نظام الوثائق الإلكتروني ويوقع كل الوثائق الصادرة توقيعا رقميا اعتبارا من أبريل 2026 بتكلفة 180 مليون دونغ من الميزانية الجارية.",
           "تخفض شعبة التثقيف القانوني عدد الاجتماعات التوجيهية الحضورية إلى النصف وتنشر بدلا منها أسئلة وأجوبة على بوابة الإدارة خلال الربع الثاني من 2026.",
           "يفتح مركز المساعدة القانونية الحكومية ثماني نقاط استشارة عبر الإنترنت في البلديات الجبلية خانه سون وخانه فينه ويبلغ المدير شهريا بعدد الاستشارات.",
           "تفحص هيئة التفتيش في الإدارة خفض الوثائق الإدارية في ست شعب وتصدر استنتاجات مكتوبة قبل 15 نوفمبر 2026.",
           "يتابع نائب المدير المسؤول عن المكتب تنفيذ الخطة ويرفع تقريرا إلى اللجنة الشعبية للمقاطعة كل ستة أشهر يسمي فيه الأهداف غير المحققة والوحدات المسؤولة."],
}
# One or two standard phrases of 226-KL/TW an honest plan repeats (each a single sentence).
STANDARD = {
    "vi": ("Văn bản của cấp dưới phải cụ thể hóa chỉ đạo của cấp trên thành nhiệm vụ, giải pháp cụ thể của cấp mình, đơn vị mình.",
           "Hằng năm giảm ít nhất 15% số lượng văn bản hành chính so với năm trước."),
    "en": ("Documents from lower levels must concretize directives from higher levels into specific tasks and solutions for their level or unit.",
           "Annually we must reduce the number of administrative documents by at least 15% compared to the previous year."),
    "ru": ("Документы более низкого уровня должны конкретизировать директивы более высокого уровня в задачи и решения для своего уровня и подразделения.",
           "Ежегодно сокращать количество административных документов не менее чем на 15% по сравнению с предыдущим годом."),
    "nb": ("Underordnede dokumenter må konkretisere direktivene fra overordnede til spesifikke oppgaver og løsninger for deres nivå eller enhet.",
           "Vi skal redusere antallet administrative dokumenter med minst 15 % sammenlignet med året før."),
    "ar": ("يجب أن تُجسّد وثائق المستويات الأدنى توجيهات المستويات الأعلى في مهام وحلول محددة تناسب مستواها أو وحدتها.",
           "خفض عدد الوثائق الإدارية بنسبة لا تقل عن 15% مقارنةً بالعام السابق."),
}


def section(lang: str) -> list[str]:
    """Paragraphs of §2.1–2.3 of 226-KL/TW in the shipped corpus (12+ words each)."""
    lines = (ROOT / "corpus" / f"226-KL-TW.{lang}.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("2.1"))
    end = next((i for i, line in enumerate(lines) if line.startswith("3.") and i > start), None)
    return [re.sub(r"^[-•]\s*", "", line) for line in lines[start:end] if len(line.split()) >= 12]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;!?؛])\s+", text) if s]


@dataclass
class Draft:
    name: str
    lang: str
    mere_copy: bool
    copied: list[str]  # the copied paragraphs as they stand in the draft
    write: Callable[[Path], Path]
    notes: list[str] = field(default_factory=list)


def lines_of(lang: str, body: list) -> list:  # type: ignore[type-arg]
    return HEADER[lang] + [TYPE_LINE[lang], INTRO[lang], *body, *TAIL[lang]]


def light_edit(paras: list[str], lang: str, rng: random.Random) -> list[str]:
    fillers = {"vi": ["kịp thời", "toàn diện"], "en": ["promptly", "fully"], "ru": ["своевременно"],
               "nb": ["raskt"], "ar": ["فورا"]}[lang]
    out = []
    for n, p in enumerate(paras):
        tokens = p.split()
        for i in range(4, len(tokens), 11):
            tokens[i] = rng.choice(fillers)
        ss = sentences(" ".join(tokens))
        if n == 1 and len(ss) > 2:
            del ss[1]
        if n == 2:
            ss.insert(1, OWN[lang][0])
        out.append(" ".join(ss))
    return out


def strip_marks(text: str, lang: str) -> str:
    from doclint.lang.normalize import fold

    return fold(text) if lang == "vi" else re.sub(r"[^\w\s%]", "", text).lower()


def drafts(lang: str) -> list[Draft]:
    rng = random.Random(lang)
    sec = section(lang)
    body = sec[:6]
    own = OWN[lang]
    labels = ["I.", "II.", "1.1.", "a)", "b)", "(3)"]
    split = [s for p in body for s in sentences(p)]
    merged = [" ".join(split[i:i + 4]) for i in range(0, len(split), 4)]
    edited = light_edit(body, lang, rng)
    typed = [typos(p, rng) for p in body]
    bare = [strip_marks(p, lang) for p in body]
    rows = [TABLE_HEAD[lang]] + [[str(i + 1), p, *TABLE_CELLS[lang]] for i, p in enumerate(body)]
    quoted = [f"“{body[0]}", *body[1:5]]
    quoted[-1] += "”"
    part = sec[6:8]
    pdf_kind = "docx" if lang == "ar" else "pdf"  # fpdf2 Arabic without shaping reads reversed

    def to(kind: str, lines: list) -> Callable[[Path], Path]:  # type: ignore[type-arg]
        writer = {"txt": write_text, "docx": write_docx, "pdf": write_pdf}[kind]
        return lambda path: writer(path.with_suffix("." + kind), lines)

    def pdf_at(size: float, lines: list) -> Callable[[Path], Path]:  # type: ignore[type-arg]
        return lambda path: write_pdf(path.with_suffix(".pdf"), lines, size=size,
                                      text_shaping=lang == "ar")

    whole = [line.lstrip("-— ") for line in (ROOT / "corpus" / f"226-KL-TW.{lang}.txt").read_text(
        encoding="utf-8").splitlines()[3:] if len(line.split()) >= 12]
    honest_std = [INTRO[lang], STANDARD[lang][0], *own[:3], f"{own[3]} {STANDARD[lang][1]}",
                  *own[4:]]
    one_sentence = sentences(body[2])[0]
    return [
        Draft("verbatim", lang, True, body, to("txt", lines_of(lang, body))),
        Draft("light-edits", lang, True, [p.replace(own[0], "") for p in edited],
              to("docx", lines_of(lang, [Item(p) for p in edited]))),
        Draft("reordered-renumbered", lang, True, body[::-1],
              to("txt", lines_of(lang, [f"{lb} {p}" for lb, p in zip(labels, body[::-1])]))),
        Draft("split-sentences", lang, True, split, to("docx", lines_of(lang, split))),
        Draft("merged-paragraphs", lang, True, merged, to("txt", lines_of(lang, merged))),
        Draft("no-diacritics-or-punctuation", lang, True, bare, to("txt", lines_of(lang, bare))),
        Draft("typos", lang, True, typed, to(pdf_kind, lines_of(lang, typed))),
        Draft("task-table", lang, True, body,
              to("docx", HEADER[lang] + [TYPE_LINE[lang], INTRO[lang], Table(rows), *TAIL[lang]])),
        Draft("pdf-small-font", lang, True, body, pdf_at(9, lines_of(lang, body))),
        Draft("pdf-large-font", lang, True, body, pdf_at(15, lines_of(lang, body))),
        Draft("attributed-relay", lang, True, body[:5],
              to("docx", HEADER[lang] + [TYPE_LINE[lang], RELAY[lang], *quoted, *TAIL[lang]])),
        Draft("copy-plus-three-own-tasks", lang, True, body,
              to("docx", lines_of(lang, [*body, *own[:3]]))),
        Draft("whole-directive-plus-tasks", lang, True, whole,
              to("txt", lines_of(lang, [*whole, *own, *own[::-1]]))),
        Draft("own-tasks-plus-copied-section", lang, False, sec[6:9],
              to("txt", lines_of(lang, [*own, *sec[6:9]]))),
        Draft("adjacent-standard-phrases", lang, False, [],
              to("txt", without_intro(lang, [INTRO[lang], " ".join(STANDARD[lang]), *own]))),
        Draft("partial-30pct", lang, False, part,
              to("docx", lines_of(lang, [*own[:3], *part, *own[3:]]))),
        Draft("quotes-one-sentence", lang, False, [],
              to("txt", lines_of(lang, [f"“{one_sentence}”", *own]))),
        Draft("standard-phrases", lang, False, [], to("docx", without_intro(lang, honest_std))),
        Draft("own-text-only", lang, False, [], to("pdf", lines_of(lang, own))),
    ]


def without_intro(lang: str, body: list[str]) -> list[str]:
    return HEADER[lang] + [TYPE_LINE[lang], *body, *TAIL[lang]]


def trigrams(text: str) -> set[tuple[str, ...]]:
    from doclint.lang.normalize import words

    w = words(text)
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def share(part: set, whole: set) -> float:  # type: ignore[type-arg]
    return len(part & whole) / len(part) if part else 0.0


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="doclint-eval-copy-"))
    os.environ["DOCLINT_CACHE_DIR"] = str(tmp / "cache")
    from doclint.config import Settings
    from doclint.engine import Engine

    engine = Engine(Settings(select=("DL101", "DL102")))
    d101, p102, r102 = Counter(), Counter(), Counter()
    by_lang: dict[str, Counter] = {}
    misses: list[str] = []
    margins: dict[bool, list[float]] = {True: [], False: []}
    started = time.perf_counter()
    n = short_quotes = relays = 0
    for lang in LANGS:
        for d in drafts(lang):
            n += 1
            path = d.write(tmp / f"{lang}-{d.name}")
            result = engine.check_file(path)
            if result.error:
                misses.append(f"  {lang} {d.name}: error {result.error.code} {result.error.message}")
                continue
            got101 = [f for f in result.findings if f.code == "DL101"]
            got102 = [f for f in result.findings if f.code == "DL102"]
            key = ("tp" if got101 else "fn") if d.mere_copy else ("fp" if got101 else "tn")
            d101[key] += 1
            by_lang.setdefault(lang, Counter())[key] += 1
            if got101:
                margins[d.mere_copy].append(got101[0].evidence["containment"])
            if key in ("fn", "fp"):
                misses.append(f"  DL101 {key} {lang} {d.name}")
            if d.name == "attributed-relay":
                marked = bool(got102) and all("quotation" in f.evidence for f in got102)
                relays += marked
                if not marked:
                    misses.append(f"  DL102 relay not marked as a quotation {lang}")
            copied = set().union(*(trigrams(p) for p in d.copied)) if d.copied else set()
            covered = set().union(*(trigrams(f.excerpt) for f in got102)) if got102 else set()
            for para in d.copied:
                ok = share(trigrams(para), covered) >= 0.5
                r102["tp" if ok else "fn"] += 1
                if not ok:
                    misses.append(f"  DL102 missed {lang} {d.name}: {para[:70]}")
            for f in got102:
                if f.evidence.get("short_quotation"):
                    short_quotes += 1
                    misses.append(f"  DL102 short quotation (info) {lang} {d.name}")
                    continue
                ok = share(trigrams(f.excerpt), copied) >= 0.5
                p102["tp" if ok else "fp"] += 1
                if not ok:
                    misses.append(f"  DL102 false {lang} {d.name}: {f.excerpt[:70]}")
    elapsed = time.perf_counter() - started

    def pr(c: Counter, name: str) -> str:  # type: ignore[type-arg]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        return f"{name:28} precision {p:6.1%}  recall {r:6.1%}  {dict(c)}"

    print(f"{n} drafts ({sum(1 for lang in LANGS for d in drafts(lang) if d.mere_copy)} mere "
          f"copies) in {elapsed:.1f} s")
    print(pr(d101, "DL101 (per draft)"))
    for lang, c in by_lang.items():
        print(pr(c, f"  DL101 {lang}"))
    print(pr(Counter(tp=r102["tp"], fn=r102["fn"], fp=p102["fp"]), "DL102 (paragraphs/findings)"))
    print(f"short quotations reported at info (not scored): {short_quotes}")
    print(f"attributed relays marked as quotations: {relays}/{len(LANGS)}")
    if margins[True]:
        print(f"containment of mere copies: min {min(margins[True]):.3f}, "
              f"median {sorted(margins[True])[len(margins[True]) // 2]:.3f}")
    print("misses and notes:" if misses else "misses: none")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
