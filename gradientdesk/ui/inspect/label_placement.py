"""Where text goes in the network diagram without covering other text or a neuron (no Qt): boxes are
(x0, y0, x1, y1) in viewport pixels, placed greedily in a priority order, each kept only where it is free.

Greedy placement is enough here: a diagram has a few dozen labels at most (column headers, "... n more" markers, the
weights of a small network), and a label that finds no free spot is simply left out (its value is one hover away),
which is better for a class than text drawn over text.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# where along an edge its value may sit, in order of preference: the middle first, then outwards
EDGE_TS = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82)


def hits(box: np.ndarray, boxes: np.ndarray, pad: float = 0.0) -> bool:
    """True when `box` comes closer than `pad` to any of `boxes` ((m, 4); m may be 0)."""
    if boxes.size == 0:
        return False
    return bool(np.any((box[0] < boxes[:, 2] + pad) & (boxes[:, 0] < box[2] + pad)
                       & (box[1] < boxes[:, 3] + pad) & (boxes[:, 1] < box[3] + pad)))


def inside(box: np.ndarray, bounds: tuple[float, float, float, float]) -> bool:
    return bool(box[0] >= bounds[0] and box[1] >= bounds[1] and box[2] <= bounds[2] and box[3] <= bounds[3])


def keep_apart(boxes: np.ndarray, order: Sequence[int], pad: float = 0.0,
               obstacles: np.ndarray | None = None) -> np.ndarray:
    """Boolean mask of `boxes` ((n, 4)) to draw: in `order`, a box is kept when it does not touch (within `pad`) a box
    kept before it nor an obstacle. Headers and markers of columns too close for their text use it: every other
    column is named rather than all of them on top of each other."""
    kept = np.zeros(len(boxes), dtype=bool)
    taken = np.empty((0, 4)) if obstacles is None else np.asarray(obstacles, dtype=float).reshape(-1, 4)
    for k in order:
        box = np.asarray(boxes[k], dtype=float)
        if not hits(box, taken, pad):
            kept[k] = True
            taken = np.vstack([taken, box])
    return kept


def place_on_segments(segments: np.ndarray, size: tuple[float, float], obstacles: np.ndarray,
                      bounds: tuple[float, float, float, float], pad: float = 1.0,
                      ts: Sequence[float] = EDGE_TS) -> np.ndarray:
    """Centres ((n, 2), NaN where none was found) of one `size` = (w, h) box per segment ((n, 4): x0, y0, x1, y1),
    each on its own segment at the first fraction of `ts` where the box lies within `bounds` and touches neither an
    obstacle nor a box placed before (segments are served in their order)."""
    w, h = size
    centres = np.full((len(segments), 2), np.nan)
    taken = np.asarray(obstacles, dtype=float).reshape(-1, 4)
    for k, (x0, y0, x1, y1) in enumerate(np.asarray(segments, dtype=float)):
        for t in ts:
            cx, cy = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
            box = np.array([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2])
            if inside(box, bounds) and not hits(box, taken, pad):
                centres[k] = cx, cy
                taken = np.vstack([taken, box])
                break
    return centres
