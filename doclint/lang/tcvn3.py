"""TCVN3 (ABC), the legacy 8-bit Vietnamese font encoding of the .VnTime fonts.

Text typed in those fonts reaches us as Latin-1 letters ("Céng hoµ x· héi chñ nghÜa"); the
table below gives the Vietnamese letter each code stands for. doclint uses it to *name* the
problem in the DL904 message (a drafter converts the file with a Unicode converter), not to
lint a guess: the same codes in a .VnTimeH font are capitals, which the text layer cannot tell.
"""
from __future__ import annotations

_TCVN3 = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦"
_UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
_TABLE = str.maketrans(_TCVN3, _UNICODE)


def from_tcvn3(text: str) -> str:
    """`text` read back as TCVN3: each legacy code replaced by the letter it stands for."""
    return text.translate(_TABLE)
