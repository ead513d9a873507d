from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def run_cli():
    """Invoke the doclint CLI in-process; returns click's Result."""
    from click.testing import CliRunner

    from doclint.cli import main

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run
