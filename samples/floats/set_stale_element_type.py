# A set whose static type says ints can still receive a float from an untyped
# path (json.loads): membership, add, discard and remove go by Python's ==
# (1 == 1.0 == True) whatever the translator believed the elements were.

import json
s = {x % 3 for x in sorted([4, 0, 1, 2], reverse=True)}
s.add(json.loads("[3.0, 4]")[0])
s.discard(3)
print(sorted(s), len(s), 0 in s)
t = {1, 2, 5}
t.add(json.loads("[2.0]")[0])
t.add(True)
print(sorted(t), len(t), 1.0 in t, json.loads("5.0") in t)
t.remove(json.loads("5.0"))
print(t, 5 in t)
u = {json.loads("1.0"), 2}
print(1 in u, u, len(u | {1}), u - {1})
