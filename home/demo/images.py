"""Demo images drawn locally with Pillow (no downloads): calm abstract compositions in the
site's palette, and simple logos. All are flagged as sample content."""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

PALETTE = [
    ((15, 76, 92), (224, 169, 109)),  # deep teal, sand
    ((36, 59, 85), (201, 160, 99)),  # night blue, gold
    ((52, 94, 72), (232, 214, 178)),  # green, cream
    ((122, 68, 49), (240, 206, 160)),  # clay, light sand
]


def _rng(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))


def photo(key, size=(1600, 900)):
    """A landscape-like abstract image: a sky gradient, dunes and tent shapes."""
    rng = _rng(key)
    dark, light = PALETTE[rng.randrange(len(PALETTE))]
    width, height = size
    image = Image.new("RGB", size, dark)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        colour = tuple(int(dark[i] * (1 - t) + light[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    for layer in range(3):
        base = int(height * (0.55 + 0.12 * layer))
        shade = tuple(max(0, c - 25 * (layer + 1)) for c in light)
        points = [(0, height)]
        for x in range(0, width + 80, 80):
            points.append((x, base + int(30 * rng.random()) - 15))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    for _ in range(rng.randint(4, 9)):
        x = rng.randint(0, width)
        y = rng.randint(int(height * 0.55), int(height * 0.8))
        w = max(4, int(rng.randint(60, 140) * width / 1600))
        draw.polygon([(x - w, y + w // 2), (x, y - w // 2), (x + w, y + w // 2)], fill=(245, 240, 230))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def logo(key, initials, size=(480, 288)):
    """A flat logo: a rounded badge with Latin initials, on a transparent background."""
    rng = _rng(key)
    dark, light = PALETTE[rng.randrange(len(PALETTE))]
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    width, height = size
    unit = height / 288  # drawn for 480×288, scaled to the size asked for
    draw.rounded_rectangle([8, 8, width - 8, height - 8], radius=int(48 * unit), fill=dark + (255,))
    draw.ellipse(
        [int(40 * unit), height // 2 - int(70 * unit), int(180 * unit), height // 2 + int(70 * unit)],
        fill=light + (255,),
    )
    font = ImageFont.load_default(size=max(8, int(96 * unit)))
    draw.text((int(210 * unit), height // 2), initials, font=font, fill=(255, 255, 255, 255), anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
