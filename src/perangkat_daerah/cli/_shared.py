"""Plumbing shared by the subcommands: the common options, the output context, exit codes,
and reading numbers, dates, regions and files from the command line.

Every number typed on the command line goes through :func:`number` (one place, so that it
can be pointed at the library's number policy module once it exists).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import attrs

from perangkat_daerah import io
from perangkat_daerah._data import tomllib
from perangkat_daerah.errors import Problem, ValidationError

if TYPE_CHECKING:
    from perangkat_daerah.calendar import WorkCalendar

__all__ = [
    "EXIT_BREACH",
    "EXIT_OK",
    "EXIT_USAGE",
    "Context",
    "Runner",
    "add_calendar_options",
    "add_common",
    "add_lang",
    "calendar",
    "calendar_of",
    "command",
    "group",
    "load_structured",
    "model",
    "number",
    "parse_date",
    "parse_datetime",
    "read_text",
    "show_log",
    "whole",
]

EXIT_OK = 0
"""The command ran and found nothing wrong."""
EXIT_BREACH = 1
"""The command ran and its check found a breach (APBD rules, validation errors, a late
deadline, a plugin that failed to load)."""
EXIT_USAGE = 2
"""Bad input or usage: one line on standard error."""


def add_common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """Add ``--json``, ``--lang`` and ``-v/--verbose`` to ``parser``.

    On a subcommand the options default to "not given" so that the same option given before
    the subcommand name still counts (``perangkat-daerah --json cite ...`` and
    ``perangkat-daerah cite ... --json`` are the same).
    """

    def default(value: object) -> Any:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--json",
        action="store_true",
        default=default(False),
        help="print the library's JSON of the result instead of text",
    )
    add_lang(parser, top=top)
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default(0),
        help="log what the library does (data loaded, plugins found, rules selected) to stderr",
    )


def add_lang(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """Add ``--lang id|en`` (on a subcommand it defaults to "not given", as in
    :func:`add_common`)."""
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default="id" if top else argparse.SUPPRESS,
        help="language of the text output (default: id, Bahasa Indonesia)",
    )


_HANDLER = "perangkat-daerah-cli"


def show_log(verbose: int) -> None:
    """With ``verbose``, print the library's log (debug and up) on standard error; without
    it, leave the library's loggers as the library leaves them (unconfigured)."""
    root = logging.getLogger("perangkat_daerah")
    for old in [h for h in root.handlers if h.name == _HANDLER]:
        root.removeHandler(old)
    root.setLevel(logging.NOTSET)
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.name = _HANDLER
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)


T = TypeVar("T")
M = TypeVar("M")


@attrs.frozen
class Context:
    """Where and how a subcommand writes its result."""

    out: TextIO
    json: bool = False
    lang: str = "id"

    def t(self, id_text: T, en_text: T) -> T:
        """The text in the chosen language."""
        return en_text if self.lang == "en" else id_text

    def emit(self, value: object, human: Callable[[], str]) -> None:
        """Write ``value`` as the library's JSON with ``--json``, else the text ``human()``."""
        if self.json:
            self.out.write(io.to_json(value) + "\n")
        else:
            text = human()
            self.out.write(text if text.endswith("\n") else text + "\n")


_MACHINE = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_INDONESIAN = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)?|-?[0-9]+(?:,[0-9]+)?")
_AMBIGUOUS = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]{3})+")
_MAX_DIGITS = 30


def number(text: str, field: str, *, format: str = "machine") -> Decimal:
    """A number typed by the user, under the library's number-reading policy.

    ASCII digits, an optional leading ``-``; ``format="machine"`` (the default) reads ``.``
    as the decimal separator with no thousands separators (``1250000.50``) and rejects
    ``1.000`` as ambiguous; ``format="id"`` reads ``1.250.000,50``. At most 30 significant
    digits; no exponents, no ``_``, no spaces.

    >>> number("1250000.50", "jumlah")
    Decimal('1250000.50')
    >>> number("1.250.000,50", "jumlah", format="id")
    Decimal('1250000.50')
    >>> number("1.000", "populasi")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: populasi: ambiguous number: '.' is the decimal point here and thousands separators are not allowed (write 1000 if that is meant) (got '1.000')
    """
    if format == "id":
        if not _INDONESIAN.fullmatch(text):
            raise ValidationError.single(
                field, "expected a number in Indonesian format like 1.250.000,50", text
            )
        plain = text.replace(".", "").replace(",", ".")
    else:
        if _AMBIGUOUS.fullmatch(text):
            raise ValidationError.single(
                field,
                "ambiguous number: '.' is the decimal point here and thousands separators "
                f"are not allowed (write {text.replace('.', '')} if that is meant)",
                text,
            )
        if not _MACHINE.fullmatch(text):
            raise ValidationError.single(field, "expected a number like 1250000.50", text)
        plain = text
    if len(plain.lstrip("-").replace(".", "").lstrip("0")) > _MAX_DIGITS:
        raise ValidationError.single(field, f"more than {_MAX_DIGITS} significant digits", text)
    return Decimal(plain)


def whole(text: str, field: str, *, minimum: int = 0) -> int:
    """A whole number typed by the user (:func:`number`, then integral and ``>= minimum``).

    >>> whole("14", "jumlah")
    14
    """
    value = number(text, field)
    if value != value.to_integral_value() or value < minimum:
        raise ValidationError.single(field, f"expected a whole number, at least {minimum}", text)
    return int(value)


def parse_date(text: str, field: str) -> date:
    """An ISO date ``YYYY-MM-DD``.

    >>> parse_date("2026-06-17", "date")
    datetime.date(2026, 6, 17)
    """
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise ValidationError.single(field, "expected a date YYYY-MM-DD", text)
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError.single(field, str(exc), text) from None


def parse_datetime(text: str, field: str) -> datetime:
    """An ISO datetime ``YYYY-MM-DDTHH:MM[:SS][+HH:MM]`` (the zone may be left out)."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+(?:Z|[+-][0-9:]+)?", text):
        raise ValidationError.single(
            field, "expected a date and time like 2026-03-16T09:00 or 2026-03-16T09:00+08:00", text
        )
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValidationError.single(field, str(exc), text) from None


def read_text(path: str, field: str = "file") -> str:
    """The UTF-8 text of ``path`` (``-`` is standard input); a one-line error otherwise."""
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError.single(field, f"cannot read: {exc.strerror}", path) from None
    except UnicodeDecodeError:
        raise ValidationError.single(field, "not UTF-8 text", path) from None


def load_structured(path: str, field: str = "file") -> Any:
    """The plain data of a JSON or TOML file (by its suffix; ``.json`` for standard input)."""
    text = read_text(path, field)
    if path.endswith(".toml"):
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ValidationError.single(field, f"invalid TOML: {exc}", path) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError.single(field, f"invalid JSON: {exc}", path) from None


def calendar(
    kode: str | None, *, cuti_bersama: bool = True, estimates: bool = False
) -> WorkCalendar:
    """The working-day calendar of region ``kode`` (national without one); ``estimates``
    answers years without a decree with provisional estimates."""
    from perangkat_daerah.calendar import WorkCalendar  # lazy: fast start

    if kode is None:
        return WorkCalendar.national(cuti_bersama=cuti_bersama, estimates=estimates)
    return WorkCalendar.for_region(kode, cuti_bersama=cuti_bersama, estimates=estimates)


def add_calendar_options(parser: argparse.ArgumentParser) -> None:
    """``--daerah``, ``--no-cuti-bersama`` and ``--estimates``: which calendar counts."""
    parser.add_argument("--daerah", metavar="KODE", help="a Kemendagri code (default: national)")
    parser.add_argument(
        "--no-cuti-bersama",
        action="store_true",
        help="count cuti bersama as working days (the private sector's option)",
    )
    parser.add_argument(
        "--estimates",
        action="store_true",
        help="for a year without an official decree, use estimated holidays (marked provisional)",
    )


def calendar_of(args: argparse.Namespace, kode: str | None = None) -> WorkCalendar:
    """The calendar the options of :func:`add_calendar_options` ask for (``kode`` when
    ``--daerah`` is not given)."""
    return calendar(
        args.daerah or kode,
        cuti_bersama=not args.no_cuti_bersama,
        estimates=args.estimates,
    )


Runner = Callable[[argparse.Namespace, Context], int]


def command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str, run: Runner
) -> argparse.ArgumentParser:
    """A subcommand ``name`` with the common options, run by ``run(args, ctx)``."""
    parser = sub.add_parser(name, help=help, description=help)
    add_common(parser)
    parser.set_defaults(run=run)
    return parser


def group(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """A command ``name`` with its own subcommands (``perangkat-daerah calendar month``)."""
    parser = sub.add_parser(name, help=help, description=help)
    add_common(parser)
    inner = parser.add_subparsers(dest=f"{name}_command", metavar="SUBCOMMAND", required=True)
    return inner


_SHOWN_PROBLEMS = 5
_SHOWN_VALUE = 60


def model(data: Any, cls: type[M], source: str) -> M:
    """``data`` structured as the library's ``cls``; a file that does not fit reports its
    first five problems (long values elided) and how many more there are in ``source``."""
    from perangkat_daerah.io import structure  # lazy: fast start

    try:
        return structure(data, cls)
    except ValidationError as exc:
        shown = [
            p if len(repr(p.value)) <= _SHOWN_VALUE else Problem(p.path, p.message)
            for p in exc.problems[:_SHOWN_PROBLEMS]
        ]
        more = len(exc.problems) - len(shown)
        if more:
            shown.append(Problem("", f"and {more} more problems in {source}"))
        raise ValidationError(shown) from None
