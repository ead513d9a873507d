"""DL401–DL408 on the labelled realistic drafts of format_drafts.py (state and Party documents
of many types, headers as tables, tabs, runs of spaces or stacked columns, missing diacritics,
blank placeholders, chained marks, recipients and signature side by side): each correct draft
raises no DL4xx finding, each one-defect variant exactly its code. Formats rotate over the
drafts to keep the test fast; bench/eval_format.py runs every draft in every format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import write_text
from format_drafts import DEFECTS, DRAFTS, HELD_OUT, HELD_OUT_DEFECTS, WRITERS, Draft

from doclint.config import Settings
from doclint.engine import Engine

ENGINE = Engine(Settings(select=("DL4",)))


def _rotated(drafts: list[Draft]) -> list[tuple[Draft, str]]:
    return [(d, d.formats[i % len(d.formats)]) for i, d in enumerate(drafts)]


def _codes(draft: Draft, fmt: str, tmp_path: Path) -> list[str]:
    path = WRITERS[fmt](draft, tmp_path / f"draft.{fmt}")
    result = ENGINE.check_file(path)
    assert result.error is None and result.language == "vi"
    return sorted(f.code for f in result.findings)


@pytest.mark.parametrize(("draft", "fmt"), _rotated(DRAFTS + HELD_OUT), ids=lambda x: getattr(x, "name", x))
def test_correct_drafts_are_clean(draft: Draft, fmt: str, tmp_path: Path) -> None:
    assert _codes(draft, fmt, tmp_path) == []


@pytest.mark.parametrize(("draft", "fmt"), _rotated(DEFECTS + HELD_OUT_DEFECTS), ids=lambda x: getattr(x, "name", x))
def test_each_defect_raises_exactly_its_code(draft: Draft, fmt: str, tmp_path: Path) -> None:
    assert _codes(draft, fmt, tmp_path) == sorted(draft.expected)


PLACEHOLDER_PLAN = [
    "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH LÂM ĐỒNG\t\tĐộc lập - Tự do - Hạnh phúc",
    "Số:\u00a0\u00a0\u00a0\u00a0/KH-UBND\t\tLâm Đồng, ngày ..... tháng 12 năm 2025",
    "", "KẾ HOẠCH", "Cải cách hành chính năm 2026", "",
    "Sở Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2026.", "",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT, NC.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "",
    "Nguyễn Văn A",
]


def test_issued_switch_and_config_key_turn_placeholders_into_findings(
        tmp_path: Path, run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = write_text(tmp_path / "plan.txt", PLACEHOLDER_PLAN)
    monkeypatch.chdir(tmp_path)
    draft = json.loads(run_cli("check", path, "--select", "DL4", "--format", "json").output)
    entry = draft["files"][0]
    assert entry["findings"] == []
    assert entry["metadata"]["number"] == "/KH-UBND"
    assert entry["metadata"]["number_placeholder"] is True
    assert entry["metadata"]["date_placeholder"] is True
    issued = json.loads(run_cli("check", path, "--select", "DL4", "--issued", "--format",
                                "json").output)
    assert sorted(f["code"] for f in issued["files"][0]["findings"]) == ["DL402", "DL403"]
    (tmp_path / "doclint.toml").write_text("issued = true\n", encoding="utf-8")
    configured = run_cli("check", path, "--select", "DL4", "--format", "json")
    assert configured.exit_code == 1
    found = json.loads(configured.output)["files"][0]["findings"]
    assert sorted(f["code"] for f in found) == ["DL402", "DL403"]
    assert all("Số:" in f["excerpt"] for f in found)


@pytest.mark.parametrize("lang", ["en", "ru", "nb", "ar"])
def test_other_languages_get_no_vietnamese_format_findings(lang: str, tmp_path: Path) -> None:
    lines = {
        "en": ["MINISTRY OF HOME AFFAIRS", "No. 12/BNV-VP", "Hanoi, 15.03.2026", "PLAN",
               "on the review of documents", "1. The Legal Department shall review the decrees "
               "by 30 June 2026.", "Recipients:", "- as above;", "MINISTER", "John Smith"],
        "ru": ["МИНИСТЕРСТВО ЮСТИЦИИ", "№ 125-р", "Москва, 15.03.2026", "ПЛАН",
               "мероприятий по реализации Заключения № 226-KL/TW",
               "1. Правовому департаменту подготовить проект до 30 июня 2026 г.",
               "Министр", "И. И. Иванов"],
        "nb": ["FINANSDEPARTEMENTET", "Nr. 125/2025", "Oslo, 15.03.2026", "HANDLINGSPLAN",
               "for oppfølging av konklusjon nr. 226-KL/TW",
               "1. Avdelingen skal gjennomgå forskriftene innen 30. juni 2026.",
               "Med hilsen", "Kari Nordmann", "statsråd"],
        "ar": ["وزارة العدل", "رقم: 125/2025", "الرياض، 15/03/2026", "خطة",
               "لتنفيذ الاستنتاج رقم 226-KL/TW",
               "1. تقوم الإدارة القانونية بمراجعة اللوائح قبل 30 يونيو 2026.", "الوزير"],
    }[lang]
    result = ENGINE.check_file(write_text(tmp_path / f"{lang}.txt", lines))
    assert result.language == lang
    assert [f.code for f in result.findings] == []
