"""Placeholder: event clusters (same real-world event across reports). Replaced by the graph work."""

from __future__ import annotations

from dyads.store import Store


def update_clusters(store: Store) -> int:
    """Assign new events to clusters incrementally; returns the number of events assigned."""
    return 0
