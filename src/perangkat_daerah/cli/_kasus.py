"""Legal test cases as data (TOML), and ``perangkat-daerah kasus`` to run them.

A case file holds ``[[kasus]]`` tables. Each case names what it checks, the date, the inputs,
the expected result, the legal basis (``dasar``) and where the example comes from
(``sumber``). One of three kinds:

* ``aturan`` + ``pada``: the value of a rule of the rule tree on that date;
* ``kalender`` + ``metode`` + ``masukan``: a method of a :class:`WorkCalendar`
  (``kalender = {}`` is the national calendar, ``{ kode = "51" }`` a region's);
* ``fungsi`` + ``masukan``: a function of the library by its dotted name under
  ``perangkat_daerah`` (a ``masukan`` value ``{ kalender = {...} }`` becomes a calendar, and
  ``{ model = "pelayanan.StandarPelayanan", data = {...} }`` an object of that class read by
  :mod:`perangkat_daerah.io`); ``ambil`` picks an attribute of the result (a method is called
  without arguments). A finding compares by its rule code, so a validation's expected
  ``hasil`` is the list of the rules it reports (``[]``: clean).

``hasil`` is the expected value; ``galat`` instead names the expected error class.
Unknown keys are refused, like in the rule files.
"""

from __future__ import annotations

import argparse
import enum
import importlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TextIO

import attrs

from perangkat_daerah import law
from perangkat_daerah._data import tomllib
from perangkat_daerah.cli._shared import add_lang
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation

__all__ = ["Hasil", "Kasus", "add_parser", "load_cases", "run", "run_case"]

_ROOT = "perangkat_daerah"


@attrs.frozen
class Kalender:
    """The calendar a case runs on: national (no ``kode``) or a region's. ``minggu_kerja``:
    the working days of the week the case sets (5 or 6; the case's own ``dasar`` cites it),
    else the region's or the national week."""

    kode: str | None = None
    cuti_bersama: bool = True
    minggu_kerja: int | None = None


@attrs.frozen
class Kasus:
    """One legal test case."""

    nama: str
    sumber: str
    dasar: tuple[Citation, ...] = ()
    aturan: str | None = None
    pada: date | None = None
    kalender: Kalender | None = None
    metode: str | None = None
    fungsi: str | None = None
    masukan: Any = None
    ambil: str = ""
    hasil: Any = None
    galat: str | None = None


@attrs.frozen
class _File:
    kasus: tuple[Kasus, ...]


@attrs.frozen
class Hasil:
    """The outcome of one case: where it is, whether it passed, and why not."""

    file: str
    kasus: Kasus
    ok: bool
    pesan: str = ""

    def __str__(self) -> str:
        mark = "ok  " if self.ok else "FAIL"
        tail = f": {self.pesan}" if self.pesan else ""
        return f"{mark} {self.file} :: {self.kasus.nama}{tail}"


def load_cases(path: Path) -> tuple[Kasus, ...]:
    """The cases of one TOML file; :class:`ValidationError` naming file and key if malformed."""
    from perangkat_daerah.io import structure

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        return structure(data, _File).kasus
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError.single(str(path), f"not valid TOML: {exc}") from None
    except ValidationError as exc:
        raise ValidationError(
            attrs.evolve(p, path=f"{path}:{p.path}") for p in exc.problems
        ) from None


def _calendar(k: Kalender) -> Any:
    from perangkat_daerah.calendar import MingguKerja, WorkCalendar

    week = None
    if k.minggu_kerja is not None:
        try:
            week = MingguKerja(k.minggu_kerja, unverified=True, catatan="set by a legal test case")
        except ValidationError as exc:
            path = "kalender.minggu_kerja"
            raise ValidationError(attrs.evolve(p, path=path) for p in exc.problems) from None
    if k.kode is None:
        return WorkCalendar.national(cuti_bersama=k.cuti_bersama, minggu_kerja=week)
    return WorkCalendar.for_region(k.kode, cuti_bersama=k.cuti_bersama, minggu_kerja=week)


def _argument(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"kalender"}:
        from perangkat_daerah.io import structure

        return _calendar(structure(value["kalender"], Kalender))
    if isinstance(value, dict) and set(value) == {"model", "data"}:
        from perangkat_daerah.io import structure

        model = _resolve(str(value["model"]))
        if not isinstance(model, type):
            raise ValidationError.single("masukan.model", "not a class", value["model"])
        return structure(value["data"], model)
    return value


def _resolve(dotted: str) -> Any:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join([_ROOT, *parts[:cut]]))
        except ImportError:
            continue
        for name in parts[cut:]:
            obj = getattr(obj, name)
        return obj
    raise ValidationError.single("fungsi", "no such function in perangkat_daerah", dotted)


def _call(target: Any, masukan: Any) -> Any:
    if masukan is None:
        return target()
    if isinstance(masukan, Mapping):
        return target(**{k: _argument(v) for k, v in masukan.items()})
    if isinstance(masukan, Sequence) and not isinstance(masukan, str):
        return target(*(_argument(v) for v in masukan))
    return target(_argument(masukan))


def _compute(k: Kasus) -> Any:
    if k.aturan is not None:
        if k.pada is None:
            raise ValidationError.single("pada", "a rule case needs the date it asks about")
        rule = law.rule(k.aturan, pada=k.pada)
        missing = [str(c) for c in k.dasar if c not in rule.citations]
        if missing:
            raise AssertionError(f"dasar {missing} not among the rule's citations ({rule.basis})")
        return rule.value
    if k.metode is not None:
        return _call(getattr(_calendar(k.kalender or Kalender()), k.metode), k.masukan)
    if k.fungsi is not None:
        return _call(_resolve(k.fungsi), k.masukan)
    raise ValidationError.single("kasus", "needs one of aturan, metode (with kalender) or fungsi")


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, law.Finding):
        return value.rule
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _matches(got: Any, expected: Any) -> bool:
    got = _plain(got)
    if isinstance(got, (Fraction, Decimal)) or isinstance(expected, (Fraction, Decimal)):
        try:
            return Fraction(str(got)) == Fraction(str(expected))
        except (ValueError, ZeroDivisionError):
            return False
    if isinstance(got, list) and isinstance(expected, list):
        return len(got) == len(expected) and all(map(_matches, got, expected))
    return bool(got == expected)


def run_case(k: Kasus, file: str = "") -> Hasil:
    """Run one case and say whether the library gives the expected result."""
    try:
        got = _compute(k)
        for name in filter(None, k.ambil.split(".")):
            got = getattr(got, name)
            got = got() if callable(got) else got
    except Exception as exc:  # a case reports any failure of the code it runs
        if k.galat is not None and type(exc).__name__ == k.galat:
            return Hasil(file, k, True)
        return Hasil(file, k, False, f"{type(exc).__name__}: {exc}")
    if k.galat is not None:
        return Hasil(file, k, False, f"expected {k.galat}, got {got!r}")
    if not _matches(got, k.hasil):
        return Hasil(file, k, False, f"expected {k.hasil!r}, got {_plain(got)!r}")
    return Hasil(file, k, True)


def _files(paths: Iterable[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob("*.toml")))
        elif p.exists():
            out.append(p)
        else:
            raise ValidationError.single("path", "no such file or directory", str(p))
    return out


def add_parser(sub: Any) -> None:
    """Register the ``kasus`` subcommand on the CLI's subparsers."""
    p = sub.add_parser("kasus", help="run legal test cases written as TOML files")
    p.add_argument("paths", nargs="+", help="case files or directories of them")
    add_lang(p)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run every case of the given files; exit status 1 when one fails."""
    results = [run_case(k, str(f)) for f in _files(args.paths) for k in load_cases(f)]
    en = args.lang == "en"
    for r in results:
        if en:
            out.write(f"{r}\n")
        else:
            tail = f": {r.pesan}" if r.pesan else ""
            out.write(f"{'ok   ' if r.ok else 'GAGAL'} {r.file} :: {r.kasus.nama}{tail}\n")
    failed = sum(not r.ok for r in results)
    passed = len(results) - failed
    out.write(f"{passed} passed, {failed} failed\n" if en else f"{passed} lulus, {failed} gagal\n")
    return 1 if failed else 0
