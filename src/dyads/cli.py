"""The ``dyads`` command line: thin commands over library functions.

Only this module turns errors into exit codes: a ``DyadsError`` prints one readable line on
stderr and exits with status 2 (bad input or config) or 1 (nothing could be done).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from dyads import __version__
from dyads.config import Config, load_config
from dyads.errors import DyadsError

F = TypeVar("F", bound=Callable[..., Any])
err = Console(stderr=True)
out = Console()


def handle_errors(fn: F) -> F:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DyadsError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def _config(ctx: click.Context, **overrides: Any) -> Config:
    path = ctx.obj.get("config") if ctx.obj else None
    cfg = load_config(path)
    kb_files = ctx.obj.get("kb") if ctx.obj else None
    if kb_files:
        cfg["kb"]["extra"] = list(cfg["kb"]["extra"]) + list(kb_files)
    return cfg


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dyads")
@click.option("--config", type=click.Path(dir_okay=False), help="TOML file overriding the packaged defaults.")
@click.option("--kb", multiple=True, type=click.Path(dir_okay=False), help="Extra knowledge-base YAML file (repeatable).")
@click.pass_context
def main(ctx: click.Context, config: str | None, kb: tuple[str, ...]) -> None:
    """dyads: who did what to whom, when and where, from news in it/en/fr/es/de.

    \b
    Example:
      dyads run samples/ --db dyads.duckdb
      dyads analyze article.txt --date 2023-02-01 --format table
    """
    ctx.ensure_object(dict)
    ctx.obj["config"] = config
    ctx.obj["kb"] = kb


# ---------------------------------------------------------------------------------------- run
def _read_opts(cfg: Config, date: str | None, lang: str | None, text_field: str | None, date_field: str | None) -> Any:
    from dyads.readers import ReadOptions, normalise_date

    if date and normalise_date(date) is None:
        raise click.BadParameter(f"'{date}' is not a date; use YYYY-MM-DD or YYYY-MM", param_hint="--date")
    return ReadOptions.from_config(cfg, date=normalise_date(date) if date else None, lang=lang,
                                   text_field=text_field, date_field=date_field)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="DuckDB store file (created if missing).")
@click.option("--jobs", "-j", type=int, default=0, help="Worker processes (default: all cores).")
@click.option("--date", help="Article date for inputs without one (YYYY-MM-DD or YYYY-MM).")
@click.option("--lang", type=click.Choice(["it", "en", "fr", "es", "de"]), help="Force the language.")
@click.option("--text-field", help="JSONL/CSV field holding the text (default: text).")
@click.option("--date-field", help="JSONL/CSV field holding the date (default: date).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
@handle_errors
def run(ctx: click.Context, paths: tuple[str, ...], db: str, jobs: int, date: str | None, lang: str | None,
        text_field: str | None, date_field: str | None, as_json: bool) -> None:
    """Code every article under PATHS and store the events in a DuckDB file.

    \b
    Example:
      dyads run samples/ --db dyads.duckdb --jobs 2
      dyads run news.jsonl --db news.duckdb --text-field body --date-field published
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from dyads.runner import RunSummary, run_corpus

    cfg = _config(ctx)
    opts = _read_opts(cfg, date, lang, text_field, date_field)
    show = not as_json and err.is_terminal
    with Progress(TextColumn("[bold]coding"), BarColumn(bar_width=None), TextColumn("{task.fields[info]}"),
                  TimeElapsedColumn(), console=err, disable=not show, transient=True) as prog:
        task = prog.add_task("run", total=None, info="")

        def tick(s: RunSummary) -> None:
            import time as _t

            rate = s.read / max(1e-9, _t.perf_counter() - t0)
            prog.update(task, info=f"{s.read} articles, {rate:.1f}/s, {s.events} events")

        import time

        t0 = time.perf_counter()
        summary = run_corpus(list(paths), db, config=cfg, jobs=jobs, read_options=opts, progress=tick)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print_summary(summary, db)
    if summary.coded == 0:
        err.print("[red]error:[/red] no article could be read and coded; see the skipped list above")
        sys.exit(1)


def _print_summary(s: Any, db: str) -> None:
    out.print(f"[bold]dyads {__version__}[/bold]: {s.read} articles read, {s.coded} coded, "
              f"{s.events} events ({s.new_articles} new articles, {s.new_events} new events stored in {db}) "
              f"in {s.seconds:.1f} s", highlight=False)
    t = Table(title="Articles by language")
    t.add_column("lang")
    t.add_column("articles", justify="right")
    for k, v in sorted(s.by_lang.items()):
        t.add_row(k, str(v))
    out.print(t)
    t = Table(title="Events by PLOVER type")
    t.add_column("type")
    t.add_column("events", justify="right")
    for k, v in s.by_type.most_common():
        t.add_row(k, str(v))
    out.print(t)
    t = Table(title="Top dyads")
    t.add_column("actor")
    t.add_column("recipient")
    t.add_column("events", justify="right")
    for (a, r), n in s.dyads.most_common(10):
        t.add_row(a, r, str(n))
    out.print(t)
    if s.skipped:
        t = Table(title=f"Skipped ({len(s.skipped)})")
        t.add_column("file")
        t.add_column("reason")
        for p, r in s.skipped:
            t.add_row(p, r)
        out.print(t)
    for w in s.warnings:
        err.print(f"[yellow]warning:[/yellow] {w}", highlight=False)


# ------------------------------------------------------------------------------------ analyze
@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--lang", type=click.Choice(["it", "en", "fr", "es", "de"]), help="Force the language.")
@click.option("--date", help="Article date (YYYY-MM-DD or YYYY-MM); overrides front matter.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.pass_context
@handle_errors
def analyze(ctx: click.Context, file: str, lang: str | None, date: str | None, fmt: str) -> None:
    """Code one article (a file, or - for standard input) and print mentions and events.

    \b
    Example:
      dyads analyze samples/it-01-nato-asia.md --format table
      echo "Biden visited Kyiv on Monday." | dyads analyze - --date 2023-02-22
    """
    from dyads.model import Article
    from dyads.pipeline import Pipeline
    from dyads.readers import (
        ReadFailure,
        ReadOptions,
        decode,
        normalise_date,
        read_paths,
        split_front_matter,
    )

    cfg = _config(ctx)
    if date and normalise_date(date) is None:
        raise click.BadParameter(f"'{date}' is not a date; use YYYY-MM-DD or YYYY-MM", param_hint="--date")
    if file == "-":
        raw = decode(sys.stdin.buffer.read(), "<stdin>")
        meta, body = split_front_matter(raw)
        art = Article(text=body, title=meta.get("title"), date=normalise_date(date or meta.get("date")),
                      lang=lang or meta.get("lang"), path="<stdin>")
    else:
        opts = ReadOptions.from_config(cfg, lang=lang)
        items = list(read_paths([file], opts))
        if not items:
            raise click.ClickException(f"{file}: nothing to read")
        first = items[0]
        if isinstance(first, ReadFailure):
            err.print(f"[red]error:[/red] {first.path}: {first.reason}", highlight=False)
            sys.exit(2)
        art = first
        if date:
            art.date = normalise_date(date)
    doc = Pipeline(cfg)(art)
    if fmt == "json":
        click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        return
    if doc.skipped:
        err.print(f"[yellow]skipped:[/yellow] {doc.skipped}")
    t = Table(title=f"Mentions ({doc.lang}, {art.date or 'no date'})")
    for c in ("kind", "text", "code", "sector", "offsets"):
        t.add_column(c)
    for m in doc.mentions:
        t.add_row(m.kind, m.text, m.code or "", m.sector or "", f"{m.start}-{m.end}")
    out.print(t)
    t = Table(title="Events")
    for c in ("type", "mode", "actors", "recipients", "date", "place", "modality", "trigger"):
        t.add_column(c)
    for e in doc.events:
        t.add_row(e.type, e.mode or "", ",".join(a.code or a.text for a in e.actors),
                  ",".join(r.code or r.text for r in e.recipients), e.date.value or e.date.precision,
                  e.place.name if e.place else "", e.modality, e.trigger.text)
    out.print(t)


# ------------------------------------------------------------------------------------- events
@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False))
@click.option("--from", "date_from", help="First event day (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Last event day (YYYY-MM-DD).")
@click.option("--actor", help="Actor code (USA, NATO ...).")
@click.option("--recipient", help="Recipient code.")
@click.option("--type", "etype", help="PLOVER type (CONSULT, ASSAULT ...).")
@click.option("--lang", help="Article language.")
@click.option("--limit", type=int, default=1000, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@handle_errors
def events(db: str, date_from: str | None, date_to: str | None, actor: str | None, recipient: str | None,
           etype: str | None, lang: str | None, limit: int, fmt: str) -> None:
    """List stored events, filtered.

    \b
    Example:
      dyads events --db dyads.duckdb --actor NATO --from 2023-01-01 --format csv
    """
    from dyads.queries import EventFilter, list_events
    from dyads.store import Store

    with Store(db, read_only=True) as st:
        rows, total = list_events(st, EventFilter(date_from=date_from, date_to=date_to, actor=actor,
                                                  recipient=recipient, type=etype, lang=lang), limit=limit)
    cols = ["id", "event_day", "date_precision", "type", "mode", "actor_codes", "recipient_codes", "modality",
            "place_name", "lang", "trigger_text", "sentence_text"]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, default=str, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()) if rows else cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
        click.echo(buf.getvalue(), nl=False)
    else:
        t = Table(title=f"{len(rows)} of {total} events")
        for c in ("day", "type", "actors", "recipients", "modality", "place", "trigger"):
            t.add_column(c)
        for r in rows:
            t.add_row(str(r["event_day"] or ""), r["type"], r["actor_codes"] or "", r["recipient_codes"] or "",
                      r["modality"], r["place_name"] or "", r["trigger_text"])
        out.print(t)


# -------------------------------------------------------------------------------------- bench
@main.command()
@click.argument("source", type=click.Path(exists=True))
@click.option("--limit", type=int, default=0, help="Read at most N articles (0 = all).")
@click.option("--jobs", "-j", type=int, default=0, help="Worker processes (default: all cores).")
@click.option("--lang", type=click.Choice(["it", "en", "fr", "es", "de"]), help="Force the language.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handle_errors
def bench(ctx: click.Context, source: str, limit: int, jobs: int, lang: str | None, as_json: bool) -> None:
    """Run the whole pipeline without the store and report its speed.

    \b
    Example:
      dyads bench ../shared/corpora/dice-it/dice_articles_detok.jsonl --limit 3000 --jobs 2 --json
    """
    from dyads.bench import run_bench

    res = run_bench(source, _config(ctx), limit=limit, jobs=jobs, lang=lang)
    if as_json:
        click.echo(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            out.print(f"{k}: {v}", highlight=False)


# ----------------------------------------------------------------------------------------- kb
@main.group()
def kb() -> None:
    """Inspect, check and update the knowledge base."""


@kb.command("check")
@click.pass_context
@handle_errors
def kb_check(ctx: click.Context) -> None:
    """Load the KB (with --kb files) and report inconsistencies; exits 1 if any.

    \b
    Example:
      dyads --kb my_ministers.yaml kb check
    """
    from dyads.kb import check_kb, load_kb

    cfg = _config(ctx.find_root())
    k = load_kb(tuple(cfg["kb"]["extra"]))
    problems = check_kb(k)
    out.print(f"{k.version}: {len(k.states)} states, {len(k.orgs)} organisations, {len(k.people)} people, "
              f"{sum(len(v) for v in k.roles.values())} roles", highlight=False)
    for p in problems:
        err.print(f"[red]problem:[/red] {p}", highlight=False)
    if problems:
        sys.exit(1)
    out.print("ok")


# -------------------------------------------------------------------------------------- dask
@main.command("dask-run")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--shards", required=True, type=click.Path(file_okay=False), help="Folder for the Parquet shards.")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); default: local processes.")
@click.option("--lines-per-task", type=int, default=2000, show_default=True, help="JSONL lines per task.")
@click.option("--date", help="Article date for inputs without one.")
@click.option("--lang", type=click.Choice(["it", "en", "fr", "es", "de"]))
@click.option("--text-field")
@click.option("--date-field")
@click.pass_context
@handle_errors
def dask_run(ctx: click.Context, paths: tuple[str, ...], shards: str, scheduler: str | None, lines_per_task: int,
             date: str | None, lang: str | None, text_field: str | None, date_field: str | None) -> None:
    """Code a large corpus as Dask tasks writing Parquet shards (needs the 'dask' extra).

    \b
    Example:
      dyads dask-run corpus/ --shards shards/ --scheduler tcp://10.0.0.5:8786
      dyads ingest shards/ --db news.duckdb
    """
    from dyads.distributed import run_dask

    cfg = _config(ctx)
    opts = _read_opts(cfg, date, lang, text_field, date_field)
    res = run_dask(list(paths), shards, scheduler=scheduler, config=cfg, read_options=opts, lines_per_task=lines_per_task)
    click.echo(json.dumps(res, indent=2, ensure_ascii=False))


@main.command()
@click.argument("shards", type=click.Path(exists=True, file_okay=False))
@click.option("--db", required=True, type=click.Path(dir_okay=False))
@handle_errors
def ingest(shards: str, db: str) -> None:
    """Load Parquet shards from `dyads dask-run` into a store (idempotent) and update clusters.

    \b
    Example:
      dyads ingest shards/ --db news.duckdb
    """
    from dyads.clusters import update_clusters
    from dyads.store import Store

    with Store(db) as st:
        new_a, new_e = st.ingest_parquet(shards)
        if new_e:
            update_clusters(st)
    click.echo(f"{new_a} new articles, {new_e} new events stored in {db}")


# ------------------------------------------------------------------------------------- code
@main.command()
@click.argument("text")
@click.option("--source", "-s", required=True, help="The actor as written in the text.")
@click.option("--target", "-t", required=True, help="The recipient as written in the text.")
@click.option("--lang", type=click.Choice(["it", "en", "fr", "es", "de"]))
@click.option("--date", help="Article date (YYYY-MM-DD).")
@handle_errors
def code(text: str, source: str, target: str, lang: str | None, date: str | None) -> None:
    """Print the PLOVER type of what SOURCE did to TARGET in TEXT (or NONE).

    \b
    Example:
      dyads code "Japan agreed to co-develop a fighter jet with Britain." -s Japan -t Britain
    """
    from dyads.dyadcode import code_pair

    click.echo(code_pair(text, source, target, lang=lang, date=date) or "NONE")


# ------------------------------------------------------------------------------------- eval
@main.group("eval")
def eval_group() -> None:
    """Measure dyads against gold data (NER, events, clusters)."""


@eval_group.command("ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--lang", required=True, type=click.Choice(["it", "en", "fr", "es", "de"]))
@click.option("--limit", type=int, default=0, help="Only the first N sentences.")
@click.option("--window", type=int, default=None,
              help="Score N sentences at a time (1 = each sentence alone); default: by document.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handle_errors
def eval_ner(ctx: click.Context, file: str, lang: str, limit: int, window: int | None, as_json: bool) -> None:
    """Entity-level exact-match P/R/F1 (PER, LOC, ORG) on a CoNLL-style BIO file.

    \b
    Example:
      dyads eval ner ../shared/eval/ner/kind-it/evalita2023/WN_test.tsv --lang it --json
    """
    from dyads.eval.ner import evaluate_ner

    if window is None:
        res = evaluate_ner(file, lang, _config(ctx.find_root()), limit=limit)
    else:
        res = evaluate_ner(file, lang, _config(ctx.find_root()), limit=limit, window=window)
    _emit(res, as_json)


@eval_group.command("events")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", required=True, type=click.Choice(["plv", "plover-gsr", "petrarch-xml", "dyads"]))
@click.option("--lang", type=click.Choice(["it", "en", "fr", "es", "de"]))
@click.option("--split", type=click.Choice(["tune", "dev", "heldout", "all"]), help="dyads format: which part to score.")
@click.option("--limit", type=int, default=0)
@click.option("--json", "as_json", is_flag=True)
@handle_errors
def eval_events(file: str, fmt: str, lang: str | None, split: str | None, limit: int, as_json: bool) -> None:
    """Score event coding on a gold file.

    \b
    Example:
      dyads eval events ../shared/eval/events/plv-train-en/plv_train.csv --format plv --json
      dyads eval events tests/gold/events-it.jsonl --format dyads --split heldout
    """
    from dyads.eval import events as ev

    if fmt == "plv":
        res = ev.eval_plv(file, limit)
    elif fmt == "plover-gsr":
        res = ev.eval_plover_gsr(file, limit)
    elif fmt == "petrarch-xml":
        res = ev.eval_petrarch(file, limit)
    else:
        res = ev.eval_dyads(file, lang, split)
    _emit(res, as_json)


def _emit(res: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(res, indent=2, ensure_ascii=False))
        return
    for k, v in res.items():
        out.print(f"[bold]{k}[/bold]: {json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v}", highlight=False)


@kb.command("import-wikidata")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="YAML file to write (use it with --kb).")
@click.option("--retrieved", help="Date the query was run (YYYY-MM-DD); recorded as the source.")
@handle_errors
def kb_import(file: str, out: str, retrieved: str | None) -> None:
    """Turn a downloaded Wikidata query result (JSON or CSV) into a KB file of office holders.

    \b
    Example:
      dyads kb import-wikidata officeholders.json --out kb/officeholders.yaml
      dyads --kb kb/officeholders.yaml kb check
    """
    from dyads.kb.wikidata import write_import

    n = write_import(file, out, retrieved)
    click.echo(f"{n} people written to {out}; use it with: dyads --kb {out} ...")


@kb.command("who")
@click.argument("code")
@click.argument("office", type=click.Choice(["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general"]))
@click.option("--date", required=True, help="YYYY-MM-DD")
@click.pass_context
@handle_errors
def kb_who(ctx: click.Context, code: str, office: str, date: str) -> None:
    """Who held OFFICE for CODE on a date.

    \b
    Example:
      dyads kb who USA foreign_minister --date 2023-01-11
    """
    from dyads.kb import load_kb

    cfg = _config(ctx.find_root())
    k = load_kb(tuple(cfg["kb"]["extra"]))
    holders = k.holders(code.upper(), office, date)
    for p in holders:
        o = next(o for o in p.offices if o.code == code.upper() and o.office == office and o.valid(date))
        click.echo(f"{p.name}\t{o.title}\t{o.start or '?'} - {o.end or 'now'}\t{p.wikidata or ''}\t{p.source}")
    if not holders:
        click.echo("nobody known")
        sys.exit(1)


def _register_extensions() -> None:
    """Command groups that live in their own modules (graph and exports, the HTTP server)."""
    from dyads import cli_graph, cli_serve

    for mod in (cli_graph, cli_serve):
        for cmd in getattr(mod, "COMMANDS", []):
            main.add_command(cmd)
        for cmd in getattr(mod, "EVAL_COMMANDS", []):
            eval_group.add_command(cmd)


_register_extensions()

if __name__ == "__main__":  # pragma: no cover
    main()
