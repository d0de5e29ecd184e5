from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test with a clear message when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available (../shared holds the third-party evaluation data)")
    return p


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from dyads import Pipeline

    return Pipeline()
