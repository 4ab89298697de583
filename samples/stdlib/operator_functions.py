# operator: every operator as a function, itemgetter/attrgetter/methodcaller, in-place forms.
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.truth([]), operator.truth([0]), operator.not_(0), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("hello", "l"), operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint((x for x in []), 5))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.getitem([10, 20, 30], -1))
nums = [1, 2]
same = operator.iadd(nums, [3])
print(same is nums, nums, operator.iadd(1, 2), operator.imul([0], 3), operator.isub(5, 7))
s = {1, 2}
operator.ior(s, {5})
print(sorted(s), operator.ixor(6, 3), operator.ipow(3, 2), operator.call(max, 4, 9))
print(reduce(operator.mul, [1, 2, 3, 4]), list(map(operator.neg, [1, -2])))

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))(rows[2]))


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
        self.meta = Meta(len(name))


class Meta:
    def __init__(self, size):
        self.size = size


items = [Item("pear", 3), Item("fig", 5)]
print([i.name for i in sorted(items, key=attrgetter("price"), reverse=True)], attrgetter("name", "meta.size")(items[0]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o")("banana"))
for bad in (lambda: operator.indexOf([1], 2), lambda: operator.index(1.5), lambda: operator.concat(1, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
