"""Small exact statistics for comparing nights: Fisher's test, Newcombe's interval, BH q-values."""

from __future__ import annotations

from collections.abc import Sequence
from math import comb, sqrt
from statistics import NormalDist

# R's fisher.test counts a table as "as extreme" when its probability is at most 1 + 1e-7 times
# the observed one (its guard against floating-point ties); kept, as integers, to match R.
_TIE_NUMERATOR = 10**7 + 1
_TIE_DENOMINATOR = 10**7
# qnorm(0.975) correctly rounded; NormalDist().inv_cdf lands one unit in the last place below.
_Z_95 = 1.959963984540054


def z_value(confidence: float) -> float:
    """Return the two-sided standard normal quantile for a confidence level (0.95 gives 1.96)."""
    if not 0 < confidence < 1:
        raise ValueError(
            f"confidence must lie strictly between 0 and 1, not {confidence}"
        )
    if confidence == 0.95:
        return _Z_95
    return NormalDist().inv_cdf((1 + confidence) / 2)


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p-value of Fisher's exact test for the 2x2 table [[a, b], [c, d]]."""
    if min(a, b, c, d) < 0:
        raise ValueError(f"counts must not be negative: {[[a, b], [c, d]]}")
    row1, row2, col1 = a + b, c + d, a + c
    # Integer weights comb(row1, x) * comb(row2, col1 - x) share the denominator
    # comb(n, col1), so every comparison and the sum are exact however many nights there are.
    weights = [
        comb(row1, x) * comb(row2, col1 - x)
        for x in range(max(0, col1 - row2), min(row1, col1) + 1)
    ]
    observed = comb(row1, a) * comb(row2, c)
    extreme = sum(
        w for w in weights if w * _TIE_DENOMINATOR <= observed * _TIE_NUMERATOR
    )
    return min(1.0, extreme / sum(weights))


def wilson_interval(x: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for the rate x/n (no continuity correction)."""
    if n <= 0 or not 0 <= x <= n:
        raise ValueError(f"need 0 <= x <= n and n > 0, not x={x}, n={n}")
    z = z_value(confidence)
    p = x / n
    centre = 2 * n * p + z * z
    half = z * sqrt(z * z + 4 * n * p * (1 - p))
    denominator = 2 * (n + z * z)
    # At x = 0 or x = n the bound is exactly 0 or 1; the formula leaves rounding dust there.
    lower = 0.0 if x == 0 else (centre - half) / denominator
    upper = 1.0 if x == n else (centre + half) / denominator
    return lower, upper


def difference_interval(
    x1: int, n1: int, x2: int, n2: int, confidence: float = 0.95
) -> tuple[float, float]:
    """Newcombe's hybrid score interval for x1/n1 - x2/n2 (Newcombe 1998, method 10)."""
    lower1, upper1 = wilson_interval(x1, n1, confidence)
    lower2, upper2 = wilson_interval(x2, n2, confidence)
    p1, p2 = x1 / n1, x2 / n2
    difference = p1 - p2
    lower = difference - sqrt((p1 - lower1) ** 2 + (upper2 - p2) ** 2)
    upper = difference + sqrt((upper1 - p1) ** 2 + (p2 - lower2) ** 2)
    # The bounds lie within [lower1 - upper2, upper1 - lower2] in exact arithmetic; the clamp
    # only keeps rounding from stepping past -1 or 1.
    return max(-1.0, lower), min(1.0, upper)


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (q-values), in the input order."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 1.0
    # Step up from the largest p: q_(i) = min over j >= i of p_(j) * m / j, as p.adjust does.
    for rank in range(m, 0, -1):
        index = order[rank - 1]
        running = min(running, m / rank * p_values[index])
        adjusted[index] = running
    return adjusted
