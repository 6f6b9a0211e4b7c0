"""The plugin registry: built-ins by name, third parties by entry point, layered lookup."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from types import MappingProxyType
from typing import Generic, TypeVar

import attrs

from perangkat_daerah._iohooks import refusing, when_converter
from perangkat_daerah.errors import PluginError, ValidationError
from perangkat_daerah.regions._contract import API_VERSION, Hook, Override, RegionPlugin
from perangkat_daerah.wilayah import KodeWilayah

__all__ = [
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "Layer",
    "PluginInfo",
    "Resolution",
    "chain",
    "generation",
    "guarded",
    "installed",
    "plugin_for",
    "refresh",
    "register",
    "resolve",
    "unregister",
]

T = TypeVar("T")

ENTRY_POINT_GROUP = "perangkat_daerah.regions"
"""The entry-point group third-party plugins register under; the entry-point name is the
Kemendagri code, the value ``module:attribute`` names a :class:`RegionPlugin` (or a function
without arguments that returns one)."""

_BUILTIN_MODULE = "perangkat_daerah.regions_builtin"
BUILTIN: Mapping[str, str] = MappingProxyType(
    {
        "11": f"{_BUILTIN_MODULE}.aceh:ACEH",
        "31": f"{_BUILTIN_MODULE}.jakarta:JAKARTA",
        "34": f"{_BUILTIN_MODULE}.yogyakarta:YOGYAKARTA",
        "51": f"{_BUILTIN_MODULE}.bali:BALI",
        **{k: f"{_BUILTIN_MODULE}.papua:plugin_{k}" for k in ("91", "92", "93", "94", "95", "96")},
    }
)
"""The in-tree plugins: Kemendagri code → ``module:attribute``, imported only when needed."""

_OWN_DISTRIBUTION = "perangkat-daerah"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@attrs.frozen
class PluginInfo:
    """One installed plugin as the registry sees it: where it came from and whether it loads.

    ``source`` is ``built-in``, ``entry point`` or ``registered`` (by :func:`register`);
    exactly one of ``plugin`` and ``error`` is set.
    """

    kode: str
    target: str
    source: str
    distribution: str | None
    plugin: RegionPlugin | None = None
    error: PluginError | None = None

    @property
    def ok(self) -> bool:
        """Whether the plugin loaded and passed the registry's checks."""
        return self.plugin is not None

    @property
    def label(self) -> str:
        """``51 Bali``, or the code and target when the plugin did not load."""
        return str(self.plugin) if self.plugin is not None else f"{self.kode} ({self.target})"

    def require(self) -> RegionPlugin:
        """The plugin, or its :class:`PluginError`."""
        if self.error is not None:
            raise self.error
        assert self.plugin is not None
        return self.plugin

    def __str__(self) -> str:
        dist = self.distribution or "-"
        state = "ok" if self.ok else f"ERROR {self.error}"
        return f"{self.kode:<6} {self.label:<40} {self.source:<12} {dist:<32} {state}"


@attrs.frozen
class _Candidate:
    kode: str
    target: str
    source: str
    distribution: str | None
    load: Callable[[], object] = attrs.field(eq=False)


def _import(target: str) -> object:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


_log = logging.getLogger("perangkat_daerah.regions")


def _discover() -> list[_Candidate]:
    out = [
        _Candidate(k, t, "built-in", _OWN_DISTRIBUTION, lambda t=t: _import(t))  # type: ignore[misc]
        for k, t in BUILTIN.items()
    ]
    from importlib import metadata  # only when discovery runs (once per process, cached)

    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = ep.dist.name if ep.dist is not None else None
        out.append(_Candidate(ep.name.strip(), ep.value, "entry point", dist, ep.load))
    _log.debug(
        "discovered %d plugins: %d built-in, %d from entry points (group %s)",
        len(out), len(BUILTIN), len(out) - len(BUILTIN), ENTRY_POINT_GROUP,
    )  # fmt: skip
    return out


def _load(c: _Candidate) -> PluginInfo:
    def fail(reason: str) -> PluginInfo:
        _log.debug("plugin %s (%s) failed: %s", c.kode, c.target, reason)
        return PluginInfo(
            c.kode, c.target, c.source, c.distribution, None,
            PluginError(f"{c.kode} ({c.target})", c.distribution, reason),
        )  # fmt: skip

    try:
        KodeWilayah(c.kode)
    except ValidationError:
        return fail("the entry-point name must be a Kemendagri code such as 51 or 51.71")
    try:
        obj = c.load()
        if not isinstance(obj, RegionPlugin) and callable(obj):
            obj = obj()
    except (Exception, SystemExit) as exc:  # a plugin must not end the host program
        return fail(f"raised while loading: {_one_line(exc)}")
    if not isinstance(obj, RegionPlugin):
        return fail(f"gives a {type(obj).__name__}, not a RegionPlugin")
    if obj.api_version != API_VERSION:
        return fail(
            f"targets plugin API version {obj.api_version}; this library implements {API_VERSION}"
        )
    if obj.kode != KodeWilayah(c.kode):
        return fail(f"declares region {obj.kode} but is registered for {c.kode}")
    _log.debug("loaded plugin %s from %s (%s)", c.kode, c.target, c.source)
    return PluginInfo(c.kode, c.target, c.source, c.distribution, obj)


def _conflict(found: list[_Candidate]) -> list[PluginInfo]:
    names = ", ".join(f"{c.target} ({c.distribution or c.source})" for c in found)
    return [
        PluginInfo(
            c.kode, c.target, c.source, c.distribution, None,
            PluginError(
                f"{c.kode} ({c.target})", c.distribution,
                f"two or more plugins claim region {c.kode}: {names}",
            ),
        )
        for c in found
    ]  # fmt: skip


class _Registry:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.generation = 0
        self.registered: dict[str, _Candidate] = {}
        self.candidates: dict[str, list[_Candidate]] | None = None
        self.loaded: dict[str, list[PluginInfo]] = {}

    def _candidates(self) -> dict[str, list[_Candidate]]:
        if self.candidates is None:
            grouped: dict[str, list[_Candidate]] = {}
            for c in [*_discover(), *self.registered.values()]:
                key = _key(c.kode)
                grouped.setdefault(key, []).append(c)
            self.candidates = grouped
        return self.candidates

    def infos(self, kode: str) -> list[PluginInfo]:
        with self.lock:
            if kode not in self.loaded:
                found = self._candidates().get(kode, [])
                self.loaded[kode] = (
                    [_load(c) for c in found] if len(found) < 2 else _conflict(found)
                )
            return self.loaded[kode]

    def codes(self) -> list[str]:
        with self.lock:
            return sorted(self._candidates(), key=_sort_key)

    def changed(self) -> None:
        self.candidates = None
        self.loaded.clear()
        self.generation += 1


def _key(kode: str) -> str:
    try:
        return KodeWilayah(kode).kode
    except ValidationError:
        return kode


def _sort_key(kode: str) -> tuple[int, str]:
    return (len(kode), kode)


_registry = _Registry()


def installed() -> tuple[PluginInfo, ...]:
    """Every plugin the library can see, loaded and checked, in code order. Never raises: a
    plugin that fails carries its :class:`PluginError` in ``error``.

    >>> [i.label for i in installed() if i.source == "built-in"][:2]
    ['11 Aceh', '31 Daerah Khusus Ibukota Jakarta']
    """
    return tuple(i for k in _registry.codes() for i in _registry.infos(k))


def plugin_for(kode: str | KodeWilayah) -> PluginInfo | None:
    """The plugin registered for exactly this code, or ``None``; a broken or conflicting
    plugin raises its :class:`PluginError`."""
    infos = _registry.infos(KodeWilayah(kode).kode)
    if not infos:
        return None
    for i in infos:
        i.require()
    return infos[0]


def chain(kode: str | KodeWilayah) -> tuple[PluginInfo, ...]:
    """The plugins that apply to ``kode``, outermost first: province, then kab/kota.

    >>> [str(i.plugin) for i in chain("51.71")]
    ['51 Bali']
    """
    out = (plugin_for(k) for k in reversed(KodeWilayah(kode).lineage()))
    return tuple(i for i in out if i is not None)


@attrs.frozen
class Layer(Generic[T]):
    """One plugin's value for a hook, with where it came from."""

    info: PluginInfo
    value: T
    overrides: tuple[Override, ...]

    @property
    def kode(self) -> KodeWilayah:
        """The code of the region that gave the value."""
        return self.info.require().kode

    def __str__(self) -> str:
        dist = f", {self.info.distribution}" if self.info.distribution else ""
        return f"region plugin {self.info.label} ({self.info.source}{dist})"


@attrs.frozen
class Resolution(Generic[T]):
    """Every layer's value for one hook and one region, outermost first ("where did this
    come from?"). For single-valued hooks :attr:`effective` is the nearest layer's value."""

    kode: KodeWilayah
    hook: Hook[T]
    layers: tuple[Layer[T], ...]

    @property
    def values(self) -> tuple[T, ...]:
        """The values, outermost first."""
        return tuple(layer.value for layer in self.layers)

    @property
    def origin(self) -> Layer[T] | None:
        """The layer whose value is in effect (the nearest one), or ``None``."""
        return self.layers[-1] if self.layers else None

    @property
    def effective(self) -> T | None:
        """The value in effect (the nearest layer's), or ``None`` when no plugin gives one."""
        return self.layers[-1].value if self.layers else None

    def explain(self) -> str:
        """One line per layer: which region gave what."""
        if not self.layers:
            return f"{self.hook.name} for {self.kode}: national rules only (no plugin)"
        lines = [f"{self.hook.name} for {self.kode}:"]
        for layer in self.layers:
            lines.append(f"  {layer}: {layer.value}")
            lines.extend(f"    overrides {o}" for o in layer.overrides)
        return "\n".join(lines)


def resolve(kode: str | KodeWilayah, hook: Hook[T]) -> Resolution[T]:
    """The values that the plugins of ``kode`` and of the regions above it give for ``hook``.

    A lower layer that replaces a single-valued hook already given above must declare an
    :class:`Override` for it, or the resolution raises a :class:`PluginError`.
    """
    k = KodeWilayah(kode)
    layers: list[Layer[T]] = []
    for info in chain(k):
        plugin = info.require()
        with guarded(info, hook.name):
            value = plugin.contribution(hook, info.distribution)
        if value is None:
            continue
        overrides = plugin.overrides_for(hook)
        if hook.single and layers and not overrides:
            raise PluginError(
                info.label,
                info.distribution,
                f"replaces the {hook.name} of {layers[-1].info.label} without a cited Override",
            )
        layers.append(Layer(info, value, overrides))
    return Resolution(k, hook, tuple(layers))


@contextmanager
def guarded(info: PluginInfo, hook: str) -> Iterator[None]:
    """Turn anything a plugin's hook raises into one :class:`PluginError` line naming it.

    That includes ``SystemExit`` (a plugin calling ``sys.exit()`` must not end the host
    program); ``KeyboardInterrupt`` still propagates.
    """
    try:
        yield
    except PluginError:
        raise
    except (Exception, SystemExit) as exc:
        raise PluginError(
            info.label, info.distribution, f"hook {hook} raised {_one_line(exc)}"
        ) from exc


def register(plugin: RegionPlugin, *, distribution: str | None = None) -> None:
    """Add a plugin at run time (an application's own rules, or a test's).

    It takes part in discovery like an installed one, so a second plugin for the same code is
    a :class:`PluginError` when that code is looked up.
    """
    if not isinstance(plugin, RegionPlugin):
        raise ValidationError.single("plugin", "expected a RegionPlugin", plugin)
    with _registry.lock:
        _registry.registered[plugin.kode.kode] = _Candidate(
            plugin.kode.kode, f"<registered {plugin.nama}>", "registered", distribution,
            lambda: plugin,
        )  # fmt: skip
        _registry.changed()


def unregister(plugin: RegionPlugin) -> None:
    """Remove a plugin added with :func:`register` (no error if absent)."""
    with _registry.lock:
        c = _registry.registered.get(plugin.kode.kode)
        if c is not None and c.load() == plugin:
            del _registry.registered[plugin.kode.kode]
            _registry.changed()


def refresh() -> None:
    """Forget every loaded plugin and discover the entry points again (after installing one)."""
    with _registry.lock:
        _registry.changed()


def generation() -> int:
    """A number that changes whenever the set of plugins may have changed (for caches)."""
    return _registry.generation


for _behaviour in (RegionPlugin, PluginInfo, Layer, Resolution, Hook):
    when_converter(
        refusing(
            _behaviour,
            "a region plugin and what the registry says about it are behaviour, not data: "
            "store the region's kode and let the registry load the plugin",
        )
    )
