"""Generate the application icon files from the one SVG source, at build time (never committed).

    python packaging/icons.py OUT_DIR

writes
    OUT_DIR/png/gradientdesk-<n>.png                      n = 16 24 32 48 64 128 256 512 (and 1024 for macOS)
    OUT_DIR/hicolor/<n>x<n>/apps/<APP_ID>.png             freedesktop icon theme layout (Linux menus, file icons)
    OUT_DIR/hicolor/scalable/apps/<APP_ID>.svg
    OUT_DIR/gradientdesk.ico                              Windows: 16..256 in one file (Pillow writes the format)
    OUT_DIR/gradientdesk.icns                             macOS: 16..1024 (Pillow writes the format)

The SVG is rendered by Qt's own QSvgRenderer (QtSvg ships with PySide6-Essentials), anti-aliased, into transparent
premultiplied ARGB images; every size is rendered from the vector source, not scaled down from a bitmap, so small
sizes stay sharp. Pillow is only needed for the .ico and .icns containers (Windows/macOS builds); without it those
two files are skipped with a message and the Linux files are still written.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gradientdesk.resource_paths import APP_ID, app_icon_path  # noqa: E402  (the repo root is on the path only now

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int, out: Path) -> Path:
    """Render `svg` to a `size` x `size` PNG at `out`."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    return out


def make_icons(out_dir: Path, svg: Path | None = None) -> dict[str, Path]:
    """Write every icon file into `out_dir`; returns {"svg", "png<n>", "ico", "icns"} -> path (ico/icns only when
    Pillow is installed)."""
    from PySide6.QtGui import QGuiApplication

    svg = svg or app_icon_path()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # rendering needs no display
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # kept alive while rendering
    out_dir.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    made["svg"] = Path(shutil.copyfile(svg, scalable))
    for size in sorted(set(PNG_SIZES) | set(ICNS_SIZES)):
        png = render_png(svg, size, out_dir / "png" / f"gradientdesk-{size}.png")
        made[f"png{size}"] = png
        if size in PNG_SIZES:
            themed = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            themed.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(png, themed)
    try:
        from PIL import Image
    except ImportError:
        print("icons: Pillow is not installed, so no .ico (Windows) or .icns (macOS) was written "
              "(python3 -m pip install pillow)", file=sys.stderr)
        return made
    renders = {size: Image.open(made[f"png{size}"]).convert("RGBA") for size in ICNS_SIZES + ICO_SIZES}
    made["ico"] = out_dir / "gradientdesk.ico"
    renders[256].save(made["ico"], format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                      append_images=[renders[s] for s in ICO_SIZES if s != 256])
    made["icns"] = out_dir / "gradientdesk.icns"
    renders[1024].save(made["icns"], format="ICNS", append_images=[renders[s] for s in ICNS_SIZES if s != 1024])
    return made


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python packaging/icons.py OUT_DIR", file=sys.stderr)
        return 2
    made = make_icons(Path(args[0]))
    print(f"icons: wrote {', '.join(sorted(made))} to {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
