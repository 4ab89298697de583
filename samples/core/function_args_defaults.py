"""Default arguments, keyword arguments, and the shared mutable default."""


def describe(name, kind="widget", count=1, unit="pcs"):
    return f"{count} {unit} of {name} ({kind})"


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


def power(base, exp=2):
    return base ** exp


def connect(host, port=80, *, timeout=1.5, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(describe("bolt"))
print(describe("bolt", "hardware"))
print(describe("bolt", count=7))
print(describe(unit="kg", name="sand"))
print(describe("nail", "hardware", 12, unit="box"))

print(append_to(1))
print(append_to(2))  # same list as before: [1, 2]
print(append_safe(1))
print(append_safe(2))
mine = ["x"]
print(append_safe("y", mine), mine)

print(power(3), power(2, 10), power(exp=3, base=2), power(2, exp=0.5))
print(connect("example.org"))
print(connect("example.org", 8080, retries=0))
print(connect(port=22, host="h", timeout=0.25))

try:
    connect("h", 1, 2)
except TypeError as exc:
    print("TypeError for positional keyword-only argument")

try:
    describe()
except TypeError:
    print("TypeError for missing argument")

print(describe.__defaults__)
print(connect.__kwdefaults__)
