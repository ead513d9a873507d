"""Imported once by the fork server that worker processes fork from (doclint.workers): checking
a few short texts here loads what rules load lazily (the language-identification model alone
takes about 2 s), so every worker, and every worker that replaces a crashed one, starts warm."""
from doclint.workers import warm_up

try:
    from doclint.engine import Engine

    warm_up(Engine())
except Exception:  # a broken default config must not break the fork server; workers warm up
    pass
