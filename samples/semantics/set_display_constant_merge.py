"""CPython compiles equal constant set displays of a module to one frozenset: the second display iterates in the first one's order."""
first = {8, 0, 21}
second = {0, 21, 8}
print(first, second, first == second)
