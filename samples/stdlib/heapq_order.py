"""heapq: CPython's exact sift order, so ties and heap layouts match."""
import heapq
from dataclasses import dataclass, field


# The heap's internal layout after each operation is observable.
h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 3]:
    heapq.heappush(h, x)
print(h)
print(heapq.heappop(h), h)
print(heapq.heapreplace(h, 6), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 4), h)

data = [9, 7, 5, 3, 1, 8, 6, 4, 2, 0]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(len(data))])

# Tuples with equal priorities fall back to the second field.
tasks = []
for prio, name in [(2, "write"), (1, "read"), (2, "alpha"), (1, "zeta"), (3, "close")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()


# Objects ordered only by a field: equal keys come out in CPython's heap order.
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = []
for i, p in enumerate([3, 1, 2, 1, 3, 2, 1]):
    heapq.heappush(jobs, Job(p, f"job{i}"))
print([heapq.heappop(jobs).name for _ in range(len(jobs))])


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"Rev({self.v})"


r = [Rev(i) for i in [4, 1, 7, 3]]
heapq.heapify(r)
print(r, heapq.heappop(r))

# Floats keep their type.
fl = [2.0, 1.5, 3.0]
heapq.heapify(fl)
print(fl, heapq.heappop(fl))

# Errors as CPython raises them.
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush((1, 2), 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    heapq.heapify([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
print(heapq.heappushpop([], 5))
