"""`doclint scan` over a generated archive: statistics, duplicate clusters, errors, reports,
incremental rescans. The archive is built here from seeded random text (so no two documents
share text unless planted), in Vietnamese, English and Russian, as TXT, DOCX and PDF."""
from __future__ import annotations

import csv
import io
import json
import os
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from builders import write_docx, write_pdf, write_text
from doclint.parsers import parse

YEARS = {2021: 60, 2022: 52, 2023: 44, 2024: 36}  # dated documents per year (≈200 files in all)
UNDATED_YEAR = 2022  # undated documents are counted by their file's modification year
ISSUERS = {
    "vi": ["ỦY BAN NHÂN DÂN TỈNH AN GIANG", "SỞ NỘI VỤ TỈNH CẦN THƠ", "SỞ TÀI CHÍNH TỈNH HUẾ"],
    "en": ["MINISTRY OF FINANCE", "MINISTRY OF HOME AFFAIRS"],
    "ru": ["МИНИСТЕРСТВО ФИНАНСОВ", "АДМИНИСТРАЦИЯ ГОРОДА"],
}
WORDS = {  # real words, drawn at random: documents share no passage unless one is planted
    "vi": ("cán bộ công chức viên chức đơn vị sở ban ngành tỉnh huyện xã kế hoạch nhiệm vụ "
           "giải pháp triển khai thực hiện kiểm tra giám sát báo cáo kết quả ngân sách nguồn "
           "vốn đầu tư công trình dự án đất đai môi trường giáo dục y tế văn hóa du lịch nông "
           "nghiệp thủy sản giao thông đô thị chuyển đổi số dữ liệu hồ sơ thủ tục hành chính "
           "người dân doanh nghiệp chất lượng hiệu quả tiến độ phối hợp chủ trì tham mưu").split(),
    "en": ("staff unit department province district council plan task measure deploy implement "
           "inspect supervise report result budget source capital investment works project "
           "land environment education health culture tourism farming fisheries transport "
           "urban digital data record procedure citizen business quality efficiency schedule "
           "coordinate lead advise review audit training housing water energy safety").split(),
    "ru": ("сотрудник отдел управление область район совет план задача мера внедрение "
           "проверка контроль отчёт результат бюджет источник капитал инвестиция объект "
           "проект земля среда образование здравоохранение культура туризм хозяйство "
           "транспорт город цифровой данные дело процедура гражданин бизнес качество "
           "эффективность график координация руководство обучение жильё вода энергия").split(),
}


def _sentence(rng: random.Random, lang: str, words: int) -> str:
    return " ".join(rng.choice(WORDS[lang]) for _ in range(words)).capitalize() + "."


def _lines(rng: random.Random, lang: str, issuer: str, number: int, year: int | None,
           body: list[str]) -> list[str]:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if lang == "vi":
        head = [issuer, f"Số: {number}/KH-UBND"]
        head += [f"An Giang, ngày {d} tháng {m} năm {year}"] if year else []
        head += ["KẾ HOẠCH"]
    elif lang == "en":
        head = [issuer, f"No. {number}/PL-MOF"] + ([f"Hanoi, {d:02d}/{m:02d}/{year}"] if year
                                                   else []) + ["PLAN"]
    else:
        head = [issuer, f"№ {number}-р"] + ([f"Москва, {d:02d}.{m:02d}.{year}"] if year
                                            else []) + ["ПЛАН"]
    return head + [f"{i}. {s}" for i, s in enumerate(body, start=1)]


@dataclass
class Archive:
    root: Path
    per_year: Counter = field(default_factory=Counter)
    dated_by_file: int = 0
    per_issuer: Counter = field(default_factory=Counter)
    clusters: list[set[str]] = field(default_factory=list)  # planted duplicate groups
    bad: dict[str, str] = field(default_factory=dict)  # file name -> expected error code
    with_text: int = 0
    scanned_pdfs: int = 0
    meetings: list[tuple[int, str]] = field(default_factory=list)  # (year, form) per invitation


def make_archive(root: Path, *, scale: float = 1.0, seed: int = 7, hang: bool = True) -> Archive:
    """About 200 × scale documents over four years and seven issuers, with planted duplicate
    clusters and bad files; the returned Archive holds the expected facts."""
    rng = random.Random(seed)
    arc = Archive(root)
    n = 0
    planted: list[tuple[str, list[str]]] = []
    for year, count in YEARS.items():
        for _ in range(max(2, int(count * scale))):
            lang = rng.choice(["vi", "vi", "en", "ru"])
            issuer = rng.choice(ISSUERS[lang])
            body = [_sentence(rng, lang, rng.randint(14, 24)) for _ in range(rng.randint(4, 7))]
            n += 1
            folder = root / str(year) / lang
            folder.mkdir(parents=True, exist_ok=True)
            lines = _lines(rng, lang, issuer, n, year, body)
            fmt = rng.choices(["txt", "docx", "pdf"], weights=[16, 1, 1])[0]
            name = f"doc{n:04d}.{fmt}"
            if fmt == "txt":
                write_text(folder / name, lines)
            elif fmt == "docx":
                write_docx(folder / name, lines)
            else:
                write_pdf(folder / name, lines)
            arc.per_year[year] += 1
            arc.per_issuer[issuer] += 1
            arc.with_text += 1
            if len(planted) < 3 and lang == "vi" and year == 2023:
                planted.append((str(folder / name), body))
    # Planted duplicates: the same plan re-issued by other issuers in later years, lightly
    # edited (one sentence replaced, numbering and dates changed).
    for k, (original, body) in enumerate(planted[:2]):
        group = {original}
        for j in range(3 if k == 0 else 1):
            n += 1
            year = 2024
            issuer = ISSUERS["vi"][j % 3]
            edited = list(body)
            edited[j % len(edited)] = _sentence(rng, "vi", 18)
            path = write_text(root / str(year) / "vi" / f"dup{n:04d}.txt",
                              _lines(rng, "vi", issuer, n, year, edited))
            arc.per_year[year] += 1
            arc.per_issuer[issuer] += 1
            arc.with_text += 1
            group.add(str(path))
        arc.clusters.append(group)
    # Invitations to province-wide conferences, in person / online / hybrid: the §2.2
    # conference statistics. Their bodies are random, so they repeat no one.
    forms = {"in-person": "Hình thức: trực tiếp tại Hội trường tỉnh.",
             "online": "Hình thức: trực tuyến đến các điểm cầu.",
             "hybrid": "Hình thức: trực tiếp kết hợp trực tuyến."}
    for year in YEARS:
        for k in range(max(1, int(2 * scale))):
            n += 1
            form = list(forms)[(n + k) % 3]
            issuer = ISSUERS["vi"][0]
            write_text(root / str(year) / "vi" / f"giay-moi{n:04d}.txt", [
                issuer, f"Số: {n}/GM-UBND", f"An Giang, ngày {1 + k} tháng 11 năm {year}",
                "GIẤY MỜI", "Dự Hội nghị cán bộ toàn tỉnh quán triệt Nghị quyết",
                f"Thời gian: sáng ngày {10 + k}/11/{year}.", forms[form],
                *(_sentence(rng, "vi", 16) for _ in range(4))])
            arc.per_year[year] += 1
            arc.per_issuer[issuer] += 1
            arc.with_text += 1
            arc.meetings.append((year, form))
    # Undated documents: counted by their file's modification time.
    undated = root / "undated"
    undated.mkdir()
    stamp = __import__("datetime").datetime(UNDATED_YEAR, 6, 1).timestamp()
    for _ in range(4):
        n += 1
        issuer = ISSUERS["en"][0]
        path = write_text(undated / f"memo{n:04d}.txt", _lines(
            rng, "en", issuer, n, None, [_sentence(rng, "en", 16) for _ in range(4)]))
        os.utime(path, (stamp, stamp))
        arc.per_year[UNDATED_YEAR] += 1
        arc.dated_by_file += 1
        arc.per_issuer[issuer] += 1
        arc.with_text += 1
    # Bad files: each costs its own file only.
    bad = root / "bad"
    bad.mkdir()
    (bad / "truncated.docx").write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 40)
    (bad / "photo.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (bad / "empty.txt").write_bytes(b"")
    arc.bad.update({"truncated.docx": "DL901", "photo.pdf": "DL901", "empty.txt": "DL901"})
    for i in range(2):  # scanned pages: an image, no text layer
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_page()
        pdf.rect(20, 20, 150, 200, style="F")
        pdf.output(str(bad / f"scanned{i}.pdf"))
        os.utime(bad / f"scanned{i}.pdf", (stamp, stamp))  # dated by the file: still a document
        arc.bad[f"scanned{i}.pdf"] = "DL902"
        arc.scanned_pdfs += 1
        arc.per_year[UNDATED_YEAR] += 1
        arc.dated_by_file += 1
    if hang:
        os.mkfifo(bad / "stalled.txt")  # blocks open() forever: the time limit ends it
        arc.bad["stalled.txt"] = "DL903"
    return arc


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from doclint.cli import main

    root = tmp_path_factory.mktemp("archive")
    arc = make_archive(root)
    out = root.parent / "out"
    out.mkdir()
    result = CliRunner().invoke(main, ["scan", str(root), "--jobs", "2", "--parse-timeout", "4",
                                       "--json", str(out / "r.json"), "--csv", str(out / "r.csv")],
                                catch_exceptions=False)
    return arc, result, json.loads((out / "r.json").read_text(encoding="utf-8")), out


def test_every_file_has_a_result_and_bad_files_only_cost_themselves(scanned) -> None:  # type: ignore[no-untyped-def]
    arc, result, report, _ = scanned
    assert result.exit_code == 2  # errors present, the scan still completed
    files = {Path(f["path"]).name: f for f in report["files"]}
    expected = sum(arc.per_year.values()) + len(arc.bad) - arc.scanned_pdfs
    assert report["summary"]["files"] == len(report["files"]) == expected
    errors = {name: f["error"]["code"] for name, f in files.items() if f["error"]}
    assert errors == arc.bad
    assert "parse time limit" in files["stalled.txt"]["error"]["message"]
    assert report["statistics"]["errors_per_code"] == dict(sorted(Counter(arc.bad.values()).items()))


def test_documents_per_year_and_the_reduction_target(scanned) -> None:  # type: ignore[no-untyped-def]
    arc, _, report, _ = scanned
    rows = report["statistics"]["per_year"]
    assert {r["year"]: r["documents"] for r in rows} == dict(arc.per_year)
    assert sum(r["dated_by_file"] for r in rows) == arc.dated_by_file
    by_year = {r["year"]: r for r in rows}
    for year in sorted(arc.per_year)[1:]:
        before, now = arc.per_year[year - 1], arc.per_year[year]
        assert by_year[year]["change"] == pytest.approx((now - before) / before, abs=1e-4)
        assert by_year[year]["target_met"] is (now <= before * 0.85)
    assert "change" not in by_year[min(arc.per_year)]


def test_issuers_digitisation_and_findings_per_rule(scanned) -> None:  # type: ignore[no-untyped-def]
    arc, _, report, _ = scanned
    stats = report["statistics"]
    issuers = arc.per_issuer + Counter({"(unknown)": arc.scanned_pdfs})  # scans have no text
    assert stats["per_issuer"] == dict(sorted(issuers.items(), key=lambda kv: (-kv[1], kv[0])))
    dig = stats["digitisation"]
    assert (dig["with_text_layer"], dig["without_text_layer"]) == (arc.with_text, arc.scanned_pdfs)
    assert dig["share"] == pytest.approx(arc.with_text / (arc.with_text + arc.scanned_pdfs),
                                         abs=1e-4)
    assert dig["target_met"] is (dig["share"] >= 0.95)
    counted = Counter(x["code"] for f in report["files"] for x in f["findings"])
    assert stats["findings_per_rule"] == dict(sorted(counted.items()))
    assert sum(stats["per_type"].values()) == stats["readable"]


def test_conference_statistics_count_the_invitations(scanned) -> None:  # type: ignore[no-untyped-def]
    arc, _, report, _ = scanned
    m = report["statistics"]["meetings"]
    assert m["conferences"] == len(arc.meetings)
    for row in m["per_year"]:
        forms = Counter(f for y, f in arc.meetings if y == row["year"])
        assert (row["conferences"], row["in_person"], row["online"], row["hybrid"]) == \
            (sum(forms.values()), forms["in-person"], forms["online"], forms["hybrid"])
    province = {r["year"]: r["province_wide"] for r in m["per_issuer"]}
    assert province == dict(Counter(y for y, _ in arc.meetings))


def test_planted_duplicates_are_the_clusters(scanned) -> None:  # type: ignore[no-untyped-def]
    arc, _, report, _ = scanned
    found = [{m["path"] for m in c["members"]} for c in report["clusters"]]
    assert sorted(found, key=len) == sorted(arc.clusters, key=len)
    files = {f["path"]: f for f in report["files"]}
    for cluster in report["clusters"]:
        for m in cluster["members"]:
            (finding,) = [x for x in files[m["path"]]["findings"] if x["code"] == "DL103"]
            assert finding["evidence"]["cluster"] == cluster["id"]
            assert m["nearest"] in finding["evidence"]["peers"]
            assert 0.5 <= finding["evidence"]["overlap"] <= 1.0
            assert finding["evidence"]["repeated_share"] >= 0.6
            # the excerpt is the member's own text, found again in its file (TXT, DOCX or PDF)
            assert len(finding["excerpt"].split()) >= 12
            own = " ".join(parse(Path(m["path"])).text.split())
            assert " ".join(finding["excerpt"].split("\n")[0].split()) in own
    dl103 = sum(1 for f in report["files"] for x in f["findings"] if x["code"] == "DL103")
    assert dl103 == sum(len(c) for c in arc.clusters)


def test_csv_has_a_row_per_finding_and_error(scanned) -> None:  # type: ignore[no-untyped-def]
    arc, _, report, out = scanned
    rows = list(csv.DictReader(io.StringIO((out / "r.csv").read_text(encoding="utf-8"))))
    assert len(rows) == report["summary"]["findings"] + report["summary"]["errors"]
    assert {Path(r["path"]).name for r in rows if r["code"].startswith("DL9")} >= set(arc.bad)
    dl103 = [r for r in rows if r["code"] == "DL103"]
    assert dl103 and all(r["excerpt"] for r in dl103)


def test_rescan_only_checks_what_changed(scanned, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from doclint.config import Settings
    from doclint.engine import Engine
    from doclint.parsers.limits import Limits
    from doclint.scan.run import run_scan

    arc, _, first, _ = scanned
    engine = Engine(Settings(), Limits(parse_seconds=4.0))
    again = run_scan(arc.root, engine, jobs=2)
    assert again["scan"]["scanned"] == 0
    assert again["files"] == first["files"] and again["statistics"] == first["statistics"]
    # one file edited, one added: exactly those two are checked again
    target = sorted((arc.root / "2021" / "vi").glob("*.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nPhụ lục bổ sung.", encoding="utf-8")
    write_text(arc.root / "2024" / "new.txt", ["MINISTRY OF FINANCE", "PLAN",
                                               "1. Audit the accounts by 30 June 2025."])
    third = run_scan(arc.root, engine, jobs=2)
    assert third["scan"]["scanned"] == 2
    assert third["summary"]["files"] == first["summary"]["files"] + 1
