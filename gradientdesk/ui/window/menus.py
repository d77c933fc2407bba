"""The menu bar, declared in one place: which menus exist, in which order, and which action goes where.

Features (file actions, lessons, exports, presentation mode, the views) only make their QActions and QMenus and hand
them to the window under an id ("file.save", "view.presentation"); `MENU_BAR` below is the only place that says
where each one appears (as napari declares its menus in one place). An id may stand for a list of actions (the
lessons, the preset data sets), a nested `Submenu` builds a menu in place, and `SEPARATOR` draws a line. A declared
id that no feature provides, or a provided one that is declared nowhere, is a programming error and raises at once
(`build_menu_bar`), so an action cannot silently go missing from the menus.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

SEPARATOR = "-"
MenuEntry = QAction | QMenu | Sequence[QAction]


@dataclass(frozen=True)
class Submenu:
    """A menu: its English title (with the & mnemonic; shown translated), object name, and entries (ids, nested
    Submenus or SEPARATOR)."""

    title: str
    name: str
    entries: tuple[str | Submenu, ...]
    tooltips: bool = False  # show the actions' tooltips (lists whose entries explain themselves, e.g. lessons)


MENU_BAR: tuple[Submenu, ...] = (
    Submenu(QT_TRANSLATE_NOOP("Menus", "&File"), "file_menu", (
        "file.new", "file.open", "file.recent", SEPARATOR,
        "file.save", "file.save_as", SEPARATOR,
        "file.import_csv", "file.export_csv", "file.export_model",
        Submenu(QT_TRANSLATE_NOOP("Menus", "&Export"), "export_menu", ("export.figure", "export.window", "export.gif")),
        SEPARATOR,
        "app.quit",
    )),
    Submenu(QT_TRANSLATE_NOOP("Menus", "&Edit"), "edit_menu",
            ("edit.undo", "edit.redo", SEPARATOR, "edit.clear_points")),
    Submenu(QT_TRANSLATE_NOOP("Menus", "&Data"), "data_menu", ("data.presets",)),
    Submenu(QT_TRANSLATE_NOOP("Menus", "&Training"), "training_menu",
            ("training.play", "training.step", "training.epoch", "training.reset")),
    Submenu(QT_TRANSLATE_NOOP("Menus", "&Experiments"), "experiments_menu",
            ("experiments.sweep", "experiments.compare"), tooltips=True),
    Submenu(QT_TRANSLATE_NOOP("Menus", "&View"), "view_menu", (
        "view.stage_views", SEPARATOR, "view.stage_canvas", "view.stage_wall", SEPARATOR,
        "view.docks", "view.toolbars", SEPARATOR,
        "view.reset_layout", "view.language", SEPARATOR,
        "view.presentation", "view.presentation_options",
    )),
    Submenu(QT_TRANSLATE_NOOP("Menus", "&Lessons"), "lessons_menu", (
        "lessons.start_page", SEPARATOR, "lessons.list", "lessons.folder", SEPARATOR,
        "lessons.previous", "lessons.next", "lessons.next_step", "lessons.panel", SEPARATOR,
        "lessons.save_as", "lessons.open_folder",
    ), tooltips=True),
    Submenu(QT_TRANSLATE_NOOP("Menus", "&Help"), "help_menu",
            ("help.start_page", SEPARATOR, "help.shortcuts", "help.about")),
)


def declared_ids(menus: Iterable[Submenu] = MENU_BAR) -> list[str]:
    """Every action id the layout places, in menu order."""
    found: list[str] = []
    for menu in menus:
        for entry in menu.entries:
            if isinstance(entry, Submenu):
                found.extend(declared_ids([entry]))
            elif entry != SEPARATOR:
                found.append(entry)
    return found


def build_menu_bar(bar: QMenuBar, entries: Mapping[str, MenuEntry],
                   menus: Sequence[Submenu] = MENU_BAR) -> dict[str, QMenu]:
    """Fill `bar` with `menus`, taking each id's action, menu or list of actions from `entries`. Returns the menus
    built, by object name ("file_menu", ...). Raises KeyError for a declared id without an entry and ValueError for
    an entry that is declared nowhere."""
    ids = declared_ids(menus)
    missing = [i for i in ids if i not in entries]
    if missing:
        raise KeyError(f"menu entries declared but not provided: {', '.join(missing)}")
    unplaced = sorted(set(entries) - set(ids))
    if unplaced:
        raise ValueError(f"menu entries provided but not declared in MENU_BAR: {', '.join(unplaced)}")
    built: dict[str, QMenu] = {}
    for spec in menus:
        bar.addMenu(_fill(QMenu(_title(spec), bar), spec, entries, built))
    return built


def _title(spec: Submenu) -> str:
    """The menu's title in the interface language (the titles above are marked for pyside6-lupdate, context "Menus")."""
    return QCoreApplication.translate("Menus", spec.title)


def _fill(menu: QMenu, spec: Submenu, entries: Mapping[str, MenuEntry], built: dict[str, QMenu]) -> QMenu:
    # menus are made with a parent and then added: a menu made by addMenu(title) is owned by Python in PySide6,
    # and the wrapper QAction.menu() returns for it could delete it when dropped
    menu.setObjectName(spec.name)
    menu.setToolTipsVisible(spec.tooltips)
    built[spec.name] = menu
    for entry in spec.entries:
        if isinstance(entry, Submenu):
            menu.addMenu(_fill(QMenu(_title(entry), menu), entry, entries, built))
        elif entry == SEPARATOR:
            menu.addSeparator()
        else:
            item = entries[entry]
            if isinstance(item, QMenu):
                menu.addMenu(item)
            elif isinstance(item, QAction):
                menu.addAction(item)
            else:
                for action in item:
                    if isinstance(action, QMenu):
                        menu.addMenu(action)
                    else:
                        menu.addAction(action)
    return menu
