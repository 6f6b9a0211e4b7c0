"""The plugin contract: typed hooks, the plugin object, and cited overrides.

The contract knows no domain type. Each domain declares the :class:`Hook` it consults in its
own package (the calendar declares ``calendar.CALENDAR_HOOK``, the SLA layer
``sla.JAM_KERJA_HOOK`` …); a plugin maps hook names to values, and the domain reads them
back through its hook, which checks the type.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

from perangkat_daerah._convert import citations, non_empty_text
from perangkat_daerah.errors import PluginError, ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.wilayah import KodeWilayah, ZonaWaktu

__all__ = ["API_VERSION", "ZONA_WAKTU_HOOK", "Hook", "Override", "RegionPlugin"]

T = TypeVar("T")

API_VERSION = 1
"""The version of the plugin contract this library implements. A plugin declares the version
it targets; any other version is refused with a :class:`~perangkat_daerah.errors.PluginError`."""


def _name(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.isidentifier():
        raise ValidationError.single(attribute.name, "expected a lower-case identifier", value)


@attrs.frozen
class Hook(Generic[T]):
    """A typed slot a domain consults: its name, the type a plugin must give, and whether
    one value wins (``single``) or every layer adds its own.

    A single-valued hook (service hours, time zone) takes the value of the nearest layer;
    a kab/kota that replaces its province's value must say why with an :class:`Override`.

    >>> h = Hook("jam_kerja", str, "service hours", single=True)
    >>> h.check("Senin 07:30-16:00", "51")
    'Senin 07:30-16:00'
    >>> h.check(42, "51")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.PluginError: region plugin '51': hook jam_kerja: expected a str (got 42)
    """

    name: str = attrs.field(validator=_name)
    kind: Any  # a class or a runtime-checkable protocol
    description: str
    single: bool = attrs.field(default=False, kw_only=True)

    def check(self, value: object, plugin: str, distribution: str | None = None) -> T:
        """``value`` if it has the hook's type, else a :class:`PluginError` naming the plugin."""
        if not isinstance(value, self.kind):
            raise PluginError(
                plugin,
                distribution,
                f"hook {self.name}: expected a {self.kind.__name__} (got {value!r})",
            )
        return value  # type: ignore[no-any-return]


def _cited(inst: object, attribute: attrs.Attribute[Any], value: tuple[Citation, ...]) -> None:
    if not value:
        raise ValidationError.single(
            attribute.name, "an override needs the regulation that allows it", value
        )


@attrs.frozen
class Override:
    """A lower layer replacing what a higher layer gives, with its reason and legal basis.

    ``hook`` names the hook; ``target`` the item replaced (for the calendar an ISO date whose
    provincial day off does not apply; empty for a single-valued hook such as service hours).
    National data is never overridden.

    >>> o = Override("calendar", "2026-06-17", "kantor tetap buka", ["Perbup 1/2026"])
    >>> str(o)
    'calendar 2026-06-17: kantor tetap buka (Perbup 1/2026)'
    >>> Override("calendar", "2026-06-17", "tanpa dasar", [])
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: dasar: an override needs the regulation that allows it (got ())
    """

    hook: str = attrs.field(validator=_name)
    target: str
    alasan: str = attrs.field(validator=non_empty_text)
    dasar: tuple[Citation, ...] = attrs.field(converter=citations, validator=_cited)

    def __str__(self) -> str:
        what = f"{self.hook} {self.target}".strip()
        return f"{what}: {self.alasan} ({'; '.join(str(c) for c in self.dasar)})"


class Deferred:
    """A contribution built only when its hook is first consulted (private to the library's
    built-in plugins, so that loading a plugin does not import the domains it feeds).

    >>> d = Deferred(lambda: "built")
    >>> d.value(), d.value() is d.value()
    ('built', True)
    """

    __slots__ = ("_build", "_lock", "_value")

    def __init__(self, build: Callable[[], object]) -> None:
        self._build: Callable[[], object] | None = build
        self._lock = threading.Lock()
        self._value: object = None

    def value(self) -> object:
        """The contribution, built on the first call and cached."""
        with self._lock:
            if self._build is not None:
                self._value = self._build()
                self._build = None
            return self._value


class _Contributions(Mapping[str, object]):
    """A read-only mapping of hook names to values; :class:`Deferred` values are built on
    first access, so callers only ever see real values."""

    __slots__ = ("_items",)

    def __init__(self, items: dict[str, object]) -> None:
        self._items = items

    def __getitem__(self, name: str) -> object:
        value = self._items[name]
        return value.value() if isinstance(value, Deferred) else value

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"mappingproxy({dict(self)!r})"


def _contributions(value: Mapping[Any, object]) -> Mapping[str, object]:
    out: dict[str, object] = {}
    for key, v in dict(value).items():
        name = key.name if isinstance(key, Hook) else key
        if not isinstance(name, str) or not name.isidentifier():
            raise ValidationError.single("contributions", "keys are hooks or hook names", key)
        out[name] = v
    return _Contributions(out)


def _api(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError.single("api_version", "expected a positive whole number", value)


@attrs.frozen
class RegionPlugin:
    """What one region adds to the national rules: an immutable bundle of hook values.

    ``kode`` is the Kemendagri code it speaks for (province ``51`` or kab/kota ``32.60``);
    ``api_version`` the contract version it targets; ``contributions`` maps each hook it
    fills (a :class:`Hook` or its name) to a value of the hook's type; ``overrides`` lists
    what it replaces from the layer above, each with its reason and legal basis; ``sumber``
    the regulations the plugin as a whole rests on.

    >>> p = RegionPlugin("51", "Bali", contributions={ZONA_WAKTU_HOOK: ZonaWaktu.WITA})
    >>> p.contribution(ZONA_WAKTU_HOOK)
    <ZonaWaktu.WITA: 'WITA'>
    >>> p.hooks
    ('zona_waktu',)
    """

    kode: KodeWilayah = attrs.field(converter=KodeWilayah)
    nama: str = attrs.field(validator=non_empty_text)
    api_version: int = attrs.field(default=API_VERSION, kw_only=True, validator=_api)
    contributions: Mapping[str, object] = attrs.field(
        factory=dict, kw_only=True, converter=_contributions, eq=False
    )
    overrides: tuple[Override, ...] = attrs.field(default=(), kw_only=True, converter=tuple)
    sumber: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
    catatan: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        for i, o in enumerate(self.overrides):
            if not isinstance(o, Override):
                raise ValidationError.single(f"overrides[{i}]", "expected an Override", o)

    @property
    def hooks(self) -> tuple[str, ...]:
        """The names of the hooks this plugin fills, sorted."""
        return tuple(sorted(self.contributions))

    def contribution(self, hook: Hook[T], distribution: str | None = None) -> T | None:
        """This plugin's value for ``hook`` (type-checked), or ``None`` if it gives none."""
        if hook.name not in self.contributions:
            return None
        return hook.check(self.contributions[hook.name], self.kode.kode, distribution)

    def overrides_for(self, hook: Hook[Any]) -> tuple[Override, ...]:
        """The overrides this plugin declares for ``hook``."""
        return tuple(o for o in self.overrides if o.hook == hook.name)

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


ZONA_WAKTU_HOOK: Hook[ZonaWaktu] = Hook(
    "zona_waktu",
    ZonaWaktu,
    "the time zone of a region where it differs from its province (Keppres 41/1987)",
    single=True,
)
"""The time zone a region declares where it differs from the one its province has."""
