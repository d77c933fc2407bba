"""How the app's colours look with a colour-vision deficiency, and how far apart two of them stay (pure numpy).

Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
Deficiency", IEEE TVCG 15(6); the matrices for severity 1.0 (protanopia, deuteranopia, tritanopia) from the
authors' published table. They act on linear RGB: sRGB is linearised (IEC 61966-2-1), multiplied, clipped to
[0, 1] and encoded again.

Distance: CIE 1976 Delta E (Euclidean distance in CIELAB, D65 white). About 2.3 is the smallest difference a
person notices side by side; colours told apart at a glance on a projector need far more. MIN_DELTA_E is the floor
the palette's tests hold every pair that must stay distinct to, for normal vision and each simulated deficiency.
It is a floor, not a proof of legibility (pure red and green, the classic confusion, keep 27.8 under deuteranopia
through their lightness alone), which is why every colour distinction also needs a second cue (shape or dash).
Okabe-Ito's weakest pairs: blue and bluish green under tritanopia (17.0), bluish green and reddish purple under
deuteranopia (17.9).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from . import palette

MIN_DELTA_E = 15.0

MACHADO_2009 = {  # severity 1.0, linear RGB
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779],
                            [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
VISIONS = ("normal", *MACHADO_2009)

_SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375],
                         [0.2126729, 0.7151522, 0.0721750],
                         [0.0193339, 0.1191920, 0.9503041]])
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])


def hex_to_srgb(color: str) -> np.ndarray:
    """'#RRGGBB' -> sRGB in [0, 1]."""
    return palette.rgb(color) / 255.0


def to_linear(srgb: np.ndarray) -> np.ndarray:
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def to_srgb(linear: np.ndarray) -> np.ndarray:
    linear = np.clip(linear, 0.0, 1.0)
    return np.where(linear <= 0.0031308, 12.92 * linear, 1.055 * linear ** (1 / 2.4) - 0.055)


def simulate(srgb: np.ndarray, vision: str) -> np.ndarray:
    """sRGB colour(s) (..., 3) as seen with `vision` ("normal" or a key of MACHADO_2009)."""
    if vision == "normal":
        return np.asarray(srgb, dtype=np.float64)
    return to_srgb(to_linear(np.asarray(srgb, dtype=np.float64)) @ MACHADO_2009[vision].T)


def to_lab(srgb: np.ndarray) -> np.ndarray:
    """sRGB (..., 3) -> CIELAB (..., 3), D65."""
    xyz = to_linear(srgb) @ _SRGB_TO_XYZ.T / _WHITE_D65
    delta = 6 / 29
    f = np.where(xyz > delta**3, np.cbrt(xyz), xyz / (3 * delta**2) + 4 / 29)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], axis=-1)


def delta_e(a: np.ndarray, b: np.ndarray) -> float:
    """CIE 1976 Delta E between two sRGB colours."""
    return float(np.linalg.norm(to_lab(a) - to_lab(b)))


def closest_pair(colors: Sequence[str], vision: str) -> tuple[float, str, str]:
    """(Delta E, colour, colour) of the two of `colors` that look most alike with `vision`."""
    seen = {c: simulate(hex_to_srgb(c), vision) for c in colors}
    return min((delta_e(seen[a], seen[b]), a, b) for a, b in itertools.combinations(colors, 2))
