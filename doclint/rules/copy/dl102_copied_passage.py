from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding, Severity
from doclint.rules.base import Context, Option, Rule
from doclint.rules.copy.analysis import copy_analysis, copied_runs


class CopiedPassage(Rule):
    """A passage is copied (near-)verbatim from a higher-level document of the corpus.

    **What it checks**
    The draft's substantive text (boilerplate such as the national title, "Kính gửi:", the
    recipients block and signature lines left out) is aligned with the corpus: the shipped
    higher-level directives plus the folders given by `--corpus` or the `corpus` config key.
    Each passage of at least `min-words` words spanning two or more sentences of the source, or
    of at least `long-words` words, is reported with its source document, where it is in the
    source, and how similar it is (1.0 = verbatim). Matching ignores case, diacritics,
    whitespace, punctuation and list numbering, and survives substituted words, dropped or
    inserted sentences and reordered paragraphs. A quotation of a title or of one sentence that
    the draft goes on to concretize is not reported; two sentences side by side (a pair of
    standard phrases) are a short quotation, reported at info severity. Passages that follow
    each other in the draft (sentences pasted one after another, in any order) are each
    reported when together they reach `long-words`. A passage inside quotation marks after an
    attribution ("Bộ Nội vụ có ý kiến như sau: “…”") is reported as an attributed quotation,
    at info severity, naming the quoted document.

    **Why**
    Conclusion 226-KL/TW §2.1: "do not issue documents that merely copy the content of documents
    from higher levels. Documents from lower levels must concretize directives from higher
    levels into specific tasks and solutions for their level or unit."

    **Example**
    Bad: "Chỉ ban hành văn bản khi thật sự cần thiết để quy định, hướng dẫn, tổ chức thực
    hiện; không ban hành văn bản chỉ sao chép nội dung văn bản của cấp trên. Nội dung văn bản
    phải ngắn gọn, dễ hiểu…" (repeats 226-KL/TW §2.1).
    Fixed: "Văn phòng UBND tỉnh rà soát, giảm 15% số văn bản hành chính năm 2026 so với năm
    2025; hoàn thành trước ngày 31/12/2026."

    **Options**
    `min-words` (int, default 30): shortest passage reported when it spans two sentences.
    `long-words` (int, default 80): a passage this long, or a run of adjacent passages this
    long, is reported even within one sentence.
    `quote-sentences` (int, default 2): a lone passage shorter than `long-words` that spans at
    most this many source sentences is a short quotation (info); 1 makes it a warning.
    """

    code = "DL102"
    name = "copied-passage"
    severity = Severity.WARNING
    services = frozenset({"corpus"})
    options = {
        "min-words": Option(30, "shortest passage reported when it spans two source sentences"),
        "long-words": Option(80, "passage length reported even within one source sentence"),
        "quote-sentences": Option(2, "source sentences a lone short passage may span and still "
                                     "be a short quotation (info)"),
    }

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        result = ctx.analysis(copy_analysis)
        min_words, long_words = ctx.option(self, "min-words"), ctx.option(self, "long-words")
        runs = copied_runs(result.draft, result.passages)
        for passage, quote, run in zip(result.passages, result.quotations, runs):
            if (passage.words < long_words and run < long_words
                    and (passage.words < min_words or passage.source_sentences < 2)):
                continue
            block = doc.blocks[passage.draft_blocks[0]]
            src = passage.source
            where = ", ".join(f"{k} {v}" for k, v in passage.source_location.items())
            evidence = passage.evidence()
            if run > passage.words:
                evidence["run_words"] = run  # reported as part of this run of pasted passages
            how = "verbatim" if passage.similarity >= 0.98 else f"similarity {passage.similarity:.2f}"
            short = (run < long_words and passage.words < long_words
                     and passage.source_sentences <= ctx.option(self, "quote-sentences"))
            if quote is not None:
                named = quote.quoted_document or src.id
                evidence["quotation"] = {"attribution": quote.attribution, "quoted_document": named}
                message = (f"attributed quotation of {named}: {passage.words} words relayed from "
                           f"{src.id} ({src.language}, {where}; {how})")
                severity = Severity.INFO
            elif short:
                evidence["short_quotation"] = True
                message = (f"short quotation: {passage.words} words, {passage.source_sentences} "
                           f"sentences of {src.id} ({src.language}, {where}; {how}); fine where "
                           f"the draft goes on to concretize them")
                severity = Severity.INFO
            else:
                message = (f"{passage.words} words copied from {src.id} ({src.language}, {where}; "
                           f"{how}); concretize them into this level's tasks instead")
                severity = None
            yield self.finding(block, message, excerpt=passage.draft_text,
                               evidence=evidence, severity=severity)
