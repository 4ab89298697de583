# Keyword-only parameters after *args or a bare * in a lambda.
f = lambda p, *r, s: (p, r, s)
print(f(1, 2, 3, s=4))
print(f(1, s="only"))

k = lambda a, *, b=2, **kw: (a, b, kw)
print(k(1), k(1, b=3), k(1, c=5, b=0))

try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)

try:
    k(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Passed on the spot and called by someone else.
def apply(fn):
    return fn(10, 20, 30, scale=2)

print(apply(lambda x, *rest, scale=1: (x * scale, rest)))
print(sorted([3, 1, 2], key=lambda x, *r, m=-1: x * m))
