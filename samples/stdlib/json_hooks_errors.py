"""json hooks (object_hook, object_pairs_hook, parse_float/int/constant), numbers as CPython writes them,
JSONDecodeError's message and attributes, dump/load on StringIO and on files."""
import json
import os
import tempfile
from io import StringIO
from typing import Any

print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('[1.5, 2, 1e3, -0]', parse_float=str, parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda name: "<" + name + ">"))
both = json.loads('{"x": {"y": 1}}', object_hook=len, object_pairs_hook=dict)
print(both)

# Floats and ints as CPython writes them.
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps([1e20, 1.5e-7, 1e16, 123456.789, 0.5, 3.0, -2.0, 7]))
try:
    json.dumps([float("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({2.5: "x", 1: "y", False: "z"}), json.dumps({"k": 1}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps({"b": 2, "a": 1}, sort_keys=True, indent="\t"))
print(json.dumps(["é", "\u2603", "\U0001f600"]), json.dumps(["é", "\U0001f600"], ensure_ascii=False))
print(json.dumps([[]], indent=0))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)

# JSONDecodeError: message, msg, pos, lineno, colno.
for bad in ["", "   ", "[1,", "{\"a\" 1}", "[1 2]", "nul", "{\"a\":1,}", "\"abc", "[1]]", "{\n  \"a\": tru\n}", "\"bad \\q escape\"", "[\"\\u12\"]", "{1: 2}", "\"tab\there\""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads("\"tab\there\"", strict=False))
payload: dict[str, Any] = {"not text": 42}
try:
    json.loads(payload["not text"])
except TypeError as e:
    print("TypeError:", e)

# dump/load on a StringIO and on a real file.
buf = StringIO()
json.dump({"k": [1, 2], "n": None}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.json")
    with open(path, "w") as f:
        json.dump({"name": "Zoë", "items": [1.0, 2]}, f, ensure_ascii=False, sort_keys=True)
    with open(path) as f:
        print(f.read())
    with open(path) as f:
        data = json.load(f, object_hook=lambda d: {k.upper(): v for k, v in d.items()})
    print(data)
