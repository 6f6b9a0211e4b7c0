"""The library's one cattrs converter and its friendly structuring errors."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from fractions import Fraction
from types import NoneType, UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, list_structure_factory
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)

from perangkat_daerah import angka
from perangkat_daerah._data import tomllib
from perangkat_daerah._deprecated import deprecated
from perangkat_daerah._iohooks import attach, refusing
from perangkat_daerah.errors import _NO_VALUE, NotSerializableError, Problem, ValidationError
from perangkat_daerah.law import Citation, Rule, RuleTable
from perangkat_daerah.money import Rupiah
from perangkat_daerah.wilayah import KodeWilayah

__all__ = [
    "converter",
    "from_json",
    "from_toml",
    "not_serializable",
    "rule_table",
    "structure",
    "to_json",
    "unstructure",
]

T = TypeVar("T")

converter = cattrs.Converter(forbid_extra_keys=True)
"""The configured :class:`cattrs.Converter` for every model of the library.

Dates and datetimes are ISO 8601 text (datetimes must carry a time zone), local times
``HH:MM`` text, ``Decimal``,
``Fraction`` and :class:`~perangkat_daerah.money.Rupiah` are exact decimal text, enums are
their values, citations and region codes are their customary text. Unknown keys are errors.
"""


def _expect(kind: type | tuple[type, ...], what: str, value: object) -> None:
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise ValidationError.single("", f"expected {what}", value)
    if not isinstance(value, kind):
        raise ValidationError.single("", f"expected {what}", value)


def _structure_date(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    _expect(str, "an ISO 8601 date like 2026-03-19", value)
    try:
        if len(str(value)) != 10:
            raise ValueError
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError.single(
            "", "expected an ISO 8601 date like 2026-03-19", value
        ) from None


def _structure_datetime(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        parsed = value
    else:
        _expect(str, "an ISO 8601 date-time with offset like 2026-03-19T08:00:00+08:00", value)
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError:
            raise ValidationError.single(
                "", "expected an ISO 8601 date-time like 2026-03-19T08:00:00+08:00", value
            ) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValidationError.single("", "a date-time needs a time zone offset", value)
    return parsed


def _structure_time(value: object, _: type) -> time:
    if isinstance(value, time):
        return value
    _expect(str, "a local time like 07:30", value)
    try:
        parsed = time.fromisoformat(str(value))
    except ValueError:
        raise ValidationError.single("", "expected a local time like 07:30", value) from None
    if parsed.tzinfo is not None:
        raise ValidationError.single("", "expected a local wall-clock time without offset", value)
    return parsed


def _unstructure_time(value: time) -> str:
    return value.isoformat("minutes" if value.second == value.microsecond == 0 else "auto")


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, float):
        raise ValidationError.single("", "expected exact decimal text, not a float", value)
    _expect((str, int, Decimal), "a decimal number as text", value)
    return angka.as_decimal(value)


def _structure_fraction(value: object, _: type) -> Fraction:
    if isinstance(value, float):
        raise ValidationError.single("", "expected an exact fraction as text, not a float", value)
    _expect((str, int), "a fraction like 1/9 or a decimal like 0.25", value)
    if isinstance(value, int):
        return Fraction(angka.int_decimal(value))
    return angka.parse_fraction(value)


def _structure_enum(value: object, target: type[enum.Enum]) -> enum.Enum:
    try:
        return target(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in target)
        raise ValidationError.single("", f"expected one of {allowed}", value) from None


def _strict(kind: type, what: str) -> Callable[[object, type], Any]:
    def hook(value: object, target: type) -> Any:
        if target is not kind and issubclass(target, enum.Enum):  # IntEnum, (str, Enum) ...
            return _structure_enum(value, target)
        _expect(kind, what, value)
        return value

    return hook


def _via(build: Callable[[Any], T]) -> Callable[[object, type], T]:
    def hook(value: object, _: type) -> T:
        try:
            return build(value)
        except ValidationError as exc:  # the path is the field's, given by the walk
            raise ValidationError(Problem("", p.message, p.value) for p in exc.problems) from None

    return hook


def _sequence_hook(t: Any, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    args = get_args(t)
    if get_origin(t) in (list, Sequence) or t is list:
        base: Callable[[Any, Any], Any] = list_structure_factory(t, conv)
    elif len(args) == 2 and args[1] is Ellipsis:
        base = homogenous_tuple_structure_factory(t, conv)
    else:
        base = conv._structure_tuple

    def hook(value: object, _: type) -> Any:
        if not isinstance(value, (list, tuple)):
            raise ValidationError.single("", "expected a list", value)
        return base(value, t)

    return hook


def _whole_or_exact(t: Any) -> bool:
    """``int | Fraction`` or ``int | Decimal`` (optionally ``| None``): a count or a share."""
    if get_origin(t) not in (Union, UnionType):
        return False
    kinds = set(get_args(t)) - {NoneType}
    return len(kinds) == 2 and int in kinds and bool(kinds & {Fraction, Decimal})


def _whole_or_exact_hook(t: Any, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    """A whole number reads back as ``int`` (it was written as a JSON integer); anything
    else as the exact type (written as text: ``"9/10"``, ``"0.75"``)."""
    exact = Fraction if Fraction in get_args(t) else Decimal
    optional = NoneType in get_args(t)

    def hook(value: object, _: type) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        return conv.structure(value, exact)

    return hook


def _structure_range(value: object, _: type) -> range:
    """``{"start": 2024, "stop": 2026}`` (``stop`` excluded, as in Python; ``step`` only
    when it is not 1)."""
    if not isinstance(value, dict):
        raise ValidationError.single(
            "", "expected a range like {'start': 2024, 'stop': 2026}", value
        )
    unknown = sorted(set(value) - {"start", "stop", "step"})
    if unknown:
        raise ValidationError.single(unknown[0], "unknown field", value[unknown[0]])
    problems = []
    parts: dict[str, int] = {}
    for key in ("start", "stop", "step"):
        if key not in value:
            if key != "step":
                problems.append(Problem(key, "required field is missing"))
            continue
        if not isinstance(value[key], int) or isinstance(value[key], bool):
            problems.append(Problem(key, "expected a whole number", value[key]))
        else:
            parts[key] = value[key]
    if parts.get("step", 1) == 0:
        problems.append(Problem("step", "a range step is not 0", 0))
    if problems:
        raise ValidationError(problems)
    return range(parts["start"], parts["stop"], parts.get("step", 1))


def _unstructure_range(r: range) -> dict[str, int]:
    out = {"start": r.start, "stop": r.stop}
    return out if r.step == 1 else {**out, "step": r.step}


converter.register_structure_hook(str, _strict(str, "text"))
converter.register_structure_hook(int, _strict(int, "a whole number"))
converter.register_structure_hook(bool, _strict(bool, "true or false"))


def _is_sequence(t: Any) -> bool:
    return (get_origin(t) or t) in (tuple, list, Sequence)


converter.register_structure_hook_factory(_is_sequence, _sequence_hook)
converter.register_structure_hook_factory(_whole_or_exact, _whole_or_exact_hook)
converter.register_structure_hook(range, _structure_range)
converter.register_unstructure_hook(range, _unstructure_range)
converter.register_structure_hook(enum.Enum, _structure_enum)
converter.register_structure_hook(date, _structure_date)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(datetime, _structure_datetime)
converter.register_unstructure_hook(datetime, datetime.isoformat)
converter.register_structure_hook(time, _structure_time)
converter.register_unstructure_hook(time, _unstructure_time)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Fraction, _structure_fraction)
converter.register_unstructure_hook(Fraction, str)
converter.register_structure_hook(Rupiah, _via(Rupiah))
converter.register_unstructure_hook(Rupiah, lambda r: str(r.amount))
converter.register_structure_hook(Citation, _via(Citation.parse))
converter.register_unstructure_hook(Citation, str)
converter.register_structure_hook(KodeWilayah, _via(KodeWilayah))
converter.register_unstructure_hook(KodeWilayah, str)


def _format_path(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif out:
            out += f".{part}"
        else:
            out = str(part)
    return out


def _value_at(data: object, path: Sequence[str | int]) -> object:
    for part in path:
        try:
            data = data[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return _NO_VALUE
    return data


def _walk(exc: BaseException, path: list[str | int], data: object) -> list[Problem]:
    if isinstance(exc, ValidationError):
        prefix = _format_path(path)
        return [p.under(prefix) for p in exc.problems]
    if isinstance(exc, ForbiddenExtraKeysError):
        where = _value_at(data, path)
        return [
            Problem(
                _format_path([*path, key]),
                "unknown field",
                where[key] if isinstance(where, dict) else _NO_VALUE,
            )
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, BaseValidationError):
        problems: list[Problem] = []
        for sub in exc.exceptions:
            sub_path = list(path)
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path.append(note.name)
                elif isinstance(note, IterableValidationNote):
                    sub_path.append(note.index)
            problems.extend(_walk(sub, sub_path, data))
        return problems
    if isinstance(exc, KeyError):
        return [Problem(_format_path(path), "required field is missing")]
    return [Problem(_format_path(path), str(exc) or type(exc).__name__, _value_at(data, path))]


def structure(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from plain data (dicts, lists, text); every bad field in one error.

    >>> from perangkat_daerah.wilayah import Daerah
    >>> structure({"kode": "5", "nama": "", "jenis": "provinsi", "zona_waktu": "WITA"}, Daerah)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: kode: expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (digits; e.g. 51, 51.71, 51.71.01, 51.71.01.1001) (got '5')
    """
    try:
        return converter.structure(data, cls)
    except (ValidationError, NotSerializableError):
        raise
    except Exception as exc:
        raise ValidationError(_walk(exc, [], data)) from exc


def not_serializable(cls: type, reason: str) -> None:
    """Declare that ``cls`` is behaviour, not data: writing or reading it raises
    :class:`~perangkat_daerah.errors.NotSerializableError` with ``reason`` (say what to
    store instead)."""
    refusing(cls, reason)(converter)


def unstructure(obj: object) -> Any:
    """Plain data (dicts, lists, text, numbers) for a model of the library."""
    return converter.unstructure(obj)


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """A model as JSON text; the inverse of :func:`from_json`.

    Every public model of the library round-trips (``from_json(to_json(x), type(x)) == x``)
    except the few that are behaviour rather than data; for those, and for any object the
    converter cannot express, :class:`~perangkat_daerah.errors.NotSerializableError` is
    raised (see :doc:`/reference/io`).

    >>> from perangkat_daerah.money import Rupiah
    >>> to_json({"pagu": Rupiah("1250000.50")}, indent=None)
    '{"pagu": "1250000.50"}'
    """
    try:
        return json.dumps(unstructure(obj), indent=indent, ensure_ascii=False)
    except NotSerializableError:
        raise
    except (TypeError, ValueError, RecursionError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise NotSerializableError(type(obj).__name__, reason) from None


def _json_int(text: str) -> int:
    """JSON integers are bounded like every number the library reads."""
    return angka.parse_int(text)


def _json_constant(name: str) -> object:
    raise ValidationError.single("", "not valid JSON: NaN and Infinity are not numbers", name)


def _loaded(load: Callable[[], object], kind: str) -> object:
    """Run a parser, turning every way it can fail into one ``ValidationError``."""
    try:
        return load()
    except ValidationError:
        raise
    except json.JSONDecodeError as exc:
        raise ValidationError.single(
            "", f"not valid JSON: {exc.msg} at line {exc.lineno}"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError.single("", f"not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ValidationError.single(
            "", f"not valid {kind}: not UTF-8 text (byte {exc.start} cannot be decoded)"
        ) from None
    except RecursionError:
        raise ValidationError.single("", f"not valid {kind}: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValidationError.single(
            "", f"not valid {kind}: {' '.join(str(exc).split())}"
        ) from None


def from_json(text: str | bytes, cls: type[T]) -> T:
    """A model from JSON text (``str``, or UTF-8 ``bytes``). Malformed JSON, text that is not
    UTF-8, nesting too deep to read, numbers beyond the number policy
    (:mod:`perangkat_daerah.angka`) and bad fields all raise ``ValidationError``.

    >>> from_json("[" * 100_000, list)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: not valid JSON: nested too deeply
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise ValidationError.single("", "expected JSON text or bytes", text)
    data = _loaded(
        lambda: json.loads(text, parse_int=_json_int, parse_constant=_json_constant), "JSON"
    )
    return _structured(data, cls)


def from_toml(text: str, cls: type[T]) -> T:
    """A model from TOML text (read with :mod:`tomllib`); every failure is a
    ``ValidationError``, as in :func:`from_json`."""
    if not isinstance(text, str):
        raise ValidationError.single("", "expected TOML text", text)
    return _structured(_loaded(lambda: tomllib.loads(text), "TOML"), cls)


def _structured(data: object, cls: type[T]) -> T:
    try:
        return structure(data, cls)
    except RecursionError:
        raise ValidationError.single("", "nested too deeply") from None


@deprecated("perangkat_daerah.io.rule_table", "a rule file read by perangkat_daerah.law")
def rule_table(name: str, versions: object, value_type: type[T]) -> RuleTable[T]:
    """A :class:`~perangkat_daerah.law.RuleTable` from plain data (e.g. a TOML array of tables).

    **Deprecated** (removed in 0.2): rules live in rule files read by the one loader,
    :func:`perangkat_daerah.law.load_rule_file` / :func:`perangkat_daerah.law.rule_table`.

    Each version is ``{value, valid_from, valid_until?, citations, unverified?, note?}``;
    errors name the table and the version.
    """
    try:
        built = structure(versions, tuple[Rule[value_type], ...])  # type: ignore[valid-type]
    except ValidationError as exc:
        raise exc.under(f"{name}.versions") from None
    return RuleTable(name, built)


attach(converter)  # the domains' hooks registered before io was imported (see _iohooks)
