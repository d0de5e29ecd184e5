"""CLI commands of the graph, cluster and export features (registered by dyads.cli).

Thin commands: each checks its arguments and calls one library function (dyads.graph,
dyads.clusters, dyads.export, dyads.synth, dyads.eval.clusters).
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

F = TypeVar("F", bound=Callable[..., Any])
_out = Console()
_err = Console(stderr=True)


def _handle(fn: F) -> F:
    """dyads.cli.handle_errors (imported late: dyads.cli imports this module), plus bad
    argument values raised by the library as ValueError -> exit status 2."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from dyads.cli import handle_errors

        try:
            return handle_errors(fn)(*args, **kwargs)
        except ValueError as exc:
            _err.print(f"[red]error:[/red] {exc}", highlight=False)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD") from None


def _db_option(fn: F) -> F:
    return click.option("--db", required=True, type=click.Path(dir_okay=False),
                        help="DuckDB store file (from 'dyads run').")(fn)


def _range_options(fn: F) -> F:
    fn = click.option("--to", "date_to", callback=_date, help="Last event day (YYYY-MM-DD).")(fn)
    return click.option("--from", "date_from", callback=_date, help="First event day (YYYY-MM-DD).")(fn)


def _json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def _table(title: str, rows: list[dict[str, Any]], cols: list[str], headers: dict[str, str] | None = None) -> None:
    t = Table(title=title)
    for c in cols:
        t.add_column((headers or {}).get(c, c), justify="right" if rows and isinstance(rows[0].get(c), int | float) else "left")
    for r in rows:
        t.add_row(*(_fmt(r.get(c)) for c in cols))
    _out.print(t)


# ---------------------------------------------------------------------------------- dyad
@click.command("dyad")
@click.argument("a")
@click.argument("b")
@_db_option
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@_range_options
@click.option("--directed", is_flag=True, help="Only A -> B (and reciprocal events), not B -> A.")
@click.option("--all-modalities", is_flag=True, help="Also count negated, hypothetical, future and perceived events.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_handle
def dyad_cmd(a: str, b: str, db: str, by: str, date_from: str | None, date_to: str | None, directed: bool,
             all_modalities: bool, fmt: str) -> None:
    """Relations between two actors (state or organisation codes) over time.

    Per period: events, quad1..quad4 (verbal/material cooperation, verbal/material
    conflict), Goldstein and PLOVER sums and means, and the cooperation-conflict index
    (q1+q2-q3-q4)/(q1+q2+q3+q4).

    \b
    Example:
      dyads dyad USA JPN --db dyads.duckdb --by year
      dyads dyad RUS UKR --db dyads.duckdb --from 2022-01-01 --by week --format json
    """
    from dyads.graph import dyad_series
    from dyads.store import Store

    with Store(db, read_only=True) as st:
        rows = dyad_series(st, a, b, by=by, date_from=date_from, date_to=date_to, directed=directed,
                           include_modalities=None if all_modalities else ("asserted",))
    if fmt == "json":
        _json(rows)
        return
    arrow = "->" if directed else "<->"
    _table(f"{a.upper()} {arrow} {b.upper()} by {by}: {sum(r['events'] for r in rows)} events", rows,
           ["period", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_mean", "plover_mean", "coop_conflict"])


# -------------------------------------------------------------------------------- actors
@click.command("actors")
@_db_option
@click.option("--top", type=int, default=20, show_default=True, help="How many actors.")
@_range_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
@_handle
def actors_cmd(ctx: click.Context, db: str, top: int, date_from: str | None, date_to: str | None, fmt: str) -> None:
    """The most active states and organisations, with their cooperation-conflict profile.

    \b
    Example:
      dyads actors --db dyads.duckdb --top 10 --from 2023-01-01 --to 2023-12-31
    """
    from dyads.graph import top_actors
    from dyads.kb import load_kb
    from dyads.store import Store

    kb = load_kb(_kb_files(ctx))
    with Store(db, read_only=True) as st:
        rows = top_actors(st, top=top, date_from=date_from, date_to=date_to, kb=kb)
    if fmt == "json":
        _json(rows)
        return
    _table(f"Top {len(rows)} actors", rows, ["code", "name", "kind", "events", "as_actor", "as_recipient", "partners",
                                               "quad1", "quad2", "quad3", "quad4", "goldstein_mean", "coop_conflict"])


def _kb_files(ctx: click.Context) -> tuple[str, ...]:
    root = ctx.find_root()
    return tuple(root.obj.get("kb") or ()) if root.obj else ()


# ------------------------------------------------------------------------------ clusters
@click.command("clusters")
@_db_option
@_range_options
@click.option("--actor", help="Actor or recipient code of the representative event (USA, NATO ...).")
@click.option("--type", "etype", help="PLOVER type (CONSULT, ASSAULT ...).")
@click.option("--min-mentions", type=int, default=1, show_default=True, help="Only clusters with at least N reports.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--update", is_flag=True, help="First cluster the events no cluster holds yet (opens the store for writing).")
@click.option("--rebuild", is_flag=True, help="First forget all clusters and cluster every event again.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_handle
def clusters_cmd(db: str, date_from: str | None, date_to: str | None, actor: str | None, etype: str | None,
                 min_mentions: int, limit: int, update: bool, rebuild: bool, fmt: str) -> None:
    """List event clusters: one real-world event and the reports of it, across languages.

    Largest first, with GDELT-style counts (mentions, sources, articles, languages) and the
    first and last report dates.

    \b
    Example:
      dyads clusters --db dyads.duckdb --actor USA --min-mentions 2 --limit 20
      dyads clusters --db dyads.duckdb --update --format json
    """
    from dyads.clusters import list_clusters, rebuild_clusters, update_clusters
    from dyads.store import Store

    if update or rebuild:
        with Store(db) as st:
            n = rebuild_clusters(st) if rebuild else update_clusters(st)
        _err.print(f"clustered {n} events", highlight=False)
    with Store(db, read_only=True) as st:
        rows, total = list_clusters(st, date_from=date_from, date_to=date_to, actor=actor, type=etype,
                                    min_mentions=min_mentions, limit=limit)
    if fmt == "json":
        _json({"total": total, "clusters": rows})
        return
    _table(f"{len(rows)} of {total} clusters", rows,
           ["id", "event_day", "type", "actor_codes", "recipient_codes", "place_name", "num_mentions",
            "num_sources", "num_articles", "languages", "first_seen", "last_seen"],
           {"event_day": "day", "actor_codes": "actors", "recipient_codes": "recipients", "place_name": "place",
            "num_mentions": "mentions", "num_sources": "sources", "num_articles": "articles", "languages": "langs",
            "first_seen": "first", "last_seen": "last"})


# --------------------------------------------------------------------------------- graph
@click.command("graph")
@_db_option
@_range_options
@click.option("--format", "fmt", required=True, type=click.Choice(["graphml", "gexf", "json"]))
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Output file.")
@click.option("--granularity", type=click.Choice(["day", "week", "month", "year"]),
              help="One edge per dyad and period (a MultiDiGraph) instead of one per dyad.")
@click.option("--no-alliances", is_flag=True, help="Leave out the KB membership layer.")
@click.option("--all-modalities", is_flag=True, help="Also count negated, hypothetical, future and perceived events.")
@click.option("--stats", is_flag=True, help="Print degree, centrality and communities (and store them on the nodes).")
@click.pass_context
@_handle
def graph_cmd(ctx: click.Context, db: str, date_from: str | None, date_to: str | None, fmt: str, out: str,
              granularity: str | None, no_alliances: bool, all_modalities: bool, stats: bool) -> None:
    """Write the relations network (events layer + KB alliance layer) for a period.

    Nodes: state and organisation codes (code, kind, name, events). Event edges: weight =
    events, quad counts, Goldstein/PLOVER sums and means, coop_conflict. Alliance edges:
    member -> organisation, layer=alliance.

    \b
    Example:
      dyads graph --db dyads.duckdb --from 2023-01-01 --to 2023-12-31 --format graphml --out 2023.graphml --stats
      dyads graph --db dyads.duckdb --format json --out graph.json --granularity month
    """
    from dyads.graph import annotate, build_graph, graph_stats, write_graph
    from dyads.kb import load_kb
    from dyads.store import Store

    kb = load_kb(_kb_files(ctx))
    with Store(db, read_only=True) as st:
        G = build_graph(st, date_from, date_to, alliances=not no_alliances, granularity=granularity,
                        include_modalities=None if all_modalities else ("asserted",), kb=kb)
    s = None
    if stats:
        s = graph_stats(G, top=0)
        annotate(G, s)
    write_graph(G, fmt, out)
    _err.print(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges -> {out}", highlight=False)
    if s is not None:
        _out.print(f"event edges {s['event_edges']}, alliance edges {s['alliance_edges']}, dyad events {s['dyad_events']}, "
                   f"density {s['density']}, modularity {s['modularity']}, communities {len(s['communities'])}",
                   highlight=False)
        _table("Most connected actors", s["actors"][:20],
               ["code", "name", "kind", "degree", "strength", "degree_centrality", "weighted_degree_centrality", "community"],
               {"degree_centrality": "degree c.", "weighted_degree_centrality": "weighted degree c."})


# -------------------------------------------------------------------------------- export
@click.command("export")
@_db_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["plover-jsonl", "gdelt-events", "gdelt-mentions", "parquet", "csv"]))
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Output file.")
@_range_options
@click.option("--actor", help="Actor code.")
@click.option("--recipient", help="Recipient code.")
@click.option("--type", "etype", help="PLOVER type.")
@click.option("--lang", help="Article language.")
@click.pass_context
@_handle
def export_cmd(ctx: click.Context, db: str, fmt: str, out: str, date_from: str | None, date_to: str | None,
               actor: str | None, recipient: str | None, etype: str | None, lang: str | None) -> None:
    """Export events as PLOVER JSONL, GDELT 2.0 events/mentions (TSV), Parquet or CSV.

    gdelt-events writes one 61-column row per cluster (same event across reports);
    gdelt-mentions one 16-column row per report. Filters select events; a cluster is
    exported when one of its events matches.

    \b
    Example:
      dyads export --db dyads.duckdb --format plover-jsonl --out events.jsonl --from 2023-01-01
      dyads export --db dyads.duckdb --format gdelt-events --out events.CSV --actor USA
    """
    from dyads.export import export
    from dyads.kb import load_kb
    from dyads.queries import EventFilter
    from dyads.store import Store

    flt = EventFilter(date_from=date_from, date_to=date_to, actor=actor, recipient=recipient, type=etype, lang=lang)
    kb = load_kb(_kb_files(ctx))
    with Store(db, read_only=True) as st:
        res = export(st, fmt, out, flt, kb=kb)
    _err.print(f"{res['rows']} rows -> {res['path']} ({res['seconds']} s)", highlight=False)


# --------------------------------------------------------------------------- bench-store
@click.command("bench-store")
@click.option("--events", "n_events", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Synthetic events to generate.")
@click.option("--db", type=click.Path(dir_okay=False), help="Keep the synthetic store in this file (default: a temporary one).")
@click.option("--no-exports", is_flag=True, help="Skip timing the exports.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@_handle
def bench_store_cmd(n_events: int, db: str | None, no_exports: bool, as_json: bool) -> None:
    """Time the store on N synthetic events: load, clusters, dyad series, graph, page, exports.

    The events are generated in DuckDB SQL (about 200 states, 20 organisations, 16 PLOVER
    types, 2015-2025, 300 sources in five languages; 2.5 reports per real event).

    \b
    Example:
      dyads bench-store --events 1000000 --json
      dyads bench-store --events 20000 --db /tmp/synthetic.duckdb
    """
    from dyads.synth import bench_store

    res = bench_store(n_events, db, exports=not no_exports)
    if as_json:
        _json(res)
        return
    for k, v in res.items():
        _out.print(f"{k}: {json.dumps(v) if isinstance(v, dict) else v}", highlight=False)


# ---------------------------------------------------------------------------- eval clusters
@click.command("clusters")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@_handle
def eval_clusters_cmd(ctx: click.Context, file: str, as_json: bool) -> None:
    """B-cubed precision/recall/F1 of event clusters on a gold JSONL of reports.

    Each line: {"id", "cluster", "lang", "date", "source", "text"}; every report is coded as
    an article dated "date", then clustered.

    \b
    Example:
      dyads eval clusters tests/gold/clusters.jsonl --json
    """
    from dyads.config import load_config
    from dyads.eval.clusters import evaluate_clusters

    root = ctx.find_root()
    cfg = load_config(root.obj.get("config") if root.obj else None)
    kb = _kb_files(ctx)
    if kb:
        cfg["kb"]["extra"] = list(cfg["kb"]["extra"]) + list(kb)
    res = evaluate_clusters(file, config=cfg)
    if as_json:
        _json(res)
        return
    for k, v in res.items():
        _out.print(f"[bold]{k}[/bold]: {v}", highlight=False)


COMMANDS: list[click.Command] = [dyad_cmd, actors_cmd, clusters_cmd, graph_cmd, export_cmd, bench_store_cmd]
EVAL_COMMANDS: list[click.Command] = [eval_clusters_cmd]
