"""Conference statistics of §2.2 in `doclint scan`: invitations of several issuers over two years
(Vietnamese DOCX and text, English and Russian text), in person, hybrid, online or unstated,
province-wide and commune-wide; the expected figures are counted from the planted list."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from builders import write_docx, write_text
from doclint.engine import Engine
from doclint.scan.html import render
from doclint.scan.run import run_scan

PROVINCE, COMMUNE = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN XÃ TÂN HÒA"
FORM_LINE = {"vi": {"in-person": "Hình thức: trực tiếp tại Hội trường.",
                    "online": "Hình thức: trực tuyến đến các điểm cầu.",
                    "hybrid": "Hình thức: trực tiếp tại Hội trường kết hợp trực tuyến.",
                    None: "Địa điểm: Hội trường số 2."},
             "en": {"in-person": "Format: in person at the Ministry hall.",
                    "online": "Format: online (video conference).", None: "Venue: room 2."},
             "ru": {"in-person": "Формат: очный, в зале заседаний.",
                    "online": "Форма проведения: онлайн (видеоконференция).", None: "Зал 2."}}
# (year, issuer, language, scope, form)
PLANTED = [
    (2024, PROVINCE, "vi", "province", "in-person"),
    (2024, PROVINCE, "vi", "province", "hybrid"),
    (2024, PROVINCE, "vi", "province", "online"),  # a third province-wide one: over the limit
    (2024, PROVINCE, "vi", None, "in-person"),
    (2025, PROVINCE, "vi", "province", "online"),
    (2025, PROVINCE, "vi", "province", "online"),
    (2024, COMMUNE, "vi", "commune", "online"),
    (2024, COMMUNE, "vi", "commune", "online"),
    (2024, COMMUNE, "vi", "commune", "in-person"),
    (2024, COMMUNE, "vi", "commune", "online"),  # a fourth commune-wide one: over the limit
    (2025, COMMUNE, "vi", "commune", "online"),
    (2024, "MINISTRY OF FINANCE", "en", None, "in-person"),
    (2025, "MINISTRY OF FINANCE", "en", None, None),
    (2025, "МИНИСТЕРСТВО ФИНАНСОВ", "ru", None, "online"),
]


def _invitation(n: int, year: int, issuer: str, lang: str, scope: str | None,
                form: str | None) -> list[str]:
    day = 1 + n % 27
    if lang == "vi":
        where = {"province": "cán bộ toàn tỉnh", "commune": "cán bộ toàn xã", None: "chuyên đề"}
        return [issuer, f"Số: {n}/GM-UBND", f"Lâm Đồng, ngày {day} tháng 3 năm {year}",
                "GIẤY MỜI", f"Dự Hội nghị {where[scope]} quán triệt Nghị quyết số 57-NQ/TW",
                f"Thời gian: sáng ngày {day + 1}/3/{year}.", FORM_LINE[lang][form]]
    if lang == "en":
        return [issuer, f"No. {n}/GM-MOF", f"Hanoi, {day:02d}/03/{year}", "INVITATION",
                "To attend the conference disseminating Resolution 57",
                f"Time: morning of {day + 1:02d}/03/{year}.", FORM_LINE[lang][form]]
    return [issuer, f"№ {n}-р", f"Москва, {day:02d}.03.{year}", "ПРИГЛАШЕНИЕ",
            "на совещание по вопросам исполнения бюджета",
            f"Время: {day + 1:02d}.03.{year}, с 9:00.", FORM_LINE[lang][form]]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("meetings")
    for n, (year, issuer, lang, scope, form) in enumerate(PLANTED, start=1):
        lines = _invitation(n, year, issuer, lang, scope, form)
        (root / str(year)).mkdir(exist_ok=True)
        if n % 3 == 0 and lang == "vi":
            write_docx(root / f"{year}" / f"giay-moi-{n}.docx", lines)
        else:
            write_text(root / f"{year}" / f"invitation-{n}.txt", lines)
    write_text(root / "2025" / "ke-hoach.txt", [  # a plan, not a conference
        PROVINCE, "Số: 99/KH-UBND", "Lâm Đồng, ngày 5 tháng 3 năm 2025", "KẾ HOẠCH",
        "1. Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2025."])
    return run_scan(root, Engine(), db=root.parent / "m.sqlite", jobs=2)


def test_conferences_per_year_against_the_reduction_and_the_in_person_ceiling(report) -> None:  # type: ignore[no-untyped-def]
    m = report["statistics"]["meetings"]
    assert m["conferences"] == len(PLANTED) and m["undated"] == 0
    years = {r["year"]: r for r in m["per_year"]}
    per_year = Counter(p[0] for p in PLANTED)
    assert {y: r["conferences"] for y, r in years.items()} == dict(per_year)
    for year, row in years.items():
        forms = Counter(p[4] for p in PLANTED if p[0] == year)
        assert (row["in_person"], row["hybrid"], row["online"], row["form_unknown"]) == \
            (forms["in-person"], forms["hybrid"], forms["online"], forms[None])
        stated = len([p for p in PLANTED if p[0] == year]) - forms[None]
        share = (forms["in-person"] + forms["hybrid"]) / stated
        assert row["in_person_share"] == pytest.approx(share, abs=1e-4)
        assert row["ceiling_met"] is (share <= 0.40)
    change = (per_year[2025] - per_year[2024]) / per_year[2024]
    assert years[2025]["change"] == pytest.approx(change, abs=1e-4)
    assert years[2025]["target_met"] is (per_year[2025] <= per_year[2024] * 0.9)
    assert "change" not in years[2024]
    assert years[2024]["ceiling_met"] is False and years[2025]["ceiling_met"] is True


def test_per_issuer_and_the_province_and_commune_limits(report) -> None:  # type: ignore[no-untyped-def]
    m = report["statistics"]["meetings"]
    got = {(r["year"], r["issuer"]): r for r in m["per_issuer"]}
    expected = Counter((p[0], p[1]) for p in PLANTED)
    assert {k: r["conferences"] for k, r in got.items()} == dict(expected)
    for (year, issuer), row in got.items():
        mine = [p for p in PLANTED if (p[0], p[1]) == (year, issuer)]
        assert row["province_wide"] == sum(p[3] == "province" for p in mine)
        assert row["commune_wide"] == sum(p[3] == "commune" for p in mine)
        assert row["in_person"] == sum(p[4] in ("in-person", "hybrid") for p in mine)
    over = {(o["year"], o["issuer"], o["scope"]): (o["conferences"], o["limit"])
            for o in m["over_scope_limit"]}
    assert over == {(2024, PROVINCE, "province"): (3, 2), (2024, COMMUNE, "commune"): (4, 3)}


def test_meetings_in_the_html_page_json_and_terminal(report, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    page = render(report)
    assert "Conferences (§2.2)" in page
    assert page.count('<table class="meeting-years">') == 1
    assert page.split('<table class="meeting-over">')[1].split("</table>")[0].count("<tr>") == 3
    root = Path(report["archive"])
    out = tmp_path / "r.json"
    result = run_cli("scan", root, "--db", tmp_path / "cli.sqlite", "--json", out)
    assert f"conferences: {len(PLANTED)}" in result.output
    assert "2 issuer-year(s) over" in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["statistics"]["meetings"] == \
        report["statistics"]["meetings"]
