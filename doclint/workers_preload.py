"""Imported once by the fork server that worker processes fork from (doclint.workers): the
modules every run needs, the engine and the parsers with the C libraries they load, so each
worker starts with them in memory. What rules load lazily (lexicons, the personnel model,
language identification) is left to the workers: a run that selects only some rules, or
whose files never need a model, never pays for it."""
import lxml.etree  # noqa: F401
import pypdfium2  # noqa: F401

import doclint.engine  # noqa: F401
import doclint.parsers.docx  # noqa: F401
import doclint.parsers.pdf  # noqa: F401
import doclint.parsers.text  # noqa: F401
import doclint.rules.registry  # noqa: F401
