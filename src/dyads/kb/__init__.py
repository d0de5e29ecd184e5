"""The knowledge base: states, organisations, office holders and roles, with validity dates.

Packaged YAML files (``kb/data``) are loaded once per process and merged with any user files
(``--kb`` or ``[kb].extra``); a user entry with the same code or id replaces the packaged one,
so refreshing one minister does not require editing package data. Nothing is global mutable
state: ``load_kb`` returns an immutable-by-convention ``KB`` keyed on the file list.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dyads.errors import KBError

# libyaml's C parser when PyYAML was built with it: ten times faster on the package data.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LANGS = ("it", "en", "fr", "es", "de")
OFFICE_KEYS = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "secretary_general", "minister", "other",
}  # fmt: skip
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "BUS", "MED", "LAB", "EDU", "REL",
    "SPY", "PTY", "ELI", "REF", "HLH", "UAF", "PRE", "CRM", "AGR", "JRN", "SOC", "IGO", "NGO",
    "MNC", "ENV", "HRI", "DEV", "UNK", "SEP", "INS", "UNO", "PKO", "MOD", "RAD",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class State:
    code: str
    iso2: str
    wikidata: str | None
    names: dict[str, list[str]]
    demonyms: dict[str, list[str]]
    capital: dict[str, list[str]]
    seats: list[tuple[list[str], str]]
    source: str = "manual"

    def display(self, lang: str = "en") -> str:
        for lg in (lang, "en"):
            if self.names.get(lg):
                return self.names[lg][0]
        return self.code


@dataclass(frozen=True, slots=True)
class Membership:
    code: str
    start: str | None
    end: str | None

    def valid(self, date: str | None) -> bool:
        return _within(date, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    wikidata: str | None
    kind: str
    parent: str | None
    names: dict[str, list[str]]
    anaphora: dict[str, list[str]]
    members: tuple[Membership, ...]
    source: str = "manual"
    country: str | None = None  # armed groups and national bodies: the state they are based in


@dataclass(frozen=True, slots=True)
class Office:
    office: str
    title: str
    code: str
    sector: str
    start: str | None
    end: str | None

    def valid(self, date: str | None) -> bool:
        return _within(date, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    wikidata: str | None
    aliases: tuple[str, ...]
    gender: str | None
    offices: tuple[Office, ...]
    source: str = "manual"

    @property
    def kb_id(self) -> str:
        return self.wikidata or "person:" + self.name

    def office_at(self, date: str | None) -> Office | None:
        """The office held on ``date``; without a date, the most recent one."""
        if not self.offices:
            return None
        if date:
            current = [o for o in self.offices if o.valid(date)]
            if current:
                # Prefer the most senior office held that day.
                return min(current, key=lambda o: _SENIORITY.get(o.office, 9))
            # Not in office that day: the closest earlier office still tells whom they speak for.
            earlier = [o for o in self.offices if (o.start or "") <= date]
            if earlier:
                return max(earlier, key=lambda o: o.start or "")
        return max(self.offices, key=lambda o: o.start or "")


_SENIORITY = {"head_of_state": 0, "head_of_government": 1, "secretary_general": 2,
              "foreign_minister": 3, "defence_minister": 4, "minister": 5, "other": 6}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Role:
    texts: tuple[str, ...]
    sector: str | None
    office: str | None
    code: str | None
    anaphor: str | None


@dataclass(slots=True)
class KB:
    version: str
    states: dict[str, State] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    roles: dict[str, list[Role]] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    # ---- queries -------------------------------------------------------------------------
    def code_kind(self, code: str) -> str | None:
        if code in self.states:
            return "state"
        if code in self.orgs:
            return "organisation"
        return None

    def members(self, org_id: str, date: str | None = None) -> set[str]:
        org = self.orgs.get(org_id)
        if org is None:
            return set()
        return {m.code for m in org.members if m.valid(date)}

    def memberships(self, code: str, date: str | None = None) -> list[str]:
        return sorted(o.id for o in self.orgs.values() for m in o.members if m.code == code and m.valid(date))

    def holders(self, code: str, office: str, date: str | None) -> list[Person]:
        """Who held ``office`` for ``code`` on ``date`` (e.g. USA foreign_minister on 2023-01-11)."""
        out = []
        for p in self.people:
            for o in p.offices:
                if o.code == code and o.office == office and o.valid(date):
                    out.append(p)
                    break
        return out

    def plover_code(self, code: str | None) -> str | None:
        """The PLOVER/CAMEO country-level code of an actor code: states stay, intergovernmental
        bodies become IGO, NGOs NGO, armed groups the state they are based in (else IMG)."""
        if code is None or code in self.states:
            return code
        org = self.orgs.get(code)
        if org is None:
            return code
        if org.country:
            return org.country
        if org.kind == "armed_group":
            return "IMG"
        if org.kind == "other":
            return "NGO"
        return "IGO"

    def fingerprint(self) -> str:
        return self.version


def _within(date: str | None, start: str | None, end: str | None) -> bool:
    if date is None:
        return end is None
    d = date[:10]
    # Month-precision dates compare by their first day; good enough for terms and accessions.
    if len(d) == 7:
        d += "-01"
    elif len(d) == 4:
        d += "-01-01"
    if start and d < start:
        return False
    return not (end and d >= end)


def _date(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = str(value)
    try:
        _dt.date.fromisoformat(s)
    except ValueError:
        raise KBError(f"{where}: '{s}' is not an ISO date (YYYY-MM-DD)") from None
    return s


def _langmap(value: Any, where: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise KBError(f"{where}: expected a mapping of language -> list of names")
    out: dict[str, list[str]] = {}
    for lang, names in value.items():
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, str | int) for n in names):
            raise KBError(f"{where}.{lang}: expected a list of strings")
        out[str(lang)] = [str(n) for n in names if str(n).strip()]
    return out


def _read_yaml(path: str, text: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise KBError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise KBError(f"{path}: expected a mapping at the top level")
    return data


def _parse_states(data: dict[str, Any], path: str, kb: KB) -> None:
    for i, raw in enumerate(data.get("states") or []):
        where = f"{path}: states[{i}]"
        if not isinstance(raw, dict) or not raw.get("code"):
            raise KBError(f"{where}: every state needs a 'code' (ISO alpha-3)")
        code = str(raw["code"])
        where = f"{path}: state {code}"
        if len(code) != 3 or not code.isupper():
            raise KBError(f"{where}: code must be three upper-case letters")
        seats = []
        for s in raw.get("seats") or []:
            texts = s.get("text") if isinstance(s, dict) else None
            if isinstance(texts, str):
                texts = [texts]
            if not texts:
                raise KBError(f"{where}: a seat needs 'text'")
            seats.append(([str(t) for t in texts], str(s.get("sector") or "GOV")))
        kb.states[code] = State(
            code=code,
            iso2=str(raw.get("iso2") or ""),
            wikidata=raw.get("wikidata"),
            names=_langmap(raw.get("names"), f"{where}.names"),
            demonyms=_langmap(raw.get("demonyms"), f"{where}.demonyms"),
            capital=_langmap(raw.get("capital"), f"{where}.capital"),
            seats=seats,
            source=str(raw.get("source") or path),
        )


def _parse_orgs(data: dict[str, Any], path: str, kb: KB) -> None:
    for i, raw in enumerate(data.get("organisations") or []):
        if not isinstance(raw, dict) or not raw.get("id"):
            raise KBError(f"{path}: organisations[{i}]: every organisation needs an 'id'")
        oid = str(raw["id"])
        where = f"{path}: organisation {oid}"
        members = []
        for m in raw.get("members") or []:
            if not isinstance(m, dict) or "code" not in m:
                raise KBError(f"{where}: each member needs a 'code'")
            members.append(Membership(str(m["code"]), _date(m.get("from"), where), _date(m.get("to"), where)))
        kb.orgs[oid] = Organisation(
            id=oid,
            wikidata=raw.get("wikidata"),
            kind=str(raw.get("kind") or "igo"),
            parent=raw.get("parent"),
            names=_langmap(raw.get("names"), f"{where}.names"),
            anaphora=_langmap(raw.get("anaphora"), f"{where}.anaphora"),
            members=tuple(members),
            source=str(raw.get("source") or path),
            country=raw.get("country"),
        )


def _parse_people(data: dict[str, Any], path: str, kb: KB, replace: bool) -> None:
    by_key = {p.wikidata or p.name: i for i, p in enumerate(kb.people)}
    for i, raw in enumerate(data.get("people") or []):
        if not isinstance(raw, dict) or not raw.get("name"):
            raise KBError(f"{path}: people[{i}]: every person needs a 'name'")
        name = str(raw["name"])
        where = f"{path}: person {name}"
        offices = []
        for o in raw.get("offices") or []:
            if not isinstance(o, dict) or not o.get("code"):
                raise KBError(f"{where}: each office needs a 'code' (state or organisation)")
            office = str(o.get("office") or "other")
            if office not in OFFICE_KEYS:
                raise KBError(f"{where}: unknown office '{office}' (use one of {', '.join(sorted(OFFICE_KEYS))})")
            start, end = _date(o.get("start"), where), _date(o.get("end"), where)
            if start and end and end < start:
                raise KBError(f"{where}: office {office} ends ({end}) before it starts ({start})")
            offices.append(Office(office, str(o.get("title") or office), str(o["code"]), str(o.get("sector") or "GOV"), start, end))
        person = Person(name, raw.get("wikidata"), tuple(str(a) for a in raw.get("aliases") or []),
                        raw.get("gender"), tuple(offices), str(raw.get("source") or path))
        key = person.wikidata or person.name
        if replace and key in by_key:
            kb.people[by_key[key]] = person
        else:
            by_key[key] = len(kb.people)
            kb.people.append(person)


def _parse_roles(data: dict[str, Any], path: str, kb: KB) -> None:
    roles = data.get("roles") or {}
    if not isinstance(roles, dict):
        raise KBError(f"{path}: 'roles' must map a language to a list of roles")
    for lang, entries in roles.items():
        for i, raw in enumerate(entries or []):
            where = f"{path}: roles.{lang}[{i}]"
            texts = raw.get("text") if isinstance(raw, dict) else None
            if isinstance(texts, str):
                texts = [texts]
            if not texts:
                raise KBError(f"{where}: a role needs 'text'")
            office = raw.get("office")
            if office is not None and office not in OFFICE_KEYS:
                raise KBError(f"{where}: unknown office '{office}'")
            kb.roles.setdefault(str(lang), []).append(
                Role(tuple(str(t) for t in texts), raw.get("sector"), office, raw.get("code"), raw.get("anaphor"))
            )


def _load_into(kb: KB, path: str, text: str, replace: bool) -> None:
    data = _read_yaml(path, text)
    _parse_states(data, path, kb)
    _parse_orgs(data, path, kb)
    _parse_people(data, path, kb, replace)
    _parse_roles(data, path, kb)


_PACKAGED = ("states.yaml", "organisations.yaml", "people.yaml", "roles.yaml")


def load_kb(extra: tuple[str, ...] = ()) -> KB:
    """Load the packaged KB and then each extra YAML file, in order (once per process: the
    cache sees ``load_kb()`` and ``load_kb(())`` as one call)."""
    return _load_kb(tuple(extra))


@lru_cache(maxsize=8)
def _load_kb(extra: tuple[str, ...]) -> KB:
    h = hashlib.sha1()
    kb = KB(version="")
    base = resources.files("dyads").joinpath("kb/data")
    for name in _PACKAGED:
        res = base.joinpath(name)
        if not res.is_file():
            continue
        text = res.read_text(encoding="utf-8")
        h.update(text.encode())
        _load_into(kb, f"kb/data/{name}", text, replace=False)
    for p in extra:
        try:
            text = Path(p).read_text(encoding="utf-8")
        except OSError as exc:
            raise KBError(f"{p}: cannot read knowledge-base file ({exc.strerror})") from None
        h.update(text.encode())
        _load_into(kb, p, text, replace=True)
    kb.version = "kb-" + h.hexdigest()[:10]
    kb.files = extra
    return kb


def check_kb(kb: KB) -> list[str]:
    """Consistency problems, each naming the entry; an empty list means the KB is sound."""
    problems: list[str] = []
    for org in kb.orgs.values():
        for m in org.members:
            if m.code not in kb.states and m.code not in kb.orgs:
                problems.append(f"organisation {org.id}: member '{m.code}' is not a known state")
            if m.start and m.end and m.end < m.start:
                problems.append(f"organisation {org.id}: member {m.code} leaves before it joins")
        if org.parent and org.parent not in kb.orgs:
            problems.append(f"organisation {org.id}: parent '{org.parent}' is not a known organisation")
    for p in kb.people:
        for o in p.offices:
            if o.code not in kb.states and o.code not in kb.orgs:
                problems.append(f"person {p.name}: office code '{o.code}' is not a known state or organisation")
            if o.sector not in SECTORS:
                problems.append(f"person {p.name}: unknown sector '{o.sector}'")
    for lang, roles in kb.roles.items():
        for r in roles:
            if r.sector and r.sector not in SECTORS:
                problems.append(f"role '{r.texts[0]}' ({lang}): unknown sector '{r.sector}'")
            if r.code and r.code not in kb.states and r.code not in kb.orgs:
                problems.append(f"role '{r.texts[0]}' ({lang}): unknown code '{r.code}'")
    return problems


__all__ = ["KB", "State", "Organisation", "Person", "Office", "Role", "Membership", "load_kb", "check_kb", "LANGS"]
