"""The grid of points over which a model's output is drawn (the decision map, the neuron thumbnails).

A grid is `GridSpec` = (x_min, x_max, y_min, y_max, r): r evenly spaced x1 values from x_min to x_max and, for 2-D
data, r x2 values from y_min to y_max. Point k is (row k // r, column k % r): x1 grows along a row and x2 from row
to row, row 0 at y_min, so values at the points reshape to an (r, r) image with row i at y_i, column j at x_j.
"""

from __future__ import annotations

import numpy as np

GridSpec = tuple[float, float, float, float, int]  # as Snapshot.grid_spec


def grid_points(spec: GridSpec, input_dim: int) -> np.ndarray:
    """Raw coordinates of the grid's points: (r * r, 2) for 2-D data, (r, 1) points along x1 for 1-D data."""
    x_min, x_max, y_min, y_max, r = spec
    xs = np.linspace(x_min, x_max, int(r))
    if input_dim == 1:
        return xs.reshape(-1, 1)
    gx, gy = np.meshgrid(xs, np.linspace(y_min, y_max, int(r)))
    return np.column_stack([gx.ravel(), gy.ravel()])
