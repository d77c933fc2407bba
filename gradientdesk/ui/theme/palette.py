"""Colours shared by every view: the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.

Class k is drawn in CLASS_COLORS[k]; layers of a network in LAYER_COLORS; the output map blends the class colours
towards a light background by the model's confidence.
"""

from __future__ import annotations

import numpy as np

# Okabe & Ito (2008), "Color Universal Design"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"

CLASS_COLORS = (ORANGE, BLUE, BLUISH_GREEN, REDDISH_PURPLE, VERMILLION, SKY_BLUE)
LAYER_COLORS = (BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, YELLOW, BLACK)
TRAIN_COLOR = BLUE
TEST_COLOR = VERMILLION
METRIC_COLOR = BLUISH_GREEN
BACKGROUND = "#FFFFFF"
NEUTRAL = "#F4F4F4"  # the output map where the model is undecided
HIGHLIGHT = "#000000"



def rgb(color: str) -> np.ndarray:
    """'#RRGGBB' -> array([r, g, b]) in 0..255."""
    color = color.lstrip("#")
    return np.array([int(color[i : i + 2], 16) for i in (0, 2, 4)], dtype=np.float64)


def class_color(k: int) -> str:
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def layer_color(layer: int) -> str:
    """Colour of layer `layer` (1-based, as in dense1)."""
    return LAYER_COLORS[(layer - 1) % len(LAYER_COLORS)]


def diverging_lut(low: str = ORANGE, high: str = BLUE, n: int = 256, mid: str = NEUTRAL) -> np.ndarray:
    """(n, 3) uint8 lookup table from `low` through a light neutral to `high` (for a binary output map)."""
    t = np.linspace(-1.0, 1.0, n)[:, None]
    lo, mi, hi = rgb(low), rgb(mid), rgb(high)
    # lighten the ends a little so that the points drawn on top keep their contrast
    lo, hi = 0.35 * mi + 0.65 * lo, 0.35 * mi + 0.65 * hi
    table = np.where(t < 0, mi + (-t) * (lo - mi), mi + t * (hi - mi))
    return np.clip(np.round(table), 0, 255).astype(np.ubyte)
