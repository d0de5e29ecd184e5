"""CLI commands of the HTTP server features (registered by dyads.cli)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
