"""The hand-written gold sets stay well-formed (fields, codes, splits, type and trap coverage)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_gold_sets_pass_their_checker() -> None:
    checker = Path(__file__).parent / "gold" / "check_gold.py"
    res = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
