"""Who the running application is to the desktop: its window icon and the .desktop entry it belongs to.

The icon is the SVG in `resources/icons`, found by `gradientdesk.resource_paths` (Qt's SVG icon engine renders it
sharp at every size, so no PNG set is needed at run time; the PNG/ICO/ICNS files are generated from it only for
installers). The desktop file name lets Wayland compositors and X11 task bars group the windows under the
installed launcher (`org.gradientdesk.GradientDesk.desktop`, see packaging/linux).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from ...resource_paths import APP_ID, app_icon_path


def application_icon() -> QIcon:
    """The GradientDesk icon; a null QIcon when the resource is missing (the window then keeps Qt's default)."""
    path = app_icon_path()
    return QIcon(str(path)) if path.is_file() else QIcon()


def apply_app_identity(app: QGuiApplication) -> QIcon:
    """Set the window icon of every window and the desktop entry name of `app`; returns the icon."""
    icon = application_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    app.setDesktopFileName(APP_ID)
    return icon
