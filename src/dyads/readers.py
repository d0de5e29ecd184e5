"""Readers: files and folders of articles in, ``Article`` objects (or readable failures) out.

Formats: ``.txt``/``.md`` (optional YAML front matter), ``.html``/``.htm`` (main text by
trafilatura), ``.jsonl`` and ``.csv`` (one article per line/row, configurable field names).
Encodings are detected; a file that cannot be read yields a ``ReadFailure`` naming the file and
the reason, and reading goes on with the next one.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dyads.model import Article

TEXT_EXT = {".txt", ".md", ".text", ".markdown"}
HTML_EXT = {".html", ".htm", ".xhtml"}
TABLE_EXT = {".jsonl", ".ndjson", ".csv", ".tsv"}
SUPPORTED = TEXT_EXT | HTML_EXT | TABLE_EXT


@dataclass(frozen=True, slots=True)
class ReadFailure:
    path: str
    reason: str


@dataclass(slots=True)
class ReadOptions:
    date: str | None = None  # fallback article date (--date)
    lang: str | None = None  # forced language (--lang)
    text_field: str = "text"
    date_field: str = "date"
    title_field: str = "title"
    url_field: str = "url"
    source_field: str = "source"
    lang_field: str = "lang"
    id_field: str = "id"
    max_chars: int = 200_000
    max_file_mb: float = 20.0
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_config(cls, cfg: dict[str, Any], **kw: Any) -> ReadOptions:
        inp = cfg.get("input", {})
        base = {k: inp[k] for k in ("text_field", "date_field", "title_field", "url_field", "source_field", "lang_field", "id_field", "max_chars") if k in inp}
        base.update({k: v for k, v in kw.items() if v is not None})
        return cls(**base)


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def normalise_date(value: Any) -> str | None:
    """An article date as YYYY-MM-DD or YYYY-MM, or None when it cannot be understood."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = str(value).strip()
    m = _ISO_DATE.match(s)
    if m:
        y, mo, d = m.groups()
        try:
            if d:
                return _dt.date(int(y), int(mo), int(d)).isoformat()
            _dt.date(int(y), int(mo), 1)
            return f"{y}-{mo}"
        except ValueError:
            return None
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%a, %d %b %Y %H:%M:%S %z"):
        try:
            return _dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 first (the common case), then a detected encoding."""
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (contains NUL bytes); dyads reads text, HTML, JSONL and CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        raise ValueError("unknown text encoding; save the file as UTF-8")
    encoding = best.encoding
    # Short Western-European texts are ambiguous between single-byte code pages; our five
    # languages are written in cp1252/Latin-1 whenever that is among the plausible ones.
    if any(m.encoding in _WESTERN for m in matches):
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "cp1252":
            return data.decode("latin-1")
        raise ValueError(f"cannot decode as {encoding}; save the file as UTF-8") from None


_WESTERN = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "cp1250", "iso8859_2"}
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(meta, dict):
        raise ValueError("front matter must be a YAML mapping (key: value lines)")
    return meta, text[m.end():]


def _article(text: str, meta: dict[str, Any], opts: ReadOptions, path: str) -> Article | ReadFailure:
    if not text.strip():
        return ReadFailure(path, "no article text")
    if len(text) > opts.max_chars:
        opts.warnings.append(f"{path}: article cut to {opts.max_chars} characters (was {len(text)})")
        text = text[: opts.max_chars]
    raw_date = meta.get(opts.date_field) if opts.date_field in meta else meta.get("date")
    date = normalise_date(raw_date) or normalise_date(opts.date)
    if raw_date not in (None, "") and normalise_date(raw_date) is None:
        opts.warnings.append(f"{path}: date '{raw_date}' not understood; event dates left unresolved")
    lang = opts.lang or (str(meta.get(opts.lang_field) or meta.get("lang") or "") or None)
    extra = {k: v for k, v in meta.items() if k not in {opts.text_field, opts.date_field, opts.title_field, opts.url_field, opts.source_field, opts.lang_field, opts.id_field, "date", "lang"}}
    return Article(
        text=text,
        title=_str(meta.get(opts.title_field)),
        url=_str(meta.get(opts.url_field)),
        source=_str(meta.get(opts.source_field)),
        date=date,
        lang=lang.lower() if lang else None,
        path=path,
        meta={k: v if isinstance(v, str | int | float | bool) else str(v) for k, v in extra.items()},
    )


def _str(v: Any) -> str | None:
    return None if v is None or v == "" else str(v)


def read_text_file(path: Path, opts: ReadOptions) -> Iterator[Article | ReadFailure]:
    text = decode(path.read_bytes(), str(path))
    meta, body = split_front_matter(text)
    yield _article(body, meta, opts, str(path))


def read_html_file(path: Path, opts: ReadOptions) -> Iterator[Article | ReadFailure]:
    html = decode(path.read_bytes(), str(path))
    import trafilatura

    # Links are kept as text (include_links=False drops only the markup, not the anchor text).
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not body or len(body.split()) < 20:
        yield ReadFailure(str(path), "HTML page with no article text (navigation or boilerplate only)")
        return
    meta: dict[str, Any] = {}
    md = trafilatura.extract_metadata(html)
    if md is not None:
        meta = {"title": md.title, "date": md.date, "url": md.url, "source": md.sitename}
    yield _article(body, meta, opts, str(path))


def read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Article | ReadFailure]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield ReadFailure(where, "line is not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield ReadFailure(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            yield _record(rec, opts, where)


def read_csv(path: Path, opts: ReadOptions) -> Iterator[Article | ReadFailure]:
    text = decode(path.read_bytes(), str(path))
    delim = "\t" if path.suffix.lower() == ".tsv" else ","
    csv.field_size_limit(10**9)
    reader = csv.DictReader(io.StringIO(text), delimiter=delim)
    if reader.fieldnames is None or opts.text_field not in reader.fieldnames:
        yield ReadFailure(str(path), f"no '{opts.text_field}' column (columns: {', '.join(reader.fieldnames or [])}); pass --text-field")
        return
    for rowno, row in enumerate(reader, 2):
        yield _record(dict(row), opts, f"{path}:{rowno}")


def _record(rec: Any, opts: ReadOptions, where: str) -> Article | ReadFailure:
    if not isinstance(rec, dict):
        return ReadFailure(where, "record is not a JSON object")
    text = rec.get(opts.text_field)
    if not isinstance(text, str):
        return ReadFailure(where, f"no '{opts.text_field}' text field (fields: {', '.join(map(str, rec))}); pass --text-field")
    art = _article(text, rec, opts, where)
    if isinstance(art, Article) and rec.get(opts.id_field) is not None:
        art.meta["source_id"] = str(rec[opts.id_field])
    return art


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadFailure]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and f.name.lower() != "readme.md":
                    yield f
        elif path.is_file():
            yield path
        else:
            yield ReadFailure(str(path), "no such file or folder")


def read_paths(paths: Iterable[str | Path], opts: ReadOptions | None = None) -> Iterator[Article | ReadFailure]:
    """Every article under ``paths``; unreadable inputs come out as ReadFailure, in order."""
    opts = opts or ReadOptions()
    for f in iter_files(paths):
        if isinstance(f, ReadFailure):
            yield f
            continue
        ext = f.suffix.lower()
        try:
            if ext not in SUPPORTED:
                if _looks_binary(f):
                    yield ReadFailure(str(f), "binary file; dyads reads .txt, .md, .html, .jsonl and .csv")
                    continue
                yield from read_text_file(f, opts)  # an unknown extension is tried as plain text
            elif ext in TABLE_EXT:
                yield from (read_jsonl(f, opts) if ext in (".jsonl", ".ndjson") else read_csv(f, opts))
            else:
                size_mb = f.stat().st_size / 1e6
                if size_mb > opts.max_file_mb:
                    yield ReadFailure(str(f), f"file too large for one article ({size_mb:.1f} MB > {opts.max_file_mb:g} MB); split it into articles or use JSONL")
                    continue
                yield from (read_html_file(f, opts) if ext in HTML_EXT else read_text_file(f, opts))
        except ValueError as exc:
            yield ReadFailure(str(f), str(exc))
        except OSError as exc:
            yield ReadFailure(str(f), f"cannot read ({exc.strerror or exc})")


def _looks_binary(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(4096)
    return b"\x00" in head
