"""*args, **kwargs, keyword-only and positional-only parameters, and call-site unpacking."""


def collect(first, *rest):
    return f"first={first!r} rest={rest!r}"


def options(**kwargs):
    return ", ".join(f"{k}={v}" for k, v in kwargs.items())


def everything(a, b=2, *args, flag=False, **kwargs):
    return (a, b, args, flag, kwargs)


def clamp(value, /, low=0, high=10):
    return max(low, min(high, value))


def kw_only(*, name: str, loud: bool = False) -> str:
    return name.upper() if loud else name


def forward(*args, **kwargs):
    # pass everything through unchanged
    return everything(*args, **kwargs)


print(collect(1))
print(collect(1, 2, 3))
print(collect(*"xyz"))
print(options())
print(options(color="red", size=3))
print(options(**{"z": 1, "a": 2}, m=3))

print(everything(1))
print(everything(1, 5, 6, 7))
print(everything(1, flag=True, extra="yes"))
print(everything(b=9, a=8))
print(forward(1, 2, 3, flag=True, mode="fast"))

print(clamp(15), clamp(-3), clamp(5, high=4), clamp(5, 6, 8))
try:
    clamp(value=3)
except TypeError:
    print("positional-only parameter cannot be passed by keyword")

print(kw_only(name="ada"), kw_only(name="ada", loud=True))
try:
    kw_only("ada")
except TypeError:
    print("keyword-only parameter cannot be passed positionally")

args = (10, 20)
kwargs = {"flag": True, "note": "n"}
print(everything(*args, *[30, 40], **kwargs))
first, *middle, last = range(6)
print(collect(first, *middle, last))

try:
    everything(1, a=2)
except TypeError:
    print("TypeError for a given twice")
