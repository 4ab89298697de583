"""itertools: count, islice, chain, zip_longest, cycle, repeat, accumulate, groupby, takewhile/dropwhile, product, pairwise."""
import itertools
import operator
from itertools import chain, count, islice, zip_longest

print("count from 5:", list(islice(count(5), 4)))
print("count with step:", list(islice(count(0, 3), 5)), list(islice(count(1.5, 0.5), 3)))
print("islice(start, stop, step):", list(islice("abcdefghij", 2, 8, 2)), list(islice(range(100), 3)))
ids = count(1)
print("shared counter:", [f"id{next(ids)}" for _ in range(3)], next(ids))

print("chain:", list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print("zip_longest:", list(zip_longest("abc", [1])), list(zip_longest([1, 2], [3], fillvalue=0)))
print("cycle:", list(islice(itertools.cycle("RGB"), 7)))
print("repeat:", list(itertools.repeat("x", 3)), list(map(pow, range(4), itertools.repeat(2))))

print("accumulate:", list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print("accumulate product with initial:", list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))

records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "leek"), ("fruit", "fig")]
for key, group in itertools.groupby(records, key=lambda r: r[0]):
    print(f"groupby run {key}: {[name for _, name in group]}")
by_kind = {k: [n for _, n in g] for k, g in itertools.groupby(sorted(records), key=lambda r: r[0])}
print("sorted first, then grouped:", by_kind)
print("run-length:", [(ch, len(list(g))) for ch, g in itertools.groupby("aaabccdddd")])

print("takewhile:", list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 2])))
print("dropwhile:", list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print("filterfalse:", list(itertools.filterfalse(str.isdigit, "a1b2")))
print("compress:", list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print("starmap:", list(itertools.starmap(pow, [(2, 3), (3, 2)])))

print("product:", ["".join(p) for p in itertools.product("ab", "xy")], len(list(itertools.product(range(3), repeat=2))))
print("permutations:", list(itertools.permutations([1, 2, 3], 2)))
print("combinations:", list(itertools.combinations("abcd", 2)))
print("combinations_with_replacement:", list(itertools.combinations_with_replacement("ab", 2)))
print("pairwise:", list(itertools.pairwise([1, 4, 9, 16])))
a, b = itertools.tee(iter([1, 2, 3]))
print("tee:", list(a), list(b))

lazy = map(lambda n: n * n, count(1))
print("lazy infinite pipeline:", list(islice((x for x in lazy if x % 3 == 1), 5)))
print("islice on an iterator advances it:", list(islice(ids, 2)), next(ids))
