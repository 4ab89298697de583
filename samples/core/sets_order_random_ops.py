# Sets of ints and tuples iterate in CPython's hash-table order. This program
# drives a few sets through many operations chosen by a fixed pseudo-random
# sequence and prints them as it goes: additions that grow the table,
# removals that leave dummy slots, pop() and its search finger, clear(),
# and every binary operation, whose result order depends on how CPython
# builds it.

state = 12345


def rand(n):
    global state
    state = (state * 1664525 + 1013904223) % 4294967296
    return (state // 256) % n


def value():
    kind = rand(10)
    if kind < 6:
        return rand(300) - 60
    if kind < 8:
        return rand(8) * 64 + rand(3)
    return (rand(5), rand(5) - 2)


sets = [set(), {3, 1, 2}, set(range(10)), {(0, 1), 5, -7}]
for step in range(400):
    i = rand(len(sets))
    j = rand(len(sets))
    s = sets[i]
    op = rand(16)
    if op < 5:
        s.add(value())
    elif op < 7:
        s.discard(value())
        if s:
            s.discard(list(s)[rand(len(s))])
    elif op == 7 and s:
        print("pop", s.pop())
    elif op == 8:
        s |= sets[j]
    elif op == 9:
        s &= sets[j] | {value(), value()}
    elif op == 10:
        s -= sets[j]
    elif op == 11:
        s ^= sets[j]
    elif op == 12:
        sets[i] = sets[j] | s
    elif op == 13:
        sets[i] = s & sets[j] if len(s) > 3 else s - sets[j]
    elif op == 14:
        sets[i] = (s ^ sets[j]).copy()
    elif op == 15 and rand(4) == 0:
        s.clear()
    if step % 8 == 7:
        print(step, sets[i])
    if len(sets[i]) > 120:
        sets[i] = set(list(sets[i])[:30])

for s in sets:
    print(len(s), s)
    print(sorted(s, key=repr) == sorted(list(s), key=repr), list(s)[:5], tuple(s)[-3:])
print(frozenset(sets[0]), set(frozenset(sets[1])))
