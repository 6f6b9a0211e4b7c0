"""Org charts of a perangkat daerah as text: Mermaid, Graphviz DOT and a small SVG.

Every label is quoted and escaped (:func:`mermaid_label`, :func:`dot_quote`,
:func:`html.escape`): a unit's name cannot add nodes or edges to the chart.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from perangkat_daerah.dokumen._escape import dot_quote, mermaid_label
from perangkat_daerah.organisasi import PerangkatDaerah, Unit

__all__ = ["organigram_dot", "organigram_mermaid", "organigram_svg"]


def _edges(pd: PerangkatDaerah, depth: int | None) -> Iterator[tuple[str, Unit]]:
    def walk(parent: str, units: tuple[Unit, ...], level: int) -> Iterator[tuple[str, Unit]]:
        if depth is not None and level > depth:
            return
        for u in units:
            yield parent, u
            yield from walk(u.kode, u.units, level + 1)

    yield from walk(pd.kode, pd.units, 1)


def _id(kode: str) -> str:
    return "n_" + "".join(c if c.isalnum() else "_" for c in kode)


def _mermaid_node(kode: str, nama: str, head: str) -> str:
    label = mermaid_label(nama)[:-1] + (f"<br/>{mermaid_label(head)[1:]}" if head else '"')
    return f"{_id(kode)}[{label}]"


def organigram_mermaid(pd: PerangkatDaerah, depth: int | None = None) -> str:
    """The unit tree as a Mermaid flowchart (``depth`` levels below the head; all by default).

    >>> from perangkat_daerah import contoh
    >>> pd = next(p for p in contoh.organisasi().perangkat_daerah if p.kode == "dinsos")
    >>> print("\\n".join(organigram_mermaid(pd, depth=1).splitlines()[:3]))
    flowchart TD
        n_dinsos["Dinas Sosial<br/>Kepala Dinas Sosial"]
        n_dinsos --> n_dinsos_sekretariat["Sekretariat<br/>Sekretaris"]
    """
    lines = ["flowchart TD", f"    {_mermaid_node(pd.kode, pd.nama, pd.kepala.nama)}"]
    for parent, u in _edges(pd, depth):
        node = _mermaid_node(u.kode, u.nama, u.kepala.nama if u.kepala else "")
        lines.append(f"    {_id(parent)} --> {node}")
    return "\n".join(lines) + "\n"


def organigram_dot(pd: PerangkatDaerah, depth: int | None = None) -> str:
    """The unit tree as Graphviz DOT text (render it with any Graphviz, or read it as is).

    >>> from perangkat_daerah import contoh
    >>> pd = next(p for p in contoh.organisasi().perangkat_daerah if p.kode == "dinsos")
    >>> print(organigram_dot(pd, depth=1).splitlines()[0])
    digraph "dinsos" {
    """
    lines = [
        f"digraph {dot_quote(pd.kode)} {{",
        "  rankdir=TB;",
        '  node [shape=box, fontname="Helvetica"];',
        f"  {dot_quote(pd.kode)} [label={dot_quote(pd.nama, pd.kepala.nama)}];",
    ]
    for parent, u in _edges(pd, depth):
        label = dot_quote(u.nama, u.kepala.nama) if u.kepala else dot_quote(u.nama)
        lines.append(f"  {dot_quote(u.kode)} [label={label}];")
        lines.append(f"  {dot_quote(parent)} -> {dot_quote(u.kode)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


_W, _H, _GAP_X, _GAP_Y = 180, 44, 16, 36


def organigram_svg(pd: PerangkatDaerah, depth: int | None = 2) -> str:
    """The unit tree as a standalone SVG picture (a simple tidy-tree layout, computed here)."""
    children: dict[str, list[Unit]] = {pd.kode: []}
    names = {pd.kode: (pd.nama, pd.kepala.nama)}
    for parent, u in _edges(pd, depth):
        children.setdefault(parent, []).append(u)
        children.setdefault(u.kode, [])
        names[u.kode] = (u.nama, u.kepala.nama if u.kepala else "")
    pos: dict[str, tuple[float, int]] = {}
    next_x = [0.0]

    def place(kode: str, level: int) -> float:
        kids = children[kode]
        if not kids:
            x = next_x[0]
            next_x[0] += _W + _GAP_X
        else:
            xs = [place(k.kode, level + 1) for k in kids]
            x = (xs[0] + xs[-1]) / 2
        pos[kode] = (x, level)
        return x

    place(pd.kode, 0)
    width = int(next_x[0]) + _GAP_X
    height = (max(level for _, level in pos.values()) + 1) * (_H + _GAP_Y) + _GAP_Y
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="10">'
    ]

    def top(kode: str) -> tuple[float, float]:
        x, level = pos[kode]
        return x + _GAP_X + _W / 2, _GAP_Y + level * (_H + _GAP_Y)

    for parent, kids in children.items():
        px, py = top(parent)
        for k in kids:
            cx, cy = top(k.kode)
            mid = py + _H + _GAP_Y / 2
            out.append(
                f'<path d="M{px:.0f},{py + _H:.0f} V{mid:.0f} H{cx:.0f} V{cy:.0f}" '
                'fill="none" stroke="#555"/>'
            )
    for kode, (nama, head) in names.items():
        cx, cy = top(kode)
        x = cx - _W / 2
        out.append(
            f'<rect x="{x:.0f}" y="{cy:.0f}" width="{_W}" height="{_H}" rx="4" '
            'fill="#eef4fb" stroke="#2b5d8a"/>'
        )
        out.append(
            f'<text x="{cx:.0f}" y="{cy + 18:.0f}" text-anchor="middle">{escape(nama[:34])}</text>'
        )
        if head:
            out.append(
                f'<text x="{cx:.0f}" y="{cy + 32:.0f}" text-anchor="middle" fill="#555">'
                f"{escape(head[:36])}</text>"
            )
    out.append("</svg>")
    return "\n".join(out) + "\n"
