"""json.JSONEncoder/JSONDecoder subclasses, cls=, default=, and the class API."""
import json
from datetime import date


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"p": Point(1, 2), "tags": {"b", "a"}}, cls=PointEncoder))
print(json.dumps([Point(3, 4)], cls=PointEncoder, indent=2, sort_keys=True))
print(json.dumps([Point(5, 6)], default=lambda o: [o.x, o.y]))
print(json.dumps(date(2024, 1, 2), default=str))

# super().default raises CPython's TypeError for what nobody handled.
try:
    json.dumps({"d": object()}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([1, Point(0, 0)])
except TypeError as e:
    print("TypeError:", e)

# The encoder object itself.
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(enc.encode({"b": [1], "a": None}))
print(enc.item_separator == ",", enc.key_separator, enc.sort_keys, enc.indent)
compact = json.JSONEncoder(separators=(",", ":"))
print(compact.encode({"a": [1, 2, {"b": True}]}))
print("".join(PointEncoder().iterencode([Point(7, 8)])))
print(json.JSONEncoder(default=lambda o: "obj").encode([object()]))


# A decoder subclass that sets its own hook and passes the rest on.
def upper_keys(d):
    return {k.upper(): v for k, v in d.items()}


class UpperDecoder(json.JSONDecoder):
    def __init__(self, *args, **kwargs):
        super().__init__(object_hook=upper_keys, *args, **kwargs)


print(json.loads('{"a": {"b": 1}, "c": [2]}', cls=UpperDecoder))
print(json.loads('[1.5]', cls=UpperDecoder, parse_float=str))

dec = json.JSONDecoder()
print(dec.decode(' [1, "two", null] '))
print(dec.raw_decode('{"a": 1} trailing text'))
print(dec.raw_decode('xx[2, 3]yy', 2))
try:
    dec.decode('[1] x')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    dec.raw_decode('   ')
except ValueError as e:
    print("ValueError:", e)
