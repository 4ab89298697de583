"""CPython compiles equal constant set displays of a module to one frozenset: the second display iterates in the first one's order."""
first = {8, 0, 21}
second = {0, 21, 8}
print(first, second, first == second)


def later():
    return {0, 21, 8}  # the same constant, in a function


class Holder:
    spelled = {0x10, 33, 1}  # 0x10 and 16 are one constant


print(later(), Holder.spelled, {16, 1, 33})
print({1.0, 17, 9}, {1, 9, 17})  # 1.0 and 1 are different constants: no merge
