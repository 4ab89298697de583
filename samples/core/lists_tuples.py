"""List and tuple literals and methods: append/extend/insert/pop/remove/index/count/sort, in."""
stack: list[int] = []
for n in (5, 3, 8):
    stack.append(n)
print("stack:", stack, "pop:", stack.pop(), "after:", stack)

queue = ["a", "b", "c"]
print("pop(0):", queue.pop(0), "pop(-1):", queue.pop(-1), "left:", queue)

items = [3, 1, 4, 1, 5, 9, 2, 6]
items.insert(0, 0)
items.insert(-1, 7)
items.insert(100, 99)
print("after inserts:", items)
items.remove(1)
print("remove first 1:", items, "count of 1:", items.count(1), "index of 9:", items.index(9))
items.extend(range(2))
items += "xy"
print("extended with range and str:", items)

try:
    items.remove(42)
except ValueError as exc:
    print("ValueError:", exc)
try:
    [].pop()
except IndexError as exc:
    print("IndexError:", exc)
try:
    print([1, 2].index(3))
except ValueError as exc:
    print("ValueError:", exc)

nums = [10, -2, 33, 4]
result = nums.sort()
print("sort returns", result, "list is now", nums)
nums.sort(reverse=True)
print("descending:", nums)
nums.reverse()
print("reversed in place:", nums)
print("mixed sort fails:", end=" ")
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")

grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
alias_grid = [[0] * 3] * 2
alias_grid[0][0] = 1
print("independent rows:", grid, "aliased rows:", alias_grid)
print([1, 2] * 2, [1] + [2, 3], [] * 5, len([[]]), [[]] == [[]])
cleared = [1, 2, 3]
cleared.clear()
print("cleared:", cleared, "copy:", [1, [2]].copy())

point = (3, 4)
single = (1,)
empty = ()
print(point, single, empty, type(single).__name__, (1), len(empty))
print(point.index(4), (1, 1, 2).count(1), point + single, point * 2)
print("tuple compare:", (1, 2) < (1, 2, 0), (2,) > (1, 99), max([(1, "b"), (1, "a")]))
try:
    point[0] = 9
except TypeError as exc:
    print("TypeError:", exc)

print(3 in [1, 2, 3], "b" in ("a", "b"), [1] in [[1], [2]], 5 not in range(5))
print(list((1, 2)), tuple([3, 4]), list(range(3, 0, -1)), list("ab"))
print("min/max/sum:", min(items[:4]), max(point), sum((1, 2, 3)))
nested = [1, (2, [3, "four"]), {"five": 5.0}, None, True]
print(nested, len(nested))
print("equality of equal-looking values:", [1, 2.0] == [1.0, 2], (0,) == (False,))
