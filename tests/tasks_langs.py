"""Five-language task fixtures shared by the tests/test_tasks_*.py files: a header whose date
is not a deadline, and one task per finding the DL2xx rules must (or must not) give."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lang:
    header: list[str]
    type_line: str
    title: str
    heading: str
    good: list[str]  # one lead (+ a cooperating unit), a date, a budget line
    no_owner: str
    two_leads: str
    no_deadline: str
    vague: str
    vague_with_date: str  # a vague word next to a real date: not vague
    budget_heading: str
    budget_line: str
    columns: list[str]  # No | task | lead | cooperating | deadline | budget
    rows: dict[str, list[str]]  # good, no_owner, two_leads, no_deadline, vague
    section_row: str


LANGS: dict[str, Lang] = {
    "vi": Lang(
        ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Số: 125/KH-UBND", "Lâm Đồng, ngày 15 tháng 12 năm 2025"],
        "KẾ HOẠCH", "Thực hiện Kết luận số 226-KL/TW của Ban Bí thư",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        ["Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính rà soát văn bản quy phạm pháp "
         "luật, hoàn thành trước ngày 30/6/2026.",
         "Giao Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong tháng 01/2026."],
        "Rà soát, cắt giảm thủ tục hành chính nội bộ, hoàn thành trong quý III/2026.",
        "Sở Tư pháp, Sở Nội vụ chủ trì tổ chức hội nghị tập huấn trong quý II/2026.",
        "Sở Nội vụ chủ trì triển khai Kế hoạch số 12/KH-UBND ngày 15/3/2025 của UBND tỉnh.",
        "Sở Khoa học và Công nghệ chủ trì cập nhật thông tin lên Cổng thông tin điện tử "
        "thường xuyên, kịp thời.",
        "Văn phòng UBND tỉnh thường xuyên theo dõi, đôn đốc, báo cáo UBND tỉnh trước ngày "
        "15/12/2026.",
        "III. KINH PHÍ THỰC HIỆN", "Kinh phí thực hiện từ nguồn ngân sách tỉnh năm 2026.",
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
         "Kinh phí"],
        {"good": ["1", "Xây dựng cơ sở dữ liệu văn bản", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2026",
                  "Ngân sách tỉnh"],
         "no_owner": ["2", "Số hóa hồ sơ lưu trữ", "", "Sở Nội vụ", "Tháng 9/2026", ""],
         "two_leads": ["3", "Tuyên truyền Kết luận số 226-KL/TW", "Sở Tư pháp; UBND các xã, "
                       "phường, đặc khu", "", "Năm 2026", ""],
         "no_deadline": ["4", "Kiểm tra việc thực hiện Kế hoạch", "Văn phòng UBND tỉnh", "", "", ""],
         "vague": ["5", "Cập nhật dữ liệu cán bộ", "Sở Nội vụ", "Các sở, ngành", "Thường xuyên", ""]},
        "I. CẢI CÁCH THỂ CHẾ"),
    "en": Lang(
        ["PEOPLE'S COMMITTEE OF LAM DONG PROVINCE", "No. 125/KH-UBND", "Lam Dong, 15/12/2025"],
        "PLAN", "Implementing Conclusion No. 226-KL/TW of the Secretariat",
        "II. TASKS AND SOLUTIONS",
        ["The Department of Justice leads, in coordination with the Department of Home Affairs, "
         "the review of legal documents, to be completed by 30 June 2026.",
         "The Department of Finance shall allocate the budget for this Plan in January 2026."],
        "Review and reduce internal administrative procedures by 30 September 2026.",
        "The Department of Justice and the Department of Home Affairs shall organise training "
        "courses in the second quarter of 2026.",
        "The Provincial Office shall implement Plan No. 12/KH-UBND dated 15 March 2025.",
        "The Department of Science shall update the provincial portal as soon as possible.",
        "The Provincial Office shall regularly monitor the implementation and report by "
        "15 December 2026.",
        "III. FUNDING", "Funding comes from the provincial budget for 2026.",
        ["No.", "Task", "Lead agency", "Cooperating agencies", "Deadline", "Budget"],
        {"good": ["1", "Build the legal documents database", "Department of Justice",
                  "Department of Home Affairs", "Q2 2026", "Provincial budget"],
         "no_owner": ["2", "Digitise the archives", "", "Department of Home Affairs",
                      "September 2026", ""],
         "two_leads": ["3", "Disseminate the Conclusion", "Department of Justice; Department of "
                       "Education", "", "2026", ""],
         "no_deadline": ["4", "Inspect the implementation", "Provincial Office", "", "", ""],
         "vague": ["5", "Update staff records", "Department of Home Affairs", "", "Regularly", ""]},
        "I. INSTITUTIONAL REFORM"),
    "ru": Lang(
        ["МИНИСТЕРСТВО ЮСТИЦИИ", "№ 125-р", "Москва, 15.12.2025"],
        "ПЛАН", "мероприятий по реализации Заключения № 226-KL/TW",
        "II. ЗАДАЧИ И МЕРЫ",
        ["Департамент юстиции — головной исполнитель, совместно с Департаментом кадров провести "
         "ревизию нормативных актов до 30 июня 2026 года.",
         "Департаменту финансов обеспечить финансирование плана в январе 2026 года."],
        "Провести ревизию внутренних административных процедур до 30 сентября 2026 года.",
        "Министерству юстиции и Министерству финансов организовать обучение во втором "
        "квартале 2026 года.",
        "Управлению делами обеспечить исполнение постановления № 12 от 15 марта 2025 года.",
        "Департаменту информации регулярно обновлять сведения на портале.",
        "Управлению делами регулярно контролировать исполнение и представить отчет до "
        "15 декабря 2026 года.",
        "III. ФИНАНСИРОВАНИЕ", "Финансирование осуществляется за счет средств областного бюджета.",
        ["№ п/п", "Мероприятие", "Ответственный исполнитель", "Соисполнители", "Срок исполнения",
         "Источник финансирования"],
        {"good": ["1", "Создать базу данных нормативных актов", "Департамент юстиции",
                  "Департамент кадров", "II квартал 2026 г.", "Областной бюджет"],
         "no_owner": ["2", "Оцифровать архивные дела", "", "Департамент кадров",
                      "Сентябрь 2026 г.", ""],
         "two_leads": ["3", "Разъяснить положения Заключения", "Департамент юстиции; "
                       "Департамент образования", "", "2026 год", ""],
         "no_deadline": ["4", "Проверить исполнение плана", "Управление делами", "", "", ""],
         "vague": ["5", "Обновлять кадровые сведения", "Департамент кадров", "", "Постоянно", ""]},
        "I. ИНСТИТУЦИОНАЛЬНАЯ РЕФОРМА"),
    "nb": Lang(
        ["FINANSDEPARTEMENTET", "Nr. 125/2025", "Oslo, 15.12.2025"],
        "HANDLINGSPLAN", "for oppfølging av konklusjon nr. 226-KL/TW",
        "II. OPPGAVER OG TILTAK",
        ["Helsedirektoratet har ansvaret, i samarbeid med Statsforvalteren, for gjennomgang av "
         "forskriftene innen 30. juni 2026.",
         "Økonomiavdelingen skal sette av midler til planen i januar 2026."],
        "Gjennomgå og forenkle interne rutiner innen 30. september 2026.",
        "Helsedirektoratet og Digitaliseringsdirektoratet skal gjennomføre opplæring i "
        "2. kvartal 2026.",
        "Statsforvalteren skal følge opp forskrift nr. 12 av 15. mars 2025.",
        "Kommunikasjonsavdelingen skal oppdatere nettsidene løpende.",
        "Statsforvalteren skal løpende følge opp gjennomføringen og rapportere innen "
        "15. desember 2026.",
        "III. ØKONOMI", "Tiltakene finansieres innenfor gjeldende budsjett for 2026.",
        ["Nr.", "Tiltak", "Ansvarlig", "Samarbeidspartnere", "Frist", "Budsjett"],
        {"good": ["1", "Etablere en database over forskrifter", "Helsedirektoratet",
                  "Statsforvalteren", "2. kvartal 2026", "Gjeldende budsjett"],
         "no_owner": ["2", "Digitalisere arkivet", "", "Statsforvalteren", "September 2026", ""],
         "two_leads": ["3", "Informere om konklusjonen", "Helsedirektoratet; Utdanningsdirektoratet",
                       "", "2026", ""],
         "no_deadline": ["4", "Kontrollere gjennomføringen", "Statsforvalteren", "", "", ""],
         "vague": ["5", "Oppdatere personaldata", "Personalavdelingen", "", "Løpende", ""]},
        "I. INSTITUSJONELL REFORM"),
    "ar": Lang(
        ["وزارة العدل", "رقم: 125/2025", "الرياض، 15/12/2025"],
        "خطة", "تنفيذ الاستنتاج رقم 226 الصادر عن الأمانة",
        "ثانيا: المهام والحلول",
        ["تتولى وزارة الصحة بالتنسيق مع وزارة المالية مراجعة اللوائح قبل 30 يونيو 2026.",
         "تقوم إدارة الشؤون المالية بتخصيص التمويل اللازم للخطة في يناير 2026."],
        "مراجعة الإجراءات الإدارية الداخلية وتبسيطها قبل 30 سبتمبر 2026.",
        "تتولى وزارة الصحة ووزارة المالية تنظيم الدورات التدريبية خلال الربع الثاني من عام 2026.",
        "تتولى وزارة العدل تنفيذ القانون رقم 12 لسنة 2025.",
        "تقوم إدارة الإعلام بتحديث البوابة الإلكترونية باستمرار.",
        "تتولى إدارة المتابعة المتابعة باستمرار وتقديم التقرير قبل 15 ديسمبر 2026.",
        "ثالثا: التمويل", "يتم التمويل من الميزانية العامة لعام 2026.",
        ["م", "المهمة", "الجهة المسؤولة", "الجهات المتعاونة", "الموعد النهائي", "الميزانية"],
        {"good": ["1", "إنشاء قاعدة بيانات اللوائح", "وزارة العدل", "وزارة الصحة",
                  "الربع الثاني من عام 2026", "الميزانية العامة"],
         "no_owner": ["2", "رقمنة الأرشيف", "", "وزارة الصحة", "سبتمبر 2026", ""],
         "two_leads": ["3", "التعريف بالاستنتاج", "وزارة العدل؛ وزارة التعليم", "", "2026", ""],
         "no_deadline": ["4", "متابعة تنفيذ الخطة", "إدارة المتابعة", "", "", ""],
         "vague": ["5", "تحديث بيانات الموظفين", "إدارة الموارد البشرية", "", "باستمرار", ""]},
        "أولا: الإصلاح المؤسسي"),
}
