"""Shared attrs converters and validators of the value objects (private).

The attrs mypy plugin needs named functions as converters, so each model keeps its own
one-line converter that calls these.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

import attrs

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation

__all__ = ["citations", "non_empty_text", "require_basis", "typed_tuple"]

T = TypeVar("T")


def typed_tuple(values: Iterable[T], kind: type[T], field: str) -> tuple[T, ...]:
    """``values`` as a tuple, refusing any item that is not a ``kind`` (naming ``field[i]``).

    >>> typed_tuple([1, 2], int, "n")
    (1, 2)
    >>> typed_tuple([1, "2"], int, "n")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: n[1]: expected a int (got '2')
    """
    out = tuple(values)
    for i, v in enumerate(out):
        if not isinstance(v, kind):
            raise ValidationError.single(f"{field}[{i}]", f"expected a {kind.__name__}", v)
    return out


def citations(value: Iterable[Citation | str] | Citation | str) -> tuple[Citation, ...]:
    """One citation or many, as text or :class:`Citation`, as a tuple of citations."""
    if isinstance(value, (str, Citation)):
        value = [value]
    return tuple(c if isinstance(c, Citation) else Citation.parse(c) for c in value)


def non_empty_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: the field must be text that is not blank."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(attribute.name, "expected non-empty text", value)


def require_basis(dasar: tuple[Citation, ...], unverified: bool, what: str) -> None:
    """Refuse a confirmed ``what`` (a rule, a fund, a week …) that cites no legal basis."""
    if not dasar and not unverified:
        raise ValidationError.single(
            "dasar", f"a confirmed {what} needs its legal basis (or mark it unverified)", dasar
        )
