"""The hook through which a region adds non-working days and extra working days.

A region layer is keyed by a Kemendagri code. :meth:`WorkCalendar.for_region` consults the
layers registered for the region and for every region above it (kab/kota, then province),
on top of the national data. The plugin registry of the library builds on this hook.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Protocol, TypeVar, runtime_checkable

import attrs

from perangkat_daerah.calendar._model import HariKerjaPengganti, HariLibur
from perangkat_daerah.errors import PluginError, ValidationError
from perangkat_daerah.wilayah import KodeWilayah

__all__ = [
    "CalendarLayer",
    "StaticLayer",
    "layers_for",
    "register_layer",
    "registry_generation",
    "unregister_layer",
]

T = TypeVar("T")


@runtime_checkable
class CalendarLayer(Protocol):
    """What a region contributes to its working calendar, year by year.

    ``holidays(year)`` gives the region's extra non-working days (kind usually
    :attr:`~perangkat_daerah.calendar.JenisLibur.LIBUR_DAERAH`), each with its decree;
    ``extra_working_days(year)`` gives weekend days the region decreed working days (Aceh's
    made-up Saturdays). Both may be empty. A layer must be immutable.
    """

    @property
    def kode(self) -> KodeWilayah: ...  # pragma: no branch

    def holidays(self, year: int) -> Iterable[HariLibur]: ...  # pragma: no branch

    def extra_working_days(
        self, year: int
    ) -> Iterable[HariKerjaPengganti]: ...  # pragma: no branch


def _holidays(values: Iterable[HariLibur]) -> tuple[HariLibur, ...]:
    return _checked(values, HariLibur)


def _extra(values: Iterable[HariKerjaPengganti]) -> tuple[HariKerjaPengganti, ...]:
    return _checked(values, HariKerjaPengganti)


def _checked(values: Iterable[T], kind: type[T]) -> tuple[T, ...]:
    out = tuple(values)
    for i, v in enumerate(out):
        if not isinstance(v, kind):
            raise ValidationError.single(f"[{i}]", f"expected a {kind.__name__}", v)
    return out


@attrs.frozen
class StaticLayer:
    """A region layer over fixed lists of days (e.g. read from a governor's circular).

    >>> from datetime import date
    >>> layer = StaticLayer("11", extra_working=[
    ...     HariKerjaPengganti(date(2024, 6, 22), "pengganti 2024-06-19",
    ...                        keputusan=["Kepgub 100.3.3.1/845/2024"])])
    >>> [d.tanggal.isoformat() for d in layer.extra_working_days(2024)]
    ['2024-06-22']
    >>> layer.extra_working_days(2025)
    ()
    """

    kode: KodeWilayah = attrs.field(converter=KodeWilayah)
    libur: tuple[HariLibur, ...] = attrs.field(default=(), converter=_holidays)
    extra_working: tuple[HariKerjaPengganti, ...] = attrs.field(default=(), converter=_extra)

    def holidays(self, year: int) -> tuple[HariLibur, ...]:
        """The layer's non-working days in ``year``."""
        return tuple(h for h in self.libur if h.tanggal.year == year)

    def extra_working_days(self, year: int) -> tuple[HariKerjaPengganti, ...]:
        """The layer's extra working days in ``year``."""
        return tuple(h for h in self.extra_working if h.tanggal.year == year)


_layers: dict[KodeWilayah, CalendarLayer] = {}
_generation = [0]
_lock = threading.Lock()


def register_layer(layer: CalendarLayer) -> None:
    """Make ``layer`` part of the calendar of its region and of every region below it.

    Registering the same layer twice is harmless; a second, different layer for the same
    code is a :class:`~perangkat_daerah.errors.PluginError`.
    """
    if not isinstance(layer, CalendarLayer):
        raise ValidationError.single(
            "layer", "needs kode, holidays(year) and extra_working_days(year)", layer
        )
    kode = KodeWilayah(layer.kode)
    with _lock:
        present = _layers.get(kode)
        if present is not None and present != layer:
            raise PluginError(
                type(layer).__name__, None, f"region {kode.kode} already has a calendar layer"
            )
        _layers[kode] = layer
        _generation[0] += 1


def unregister_layer(layer: CalendarLayer) -> None:
    """Remove a layer added with :func:`register_layer` (no error if absent)."""
    with _lock:
        kode = KodeWilayah(layer.kode)
        if _layers.get(kode) == layer:
            del _layers[kode]
            _generation[0] += 1


def registry_generation() -> int:
    """A number that changes whenever a layer is registered or removed."""
    return _generation[0]


def layers_for(kode: KodeWilayah) -> tuple[CalendarLayer, ...]:
    """The layers of ``kode`` and the regions above it, outermost (province) first."""
    chain: list[KodeWilayah] = []
    k: KodeWilayah | None = kode
    while k is not None:
        chain.append(k)
        k = k.parent
    with _lock:
        return tuple(_layers[c] for c in reversed(chain) if c in _layers)
