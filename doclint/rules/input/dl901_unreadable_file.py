from doclint.rules.input.base import InputRule


class UnreadableFile(InputRule):
    """The file cannot be read as a document.

    **What it checks**
    Raised by the parsers when a file is corrupt or truncated, encrypted, of a format doclint
    does not read (an image or program renamed `.docx`), or malicious (XML entity expansion,
    external entities). The file gets one error line naming it and the cause; the other files of
    the run are still checked and the exit status is 2.

    **Why**
    A linter that crashes on one bad file in an archive of thousands loses every result; a
    linter that skips it silently lets an unchecked document through sign-off.

    **Example**
    `report.docx: corrupt or truncated ZIP container: File is not a zip file [DL901]` — re-save
    the file from Word, or remove the password before checking.

    **Options**
    None.
    """

    code = "DL901"
    name = "unreadable-file"
