"""Build handlers/fonts/SalesbotNotoSansSC-Regular.otf, the Chinese font the digest charts use.

A fresh machine often has no CJK font at all, and matplotlib then draws empty boxes for every
Chinese character. The project therefore ships one: Noto Sans CJK SC (SIL Open Font License 1.1,
see handlers/fonts/OFL.txt), weight 400, cut down to GB2312 (all 6,763 common simplified
characters and its symbols) plus CJK punctuation and full-width forms: about 3 MB instead of 33.

    python scripts/build_cjk_font.py NotoSansCJK-VF.otf.ttc        # the variable collection
    python scripts/build_cjk_font.py NotoSansCJKsc-Regular.otf      # or a static SC font

The source can be any Noto Sans CJK release (e.g. the `manimgx-fonts-cjk` wheel on PyPI, or
Debian's fonts-noto-cjk). It takes a few minutes. fontTools comes with matplotlib.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont
from fontTools.varLib import instancer

TARGET = Path(__file__).resolve().parent.parent / "handlers" / "fonts" / "SalesbotNotoSansSC-Regular.otf"
FAMILY = "Salesbot Noto Sans SC"  # renamed, so it never shadows a full Noto font installed on the system
POSTSCRIPT = "SalesbotNotoSansSC-Regular"
EXTRA_RANGES = ((0x3000, 0x3040), (0xFF00, 0xFFF0))  # CJK punctuation, full-width forms


def gb2312() -> set[str]:
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def simplified_face(path: Path) -> TTFont:
    if path.suffix.lower() in (".ttc", ".otc") or path.name.endswith(".ttc"):
        for font in TTCollection(str(path)).fonts:
            if "SC" in font["name"].getDebugName(1).split():
                return font
        raise SystemExit(f"{path}: no SC face in this collection")
    return TTFont(str(path))


def build(source: Path, target: Path = TARGET) -> Path:
    font = simplified_face(source)
    if "fvar" in font:
        font = instancer.instantiateVariableFont(font, {"wght": 400})
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    codepoints = {ord(c) for c in gb2312()} | {cp for lo, hi in EXTRA_RANGES for cp in range(lo, hi)}
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    rename(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))
    return target


def rename(font: TTFont) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (2, 17):
            names.setName("Regular", record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 6):
            names.setName(POSTSCRIPT, record.nameID, record.platformID, record.platEncID, record.langID)
    if "CFF " in font:
        font["CFF "].cff.fontNames = [POSTSCRIPT]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a Noto Sans CJK font file or collection")
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    print(build(args.source, args.out))


if __name__ == "__main__":
    main()
