"""The embedded code list: cold and warm lookups, memory with every level, size in the wheel.

Baseline (same run): a plain ``csv.reader`` scan of the same embedded gzip file until the
code is found. Each cold figure is the median of nine fresh processes, interleaved, that read
cached bytecode as an installed package does (``_targets.installed_env``, after one warm-up run
of each); the import of the package is timed apart from the first ``get``. Prints:

- cold first ``get()`` of a kab/kota code and of a desa code vs the baseline scan, each in
  its own fresh process after ``import perangkat_daerah.wilayah`` (ratio),
  also with the province time-zone table (``provinsi.toml``, read once per process with
  ``tomllib``) already read, and the files each lookup read (a desa lookup reads only its
  province's desa file);
- a warm ``get()`` in microseconds (a dictionary lookup), vs a bare ``dict.get``;
- peak memory with all four levels loaded (target: under 60 MiB), and with the search index;
- the size the data adds to the wheel (target: under 3 MiB);
- ``search()``: first call (reads every level and folds the names) and a warm call, vs a
  plain ``in``/``lower()`` loop over the same 91,599 names.
"""

from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
import time
import timeit
import zipfile
from importlib import resources

from _targets import installed_env

RUNS = 9
KAB_KOTA = "32.01"
DESA = "51.03.05.2001"
MIB = 1024 * 1024

_COLD = """
import csv, gzip, io, json, time
from importlib import resources
t0 = time.perf_counter()
from perangkat_daerah import wilayah
from perangkat_daerah.wilayah import _daerah, _daftar
t1 = time.perf_counter()
if {mode!r} == "zones first":
    _daerah._zona()
    t1 = time.perf_counter()
if {mode!r} == "scan":
    path = {path!r}
    raw = resources.files("perangkat_daerah.wilayah").joinpath("daftar", *path).read_bytes()
    for row in csv.reader(io.StringIO(gzip.decompress(raw).decode("utf-8"))):
        if row[0] == {kode!r}:
            found = row[1]
            break
else:
    found = wilayah.get({kode!r}).nama
t2 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "cold": t2 - t1, "found": found,
                  "files": list(_daftar.loaded())}}))
"""

_MEMORY = """
import json, resource, tracemalloc
tracemalloc.start()
from perangkat_daerah import wilayah
from perangkat_daerah.wilayah import Tingkat, _daftar
n = [sum(1 for kode in _daftar.codes(t) if _daftar.nama(kode)) for t in Tingkat]
levels = tracemalloc.get_traced_memory()[1]
wilayah.search("badung")
searching = tracemalloc.get_traced_memory()[1]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"n": n, "levels": levels, "search": searching, "rss": rss}))
"""


def _fresh(code: str, env: dict[str, str] | None = None) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _median(runs: list[dict[str, object]], key: str) -> float:
    return statistics.median(float(r[key]) for r in runs)  # type: ignore[arg-type]


def _cold(kode: str, path: tuple[str, ...], env: dict[str, str]) -> None:
    found: dict[str, list[dict[str, object]]] = {"get": [], "scan": [], "zones first": []}
    for mode in found:  # the warm-up run: fills the bytecode cache
        _fresh(_COLD.format(kode=kode, path=path, mode=mode), env)
    for _ in range(RUNS):  # interleaved, so that a busy machine slows all three alike
        for mode, runs in found.items():
            runs.append(_fresh(_COLD.format(kode=kode, path=path, mode=mode), env))
    runs, scans, warm_tz = found["get"], found["scan"], found["zones first"]
    assert runs[0]["found"] == scans[0]["found"], (runs[0], scans[0])
    get, scan, get_tz = _median(runs, "cold"), _median(scans, "cold"), _median(warm_tz, "cold")
    print(
        f"cold get({kode!r}): {get * 1000:6.2f} ms (time-zone table already read: "
        f"{get_tz * 1000:5.2f} ms)   csv.reader scan of {'/'.join(path)}: {scan * 1000:5.2f} ms"
        f"   ratio get/scan: {get / scan:5.1f} ({get_tz / scan:4.1f})\n"
        f"    import perangkat_daerah.wilayah: {_median(runs, 'import') * 1000:.1f} ms; "
        f"files read: {runs[0]['files']}"
    )


def _warm() -> None:
    from perangkat_daerah import wilayah

    for kode in (KAB_KOTA, DESA):
        wilayah.get(kode)
    plain = {KAB_KOTA: object()}
    n = 200_000
    base = min(timeit.repeat(lambda: plain.get(KAB_KOTA), number=n, repeat=5)) / n
    for kode in (KAB_KOTA, DESA):
        t = min(timeit.repeat(lambda k=kode: wilayah.get(k), number=n, repeat=5)) / n  # type: ignore[misc]
        print(
            f"warm get({kode!r}): {t * 1e6:.3f} us   dict.get: {base * 1e6:.3f} us   "
            f"ratio: {t / base:.1f}"
        )


def _memory() -> None:
    m = _fresh(_MEMORY)
    levels, search, rss = (int(m[k]) for k in ("levels", "search", "rss"))  # type: ignore[call-overload]
    print(
        f"all four levels loaded {m['n']}: peak {levels / MIB:.1f} MiB (target < 60 MiB); "
        f"with the search index: {search / MIB:.1f} MiB; process max RSS {rss / MIB:.1f} MiB"
    )


def _wheel_size() -> None:
    root = resources.files("perangkat_daerah.wilayah").joinpath("daftar")
    buf = io.BytesIO()
    raw = 0
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        stack = [(root, "daftar")]
        while stack:
            folder, name = stack.pop()
            for entry in folder.iterdir():
                if entry.is_dir():
                    stack.append((entry, f"{name}/{entry.name}"))
                else:
                    data = entry.read_bytes()
                    raw += len(data)
                    zf.writestr(f"perangkat_daerah/wilayah/{name}/{entry.name}", data)
    print(
        f"data added to the wheel: {buf.tell() / MIB:.2f} MiB zipped "
        f"({raw / MIB:.2f} MiB on disk; target < 3 MiB)"
    )


def _search() -> None:
    from perangkat_daerah import wilayah
    from perangkat_daerah.wilayah import Tingkat, _daftar

    t0 = time.perf_counter()
    wilayah.search("badung")
    first = time.perf_counter() - t0
    names = [(k, n) for t in Tingkat for k, n in _daftar.items(t)]
    base = min(timeit.repeat(lambda: [k for k, n in names if "badung" in n.lower()], number=3))
    warm = min(timeit.repeat(lambda: wilayah.search("Kab. Badung"), number=3))
    print(
        f"search: first call {first * 1000:.0f} ms (every level read and folded); warm "
        f"{warm / 3 * 1000:.1f} ms   plain lower()/in loop: {base / 3 * 1000:.1f} ms   "
        f"ratio: {warm / base:.2f}"
    )


def main() -> None:
    with installed_env() as env:
        _cold(KAB_KOTA, ("2.csv.gz",), env)
        _cold(DESA, ("4", f"{DESA[:2]}.csv.gz"), env)
    _warm()
    _memory()
    _wheel_size()
    _search()


if __name__ == "__main__":
    main()
