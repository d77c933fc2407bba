"""The interface language: which one, and the Qt translators that make every translatable string speak it.

Qt's own tools do the work (no home-made string tables): the app's strings are marked with
``QCoreApplication.translate("Context", ...)`` (or ``QT_TRANSLATE_NOOP`` for module-level constants, translated where
they are shown); ``tools/translations.py`` runs PySide6's ``pyside6-lupdate`` into
``resources/translations/gradientdesk_<lang>.ts`` (edited by translators, e.g. in Qt Linguist) and
``pyside6-lrelease`` into the ``.qm`` files beside them, which are committed, so the app and CI need no build step.
Qt's own strings (the buttons of standard dialogs: "Cancel", "Save", the file dialog) come from the
``qtbase_<lang>.qm`` that PySide6 ships.

The language is chosen, in this order, by the environment variable ``GRADIENTDESK_LANGUAGE`` (a screenshot or a
test of one language, e.g. ``GRADIENTDESK_LANGUAGE=de``), by the QSettings key ``ui/language`` (View -> Language),
else by the system locale; a language GradientDesk does not ship falls back to English. The translators are
installed before the main window is built (gradientdesk/app.py): strings are translated when a widget is made, so a
change of language applies at the next start, and the View -> Language menu says so.

Tests build their windows without calling `install`, so they run in English whatever the machine's locale.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..bridge.texts import count_text, fill  # noqa: F401 - the ui's translated texts use them from here too
from ..engine.number_text import compact, fmt
from ..resource_paths import resource_path

SETTINGS_KEY = "ui/language"
ENV_VAR = "GRADIENTDESK_LANGUAGE"
SYSTEM = ""  # the setting's value for "follow the system locale"
SOURCE_LANGUAGE = "en"  # the language the source strings are written in: no translator needed
# Each language by its own name (a learner looking for their language reads it in that language), in menu order.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)  # the shipped .ts / .qm files

TRANSLATOR_NAME = "gradientdesk_translator"  # the object name of the translators `install` makes


def translations_dir() -> Path:
    """resources/translations: the app's .ts sources and compiled .qm files (found as every resource is)."""
    return resource_path("translations")


def app_catalog(language: str) -> Path:
    """The compiled translation of the app's strings into `language` (it may not exist)."""
    return translations_dir() / f"gradientdesk_{language}.qm"


def qt_catalog_dir() -> str:
    """Where PySide6 keeps Qt's own translations (qtbase_de.qm ...): the standard dialogs' buttons and texts."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def stored_choice(settings: QSettings | None) -> str:
    """The language chosen in View -> Language: a code of LANGUAGES, or SYSTEM."""
    if settings is None:
        return SYSTEM
    value = settings.value(SETTINGS_KEY, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show for `choice` (a code, or SYSTEM for the system locale's language); English when
    GradientDesk does not ship the language asked for."""
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    for name in locale.uiLanguages():  # "de-AT", "de", ... in the user's order of preference
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def startup_language(settings: QSettings | None, env: Mapping[str, str] = os.environ) -> str:
    """The language this run shows: GRADIENTDESK_LANGUAGE if set (a code, or "system"), else the choice stored in
    `settings`; without settings (a screenshot run) English, so a screenshot does not depend on the machine."""
    forced = env.get(ENV_VAR, "").strip().lower()
    if forced:
        return resolve(SYSTEM if forced == "system" else forced)
    return resolve(stored_choice(settings)) if settings is not None else SOURCE_LANGUAGE


def install(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Install the translators for `language` into `app` (before any window is built) and make its locale the
    default one, so numbers are written as its readers expect. Returns the catalogs loaded (for messages and tests);
    English loads none. A missing or broken catalog is skipped: the app then shows those strings in English."""
    app = app or QCoreApplication.instance()
    uninstall(app)
    if language not in LANGUAGES or app is None:
        return []
    system = QLocale.system().language()
    # keep de_AT's ways for an Austrian in German, and the C locale's (tests, minimal systems) for English
    if system != QLocale(language).language() and not (language == SOURCE_LANGUAGE and system == QLocale.Language.C):
        QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    loaded = []
    for translator, ok in _load(language, app):
        if ok and app.installTranslator(translator):
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()
    return loaded


def decimal_text(text: str) -> str:
    """A number written by Python ("0.03", "-1.2e-05", "62.7%") with the decimal sign of the interface's locale:
    0,03 in German, Spanish and French. Only the decimal point changes (Python's ',' grouping is not used in these
    texts); the "C" locale of tests and English keep the point. The app's number boxes read either sign back."""
    point = QLocale().decimalPoint()
    return text if point == "." or "." not in text else text.replace(".", point)


def fmt_text(value: float, digits: int = 4) -> str:
    """engine/number_text.fmt (`digits` significant digits) with the interface's decimal sign."""
    return decimal_text(fmt(value, digits))


def list_separator() -> str:
    """What separates the numbers of a list: ", " where the decimal sign is a point, "; " where it is a comma
    (0,5; 1,2), so a list never reads as more numbers than it holds."""
    return ", " if QLocale().decimalPoint() == "." else "; "


def number_text(value: float) -> str:
    """engine/number_text.compact (four significant digits in at most 9 characters) in the interface's locale: the
    numbers of the parameter table, the weight readouts and the diagram's values."""
    return decimal_text(compact(value))


def interface_language(app: QCoreApplication | None = None) -> str:
    """The code of the language the interface speaks ("de"): that of the app translator ui/i18n.py installed
    (gradientdesk_de.qm), English when none is installed (tests, English, a missing catalog)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return SOURCE_LANGUAGE
    probe = ("Menus", "&Lessons")  # a string every shipped catalog translates: tells an installed translator
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        code = Path(translator.filePath()).stem.removeprefix("gradientdesk_")
        if code in LANGUAGES and code != SOURCE_LANGUAGE and translator.filePath().endswith(".qm"):
            said = translator.translate(*probe)
            if said and QCoreApplication.translate(*probe) == said:  # installed, not only made (or removed)
                return code
    return SOURCE_LANGUAGE


def in_sentence(text: str) -> str:
    """A label or title as a sentence quotes it: lower-cased in English ("the learning rate", "the loss plot"), as
    it is in a translation (German nouns keep their capital; the translated templates quote the name as written)."""
    return text.lower() if interface_language() == SOURCE_LANGUAGE else text


def _load(language: str, app: QCoreApplication) -> list[tuple[QTranslator, bool]]:
    # children of the application: they live as long as it does (a QTranslator that Python drops stops translating)
    app_translator, qt_translator = QTranslator(app), QTranslator(app)
    app_translator.setObjectName(TRANSLATOR_NAME)
    qt_translator.setObjectName(TRANSLATOR_NAME)
    return [(app_translator, app_translator.load(str(app_catalog(language)))),
            (qt_translator, qt_translator.load(f"qtbase_{language}", qt_catalog_dir()))]


def uninstall(app: QCoreApplication | None = None) -> None:
    """Remove the translators `install` put in (tests that switch the language put English back)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.deleteLater()


class LanguageMenu(QMenu):
    """View -> Language: System, then each shipped language by its own name; checkable, one at a time. A choice is
    stored in `settings` (none in tests and screenshots) and applies at the next start: `notify` says so."""

    def __init__(self, settings: QSettings | None, notify: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("LanguageMenu", "Lan&guage"), parent)
        self.setObjectName("language_menu")
        self.settings, self.notify = settings, notify
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        chosen = stored_choice(settings)
        system = QCoreApplication.translate("LanguageMenu", "&System")
        for code, label in ((SYSTEM, system), *LANGUAGES.items()):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.setObjectName(f"language_{code or 'system'}")
            action.setStatusTip(QCoreApplication.translate(
                "LanguageMenu", "Show GradientDesk in this language from its next start."))
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action

    def choose(self, code: str) -> None:
        """Remember `code` (a LANGUAGES code or SYSTEM) and say that it applies after a restart."""
        self.language_actions[code].setChecked(True)
        if self.settings is not None:
            self.settings.setValue(SETTINGS_KEY, code)
        name = LANGUAGES.get(code) or QCoreApplication.translate("LanguageMenu", "the system's language")
        self.notify(fill(QCoreApplication.translate(
            "LanguageMenu", "Language: %1. It applies when GradientDesk starts again."), name))
