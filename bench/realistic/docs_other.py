"""English, Russian, Norwegian and Arabic drafts of the evaluation set (see docs_vi.py)."""
from __future__ import annotations


def doc(name: str, lang: str, blocks: list[tuple], expect=(), optional=(), note: str = "") -> dict:
    return {"file": name, "lang": lang, "blocks": blocks, "expect": list(expect),
            "optional": list(optional), "note": note}


DOCS = [
    # ---------------------------------------------------------------- English
    doc("en01-implementation-plan-records.pdf", "en", [
        ("p", "PEOPLE'S COMMITTEE OF HUE CITY"), ("p", "DEPARTMENT OF HOME AFFAIRS"),
        ("p", "No.: 41/KH-SNV"), ("p", "Hue, 12 March 2026"),
        ("b", "IMPLEMENTATION PLAN"),
        ("b", "Implementing Conclusion No. 226-KL/TW of the Secretariat on rectifying working methods"),
        ("b", "I. OBJECTIVES"),
        ("p", "Cut the number of administrative documents issued by the Department by 15% in 2026 and hold at least 60% of its meetings online."),
        ("b", "II. TASKS"),
        ("p", "1. The Office of the Department shall review all internal regulations and propose which of them to repeal by 31 March 2026."),
        ("p", "2. The Archives Division shall digitise 12,000 archival files, reaching 95% of the backlog, by 30 November 2026."),
        ("p", "3. The IT Centre shall connect the document management system to the national data-sharing platform in the second quarter of 2026."),
        ("p", "4. The Inspectorate leads the audit of reporting obligations in 20 communes, in coordination with the Office of the Department, by 31 October 2026."),
        ("b", "III. RESOURCES"),
        ("p", "The plan is funded from the Department's 2026 recurrent budget (VND 640 million); the IT Centre assigns two engineers to task 3."),
        ("b", "IV. MONITORING"),
        ("p", "The Office of the Department shall report progress to the Director every quarter."),
    ], note="good plan: one lead, a date and a budget; cooperation is not a second lead"),

    doc("en02-action-plan-health.docx", "en", [
        ("p", "MINISTRY OF HEALTH"),
        ("b", "ACTION PLAN"),
        ("b", "Reducing meetings and paperwork in the Ministry of Health, 2026"),
        ("p", "This plan sets out how the Ministry's units will apply Conclusion No. 226-KL/TW in 2026."),
        ("b", "Tasks"),
        ("t", [["No.", "Task", "Lead", "Support", "Deadline", "Budget"],
               ["1", "Publish the Ministry's 2026 meeting calendar with at least 60% online meetings", "Ministry Office", "Department of Planning and Finance", "31 January 2026", "Recurrent budget"],
               ["2", "Replace paper circulation of internal memos with the e-office system", "", "IT Centre", "30 June 2026", "VND 300 million"],
               ["3", "Draft new reporting templates for provincial health departments", "Department of Legal Affairs; Department of Planning and Finance", "Ministry Office", "Q2 2026", "Recurrent budget"],
               ["4", "Follow up on late reports from hospitals", "Department of Medical Services", "Ministry Office", "As soon as possible", "None"],
               ["5", "Train secretaries of all departments in drafting short documents", "Personnel Department", "Health Strategy Institute", "", "VND 80 million"]], set()),
        ("p", "Approved by the Minister of Health."),
    ], expect=[("DL201", "paper circulation of internal memos"), ("DL202", "reporting templates for provincial"),
               ("DL204", "late reports from hospitals"), ("DL203", "Train secretaries")],
       note="task table: empty lead, two leads, 'as soon as possible', empty deadline; 'Planning and Finance' is one unit"),

    doc("en03-guidance-server-rooms.txt", "en", [
        ("p", "MINISTRY OF SCIENCE AND TECHNOLOGY"),
        ("b", "TECHNICAL GUIDANCE"),
        ("b", "Operation and maintenance of departmental server rooms"),
        ("p", "1. Keep the room temperature between 18 and 27 °C and the relative humidity between 40% and 60%; log both values twice a day."),
        ("p", "2. Test the UPS batteries every three months under a load of at least 50% for 15 minutes."),
        ("p", "3. Only staff holding an access card may enter; visitors sign the logbook and are escorted at all times."),
        ("p", "4. Staff shall wear antistatic wrist straps when handling server boards."),
        ("p", "5. System administrators on night shifts receive a hazard allowance of 15% of their base salary, paid with the monthly payroll."),
        ("p", "6. The head of the IT unit will be appointed by the Minister from among the senior system administrators, and vacant posts shall be filled through open recruitment."),
        ("p", "7. Back up configuration files weekly to an offline medium stored in a separate building."),
    ], expect=[("DL301", "hazard allowance"), ("DL301", "will be appointed")],
       note="technical guidance with an allowance and an appointment paragraph; staff wearing straps is not personnel"),

    doc("en04-memo-relaying-226.docx", "en", [
        ("p", "HO CHI MINH CITY DEPARTMENT OF JUSTICE"),
        ("p", "No. 118/STP-VP"), ("p", "Ho Chi Minh City, 5 February 2026"),
        ("p", "Re: implementing Conclusion No. 226-KL/TW"),
        ("p", "To: all divisions of the Department"),
        ("p", "The Department asks all divisions to observe the following:"),
        ("p", "Only issue documents when absolutely necessary to regulate, guide and organise implementation; do not issue documents that merely copy the content of documents from higher levels. Documents from lower levels must concretise directives from higher levels into specific tasks and solutions for their level or unit, specifying resources, completion time and clearly assigning responsibilities. Every year, organisations, agencies, localities and units must reduce the number of administrative documents by at least 15% compared to the previous year."),
        ("p", "Innovate and improve meeting methods towards conciseness and clarity; focus on discussion, avoiding verbatim reproduction of submitted documents; opening remarks should not exceed 10 minutes, concluding remarks by leaders should not exceed 50 minutes in total; and presentations should not exceed 10 minutes."),
        ("p", "Please comply."),
        ("p", "DIRECTOR"),
    ], expect=[("DL101", None), ("DL102", "merely copy the content")],
       optional=[("DL102", "verbatim reproduction of submitted")],
       note="memo that only relays two paragraphs of the English text (British spellings, one phrase changed); "
            "the second repeats one source sentence under 80 words, below DL102's documented reach"),

    doc("en05-workshop-programme.pdf", "en", [
        ("p", "MINISTRY OF HOME AFFAIRS"),
        ("b", "INVITATION"),
        ("b", "Training workshop on electronic records management"),
        ("p", "Time: 08:00-11:30, 14 April 2026 (half day)"),
        ("p", "Invited: heads of the archives units of the Ministry's departments."),
        ("b", "Programme"),
        ("p", "08:00-08:10 Opening remarks - Deputy Minister"),
        ("p", "08:10-08:20 Presentation: results of the 2025 digitisation drive - Archives Department"),
        ("p", "08:20-10:30 Hands-on session: capture, metadata and retention schedules"),
        ("p", "10:30-11:10 Discussion"),
        ("p", "11:10-11:30 Concluding remarks - Deputy Minister"),
    ], note="good half-day workshop programme within every limit"),

    # ---------------------------------------------------------------- Russian
    doc("ru01-plan-dokumentooborot.docx", "ru", [
        ("p", "МИНИСТЕРСТВО ЦИФРОВОГО РАЗВИТИЯ И СВЯЗИ"),
        ("b", "ПЛАН"),
        ("b", "мероприятий по сокращению бумажного документооборота на 2026 год"),
        ("t", [["№ п/п", "Мероприятие", "Ответственный исполнитель", "Соисполнители", "Срок исполнения", "Источник финансирования"],
               ["1", "Перевести согласование служебных записок в систему электронного документооборота", "Административный департамент", "Департамент информационных технологий", "до 1 апреля 2026 года", "в пределах бюджетных ассигнований"],
               ["2", "Сократить число очных совещаний с участием руководителей департаментов на 10%", "Секретариат Министра", "Административный департамент", "до 30 июня 2026 года", "не требуется"],
               ["3", "Подготовить единые шаблоны ежеквартальной отчётности", "Департамент стратегического планирования", "Правовой департамент", "IV квартал 2026 года", "в пределах бюджетных ассигнований"],
               ["4", "Провести обучение сотрудников работе с усиленной электронной подписью", "Департамент информационных технологий", "Департамент кадров", "до 15 мая 2026 года", "федеральный бюджет, 1,2 млн руб."]], set()),
        ("p", "Контроль за исполнением плана возложить на заместителя Министра С. П. Иванова."),
    ], optional=[("DL203", "Контроль за исполнением")],
       note="good Russian plan table; the closing 'control' sentence is arguable"),

    doc("ru02-plan-meropriyatiy.pdf", "ru", [
        ("p", "АДМИНИСТРАЦИЯ ГОРОДА ТВЕРИ"),
        ("b", "ПЛАН"),
        ("b", "мероприятий по реализации Заключения № 226-KL/TW в аппарате администрации"),
        ("b", "Мероприятия:"),
        ("p", "1. Отдел делопроизводства проводит ревизию шаблонов документов до 1 марта 2026 года."),
        ("p", "2. Разработать регламент проведения видеоконференций."),
        ("p", "3. Юридический отдел регулярно информирует сотрудников об изменениях законодательства."),
        ("p", "4. Управление информатизации обеспечивает подключение к системе межведомственного электронного взаимодействия."),
        ("p", "5. Организационный отдел готовит сводный отчёт о выполнении плана до 20 декабря 2026 года."),
    ], expect=[("DL201", "регламент проведения видеоконференций"), ("DL203", "регламент проведения видеоконференций"),
               ("DL204", "регулярно информирует"), ("DL203", "межведомственного электронного взаимодействия"),
               ("DL205", "ревизию шаблонов документов")],
       note="Russian plan: no executor, 'регулярно', no deadline, no resources at all"),

    doc("ru03-programma-soveshchaniya.txt", "ru", [
        ("p", "АДМИНИСТРАЦИЯ ГОРОДА ТВЕРИ"),
        ("b", "ПРОГРАММА"),
        ("b", "совещания по вопросам цифровой трансформации муниципальных услуг"),
        ("p", "Дата: 18 февраля 2026 года, 10:00–13:00"),
        ("p", "Место: малый зал администрации"),
        ("p", "10:00–10:25 Вступительное слово главы администрации"),
        ("p", "10:25–10:35 Доклад «Итоги внедрения электронного документооборота в 2025 году» — начальник отдела информатизации"),
        ("p", "10:35–11:05 Доклад «Перевод муниципальных услуг в электронный вид» — заместитель главы администрации"),
        ("p", "11:05–12:30 Обсуждение"),
        ("p", "12:30–13:00 Заключительное слово главы администрации"),
    ], expect=[("DL601", "Вступительное слово"), ("DL602", "Перевод муниципальных услуг")],
       note="programme: 25-minute opening, a 30-minute report"),

    doc("ru04-pismo-155.txt", "ru", [
        ("p", "ДЕПАРТАМЕНТ ВНУТРЕННИХ ДЕЛ ПРОВИНЦИИ"),
        ("p", "Исх. № 214 от 3 марта 2026 г."),
        ("p", "Руководителям подведомственных учреждений"),
        ("p", "Во исполнение Заключения № 155-KL/TW доводим до вашего сведения:"),
        ("p", "Строго соблюдать правила защиты государственной тайны, дисциплины высказываний, управления и использования информации в социальных сетях; проактивно предотвращать разглашение сведений и документов, составляющих государственную тайну, а также служебную тайну, связанных с организацией и рационализацией деятельности аппарата."),
        ("p", "Сосредоточить внимание на непосредственном руководстве управлением, хранением записей, оцифровкой документов, инвентаризацией, контролем, подготовкой окончательных расчетов по счетам, активам и государственным проектам; особое внимание уделять проверке и контролю этапов проверки, подсчета, корректировки или ликвидации, а также уничтожения записей и документов для подготовки к передаче (чтобы избежать риска потери, замещения или уничтожения документов, особенно записей, связанных с землей и инвестиционными проектами)."),
        ("p", "Прошу принять к исполнению."),
        ("p", "Директор департамента"),
    ], expect=[("DL101", None), ("DL102", ["государственной тайны", "хранением записей"])],
       note="letter relaying two items of Conclusion 155-KL/TW, lightly edited"),

    doc("ru05-metodicheskie-rekomendacii.docx", "ru", [
        ("p", "ФЕДЕРАЛЬНОЕ АРХИВНОЕ АГЕНТСТВО"),
        ("b", "МЕТОДИЧЕСКИЕ РЕКОМЕНДАЦИИ"),
        ("b", "по сканированию архивных документов и созданию страховых копий"),
        ("p", "1. Сканирование выполняется с разрешением не менее 300 dpi в цветовом режиме 24 бит; файлы сохраняются в формате PDF/A-1b."),
        ("p", "2. Перед сканированием документы освобождаются от скрепок, ветхие листы реставрируются."),
        ("p", "3. Каждый электронный образ сверяется с оригиналом; брак пересканируется в течение рабочего дня."),
        ("p", "4. Сотрудникам, занятым на сканировании более 4 часов в день, устанавливается надбавка к должностному окладу в размере 10 процентов."),
        ("p", "5. Страховые копии хранятся на двух носителях в разных зданиях; проверка читаемости проводится раз в год."),
    ], expect=[("DL301", "надбавка к должностному окладу")],
       note="technical recommendations with one salary-supplement paragraph"),

    # ---------------------------------------------------------------- Norwegian
    doc("nb01-handlingsplan-dokument.docx", "nb", [
        ("p", "DIGITALISERINGSDIREKTORATET"),
        ("b", "HANDLINGSPLAN"),
        ("b", "for digital dokumenthåndtering 2026"),
        ("b", "Oppgaver"),
        ("p", "1. Seksjon for fellesløsninger har ansvaret for å innføre felles maler for saksframlegg innen 30. juni 2026."),
        ("p", "2. Arkivverket digitaliserer 8 000 papirarkiver innen 1. desember 2026, i samarbeid med kommunene."),
        ("p", "3. Økonomiavdelingen reduserer antall fysiske møter med 10 % innen utgangen av 2026."),
        ("b", "Finansiering"),
        ("p", "Tiltakene dekkes innenfor gjeldende budsjett for 2026; to rådgivere settes av til prosjektet."),
    ], note="good Norwegian plan"),

    doc("nb02-tiltaksplan-rapportering.txt", "nb", [
        ("p", "HELSE- OG OMSORGSDEPARTEMENTET"),
        ("b", "TILTAKSPLAN"),
        ("b", "Enklere rapportering i helsesektoren 2026"),
        ("b", "Oppgaver"),
        ("p", "1. Helsedirektoratet og Folkehelseinstituttet har ansvaret for å utarbeide nye rapporteringsmaler innen 1. mai 2026."),
        ("p", "2. Oppdatere veilederen for møteplanlegging innen 30. september 2026."),
        ("p", "3. Statsforvalteren følger opp kommunenes rapportering løpende."),
        ("p", "4. Direktoratet for e-helse etablerer en felles løsning for elektronisk signering."),
        ("b", "Budsjett"),
        ("p", "2,5 millioner kroner fra departementets driftsbudsjett for 2026."),
    ], expect=[("DL202", "nye rapporteringsmaler"), ("DL201", "veilederen for møteplanlegging"),
               ("DL204", "rapportering løpende"), ("DL203", "elektronisk signering")],
       note="Norwegian plan: two leads, no lead, 'løpende', no deadline"),

    doc("nb03-veileder-vannverk.pdf", "nb", [
        ("p", "MATTILSYNET"),
        ("b", "VEILEDER"),
        ("b", "Drift og vedlikehold av små vannbehandlingsanlegg"),
        ("p", "1. UV-anlegget skal ha en dose på minst 40 mJ/cm² ved laveste transmisjon; alarmer testes hver måned."),
        ("p", "2. Filtre tilbakespyles når trykkfallet overstiger 0,5 bar, og minst én gang per uke."),
        ("p", "3. Operatører som går nattskift får et lønnstillegg på 12 prosent av grunnlønnen."),
        ("p", "4. Driftslederen ansettes av kommunedirektøren etter offentlig utlysning av stillingen."),
        ("p", "5. Prøver av råvann og rentvann tas etter prøvetakingsplanen og sendes akkreditert laboratorium."),
    ], expect=[("DL301", "lønnstillegg"), ("DL301", "ansettes av kommunedirektøren")],
       note="Norwegian technical guidance with a pay supplement and a hiring paragraph"),

    # ---------------------------------------------------------------- Arabic
    doc("ar01-khitta-tanfidhiya.docx", "ar", [
        ("p", "وزارة الاتصالات وتقنية المعلومات"),
        ("b", "خطة تنفيذية"),
        ("b", "لتقليص عدد الوثائق الإدارية والاجتماعات لعام 2026"),
        ("b", "المهام"),
        ("p", "1. تتولى الأمانة العامة للوزارة مراجعة جميع نماذج المراسلات الداخلية قبل 31 مارس 2026."),
        ("p", "2. تتولى إدارة تقنية المعلومات ربط نظام إدارة الوثائق بالمنصة الوطنية لتبادل البيانات قبل 30 يونيو 2026، بالتنسيق مع الإدارة القانونية."),
        ("p", "3. تتولى إدارة التخطيط إعداد تقرير ربع سنوي عن عدد الاجتماعات الحضورية، على أن يصدر التقرير الأول قبل 15 أبريل 2026."),
        ("b", "الموارد"),
        ("p", "تمول الخطة من الميزانية التشغيلية للوزارة لعام 2026 بمبلغ 400 ألف ريال."),
    ], note="good Arabic plan"),

    doc("ar02-khitta-nawaqis.txt", "ar", [
        ("p", "الهيئة العامة للإحصاء"),
        ("b", "خطة عمل"),
        ("b", "لتبسيط الإجراءات الإدارية لعام 2026"),
        ("b", "المهام"),
        ("p", "1. مراجعة اللوائح الداخلية المتداخلة وإلغاء غير الضروري منها قبل 30 سبتمبر 2026."),
        ("p", "2. تتولى إدارة الشؤون الإدارية متابعة تنفيذ الخطة باستمرار."),
        ("p", "3. تتولى وحدة التحول الرقمي إطلاق بوابة الخدمات الإلكترونية."),
        ("p", "4. تتولى الإدارة المالية إعداد الموازنة التفصيلية للخطة قبل 31 يناير 2026."),
        ("b", "الميزانية"),
        ("p", "تغطى التكاليف من الميزانية العامة للهيئة."),
    ], expect=[("DL201", "مراجعة اللوائح الداخلية"), ("DL204", "باستمرار"), ("DL203", "بوابة الخدمات الإلكترونية")],
       note="Arabic plan: no lead, 'باستمرار' only, no deadline"),

    doc("ar03-taamim-naskh.docx", "ar", [
        ("p", "وزارة العدل"),
        ("p", "تعميم رقم 17 لسنة 2026"),
        ("p", "إلى جميع الإدارات التابعة للوزارة"),
        ("p", "تنفيذاً للاستنتاج رقم 226-KL/TW، يرجى الالتزام بما يلي:"),
        ("p", "لا تُصدر الوثائق إلا عند الضرورة القصوى لتنظيم وتوجيه وإدارة التنفيذ؛ ولا تُصدر وثائق تنسخ محتوى وثائق من مستويات أعلى. يجب أن تُجسّد وثائق المستويات الأدنى توجيهات المستويات الأعلى في مهام وحلول محددة تناسب مستواها أو وحدتها، مع تحديد الموارد والمدة الزمنية اللازمة لإنجازها، وتوزيع المسؤوليات بوضوح."),
        ("p", "ابتكار وتحسين أساليب الاجتماعات نحو الإيجاز والوضوح؛ التركيز على المناقشة، وتجنب النسخ الحرفي للوثائق المقدمة؛ يجب ألا تتجاوز الملاحظات الافتتاحية 10 دقائق، ويجب ألا تتجاوز الملاحظات الختامية للقادة 50 دقيقة إجمالاً."),
        ("p", "وكيل الوزارة"),
    ], expect=[("DL101", None), ("DL102", "تنسخ محتوى وثائق")],
       optional=[("DL102", "النسخ الحرفي للوثائق")],
       note="Arabic circular that only relays two passages of the Arabic text; the second is one source "
            "sentence under 80 words, below DL102's documented reach"),

    doc("ar04-barnamaj-warsha.txt", "ar", [
        ("p", "وزارة الموارد البشرية"),
        ("b", "دعوة"),
        ("b", "ورشة عمل حول الأرشفة الإلكترونية"),
        ("p", "التاريخ: 10 مارس 2026، من الساعة 09:00 إلى الساعة 12:00"),
        ("b", "البرنامج"),
        ("p", "09:00 - 09:20 الكلمة الافتتاحية لوكيل الوزارة"),
        ("p", "09:20 - 09:30 عرض تقديمي عن نتائج الأرشفة لعام 2025"),
        ("p", "09:30 - 11:30 جلسة تطبيقية"),
        ("p", "11:30 - 12:00 الكلمة الختامية"),
    ], expect=[("DL601", "الكلمة الافتتاحية")],
       note="Arabic workshop programme with a 20-minute opening"),
]

# ---------------------------------------------------------------- batch 2 (added after the first run)
DOCS_BATCH2 = [
    doc("en06-work-plan-field-lines.txt", "en", [
        ("p", "DEPARTMENT OF FINANCE OF DA NANG CITY"),
        ("b", "WORK PLAN 2026"),
        ("b", "Cutting paperwork and meetings"),
        ("b", "Tasks"),
        ("p", "1. Consolidate the three internal reporting forms into one. Lead: Finance Division. Deadline: 30 April 2026."),
        ("p", "2. Move weekly staff meetings online. Lead: Administration Office. Deadline: ongoing."),
        ("p", "3. Publish a register of delegated powers. Lead: Legal Unit; Policy Unit. Deadline: 31 May 2026."),
        ("p", "Budget: within the Department's 2026 operating budget."),
    ], expect=[("DL204", "staff meetings online"), ("DL202", "register of delegated powers")],
       note="tasks with 'Lead:' and 'Deadline:' fields on one line; 'ongoing'; two leads"),

    doc("nb04-handlingsplan-tabell.pdf", "nb", [
        ("p", "STATENS VEGVESEN"),
        ("b", "HANDLINGSPLAN 2026"),
        ("b", "Oppgaver"),
        ("t", [["Nr.", "Tiltak", "Ansvarlig", "Frist", "Budsjett"],
               ["1", "Innføre digital signering av alle vedtak i regionkontorene", "Juridisk avdeling", "1. mars 2026", "200 000 kr"],
               ["2", "Halvere antall fysiske ledermøter", "", "31. desember 2026", "Ingen"],
               ["3", "Utarbeide felles mal for årsrapporter", "Økonomiavdelingen", "Snarest", "Innenfor rammen"]], set()),
    ], expect=[("DL201", "fysiske ledermøter"), ("DL204", "felles mal for årsrapporter")],
       note="Norwegian task table in a PDF: an empty lead cell, 'snarest'"),

    doc("ru06-plan-tablica.pdf", "ru", [
        ("p", "КОМИТЕТ ПО ИНФОРМАТИЗАЦИИ"),
        ("b", "ПЛАН"),
        ("b", "мероприятий по переходу на электронный документооборот"),
        ("t", [["№", "Мероприятие", "Ответственный исполнитель", "Срок", "Финансирование"],
               ["1", "Подключить все подразделения к системе электронного документооборота", "Отдел информационных систем", "до 1 июля 2026 года", "областной бюджет"],
               ["2", "Оцифровать архив приказов за 2015–2025 годы", "", "IV квартал 2026 года", "областной бюджет"],
               ["3", "Обновлять шаблоны служебных документов", "Общий отдел", "по мере необходимости", "не требуется"]], set()),
    ], expect=[("DL201", "архив приказов"), ("DL204", "шаблоны служебных документов")],
       note="Russian task table in a PDF: an empty executor cell, 'по мере необходимости'"),
]
for _d in DOCS_BATCH2:
    _d["batch"] = 2
