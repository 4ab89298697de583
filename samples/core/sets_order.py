# A set of ints, bools, floats or tuples of them iterates in CPython's
# hash-table order, which is the same in every run: print() and for loops
# show it, and pop() takes from it.

print({3, 1, 2})
print({10, 1, 100, 33})
print({-1, -2, 5, -8, 0})
print({15, 31, 0, 1, 2})  # constants: folded into a frozenset, then copied
a = 15
print({a, 31, 0, 1, 2})  # not constants: added one by one
print({True, 2, False}, {1, True, 1.0}, {0.0, False})
print({1.5, 2.25, 0.5, 3.0, -7.75})
print({(1, 2), (2, 1), (0, 5), (3, (4, 5))})
print({frozenset({1, 2}), frozenset({3}), frozenset()})
print(frozenset([40, 8, 16, 24]))

# Growing: the table is rebuilt four times larger as it fills.
grown = set()
for n in [64, 1, 128, 2, 192, 3, 256, 4, 320, 5, 384, 6]:
    grown.add(n)
    if len(grown) % 3 == 0:
        print(len(grown), grown)

# Removing leaves a dummy slot, which a later add may reuse.
s = set()
for x in [1, 9, 17, 3]:
    s.add(x)
print(s)
s.discard(1)
s.discard(9)
s.add(25)
print(s)

# A big table keeps its size after removals, so what remains keeps its place.
big = set(range(100))
for i in range(3, 99):
    big.discard(i)
print(big)
big.add(64)
big.add(-1)
print(big)

# pop() goes on from where the last pop() stopped.
p = {5, 13, 21, 29, 2}
print(p)
print(p.pop(), p.pop(), p.pop(), p)
p.update([37, 45, 0])
print(p, p.pop(), p)

squares = {x * x % 50 for x in range(20)}
print(squares)
print([x for x in squares if x % 2], sorted(squares)[:3], list(squares)[:3], tuple(squares)[-2:])
print(set(range(20, 0, -3)), set([15, 31, 0, 1, 2]), set((8, 16, 0)))
print(set({40: "a", 8: "b", 0: "c"}), set(frozenset({15, 31, 0, 1, 2})))
print(max({7, 70, 700}), min({-3, 30}), sum({1, 2, 3, 1}), len({1, 1.0, True}))
for n in {100, 7, 64}:
    print("loop", n)

# Strings' hashes change from one CPython run to the next: such sets are shown sorted.
words = {"pear", "apple", 3}
print(sorted(words, key=str), len(words), "apple" in words)
