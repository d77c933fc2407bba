"""The colours that must stay distinct (classes, weight signs, compared runs, train and test curves) stay at least
MIN_DELTA_E apart (CIE 1976) for normal vision and simulated protanopia, deuteranopia and tritanopia (Machado et al.
2009, severity 1)."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.ui.experiments.compare_plan import RUN_COLORS
from gradientdesk.ui.inspect.diagram_items import NEGATIVE, POSITIVE
from gradientdesk.ui.theme import color_vision as cv
from gradientdesk.ui.theme import palette

DISTINCT = {
    "classes": palette.CLASS_COLORS,
    "weight signs": (POSITIVE, NEGATIVE),
    "compared runs": RUN_COLORS,
    "train and test": (palette.TRAIN_COLOR, palette.TEST_COLOR),
}


@pytest.mark.parametrize("vision", cv.VISIONS)
@pytest.mark.parametrize("group", sorted(DISTINCT))
def test_every_pair_that_must_be_told_apart_stays_apart(group, vision):
    distance, a, b = cv.closest_pair(DISTINCT[group], vision)
    assert distance >= cv.MIN_DELTA_E, f"{group}: {a} and {b} are {distance:.1f} apart with {vision}"


def test_the_simulation_and_the_distance_agree_with_known_values():
    white, black = cv.hex_to_srgb("#FFFFFF"), cv.hex_to_srgb("#000000")
    np.testing.assert_allclose(cv.to_lab(white), [100, 0, 0], atol=0.01)
    assert cv.delta_e(white, black) == pytest.approx(100, abs=0.01)
    for vision in cv.MACHADO_2009:  # greys are seen as greys: each matrix row sums to 1
        np.testing.assert_allclose(cv.simulate(cv.hex_to_srgb("#808080"), vision), cv.hex_to_srgb("#808080"),
                                   atol=2e-3)
    red, green = cv.hex_to_srgb("#FF0000"), cv.hex_to_srgb("#00FF00")

    def hue_gap(a, b) -> float:  # degrees between the CIELAB hue angles of two colours
        (_, a1, b1), (_, a2, b2) = cv.to_lab(a), cv.to_lab(b)
        gap = abs(np.degrees(np.arctan2(b1, a1) - np.arctan2(b2, a2))) % 360
        return min(gap, 360 - gap)

    assert hue_gap(red, green) > 90
    for vision in ("protanopia", "deuteranopia"):  # the classic confusion: one hue, told apart by lightness only
        assert hue_gap(cv.simulate(red, vision), cv.simulate(green, vision)) < 10
    blue, yellow = cv.hex_to_srgb("#0000FF"), cv.hex_to_srgb("#FFFF00")
    assert cv.delta_e(cv.simulate(blue, "tritanopia"), cv.simulate(yellow, "tritanopia")) > 50  # not a confusion
