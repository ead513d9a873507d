from __future__ import annotations

from typing import Iterable

from doclint.lang.normalize import fold
from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.format.base import FormatRule
from doclint.rules.format.facts import FormatFacts, Signature, is_deputy

# A People's Council's resolution is certified by its chair in the chair's own name ("CHỦ
# TỊCH", no "TM."): Law on Organisation of Local Government 2015 and Law on Promulgation of
# Legal Documents 2015 ("Chủ tịch Hội đồng nhân dân ký chứng thực nghị quyết").
CERTIFYING_COUNCILS = ("hoi dong nhan dan",)
STATE_STYLE = {"TM": "TM.", "KT": "KT.", "TL": "TL.", "TUQ": "TUQ.", "Q": "Q."}
PARTY_STYLE = {"TM": "T/M", "KT": "K/T", "TL": "T/L", "TUQ": "T/UQ", "Q": "Q."}


class SigningAuthority(FormatRule):
    """The signature block's authority mark does not fit the signer or the document.

    **What it checks**
    The authority marks mean: TM. (Party: T/M) — signed on behalf of a collective leadership,
    written before the collective's name ("TM. ỦY BAN NHÂN DÂN"); KT. (K/T) — a deputy signs
    for the head, written before the head's position, the deputy's own position below ("KT.
    CHỦ TỊCH / PHÓ CHỦ TỊCH"); TL. (T/L) — by order, TUQ. — by authorisation, both before the
    head's position; Q. — acting head. The rule fires when
    - TM. is followed by a position, or KT./TL./TUQ./Q. by a collective (Party documents
      sign "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG": T/L before a Party collective is accepted);
    - KT. is followed by a signer who is not a deputy;
    - a deputy ("PHÓ …", "THỨ TRƯỞNG") signs without KT. (in Party documents a deputy
      secretary signs under "T/M BAN THƯỜNG VỤ" without K/T, which is accepted);
    - a document type that states the collective's decision — Party resolutions, directives,
      conclusions, regulations, rules, circulars and decisions of a Party committee; state
      resolutions (lexicons/vi/collective-types.txt) — issued by a collective body is signed
      without TM./T/M, i.e. under a personal or specific authority (KT., TL., TUQ., or the
      head's own name) in place of the collective's general authority; a People's Council's
      resolution certified by its chair ("CHỦ TỊCH", as the law prescribes) is accepted;
    - the marks are written in the other system's style (T/M in a state document, TM. in a
      Party one);
    - no signature block (position of the signer) is found at all.

    **Why**
    Decree 30/2020/NĐ-CP Art. 13 (signing authority: heads, deputies "ký thay", collectives
    "thay mặt", "thừa lệnh", "thừa ủy quyền") and Appendix I §II.7 (marks "TM.", "Q.", "KT.",
    "TL.", "TUQ." before the collective's name or the head's position); Hướng dẫn 36-HD/VPTW
    §II.1.7 (Party marks T/M, K/T, T/L). Conclusion 226-KL/TW §2.1: documents are issued
    "within the proper authority", and lower levels must not issue documents under a specific
    authority in place of the general authority of the organisation.

    **Example**
    A Tỉnh ủy conclusion signed "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG" -> "T/M BAN THƯỜNG VỤ /
    PHÓ BÍ THƯ"; "TM. ỦY BAN NHÂN DÂN / PHÓ CHỦ TỊCH" -> "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH
    / PHÓ CHỦ TỊCH".

    **Options**
    None.
    """

    code = "DL406"
    name = "signing-authority"

    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        sig = facts.signature
        if sig is None:
            last = list(doc.body())[-1]
            yield self.finding(last, "no signature block (the signer's position and name) found")
            return
        yield from self._marks(sig, facts)
        yield from self._deputy(sig, facts)
        yield from self._collective(sig, facts, ctx)

    def _say(self, sig: Signature, message: str, **evidence: object) -> Finding:
        return self.finding(sig.block, message, excerpt=sig.text,
                            evidence={"marks": [m.written for m in sig.marks],
                                      "signer": sig.signer, **evidence})

    def _marks(self, sig: Signature, facts: FormatFacts) -> Iterable[Finding]:
        style = PARTY_STYLE if facts.family == "party" else STATE_STYLE
        for mark in sig.marks:
            if mark.code != "Q" and mark.party_style != (facts.family == "party"):
                yield self._say(sig, f'a {facts.family} document writes "{style[mark.code]}", '
                                f'not "{mark.written}"')
            if mark.code == "TM" and mark.target_kind == "title":
                yield self._say(sig, f'"{mark.written}" (on behalf of) goes before a collective '
                                f"leadership, not before a position ({mark.target})")
            # Party documents write "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG" (HD 36 §II.1.7):
            # by order of the collective, signed by its office head
            party_by_order = facts.family == "party" and mark.code == "TL"
            if mark.code != "TM" and mark.target_kind == "collective" and not party_by_order:
                yield self._say(sig, f'"{mark.written}" goes before the head\'s position, not '
                                f"before a collective ({mark.target}); a collective signs "
                                f'"{style["TM"]}"')

    def _deputy(self, sig: Signature, facts: FormatFacts) -> Iterable[Finding]:
        codes = sig.codes
        if sig.signer is None:
            return
        style = PARTY_STYLE if facts.family == "party" else STATE_STYLE
        if "KT" in codes and not is_deputy(sig.signer):
            yield self._say(sig, f'"{style["KT"]}" means a deputy signs for the head, but the '
                            f"signer is {sig.signer.upper()}")
        # "TM. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" is reported once, as a misplaced TM. (see _marks)
        misplaced_tm = any(m.code == "TM" and m.target_kind == "title" for m in sig.marks)
        if is_deputy(sig.signer) and "KT" not in codes and not ({"TL", "TUQ"} & codes) \
                and not (facts.family == "party" and "TM" in codes) and not misplaced_tm:
            yield self._say(sig, f"a deputy ({sig.signer.upper()}) signs for the head: write "
                            f'"{style["KT"]} <head\'s position>" above the deputy\'s position')

    def _collective(self, sig: Signature, facts: FormatFacts, ctx: Context) -> Iterable[Finding]:
        if not (facts.collective_issuer and facts.type_name) or "TM" in sig.codes:
            return
        wanted = {fold(e.text.partition(":")[2]) for e in ctx.lexicon("collective-types", "vi").entries
                  if fold(e.text.partition(":")[0]) == facts.family}
        if facts.type_name not in wanted or _certified_by_chair(sig, facts):
            return
        style = PARTY_STYLE if facts.family == "party" else STATE_STYLE
        meta = facts.header.metadata
        how = ", ".join(m.written for m in sig.marks) or f"the {sig.signer or 'signer'}'s own name"
        yield self._say(sig, f'a {meta.type_line} of {meta.issuer} states the collective\'s '
                        f'decision and is signed "{style["TM"]} <collective>"; signing it under '
                        f"{how} issues it under a specific authority in place of the "
                        "collective's general authority (Conclusion 226-KL/TW §2.1)",
                        type=meta.type_line, issuer=meta.issuer)


def _certified_by_chair(sig: Signature, facts: FormatFacts) -> bool:
    issuer = fold(facts.header.metadata.issuer or "")
    return facts.family == "state" and issuer.startswith(CERTIFYING_COUNCILS) \
        and fold(sig.signer or "").removeprefix("pho ") == "chu tich"
