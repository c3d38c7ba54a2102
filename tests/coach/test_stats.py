"""Tests of the exact statistics against published values."""

from __future__ import annotations

from math import comb

from hypothesis import given, strategies as st
import pytest

from custom_components.sleep_twitch_coach.coach.stats import (
    benjamini_hochberg,
    difference_interval,
    fisher_exact,
    wilson_interval,
    z_value,
)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # Fisher (1935), the lady tasting tea: 34/70 by hand; R's fisher.test gives 0.4857.
        ((3, 1, 1, 3), 0.4857142857142857),
        # R's ?fisher.test, "Convictions of like-sex twins" (Fisher 1962): p-value = 0.0005367.
        ((2, 10, 15, 3), 0.0005367241191434358),
        # SciPy's fisher_exact docs, whales and sharks: pvalue 0.034965034965034975.
        ((8, 2, 1, 5), 0.034965034965034975),
        # Only the observed table and its mirror are this extreme, each 1 / C(10, 5).
        ((0, 5, 5, 0), 2 / 252),
    ],
)
def test_fisher_matches_published_p_values(
    table: tuple[int, int, int, int], expected: float
) -> None:
    """The two-sided p-value is the one R and SciPy publish for the same table."""
    assert fisher_exact(*table) == pytest.approx(expected, rel=1e-9)


def test_fisher_does_not_depend_on_how_the_table_is_laid_out() -> None:
    """Transposing the table or swapping its rows or columns leaves p unchanged."""
    a, b, c, d = 2, 10, 15, 3
    p = fisher_exact(a, b, c, d)
    assert fisher_exact(a, c, b, d) == pytest.approx(p, rel=1e-12)
    assert fisher_exact(c, d, a, b) == pytest.approx(p, rel=1e-12)
    assert fisher_exact(b, a, d, c) == pytest.approx(p, rel=1e-12)


@pytest.mark.parametrize(
    "table", [(4, 6, 4, 6), (0, 7, 0, 9), (0, 0, 3, 4), (0, 0, 0, 0), (5, 0, 5, 0)]
)
def test_fisher_is_one_when_the_rows_say_the_same(
    table: tuple[int, int, int, int],
) -> None:
    """Identical rates, or a margin of zero, give no evidence at all."""
    assert fisher_exact(*table) == 1.0


def test_fisher_stays_exact_over_two_years_of_nights() -> None:
    """800 nights: only the two perfectly split tables are as extreme as the observed one."""
    assert fisher_exact(400, 0, 0, 400) == pytest.approx(2 / comb(800, 400), rel=1e-12)
    assert fisher_exact(200, 200, 200, 200) == 1.0


def test_fisher_refuses_negative_counts() -> None:
    """A negative count is a caller's bug, not a table."""
    with pytest.raises(ValueError, match="negative"):
        fisher_exact(1, -1, 2, 3)


# Newcombe RG (1998), "Interval estimation for the difference between independent
# proportions: comparison of eleven methods", Statistics in Medicine 17:873-890, Table II,
# examples (a)-(h), method 10 (hybrid score, no continuity correction).
NEWCOMBE_TABLE_II = [
    ((56, 70, 48, 80), 0.2000, (0.0524, 0.3339)),
    ((9, 10, 3, 10), 0.6000, (0.1705, 0.8090)),
    ((6, 7, 2, 7), 0.5714, (0.0582, 0.8062)),
    ((5, 56, 0, 29), 0.0893, (-0.0381, 0.1926)),
    ((0, 10, 0, 20), 0.0000, (-0.1611, 0.2775)),
    ((0, 10, 0, 10), 0.0000, (-0.2775, 0.2775)),
    ((10, 10, 0, 20), 1.0000, (0.6791, 1.0000)),
    ((10, 10, 0, 10), 1.0000, (0.6075, 1.0000)),
]


@pytest.mark.parametrize(("counts", "difference", "interval"), NEWCOMBE_TABLE_II)
def test_difference_interval_matches_newcombe_table_ii(
    counts: tuple[int, int, int, int],
    difference: float,
    interval: tuple[float, float],
) -> None:
    """The interval is Newcombe's to the four decimals he printed."""
    x1, n1, x2, n2 = counts
    lower, upper = difference_interval(x1, n1, x2, n2)
    assert round(x1 / n1 - x2 / n2, 4) == difference
    assert (round(lower, 4), round(upper, 4)) == interval


def test_wilson_interval_matches_newcombe_single_proportion() -> None:
    """Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3: 81/263."""
    lower, upper = wilson_interval(81, 263)
    assert (round(lower, 4), round(upper, 4)) == (0.2553, 0.3662)


@pytest.mark.parametrize(("x", "n"), [(0, 0), (-1, 5), (6, 5)])
def test_interval_refuses_impossible_counts(x: int, n: int) -> None:
    """No nights, or more twitch nights than nights, has no rate."""
    with pytest.raises(ValueError, match="0 <= x <= n"):
        difference_interval(x, n, 1, 2)


def test_z_value_is_the_normal_quantile() -> None:
    """R's qnorm(0.975) and qnorm(0.995); a level outside (0, 1) has none."""
    assert z_value(0.95) == 1.959963984540054
    assert z_value(0.99) == pytest.approx(2.5758293035489, rel=1e-12)
    with pytest.raises(ValueError, match="between 0 and 1"):
        z_value(1.0)


def test_benjamini_hochberg_levels_a_rising_run() -> None:
    """R: p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "BH") is 0.05 five times."""
    assert benjamini_hochberg([0.01, 0.02, 0.03, 0.04, 0.05]) == pytest.approx(
        [0.05] * 5
    )


def test_benjamini_hochberg_rejects_four_of_the_papers_fifteen() -> None:
    """Benjamini & Hochberg (1995), JRSS B 57:289-300, section 4: four rejected at 0.05."""
    p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459]
    p += [0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000]
    q = benjamini_hochberg(p)
    assert [value <= 0.05 for value in q] == [True] * 4 + [False] * 11
    # The step-up by hand: p * 15 / rank, then the running minimum from the top.
    assert q[:6] == pytest.approx(
        [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0298 * 15 / 7]
    )
    assert q[6] == q[5]


def test_benjamini_hochberg_keeps_the_input_order() -> None:
    """Each q-value stands where its p-value stood."""
    assert benjamini_hochberg([0.04, 0.01, 0.5]) == pytest.approx([0.06, 0.03, 0.5])
    assert benjamini_hochberg([]) == []


@given(
    a=st.integers(0, 60),
    b=st.integers(0, 60),
    c=st.integers(0, 60),
    d=st.integers(0, 60),
)
def test_fisher_is_a_probability(a: int, b: int, c: int, d: int) -> None:
    """Any table gives a p in (0, 1], the same whichever way it is transposed."""
    p = fisher_exact(a, b, c, d)
    assert 0 < p <= 1
    assert fisher_exact(a, c, b, d) == pytest.approx(p, rel=1e-9)


rates = st.integers(1, 400).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n)))


@given(first=rates, second=rates)
def test_interval_holds_the_difference(
    first: tuple[int, int], second: tuple[int, int]
) -> None:
    """The interval lies within [-1, 1] and contains the observed difference."""
    (x1, n1), (x2, n2) = first, second
    lower, upper = difference_interval(x1, n1, x2, n2)
    assert -1 <= lower <= x1 / n1 - x2 / n2 <= upper <= 1


@given(p=st.lists(st.floats(0, 1), max_size=30))
def test_q_values_are_bounded_and_keep_the_order_of_p(p: list[float]) -> None:
    """Each q-value is at least its p, at most 1, and the order of the p-values is kept."""
    q = benjamini_hochberg(p)
    assert all(pi <= qi <= 1 for pi, qi in zip(p, q, strict=True))
    ranked = sorted(zip(p, q, strict=True))
    assert all(q1 <= q2 for (_, q1), (_, q2) in zip(ranked, ranked[1:], strict=False))
