"""Invitees from outside an internal conference (§2.2: a ministry's or province's conference
invites only its own level and sector).

The invitee part of an invitation starts at its label ("Kính gửi", "Thành phần mời",
"Invited", "Приглашаются", "Inviterte", "المدعوون") and runs until the next field label
("Thời gian", "Địa điểm", "Nội dung") or the agenda. In it, per-language lexicons find central
bodies (meeting-invitee-central), ministries (meeting-invitee-ministry) and provinces
(meeting-invitee-province). A ministry or province named the same way as the issuer is the
organiser itself, not an outsider.
"""
from __future__ import annotations

from dataclasses import dataclass

from doclint.lang.lexicon import Lexicons
from doclint.lang.normalize import words
from doclint.model import Block, BlockKind, Document

SECTION_BLOCKS = 15


@dataclass(frozen=True, slots=True)
class Outsider:
    block: Block
    what: str  # "central", "other-sector", "other-locality"
    name: str  # the folded words that named it


def invitee_blocks(doc: Document, lexicons: Lexicons) -> list[Block]:
    lang = doc.language
    label = lexicons.get(lang, "meeting-invitee-label")
    stop = lexicons.get(lang, "meeting-field-label")
    out: list[Block] = []
    inside = 0
    for block in doc.body():
        m = label.first(block.text)
        if m is not None and (m.entry.regex is not None or m.start <= 1):
            inside = SECTION_BLOCKS
            out.append(block)
            continue
        if inside:
            f = stop.first(block.text)
            if (f is not None and (f.entry.regex is not None or f.start <= 1)) \
                    or block.kind is BlockKind.TABLE_ROW:
                inside = 0
                continue
            out.append(block)
            inside -= 1
    return out


def _same(name: str, issuer: list[str]) -> bool:
    """The mention names the issuer: each of its words begins like a word of the issuer
    (five letters, so that inflected Russian and Norwegian forms still meet)."""
    stems = {w[:5] for w in issuer}
    return bool(issuer) and all(w[:5] in stems for w in name.split())


def outsiders(doc: Document, lexicons: Lexicons, organiser: str) -> list[Outsider]:
    """Invitees beyond the organiser's own level and sector (`organiser`: ministry/province)."""
    lang = doc.language
    issuer = words(doc.metadata.issuer or "")
    central = lexicons.get(lang, "meeting-invitee-central")
    ministry = lexicons.get(lang, "meeting-invitee-ministry")
    province = lexicons.get(lang, "meeting-invitee-province")
    found: list[Outsider] = []
    for block in invitee_blocks(doc, lexicons):
        for m in central.find(block.text):
            found.append(Outsider(block, "central", m.text))
        for m in ministry.find(block.text):
            if _same(" ".join(words(m.text)), issuer):
                continue
            found.append(Outsider(block, "central" if organiser == "province" else "other-sector",
                                  m.text))
        for m in province.find(block.text):
            if _same(" ".join(words(m.text)), issuer):
                continue
            found.append(Outsider(block, "other-locality", m.text))
    return found
