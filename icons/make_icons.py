#!/usr/bin/env python3
"""Draw the Analyst Desk app icon and write the PNG/ICO set Tauri needs.

The glyph: a rounded square in a deep blue-to-teal gradient holding a small bar chart standing on a
desk top, with a trend line rising over the bars. Drawn once at 1024 px and scaled down (Lanczos), so
every size is anti-aliased. Needs Pillow (`pip install pillow`).

Usage: python3 icons/make_icons.py   (writes next to this script)
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

S = 1024  # master size
OUT = Path(__file__).resolve().parent

TOP = (37, 56, 138)  # deep indigo
BOTTOM = (18, 150, 152)  # teal
INK = (255, 255, 255)
ACCENT = (255, 196, 77)  # warm amber for the trend line


def lerp(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def rounded_mask(size, margin, radius):
    m = Image.new("L", (size, size), 0)
    ImageDraw.Draw(m).rounded_rectangle((margin, margin, size - margin, size - margin), radius, fill=255)
    return m


def master():
    margin = 64
    radius = 200
    # Gradient background, diagonal.
    bg = Image.new("RGB", (S, S))
    px = bg.load()
    for y in range(S):
        for x in range(S):
            t = min(1.0, max(0.0, (0.35 * x + 0.65 * y) / S))
            px[x, y] = lerp(TOP, BOTTOM, t)
    icon = Image.new("RGBA", (S, S), (0, 0, 0, 0))

    # Soft drop shadow under the tile.
    shadow = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).rounded_rectangle(
        (margin, margin + 18, S - margin, S - margin + 18), radius, fill=(0, 0, 0, 90)
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(18))
    icon.alpha_composite(shadow)

    tile = bg.convert("RGBA")
    tile.putalpha(rounded_mask(S, margin, radius))
    icon.alpha_composite(tile)

    d = ImageDraw.Draw(icon)
    # Desk top: a thick rounded bar with two short legs.
    desk_y = 700
    d.rounded_rectangle((200, desk_y, 824, desk_y + 48), 24, fill=INK)
    d.rounded_rectangle((260, desk_y + 30, 300, 830), 18, fill=INK)
    d.rounded_rectangle((724, desk_y + 30, 764, 830), 18, fill=INK)

    # Three bars standing on the desk.
    bars = [(290, 520), (445, 400), (600, 300)]
    w = 120
    for x, top in bars:
        d.rounded_rectangle((x, top, x + w, desk_y - 24), 22, fill=(255, 255, 255, 235))

    # Trend line with dots, rising across the bar tops.
    pts = [(350, 450), (505, 335), (660, 235), (800, 165)]
    d.line(pts, fill=ACCENT, width=34, joint="curve")
    for x, y in pts:
        r = 30
        d.ellipse((x - r, y - r, x + r, y + r), fill=ACCENT)
    return icon


def main():
    big = master()
    # The hicolor sizes a Linux desktop looks for (the .deb installs each PNG under its pixel size).
    sizes = {
        "16x16.png": 16,
        "32x32.png": 32,
        "48x48.png": 48,
        "64x64.png": 64,
        "128x128.png": 128,
        "128x128@2x.png": 256,
        "256x256.png": 256,
        "icon.png": 512,
    }
    for name, n in sizes.items():
        big.resize((n, n), Image.LANCZOS).save(OUT / name, optimize=True)
    big.resize((256, 256), Image.LANCZOS).save(
        OUT / "icon.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )
    print("wrote", ", ".join(list(sizes) + ["icon.ico"]), "to", OUT)


if __name__ == "__main__":
    main()
