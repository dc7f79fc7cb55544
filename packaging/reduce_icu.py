"""Linux bundle: a reduced ICU data library holding only what ClaimDesk's Qt uses.

Qt's Linux wheels link QtCore to ICU, whose data library (libicudata, ~31 MiB) carries every
locale, converter, break rule and name table of ICU. Qt uses ICU here for collation, case mapping,
normalisation and time-zone names; ClaimDesk formats with babel, not with ICU. This keeps the
locale data of the five letter languages (+ root), their collation and zone names, the core
property and normalisation tables, and drops legacy converters, stringprep profiles, confusables
and the unit/currency/language/region/transliteration/break-rule trees.

    python packaging/reduce_icu.py LIBICUDATA OUT_DIR     # writes OUT_DIR/<same name>

The output library exports the same data symbol (``icudtNN_dat``) under the same soname, so it is
a drop-in replacement. Needs gcc (the bundle is built on Linux only).
"""

from __future__ import annotations

import bisect
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("root", "en", "fr", "de", "nl", "it")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9_]+)?\.res$")
_OURS = re.compile(r"^(" + "|".join(LANGUAGES) + r")(_[A-Za-z0-9_]+)?\.res$")
# Sub-trees kept, for our languages only; every other sub-tree is dropped whole.
_KEPT_TREES = ("coll", "zone")
_DROPPED_SUFFIXES = (".cnv", ".cfu", ".spp")


def keep(name: str) -> bool:
    """Whether a package item (``icudt73l/coll/fr.res``) stays."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    if len(parts) == 1:
        return not leaf.endswith(_DROPPED_SUFFIXES) and not (_LOCALE.match(leaf) and not _OURS.match(leaf))
    if parts[0] in _KEPT_TREES:
        return not (_LOCALE.match(leaf) and not _OURS.match(leaf))
    return False


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (the symbol sits in .rodata)."""
    out = subprocess.run(["nm", "-D", "-S", str(library)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size = int(fields[0], 16), int(fields[1], 16)
            sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True,
                                      check=True).stdout
            for s in sections.splitlines():
                cols = s.replace("[ ", "[").split()
                if len(cols) > 5 and cols[1] == ".rodata":
                    section_address, section_offset = int(cols[3], 16), int(cols[4], 16)
                    return fields[3], address - section_address + section_offset, size
    raise SystemExit(f"{library}: no icudtNN_dat symbol")


def reduce_package(data: bytes) -> tuple[bytes, int, int]:
    """A common-data package with only the kept items: (bytes, items kept, items before)."""
    header = struct.unpack_from("<H", data, 0)[0]
    count = struct.unpack_from("<I", data, header)[0]
    toc = []
    for i in range(count):
        name_offset, data_offset = struct.unpack_from("<II", data, header + 4 + 8 * i)
        end = data.index(b"\0", header + name_offset)
        toc.append((data[header + name_offset:end], data_offset))
    offsets = sorted(o for _, o in toc) + [len(data) - header]

    def item(offset: int) -> bytes:
        return data[header + offset:header + offsets[bisect.bisect_right(offsets, offset)]]

    kept = sorted((n, item(o)) for n, o in toc if keep(n.decode()))
    names = b"".join(n + b"\0" for n, _ in kept)
    names_start = 4 + 8 * len(kept)
    data_start = (names_start + len(names) + 15) // 16 * 16
    entries, blobs, name_at, at = [], [], names_start, data_start
    for name, blob in kept:
        entries.append(struct.pack("<II", name_at, at))
        name_at += len(name) + 1
        padded = (len(blob) + 15) // 16 * 16
        blobs.append(blob + b"\0" * (padded - len(blob)))
        at += padded
    body = (struct.pack("<I", len(kept)) + b"".join(entries) + names
            + b"\0" * (data_start - names_start - len(names)) + b"".join(blobs))
    return data[:header] + body, len(kept), count


def build(library: Path, out_dir: Path) -> Path:
    symbol, offset, size = _data_symbol(library)
    package, kept, before = reduce_package(library.read_bytes()[offset:offset + size])
    soname = library.name
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icudata.dat"
        dat.write_bytes(package)
        asm = Path(tmp) / "icudata.S"
        asm.write_text(
            f'    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n    .balign 16\n'
            f'{symbol}:\n    .incbin "{dat}"\n    .size {symbol}, . - {symbol}\n'
            '    .section .note.GNU-stack,"",@progbits\n')
        target = out_dir / soname
        subprocess.run(["gcc", "-shared", f"-Wl,-soname,{soname}", "-o", str(target), str(asm)], check=True)
        subprocess.run(["strip", str(target)], check=True)
    print(f"{soname}: {kept} of {before} items, {library.stat().st_size / 2**20:.1f} MiB -> "
          f"{target.stat().st_size / 2**20:.1f} MiB")
    return target


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
