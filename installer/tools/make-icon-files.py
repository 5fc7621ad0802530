#!/usr/bin/env python3
"""Makes the Windows .ico and the macOS .icns of Twofold from the one SVG.

Both are kept in resources/icons/app/ next to the SVG, because the Windows and macOS builds
have no SVG renderer of their own at build time. After changing the SVG, run on Linux:

    cmake --build BUILD --target twofold_svg2png
    python3 installer/tools/make-icon-files.py BUILD/resources/twofold_svg2png \\
        resources/icons/app/org.twofold.Twofold.svg resources/icons/app

and commit the two files. With --check it writes nothing and fails when the files in the
folder differ from what the SVG gives (the test app_icon_files_current runs that).

The .ico holds 16, 24, 32, 48, 64 and 128 pixels as 32-bit bitmaps (what every Windows
version and NSIS read) and 256 pixels as PNG (Windows Vista and later). The .icns holds
PNG images for 16 to 512 points at 1x and 2x, as iconutil makes them.
Python's standard library only.
"""
import argparse
import os
import struct
import subprocess
import sys
import tempfile
import zlib

NAME = "org.twofold.Twofold"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# (type, pixels): the PNG icon types of the .icns format.
ICNS_TYPES = [
    ("icp4", 16), ("ic11", 32),    # 16 pt, 1x and 2x
    ("icp5", 32), ("ic12", 64),    # 32 pt
    ("ic07", 128), ("ic13", 256),  # 128 pt
    ("ic08", 256), ("ic14", 512),  # 256 pt
    ("ic09", 512), ("ic10", 1024), # 512 pt
]


def render(svg2png, svg, size, folder):
    """The PNG file's bytes of svg drawn at size x size pixels."""
    path = os.path.join(folder, f"{size}.png")
    subprocess.run([svg2png, svg, path, str(size)], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    with open(path, "rb") as f:
        return f.read()


def png_rgba(png):
    """(width, height, rows of RGBA bytes, top row first) of an 8-bit RGBA, non-interlaced PNG."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour != 6 or interlace != 0:
        raise ValueError("only 8-bit RGBA PNG without interlacing is read")
    raw, stride, rows, previous = zlib.decompress(idat), width * 4, [], bytearray(width * 4)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - 4] if x >= 4 else 0
            up = previous[x]
            up_left = previous[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[x] = (line[x] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows


def ico_bitmap(png):
    """The .ico image of a PNG as a 32-bit BGRA bitmap with its (empty) AND mask."""
    width, height, rows = png_rgba(png)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytearray()
    for row in reversed(rows):  # bitmaps are stored bottom row first
        for x in range(0, len(row), 4):
            r, g, b, a = row[x:x + 4]
            pixels += bytes((b, g, r, a))
    mask_stride = ((width + 31) // 32) * 4
    return header + bytes(pixels) + bytes(mask_stride * height)


def make_ico(pngs):
    """The .ico file of {size: PNG bytes}."""
    images = [(size, ico_bitmap(pngs[size]) if size < 256 else pngs[size]) for size in ICO_SIZES]
    offset = 6 + 16 * len(images)
    directory, data = b"", b""
    for size, image in images:
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset + len(data))
        data += image
    return struct.pack("<HHH", 0, 1, len(images)) + directory + data


def make_icns(pngs):
    """The .icns file of {size: PNG bytes}."""
    body = b"".join(struct.pack(">4sI", kind.encode(), 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("svg2png", help="the svg2png tool of a build (resources/twofold_svg2png)")
    parser.add_argument("svg", help="the app icon, resources/icons/app/org.twofold.Twofold.svg")
    parser.add_argument("folder", help="where the .ico and .icns are (resources/icons/app)")
    parser.add_argument("--check", action="store_true", help="compare with the files there, write nothing")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
        pngs = {size: render(args.svg2png, args.svg, size, tmp) for size in sizes}
    files = {f"{NAME}.ico": make_ico(pngs), f"{NAME}.icns": make_icns(pngs)}

    stale = []
    for name, content in files.items():
        path = os.path.join(args.folder, name)
        if args.check:
            try:
                with open(path, "rb") as f:
                    if f.read() != content:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
        else:
            with open(path, "wb") as f:
                f.write(content)
            print(f"wrote {path} ({len(content) // 1024} KiB)")
    if stale:
        print(f"make-icon-files: {', '.join(stale)} no longer match {args.svg}: run "
              "installer/tools/make-icon-files.py (see its first lines) and commit them", file=sys.stderr)
        return 1
    if args.check:
        print(f"make-icon-files: {', '.join(files)} match {args.svg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
