"""One range for numbers from people and files: finite and |x| <= 1e6, said in every refusal."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine.limits import MAX_ABS_VALUE, check_array, check_value


@pytest.mark.parametrize("value", [0.0, -1.5, MAX_ABS_VALUE, -MAX_ABS_VALUE, 3])
def test_values_within_the_range_pass(value):
    assert check_value(value, "w") == float(value)


@pytest.mark.parametrize("value", [1e308, -9e307, float("inf"), float("nan"), MAX_ABS_VALUE * 1.0000001])
def test_values_outside_are_refused_with_the_range(value):
    with pytest.raises(ValueError, match="between -1,000,000 and 1,000,000"):
        check_value(value, "dense1.W[0,0]")


def test_arrays_name_the_first_offending_value():
    check_array(np.array([[0.0, 1e6], [-1e6, 2.0]]), "coordinates")
    with pytest.raises(ValueError, match=r"targets must be numbers .* found 1e\+308"):
        check_array(np.array([1.0, 1e308, -np.inf]), "targets")
