from doclint.rules.input.base import InputRule


class OverLimits(InputRule):
    """The file exceeds a safety limit and was not parsed.

    **What it checks**
    Raised when a file is larger than the size limit, when a DOCX/ODT would unpack to more than
    the allowed total size or a member compresses suspiciously well (a zip bomb), when a
    document has more pages or blocks than allowed, or when parsing takes longer than the time
    limit (a hostile or pathological PDF).

    **Why**
    One hostile file must not exhaust the memory or time of a pre-commit hook or an archive scan.

    **Example**
    `bomb.docx: word/document.xml unpacks to 4096 MiB, over the 256 MiB limit [DL903]`.

    **Options**
    None (the limits are defaults of doclint.parsers.limits.Limits).
    """

    code = "DL903"
    name = "over-limits"
