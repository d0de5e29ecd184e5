"""CLI commands of the graph, cluster and export features (registered by dyads.cli)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
