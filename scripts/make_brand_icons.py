"""Draw the brand icons in custom_components/sleep_twitch_coach/brand/ with Pillow.

Run with the project's venv: .venv/bin/python scripts/make_brand_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = Path(__file__).parents[1] / "custom_components" / "sleep_twitch_coach" / "brand"
# Light backgrounds get a deep night blue; dark backgrounds a pale moonlight.
COLOURS = {"": ("#283593", "#ff7043"), "dark_": ("#c5cae9", "#ffab91")}
SUPERSAMPLE = 4


def draw(size: int, moon: str, pulse: str) -> Image.Image:
    """Draw a crescent moon above a twitch pulse line, on a transparent square."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    unit = big / 16
    canvas.ellipse((2 * unit, 1 * unit, 12 * unit, 11 * unit), fill=moon)
    # Cutting a second circle out leaves the crescent.
    canvas.ellipse((5 * unit, -0.5 * unit, 15 * unit, 9.5 * unit), fill=(0, 0, 0, 0))
    line = [(1, 13), (5, 13), (6.5, 10.5), (8.5, 15), (10, 12), (11, 13), (15, 13)]
    canvas.line(
        [(x * unit, y * unit) for x, y in line],
        fill=pulse,
        width=round(unit),
        joint="curve",
    )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    """Write icon.png, icon@2x.png and their dark variants."""
    BRAND.mkdir(exist_ok=True)
    for prefix, (moon, pulse) in COLOURS.items():
        draw(256, moon, pulse).save(BRAND / f"{prefix}icon.png", optimize=True)
        draw(512, moon, pulse).save(BRAND / f"{prefix}icon@2x.png", optimize=True)
    print(f"Wrote brand icons to {BRAND}")


if __name__ == "__main__":
    main()
