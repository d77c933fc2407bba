"""The names of the preset data sets and of their groups, as the Data menu and the data toolbar show them.

The engine names its presets and groups in English (gradientdesk/engine: no Qt there); these tables mark the same
words for pyside6-lupdate (context "Presets") so that the menus and the preset box show them in the interface
language. A preset the tables do not know (one added to the engine later) is shown by its English name until its
entry is added here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# name.capitalize() of each preset of engine/generators.PRESETS, and engine/choices.TASK_LABELS' values
_LABELS = (
    QT_TRANSLATE_NOOP("Presets", "Gaussians"), QT_TRANSLATE_NOOP("Presets", "Circle"),
    QT_TRANSLATE_NOOP("Presets", "Xor"), QT_TRANSLATE_NOOP("Presets", "Spiral"), QT_TRANSLATE_NOOP("Presets", "Moons"),
    QT_TRANSLATE_NOOP("Presets", "Blobs"), QT_TRANSLATE_NOOP("Presets", "Line"), QT_TRANSLATE_NOOP("Presets", "Sine"),
    QT_TRANSLATE_NOOP("Presets", "Polynomial"), QT_TRANSLATE_NOOP("Presets", "Step"),
    QT_TRANSLATE_NOOP("Presets", "Plane"), QT_TRANSLATE_NOOP("Presets", "Cloud"),
    QT_TRANSLATE_NOOP("Presets", "Classification"), QT_TRANSLATE_NOOP("Presets", "Regression"),
    QT_TRANSLATE_NOOP("Presets", "Unsupervised (PCA)"),
)


# engine/generators.PRESETS' descriptions (tooltips); tests/ui/test_translations.py checks that each is here
_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("Presets", "Two Gaussian clouds: separable by a straight line."),
    QT_TRANSLATE_NOOP("Presets", "A disc inside a ring: needs a curved boundary."),
    QT_TRANSLATE_NOOP("Presets", "Opposite quadrants share a class: no single line separates them."),
    QT_TRANSLATE_NOOP("Presets", "Two interleaved spirals: hard, needs a deeper network."),
    QT_TRANSLATE_NOOP("Presets", "Two interleaving half circles."),
    QT_TRANSLATE_NOOP("Presets", "Three Gaussian clouds: three classes for softmax."),
    QT_TRANSLATE_NOOP("Presets", "Points near a straight line y = 0.6 x + 1."),
    QT_TRANSLATE_NOOP("Presets", "Points near a sine wave."),
    QT_TRANSLATE_NOOP("Presets", "Points near a cubic curve."),
    QT_TRANSLATE_NOOP("Presets", "A jump from -2 to 2 at x = 0."),
    QT_TRANSLATE_NOOP("Presets", "Heights on a tilted plane over two inputs."),
    QT_TRANSLATE_NOOP("Presets", "An elongated cloud for PCA: one long and one short direction."),
)


def preset_description(description: str) -> str:
    """A preset's one-line description (engine/generators.PRESETS) in the interface language."""
    return QCoreApplication.translate("Presets", description)


def preset_title(name: str) -> str:
    """'circle' -> 'Circle' (or 'Kreis' in German)."""
    return QCoreApplication.translate("Presets", name.capitalize())


def group_title(label: str) -> str:
    """A group's English label (engine/choices.TASK_LABELS) in the interface language."""
    return QCoreApplication.translate("Presets", label)
