"""bisect: left/right searches, insort, lo/hi, key=, and CPython's errors."""
import bisect
from bisect import bisect_left, insort

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4))
print(bisect_left(a, 0), bisect_left(a, 10), bisect.bisect_right(a, 5))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=1, hi=2))
print(bisect.bisect_right(a, 4, hi=4))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 3.5)
print(b)

# Equal elements: insort_left goes before them, insort_right after.
pairs = [(1, "a"), (2, "b"), (2, "c"), (3, "d")]
bisect.insort_left(pairs, (2, "b"))
print(pairs)

# key= applies to the elements; the searched value is already a key.
records = [("ann", 20), ("bob", 30), ("cid", 30), ("dan", 45)]
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_right(records, 30, key=lambda r: r[1]))
bisect.insort(records, ("eve", 30), key=lambda r: r[1])
bisect.insort_left(records, ("fay", 30), key=lambda r: r[1])
print(records)
print(bisect.bisect(records, 44, 0, 3, key=lambda r: r[1]))

# Any sequence works: a tuple, a string, a range.
print(bisect.bisect((1, 3, 5), 4), bisect.bisect_left("aceg", "d"), bisect.bisect_left(range(0, 100, 5), 42))
print(bisect.bisect_left([1.0, 2.5, 3.5], 2.5))

try:
    bisect.bisect_left(a, 3, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bisect.bisect_left([1, 2, "x"], 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bisect.insort((1, 2), 3)
except AttributeError as e:
    print(type(e).__name__, e)
