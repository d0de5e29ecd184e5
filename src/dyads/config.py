"""Configuration: packaged defaults, overridden key by key by a user TOML file."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from dyads.errors import ConfigError

Config = dict[str, Any]


def _defaults() -> Config:
    text = resources.files("dyads").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def merge(base: Config, override: Config, path: str = "") -> Config:
    """Deep-merge ``override`` into a copy of ``base``; unknown sections or keys are errors."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        where = f"{path}{key}"
        if key not in out:
            raise ConfigError(f"unknown config key '{where}' (known: {', '.join(sorted(out))})")
        if isinstance(out[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"config key '{where}' must be a table")
            # An empty default table is an open mapping (e.g. [events.lexicons] lang -> file).
            out[key] = merge(out[key], value, f"{where}.") if out[key] else dict(value)
        else:
            if out[key] is not None and type(value) is not type(out[key]) and not (
                isinstance(out[key], float) and isinstance(value, int)
            ):
                raise ConfigError(
                    f"config key '{where}' must be {type(out[key]).__name__}, got {type(value).__name__}"
                )
            out[key] = value
    return out


def load_config(path: str | os.PathLike[str] | None = None, overrides: Config | None = None) -> Config:
    """Defaults, then the user file (``path`` or ``$DYADS_CONFIG``), then ``overrides``."""
    cfg = _defaults()
    path = path or os.environ.get("DYADS_CONFIG") or None
    if path:
        p = Path(path)
        try:
            user = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{p}: config file not found") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: not valid TOML ({exc}); fix the file or leave --config out") from None
        try:
            cfg = merge(cfg, user)
        except ConfigError as exc:
            raise ConfigError(f"{p}: {exc}") from None
    if overrides:
        cfg = merge(cfg, overrides)
    return cfg


def config_hash(cfg: Config) -> str:
    """A short hash that changes whenever anything affecting coding changes."""
    blob = json.dumps(cfg, sort_keys=True, default=str).encode()
    return hashlib.sha1(blob).hexdigest()[:12]
