"""The rule tree: every rule file of the library, in one schema, read by one strict loader.

A rule file is a TOML file under ``src/perangkat_daerah/<package>/data/``. Each table that has
a ``versions`` key is one rule; any other table groups rules. A rule is addressed by its
dotted path ``<package>.<file>.<group>.<rule>``, e.g. ``anggaran.aturan.pendidikan_min``::

    [pendidikan_min]
    description = "Belanja pendidikan, minimum share of belanja daerah"
    uraian = "Porsi paling sedikit belanja pendidikan dari belanja daerah"
    unit = "percent"
    [[pendidikan_min.versions]]
    value = "0.20"
    valid_from = 2003-07-08
    citations = ["UU 20/2003 Pasal 49 ayat (1)"]
    note = "..."

Unknown keys are refused; every problem of a file is reported at once, each with the file
and the key path. Floats are read as exact :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar, overload

import attrs

from perangkat_daerah._data import package_files, tomllib
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.law._citation import Citation
from perangkat_daerah.law._rules import Rule, RuleTable

__all__ = [
    "RuleFileError",
    "Unit",
    "check_rows",
    "iter_rules",
    "load_rule_file",
    "rule",
    "rule_files",
    "rule_table",
    "rules",
    "value",
]

T = TypeVar("T")
_ROOT = "perangkat_daerah"
_NOT_RULES = frozenset({"contoh"})
"""Packages whose ``data/`` holds sample models, not law (read by their own loaders)."""


class Unit(enum.Enum):
    """What a rule's value measures."""

    RUPIAH = "rupiah"
    PERCENT = "percent"
    """A share written as a decimal fraction (``0.20`` is 20%) or as percent points; the
    rule's description says which."""
    HARI_KERJA = "hari kerja"
    HARI = "hari"
    JAM = "jam"
    MENIT = "menit"
    BULAN = "bulan"
    TAHUN = "tahun"
    TANGGAL = "tanggal"
    COUNT = "count"
    SCORE = "score"
    TEXT = "text"
    FLAG = "flag"
    TABLE = "table"


@attrs.frozen
class _Version:
    value: Any
    valid_from: date
    valid_until: date | None = None
    citations: tuple[Citation, ...] = ()
    unverified: bool = False
    provisional: bool = False
    note: str = ""


@attrs.frozen
class _Rule:
    description: str
    unit: Unit
    versions: tuple[_Version, ...]
    uraian: str = ""


class RuleFileError(ValidationError):
    """A rule file that breaks the schema; every problem names the file and the key path."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        super().__init__(attrs.evolve(p, path=f"{file}:{p.path}") for p in problems)


def _build(path: str, raw: Mapping[str, Any]) -> RuleTable[Any]:
    from perangkat_daerah.io import structure  # io builds on law: imported when first used

    spec = structure(raw, _Rule)
    versions = []
    problems: list[Problem] = []
    for i, v in enumerate(spec.versions):
        try:
            versions.append(
                Rule(
                    v.value,
                    v.valid_from,
                    v.valid_until,
                    v.citations,
                    v.unverified,
                    v.note,
                    v.provisional,
                )
            )
        except ValidationError as exc:
            problems.extend(exc.under(f"versions[{i}]").problems)
    if problems:
        raise ValidationError(problems)
    try:
        return RuleTable(
            path, versions, description=spec.description, unit=spec.unit.value, uraian=spec.uraian
        )
    except ValidationError as exc:  # the table names itself; the walk adds the key path
        raise ValidationError(
            attrs.evolve(p, path=p.path.removeprefix(f"{path}.")) for p in exc.problems
        ) from None


def _walk(
    node: Mapping[str, Any], prefix: str, key: str, out: dict[str, RuleTable[Any]]
) -> list[Problem]:
    problems: list[Problem] = []
    for name, child in node.items():
        where = f"{key}.{name}" if key else name
        if not isinstance(child, dict):
            problems.append(
                Problem(where, "expected a rule (a table with versions) or a group of rules", child)
            )
        elif "versions" in child:
            try:
                out[where] = _build(f"{prefix}.{where}", child)
            except ValidationError as exc:
                problems.extend(exc.under(where).problems)
        else:
            problems.extend(_walk(child, prefix, where, out))
    return problems


def load_rule_file(text: str, file: str, prefix: str) -> Mapping[str, RuleTable[Any]]:
    """The rules of one rule file's ``text``, keyed by their path inside the file.

    ``file`` names the file in errors; ``prefix`` (``package.file``) starts every rule's name.
    Raises :class:`RuleFileError` listing every problem.

    >>> text = '''
    ... [batas]
    ... description = "A limit"
    ... unit = "hari kerja"
    ... [[batas.versions]]
    ... value = 5
    ... valid_from = 2020-11-02
    ... valid_untill = 2021-01-01
    ... citations = ["UU 11/2020 Pasal 175 angka 7"]
    ... '''
    >>> load_rule_file(text, "contoh.toml", "contoh")
    Traceback (most recent call last):
    ...
    perangkat_daerah.law._tree.RuleFileError: contoh.toml:batas.versions[0].valid_untill: unknown field (got 2021-01-01)
    """
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(file, [Problem("", f"not valid TOML: {exc}")]) from None
    out: dict[str, RuleTable[Any]] = {}
    problems = _walk(data, prefix, "", out)
    if problems:
        raise RuleFileError(file, problems)
    return MappingProxyType(out)


@functools.cache
def rule_files() -> tuple[str, ...]:
    """Every rule file of the library, as ``package.file`` prefixes, sorted."""
    found: list[str] = []
    for pkg in package_files(_ROOT).iterdir():
        if pkg.name in _NOT_RULES or not pkg.is_dir():
            continue
        data = pkg.joinpath("data")
        if data.is_dir():
            found.extend(
                f"{pkg.name}.{f.name[:-5]}" for f in data.iterdir() if f.name.endswith(".toml")
            )
    return tuple(sorted(found))


@functools.cache
def _file(prefix: str) -> Mapping[str, RuleTable[Any]]:
    package, _, stem = prefix.partition(".")
    # walk from the root package: asking for a subpackage's files would import it
    resource = package_files(_ROOT).joinpath(package).joinpath("data").joinpath(f"{stem}.toml")
    return load_rule_file(
        resource.read_text(encoding="utf-8"), f"{package}/data/{stem}.toml", prefix
    )


@functools.cache
def _is_rule_file(prefix: str) -> bool:
    """``prefix in rule_files()``, looking at that one file only (no listing of every package)."""
    package, _, stem = prefix.partition(".")
    if not (package.isidentifier() and stem.isidentifier()) or package in _NOT_RULES:
        return prefix in rule_files()
    data = package_files(_ROOT).joinpath(package).joinpath("data")
    return data.joinpath(f"{stem}.toml").is_file()


def _split(path: str) -> tuple[str, str]:
    parts = path.split(".")
    prefix = ".".join(parts[:2])
    if len(parts) < 2 or not _is_rule_file(prefix):
        raise KeyError(f"no rule file for {path!r} (rule files: {', '.join(rule_files())})")
    return prefix, ".".join(parts[2:])


def _table(path: str) -> RuleTable[Any]:
    prefix, key = _split(path)
    try:
        return _file(prefix)[key]
    except KeyError:
        raise KeyError(f"no rule {key!r} in {prefix} (rules: {', '.join(_file(prefix))})") from None


_TYPED: dict[tuple[str, object], RuleTable[Any]] = {}


def _typed(path: str, cls: type[T]) -> RuleTable[T]:
    cached = _TYPED.get((path, cls))
    if cached is not None:
        return cached
    from perangkat_daerah.io import structure  # io builds on law: imported when first used

    table = _table(path)
    prefix, key = _split(path)
    file = f"{prefix.replace('.', '/data/', 1)}.toml"
    versions = []
    problems: list[Problem] = []
    for i, v in enumerate(table.versions):
        try:
            versions.append(attrs.evolve(v, value=structure(v.value, cls)))
        except ValidationError as exc:
            problems.extend(exc.under(f"{key}.versions[{i}].value").problems)
    if problems:
        raise RuleFileError(file, problems)
    typed: RuleTable[T] = attrs.evolve(table, versions=versions)
    _TYPED[path, cls] = typed
    return typed


def check_rows(path: str, field: str, allowed: Iterable[str]) -> None:
    """Refuse unknown keys in the rows of a table value, naming the file and the key.

    For table values whose keys are not Python names (``"kabupaten/kota"``) or that are read
    as plain tables, where ``rule_table(path, cls)`` does not check them. ``field`` is the
    dotted path of the rows in the value (``""``: the value itself); a table there is checked
    as one row.

    >>> check_rows("organisasi.eselon.eselon", "baris", ["peran", "provinsi", "kabupaten/kota"])
    """
    table = _table(path)
    prefix, key = _split(path)
    known = set(allowed)
    problems = []
    for i, v in enumerate(table.versions):
        rows = v.value
        for name in filter(None, field.split(".")):
            rows = rows.get(name, ()) if isinstance(rows, Mapping) else ()
        where = f"{key}.versions[{i}].value" + (f".{field}" if field else "")
        if isinstance(rows, Mapping):  # one table: its keys
            problems += [
                Problem(f"{where}.{k}", "unknown field", rows[k]) for k in rows if k not in known
            ]
            continue
        problems += [
            Problem(f"{where}[{j}].{k}", "unknown field", row[k])
            for j, row in enumerate(rows)
            for k in row
            if k not in known
        ]
    if problems:
        raise RuleFileError(f"{prefix.replace('.', '/data/', 1)}.toml", problems)


@overload
def rule_table(path: str) -> RuleTable[Any]: ...
@overload
def rule_table(path: str, cls: type[T]) -> RuleTable[T]: ...
def rule_table(path: str, cls: type[T] | None = None) -> RuleTable[Any]:
    """The rule at ``path`` (``package.file.key``) with all its versions; with ``cls``, each
    value structured into ``cls`` by the library's converter (errors name file and key).

    >>> rule_table("anggaran.aturan.pendidikan_min").unit
    'percent'
    """
    return _table(path) if cls is None else _typed(path, cls)


def rule(path: str, pada: date) -> Rule[Any]:
    """The version of the rule at ``path`` in force on ``pada``.

    >>> from datetime import date
    >>> r = rule("anggaran.aturan.pendidikan_min", pada=date(2026, 1, 1))
    >>> r.value, str(r.citations[-1])
    ('0.20', 'UU 20/2003 Pasal 49 ayat (1)')
    """
    return rule_table(path).at(pada)


def value(path: str, pada: date) -> Any:
    """The value of the rule at ``path`` in force on ``pada``."""
    return rule_table(path).value_at(pada)


def rules(prefix: str) -> Mapping[str, RuleTable[Any]]:
    """Every rule under ``prefix`` (a file ``package.file`` or a group in it), keyed by the
    rest of its path.

    >>> "kip_pemberitahuan" in rules("sla.batas_waktu")
    True
    """
    file, key = _split(prefix)
    table = _file(file)
    if not key:
        return table
    start = key + "."
    return MappingProxyType({k[len(start) :]: t for k, t in table.items() if k.startswith(start)})


def iter_rules() -> Iterator[RuleTable[Any]]:
    """Every rule of every rule file (loads them all)."""
    for prefix in rule_files():
        yield from _file(prefix).values()
