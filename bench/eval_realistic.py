"""End-to-end evaluation on realistic, unseen drafts: runs the real CLI and scores it.

    .venv/bin/python bench/eval_realistic.py [--out DIR] [--no-hostile] [--json FILE]

Builds the labelled set of bench/realistic/ (about 40 drafts in Vietnamese, English, Russian,
Norwegian and Arabic; DOCX, PDF, text) into DIR (a temporary folder by default), runs
`.venv/bin/doclint check --format json --no-cache DIR/set`, and matches every finding to the
labels in bench/realistic/labels.json: same code, and the finding's excerpt contains the
label's substring (NFC, whitespace collapsed, case-folded). Prints precision and recall per
rule family and per language, every false positive and false negative, and every excerpt that
is not the document's own text. Then runs the CLI on the hostile files (corrupt, malicious,
oversized) and checks each yields exactly one DL9xx error naming it, the good file beside
them is still reported, the exit status is 2 and no traceback is printed. The CLI's own JSON is kept in DIR/report.json.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench" / "realistic"))

import make_set  # noqa: E402

CLI = ROOT / ".venv" / "bin" / "doclint"
FAMILIES = {"DL0": "suppressions", "DL1": "copy", "DL2": "tasks", "DL3": "personnel", "DL4": "format",
            "DL5": "citations", "DL6": "meetings", "DL7": "reports", "DL9": "input"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


def verbatim_norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def substrings(label: dict) -> list[str] | None:
    sub = label["substring"]
    if sub is None:
        return None
    return [sub] if isinstance(sub, str) else list(sub)


def label_matches(label: dict, code: str, excerpt: str) -> bool:
    if label["code"] != code:
        return False
    subs = substrings(label)
    return subs is None or any(norm(s) in excerpt for s in subs)


def run_cli(args: list[str]) -> tuple[int, str, str, float]:
    started = time.perf_counter()
    proc = subprocess.run([str(CLI), *args], capture_output=True, text=True, cwd=ROOT)
    return proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - started


def not_verbatim(excerpt: str, reference: str) -> str | None:
    """The first piece of the excerpt that is not in the document's text, or None."""
    ref = verbatim_norm(reference)
    text = re.sub(r"(…|\.\.\.)\s*$", "", excerpt)
    if verbatim_norm(text) in ref:
        return None
    for piece in re.split(r"\n|\t| \| |\s{2,}|…", text):
        piece = verbatim_norm(piece).strip(" |")
        if piece and piece not in ref:
            return piece
    return None


def score(report: dict, labels: dict, texts: dict) -> dict:
    per_family: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_code: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_batch: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    fps, fns, foreign, errors, dups, kinds = [], [], [], [], 0, {}
    seen = set()
    for entry in report["files"]:
        name = Path(entry["path"]).name
        seen.add(name)
        spec = labels["files"].get(name)
        if spec is None:
            continue
        lang = spec["language"]
        batch = spec.get("batch", 1)
        kinds[name] = (entry.get("language"), entry.get("kind"))
        if entry.get("error"):
            errors.append((name, entry["error"]["code"], entry["error"]["message"]))
        matched = [False] * len(spec["expected"])
        for f in entry.get("findings", []):
            code, excerpt = f["code"], norm(f.get("excerpt") or "")
            piece = not_verbatim(f.get("excerpt") or "", texts.get(name, ""))
            if piece is not None:
                foreign.append((name, code, piece[:70], (f.get("excerpt") or "")[:70]))
            hits = [i for i, lab in enumerate(spec["expected"]) if label_matches(lab, code, excerpt)]
            fresh = [i for i in hits if not matched[i]]
            fam = FAMILIES.get(code[:3], code[:3])
            if fresh:
                matched[fresh[0]] = True
                for table, key in ((per_family, fam), (per_lang, lang), (per_code, code), (per_batch, batch)):
                    table[key][0] += 1
            elif hits:
                dups += 1
            elif any(label_matches(o, code, excerpt) for o in spec["optional"]):
                continue
            else:
                for table, key in ((per_family, fam), (per_lang, lang), (per_code, code), (per_batch, batch)):
                    table[key][1] += 1
                fps.append((name, code, (f.get("excerpt") or "").replace("\n", " ")[:80], f.get("message", "")[:110]))
        for i, lab in enumerate(spec["expected"]):
            if not matched[i]:
                code = lab["code"]
                fam = FAMILIES.get(code[:3], code[:3])
                for table, key in ((per_family, fam), (per_lang, lang), (per_code, code), (per_batch, batch)):
                    table[key][2] += 1
                subs = substrings(lab)
                fns.append((name, code, "(whole document)" if subs is None else subs[0][:60]))
    missing = sorted(set(labels["files"]) - seen)
    return {"family": per_family, "lang": per_lang, "code": per_code, "batch": per_batch, "fps": fps, "fns": fns,
            "foreign": foreign, "errors": errors, "dups": dups, "missing": missing, "kinds": kinds}


def pr(row: list[int]) -> str:
    tp, fp, fn = row
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"tp {tp:3d}  fp {fp:3d}  fn {fn:3d}   precision {p:5.1%}   recall {r:5.1%}"


def print_scores(s: dict, labels: dict) -> None:
    total = [sum(v[i] for v in s["family"].values()) for i in range(3)]
    print(f"\nOVERALL            {pr(total)}")
    for batch in sorted(s["batch"]):
        n = sum(1 for f in labels["files"].values() if f.get("batch", 1) == batch)
        print(f"  batch {batch} ({n:2d} docs) {pr(s['batch'][batch])}")
    print("\nper rule family")
    for fam in sorted(s["family"]):
        print(f"  {fam:16s} {pr(s['family'][fam])}")
    print("\nper language")
    for lang in ("vi", "en", "ru", "nb", "ar"):
        if lang in s["lang"]:
            n = sum(1 for f in labels["files"].values() if f["language"] == lang)
            print(f"  {lang} ({n:2d} docs)     {pr(s['lang'][lang])}")
    print("\nper rule")
    for code in sorted(s["code"]):
        print(f"  {code:16s} {pr(s['code'][code])}")
    print(f"\nduplicate findings on an already matched label: {s['dups']}")
    if s["missing"]:
        print(f"files missing from the report: {s['missing']}")
    if s["errors"]:
        print("\nfiles with an error:")
        for e in s["errors"]:
            print(f"  {e[0]}: {e[1]} {e[2][:100]}")
    print(f"\nFALSE POSITIVES ({len(s['fps'])})")
    for name, code, excerpt, message in sorted(s["fps"]):
        print(f"  {name}  {code}  «{excerpt}»\n      {message}")
    print(f"\nFALSE NEGATIVES ({len(s['fns'])})")
    for name, code, sub in sorted(s["fns"]):
        kind = s["kinds"].get(name, ("?", "?"))
        print(f"  {name}  {code}  «{sub}»   (detected language {kind[0]}, kind {kind[1]})")
    print(f"\nEXCERPTS NOT FOUND VERBATIM IN THE DOCUMENT ({len(s['foreign'])})")
    for name, code, piece, excerpt in s["foreign"]:
        print(f"  {name}  {code}  missing piece «{piece}»  excerpt «{excerpt}»")


def check_hostile(folder: Path) -> bool:
    print("\nHOSTILE INPUTS")
    rc, out, err, secs = run_cli(["check", "--no-cache", str(folder)])
    both = out + err
    ok = True
    print(f"  command: doclint check --no-cache {folder}   exit {rc}   {secs:.1f} s")
    if rc != 2:
        print(f"  FAIL exit status {rc}, expected 2")
        ok = False
    if "Traceback" in both:
        print("  FAIL a traceback was printed")
        ok = False
    for name in make_set.HOSTILE:
        lines = [ln for ln in both.splitlines() if name in ln and re.search(r"DL9\d\d", ln)]
        codes = sorted({c for ln in lines for c in re.findall(r"DL9\d\d", ln)})
        status = "ok  " if len(lines) == 1 else "FAIL"
        ok &= len(lines) == 1
        print(f"  {status} {name:24s} {len(lines)} DL9xx line(s) {codes}  {lines[0][:110] if lines else ''}")
    good = [ln for ln in both.splitlines() if make_set.HOSTILE_GOOD in ln]
    rc_j, out_j, err_j, _ = run_cli(["check", "--no-cache", "--format", "json", str(folder)])
    try:
        report = json.loads(out_j)
        entry = next(f for f in report["files"] if f["path"].endswith(make_set.HOSTILE_GOOD))
        good_ok = entry["error"] is None
        errs = {Path(f["path"]).name: (f["error"] or {}).get("code") for f in report["files"]}
        print(f"  json: exit {rc_j}; errors per file: {errs}")
    except (ValueError, StopIteration, KeyError) as exc:
        good_ok = False
        print(f"  FAIL json output unusable: {exc}; stderr tail: {err_j[-300:]}")
    print(f"  {'ok  ' if good_ok else 'FAIL'} {make_set.HOSTILE_GOOD} still checked "
          f"({len(good)} text line(s) name it)")
    return ok and good_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="where to build the set (default: a temporary folder)")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile-input check")
    parser.add_argument("--json", type=Path, help="also write the scores here")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="doclint-realistic-"))
    make_set.build(out, hostile=not args.no_hostile)
    labels = json.loads(make_set.LABELS.read_text(encoding="utf-8"))
    texts = json.loads((out / "texts.json").read_text(encoding="utf-8"))
    rc, stdout, stderr, secs = run_cli(["check", "--format", "json", "--no-cache", str(out / "set")])
    print(f"command: doclint check --format json --no-cache {out / 'set'}   exit {rc}   {secs:.1f} s "
          f"for {len(labels['files'])} files")
    if "Traceback" in stderr:
        print("TRACEBACK on the evaluation set:\n" + stderr[-2000:])
    (out / "report.json").write_text(stdout, encoding="utf-8")
    report = json.loads(stdout)
    s = score(report, labels, texts)
    print_scores(s, labels)
    hostile_ok = True if args.no_hostile else check_hostile(out / "hostile")
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in s.items() if k != "kinds"}, ensure_ascii=False,
                                        indent=1), encoding="utf-8")
    return 0 if hostile_ok else 1


if __name__ == "__main__":
    sys.exit(main())
