from __future__ import annotations

from typing import Iterable

from doclint.boilerplate import boilerplate_blocks
from doclint.lang.normalize import words
from doclint.model import Block, BlockKind, Document, Finding
from doclint.rules.base import Context, Option, Rule
from doclint.rules.personnel.classifier import load_classifier
from doclint.rules.personnel.cues import is_citation, names_personnel, personnel_cues

METHODS = ("combined", "lexicon", "model")
_CHECKED = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)
MIN_MODEL_WORDS = 6  # shorter blocks ("Điều 5.", a table cell) give the model too little to go on


class PersonnelInTechnical(Rule):
    """A paragraph of a professional/technical document deals with personnel matters.

    **What it checks**
    In a document of kind `technical` (guidance, technical regulation, procedure, standard,
    circular), each paragraph, list item or table row about appointment, dismissal, transfer,
    rotation, recruitment, staffing quotas, salaries, allowances, bonuses, promotion,
    discipline, or regimes and policies for officials. A paragraph is flagged when it holds a
    personnel cue from lexicons/<lang>/personnel.txt, an ambiguous cue
    (personnel-ambiguous.txt: "điều động", "transfer") in a sentence that also names people
    (personnel-subject.txt), or when the trained classifier in models/personnel_textcat scores
    it at least `threshold` and the paragraph names people or an ambiguous personnel act
    (personnel-subject.txt, personnel-ambiguous.txt): the model reads folded single words, so
    "du lieu vu viec" would otherwise weigh like "thoi viec". The message quotes the cue; for a
    classifier-only finding, the word the score rests on. Legal-basis citations ("Căn cứ Nghị
    định … về tiền lương") are not content, nor is the boilerplate (doclint.boilerplate: header,
    salutation, recipients "Nơi nhận: - Thành ủy;", signature). Personnel decisions, plans, reports and other kinds are never checked (plans
    legitimately state staffing as a resource, decisions are where personnel matters belong);
    add kinds through the `kinds` option.

    **Why**
    Conclusion 226-KL/TW §2.1: "Do not include content on personnel matters, regimes and
    policies in documents regulating professional and technical matters."

    **Example**
    In "HƯỚNG DẪN Quy trình bảo dưỡng trạm bơm": "Cán bộ vận hành được hưởng phụ cấp độc hại
    0,3." is flagged ("phụ cấp"); move it to a decision on allowances. "Tổ chức đào tạo cán bộ
    về kỹ thuật vận hành." and "Staff shall wear protective equipment." are not flagged.

    **Options**
    `method` ("combined"): "lexicon" (cues only), "model" (classifier only) or "combined"
    (either; docs/personnel.md gives the figures). `threshold` (0.7): classifier probability
    that flags a paragraph. `kinds` (["technical"]): document kinds the rule checks.
    `model` (""): path of another trained classifier; empty means the shipped one.
    """

    code = "DL301"
    name = "personnel-in-technical"
    options = {
        "method": Option("combined", "lexicon, model or combined (either flags)"),
        "threshold": Option(0.7, "classifier probability that flags a paragraph"),
        "kinds": Option(["technical"], "document kinds to check"),
        "model": Option("", "path of a trained classifier; empty: the shipped model"),
    }

    def applies_to(self, doc: Document, ctx: Context) -> bool:
        kinds = ctx.option(self, "kinds")
        return doc.kind != "personnel-decision" and doc.kind in kinds \
            and super().applies_to(doc, ctx)

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        method = ctx.option(self, "method")
        if method not in METHODS:
            method = "combined"
        heading = {doc.metadata.type_line, doc.metadata.title}
        skip = boilerplate_blocks(doc, ctx.lexicons)
        blocks = [b for b in doc.body() if b.kind in _CHECKED and b.text not in heading
                  and b.index not in skip]
        cues = {b.index: personnel_cues(b.text, doc.language, ctx.lexicons)
                for b in blocks} if method != "model" else {}
        scores = self._scores(blocks, doc, ctx) if method != "lexicon" else {}
        threshold = ctx.option(self, "threshold")
        classifier = load_classifier(ctx.option(self, "model")) if scores else None
        for block in blocks:
            found = cues.get(block.index, [])
            score = scores.get(block.index)
            if found:
                yield self._finding(block, [c.text for c in found], "lexicon", score)
            elif score is not None and score >= threshold and classifier is not None \
                    and names_personnel(block.text, doc.language, ctx.lexicons):
                yield self._finding(block, [classifier.strongest_word(block.text)], "model", score)

    def _scores(self, blocks: list[Block], doc: Document, ctx: Context) -> dict[int, float]:
        """Classifier scores of the blocks worth scoring; empty when no model is installed."""
        skip = ctx.lexicon("personnel-skip")
        scored = [b for b in blocks if len(words(b.text)) >= MIN_MODEL_WORDS
                  and not is_citation(b.text, skip)]
        if not scored:
            return {}
        classifier = load_classifier(ctx.option(self, "model"))
        if classifier is None:
            return {}
        return dict(zip((b.index for b in scored), classifier.scores([b.text for b in scored])))

    def _finding(self, block: Block, cues: list[str], source: str,
                 score: float | None) -> Finding:
        quoted = ", ".join(f'"{c}"' for c in cues)
        evidence: dict[str, object] = {"cues": cues, "source": source}
        if score is not None:
            evidence["score"] = round(score, 3)
        return self.finding(block, f"personnel content in a technical document ({quoted}); "
                                   "move it to a personnel decision", evidence=evidence)
