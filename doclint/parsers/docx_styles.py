"""What a DOCX paragraph inherits: style names, heading levels, numbering and effective fonts.

Word resolves a run's font through docDefaults -> paragraph style chain (basedOn) ->
character style chain -> the run's own properties; theme fonts ("minorHAnsi") are looked up
in the theme part. List labels are rendered from numbering.xml the way Word counts them: one
counter per abstract numbering (unless a num restarts it), deeper levels reset when a
shallower level advances.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_HEADING = re.compile(r"^heading\s*(\d)$")


def child(el: Any, tag: str) -> Any:
    """The first child `tag` of `el`, or None (also for `el` None): what `el.find(tag)` gives,
    without lxml's path machinery, which costs several times more on the small property
    elements (w:pPr, w:rPr, w:tcPr) looked into for every paragraph, run and cell."""
    if el is not None:
        for ch in el:
            if ch.tag == tag:
                return ch
    return None


def wval(el: Any, tag: str, attr: str = "val") -> str | None:
    """The w:val (or other attribute) of the child `tag` of `el`, or None."""
    found = child(el, W + tag)
    return None if found is None else found.get(W + attr)


def _on(el: Any, tag: str) -> bool | None:
    """A toggle property (w:b, w:i): None when absent, else its value."""
    found = child(el, W + tag)
    if found is None:
        return None
    return found.get(W + "val", "true") not in ("0", "false", "off")


def _outline_level(ppr: Any) -> int | None:
    """1-based heading level of a w:outlineLvl 0–8."""
    lvl = wval(ppr, "outlineLvl")
    return int(lvl) + 1 if lvl is not None and lvl.isdigit() and int(lvl) < 9 else None


def _num_pr(ppr: Any) -> tuple[str | None, str | None]:
    """(numId, ilvl) written in a paragraph's properties, each None when absent."""
    npr = child(ppr, W + "numPr")
    return (None, None) if npr is None else (wval(npr, "numId"), wval(npr, "ilvl"))


@dataclass(frozen=True, slots=True)
class RunProps:
    font: str | None = None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None

    def over(self, base: "RunProps") -> "RunProps":
        """These properties where set, `base` elsewhere."""
        return RunProps(self.font or base.font, self.size if self.size is not None else base.size,
                        self.bold if self.bold is not None else base.bold,
                        self.italic if self.italic is not None else base.italic)


class Styles:
    def __init__(self, root: Any, theme: Any = None) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_para: str | None = None
        self.theme_fonts: dict[str, str] = {}
        if theme is not None:
            for kind in ("major", "minor"):
                latin = theme.find(f".//{_A}{kind}Font/{_A}latin")
                if latin is not None and latin.get("typeface"):
                    self.theme_fonts[kind] = latin.get("typeface")
        self.defaults = RunProps(size=10.0)
        self._chain_cache: dict[str | None, list[Any]] = {}
        self._run_cache: dict[tuple[str | None, str | None], RunProps] = {}
        # per style: what paragraphs of that style inherit (documents of one template share it)
        self._heading_cache: dict[str | None, int | None] = {}
        self._num_cache: dict[str | None, tuple[str | None, str | None]] = {}
        if root is None:
            return
        for st in root.iter(W + "style"):
            sid = st.get(W + "styleId")
            if sid:
                self.by_id[sid] = st
                if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true"):
                    self.default_para = sid
        rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults = self._props(rpr).over(self.defaults)

    def chain(self, style_id: str | None) -> list[Any]:
        """The style and its basedOn ancestors, nearest first (cycles cut)."""
        if style_id in self._chain_cache:
            return self._chain_cache[style_id]
        out: list[Any] = []
        seen: set[str] = set()
        sid = style_id
        while sid and sid in self.by_id and sid not in seen and len(out) < 20:
            seen.add(sid)
            out.append(self.by_id[sid])
            sid = wval(self.by_id[sid], "basedOn")
        self._chain_cache[style_id] = out
        return out

    def para_style(self, ppr: Any) -> str | None:
        return wval(ppr, "pStyle") or self.default_para

    def name(self, style_id: str | None) -> str:
        st = self.by_id.get(style_id or "")
        return (wval(st, "name") or style_id or "").lower() if st is not None else (style_id or "").lower()

    def heading_level(self, style_id: str | None, ppr: Any) -> int | None:
        """1-based heading level from the paragraph's outline level, else its style chain's."""
        return _outline_level(ppr) or self._style_heading(style_id)

    def _style_heading(self, style_id: str | None) -> int | None:
        """From the style name ("heading 2", "title") or outline level, nearest style first."""
        if style_id not in self._heading_cache:
            found = None
            for st in self.chain(style_id):
                found = _outline_level(child(st, W + "pPr"))
                name = (wval(st, "name") or "").lower()
                m = _HEADING.match(name)
                found = found or (1 if name == "title" else int(m.group(1)) if m else None)
                if found:
                    break
            self._heading_cache[style_id] = found
        return self._heading_cache[style_id]

    def num_pr(self, style_id: str | None, ppr: Any) -> tuple[str, int] | None:
        """(numId, ilvl) from the paragraph or its style chain; numId 0 switches numbering off."""
        num_id, ilvl = _num_pr(ppr)
        if not (num_id and ilvl):
            chained = self._style_num_pr(style_id)
            num_id, ilvl = num_id or chained[0], ilvl or chained[1]
        if not num_id or num_id == "0":
            return None
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0

    def _style_num_pr(self, style_id: str | None) -> tuple[str | None, str | None]:
        """The first numId and the first ilvl along the style chain, each on its own."""
        if style_id not in self._num_cache:
            num_id = ilvl = None
            for st in self.chain(style_id):
                own = _num_pr(child(st, W + "pPr"))
                num_id, ilvl = num_id or own[0], ilvl or own[1]
            self._num_cache[style_id] = num_id, ilvl
        return self._num_cache[style_id]

    def align(self, style_id: str | None, ppr: Any) -> str | None:
        for src in [ppr, *(child(st, W + "pPr") for st in self.chain(style_id))]:
            jc = wval(src, "jc")
            if jc:
                return {"both": "justify", "distribute": "justify", "start": "left",
                        "end": "right"}.get(jc, jc)
        return None

    def _props(self, rpr: Any) -> RunProps:
        if rpr is None:
            return RunProps()
        font = None
        fonts = child(rpr, W + "rFonts")
        if fonts is not None:
            font = fonts.get(W + "ascii") or fonts.get(W + "hAnsi")
            theme = fonts.get(W + "asciiTheme") or fonts.get(W + "hAnsiTheme")
            if not font and theme:
                font = self.theme_fonts.get("major" if theme.startswith("major") else "minor")
        sz = wval(rpr, "sz")
        size = int(sz) / 2 if sz and sz.isdigit() else None
        return RunProps(font, size, _on(rpr, "b"), _on(rpr, "i"))

    def run_props(self, para_style: str | None, run_style: str | None, rpr: Any) -> RunProps:
        """Effective properties of one run."""
        key = (para_style, run_style)
        base = self._run_cache.get(key)
        if base is None:
            base = self.defaults
            for st in reversed(self.chain(para_style)):
                base = self._props(child(st, W + "rPr")).over(base)
            for st in reversed(self.chain(run_style)):
                base = self._props(child(st, W + "rPr")).over(base)
            self._run_cache[key] = base
        return self._props(rpr).over(base)


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb, …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "none":
        return ""
    return str(n)


def _bullet(text: str) -> str:
    """Bullet glyphs of symbol fonts (private-use code points) become "•"."""
    text = text.strip()
    if not text or any("\ue000" <= c <= "\uf8ff" for c in text) or text in ("·", "o", "§", "Ø"):
        return "•"
    return text


class Numbering:
    """Renders list labels ("1.", "a)", "1.2.", "-") in document order."""

    def __init__(self, root: Any) -> None:
        self.abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for ab in root.iter(W + "abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in ab.iter(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl", "0"))
                start = wval(lvl, "start")
                levels[ilvl] = (wval(lvl, "numFmt") or "decimal", wval(lvl, "lvlText") or "",
                                int(start) if start and start.lstrip("-").isdigit() else 1)
            self.abstract[ab.get(W + "abstractNumId", "")] = levels
        for num in root.iter(W + "num"):
            overrides = {}
            for ov in num.iter(W + "lvlOverride"):
                start = wval(ov, "startOverride")
                if start and start.isdigit():
                    overrides[int(ov.get(W + "ilvl", "0"))] = int(start)
            self.nums[num.get(W + "numId", "")] = (wval(num, "abstractNumId") or "", overrides)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label of the next paragraph of this list at this level (advances the counter)."""
        if num_id not in self.nums:
            return None
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return None
        # lists that restart numbering count on their own; others share the abstract's counter
        key = f"n{num_id}" if overrides else f"a{abstract_id}"
        counts = self.counters.setdefault(key, {})
        fmt, text, start = levels[ilvl]
        first = overrides.get(ilvl, start)
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else first
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if fmt == "bullet":
            return _bullet(text)

        def level_number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lfmt, _, lstart = levels.get(k, ("decimal", "", 1))
            n = counts.get(k, overrides.get(k, lstart))
            return format_number(n, "decimal" if lfmt == "decimalZero" else lfmt)

        return re.sub(r"%(\d)", level_number, text).strip() or None
