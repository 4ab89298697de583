"""Imports under `if TYPE_CHECKING:` serve annotations only: Python never runs them."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


def total(xs: Sequence[int]) -> int:
    return sum(xs)


def names(items: Iterable[str]) -> list[str]:
    return sorted(items)


print("total", total([1, 2, 3]))
print("names", names({"b", "a"}))
