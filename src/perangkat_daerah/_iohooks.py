"""Hooks for the :mod:`perangkat_daerah.io` converter registered without importing it (private).

A domain that teaches the converter a type (the calendar, the SLA deadline) registers a
function here; it runs on the converter as soon as :mod:`perangkat_daerah.io` is imported, or at
once when it already is. So importing a domain does not import cattrs: the first
``import perangkat_daerah.calendar`` stays fast, and ``io`` still knows every domain type
imported before it is used.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, get_origin

from perangkat_daerah.errors import NotSerializableError

if TYPE_CHECKING:
    import cattrs

__all__ = ["attach", "refusing", "when_converter"]

Registration = Callable[["cattrs.Converter"], None]

_lock = threading.Lock()
_pending: list[Registration] = []
_attached: list[cattrs.Converter] = []


def when_converter(register: Registration) -> None:
    """Run ``register`` on the io converter: now if it exists, else when it is built."""
    with _lock:
        if not _attached:
            _pending.append(register)
            return
        converter = _attached[0]
    register(converter)


def attach(converter: cattrs.Converter) -> None:
    """Called once by :mod:`perangkat_daerah.io` when its converter is configured."""
    with _lock:
        _attached.append(converter)
        waiting = list(_pending)
        _pending.clear()
    for register in waiting:
        register(converter)


def refusing(cls: type, reason: str) -> Registration:
    """The registration that makes writing or reading ``cls`` (or ``cls[X]`` for a generic
    class) raise :class:`~perangkat_daerah.errors.NotSerializableError` with ``reason`` (what
    to store instead); :func:`perangkat_daerah.io.not_serializable` applies it at once, a
    domain below io passes it to :func:`when_converter`."""

    def refuse(*_: object) -> NoReturn:
        raise NotSerializableError(cls.__name__, reason)

    def matches(t: Any) -> bool:
        return t is cls or get_origin(t) is cls

    def register(converter: cattrs.Converter) -> None:
        converter.register_unstructure_hook_func(matches, refuse)
        converter.register_structure_hook_func(matches, refuse)

    return register
