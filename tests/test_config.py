from __future__ import annotations

from pathlib import Path

import pytest

from dyads.config import load_config
from dyads.errors import ConfigError
from dyads.pipeline import Pipeline


def test_user_config_overrides_only_what_it_sets(tmp_path: Path) -> None:
    p = tmp_path / "c.toml"
    p.write_text("[language]\nmin_confidence = 0.9\n", encoding="utf-8")
    cfg = load_config(p)
    assert cfg["language"]["min_confidence"] == 0.9
    assert cfg["language"]["supported"] == ["it", "en", "fr", "es", "de"]


@pytest.mark.parametrize("body,needle", [
    ("[language\nx=1", "not valid TOML"),
    ("[nope]\nx = 1\n", "unknown config key 'nope'"),
    ("[language]\nmin_confidence = 'high'\n", "must be float"),
])  # fmt: skip
def test_malformed_config_names_file_and_problem(tmp_path: Path, body: str, needle: str) -> None:
    p = tmp_path / "bad.toml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as ei:
        load_config(p)
    assert str(p) in str(ei.value) and needle in str(ei.value)


def test_pipeline_rejects_unknown_or_misordered_stages() -> None:
    with pytest.raises(ConfigError, match="unknown pipeline stage"):
        Pipeline(stages=["normalize", "nope"])
    with pytest.raises(ConfigError, match="needs"):
        Pipeline(stages=["tokens"])
