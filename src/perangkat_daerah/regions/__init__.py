"""Region plugins: the contract a plugin fills, and the registry that finds and layers them.

A :class:`RegionPlugin` speaks for one Kemendagri code and fills typed hooks that the domains
declare in their own packages (``calendar.CALENDAR_HOOK``, ``sla.JAM_KERJA_HOOK``,
``organisasi.ORGANISASI_HOOK``, ``anggaran.ANGGARAN_HOOK``); the region records themselves
(a new region, a corrected name) come through :data:`WILAYAH_HOOK` and :func:`daerah`. The built-in plugins (Aceh,
Jakarta, Yogyakarta, Bali, the Papua provinces) are imported only when their code is asked
for; third-party plugins register under the entry-point group ``perangkat_daerah.regions``.
Resolution walks kab/kota → province → national.

>>> from perangkat_daerah import regions
>>> [str(i.plugin) for i in regions.chain("51.71")]
['51 Bali']
>>> regions.plugin_for("32") is None
True
"""

from perangkat_daerah.regions._contract import (
    API_VERSION,
    ZONA_WAKTU_HOOK,
    Hook,
    Override,
    RegionPlugin,
)
from perangkat_daerah.regions._registry import (
    BUILTIN,
    ENTRY_POINT_GROUP,
    Layer,
    PluginInfo,
    Resolution,
    chain,
    generation,
    guarded,
    installed,
    plugin_for,
    refresh,
    register,
    resolve,
    unregister,
)
from perangkat_daerah.regions._wilayah import WILAYAH_HOOK, daerah

__all__ = [
    "API_VERSION",
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "WILAYAH_HOOK",
    "ZONA_WAKTU_HOOK",
    "Hook",
    "Layer",
    "Override",
    "PluginInfo",
    "RegionPlugin",
    "Resolution",
    "chain",
    "daerah",
    "generation",
    "guarded",
    "installed",
    "plugin_for",
    "refresh",
    "register",
    "resolve",
    "unregister",
]
