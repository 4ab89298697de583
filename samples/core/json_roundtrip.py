"""json.dumps/loads: separators, indent, sort_keys, type mapping, non-ASCII, round trips and errors."""
import json
from typing import Any

record: dict[str, Any] = {
    "name": "Zoë",
    "age": 31,
    "score": 9.5,
    "whole": 2.0,
    "active": True,
    "manager": None,
    "tags": ["a", "b"],
    "pair": (1, 2),
    "nested": {"z": 1, "a": [{"deep": False}]},
}

compact = json.dumps(record)
print(compact)
print(json.dumps(record, ensure_ascii=False))
print(json.dumps(record["nested"], sort_keys=True))
print(json.dumps(record["nested"], indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=4))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("quote \" backslash \\ newline \n tab \t"))
print(json.dumps(1e16), json.dumps(0.1 + 0.2), json.dumps(10 / 5), json.dumps(-0.0), json.dumps(2 ** 60))
print(json.dumps({1: "int key", True: "bool key", None: "null key"}))

back = json.loads(compact)
print(back)
print("round trip equal except tuple->list:", back == {**record, "pair": [1, 2]}, type(back["pair"]).__name__)
print("types:", [type(v).__name__ for v in back.values()])

text = '{"id": 7, "price": 12.50, "ok": false, "items": [1, 2.0, "3"], "none": null, "exp": 1e2}'
data = json.loads(text)
print(data, data["price"], data["exp"], type(data["exp"]).__name__)
print(json.loads("[]"), json.loads('"just a string"'), json.loads("3"), json.loads(" true "))
print(json.loads('"\\u00e9\\n"') == "é\n", json.loads('{"a": 1, "a": 2}'))

for bad in ["{'single': 1}", "[1, 2,]", "", "{\"a\": }"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as exc:
        print(f"JSONDecodeError for {bad!r}: {exc.msg}")
print("JSONDecodeError is a ValueError:", issubclass(json.JSONDecodeError, ValueError))

try:
    json.dumps({"s": {1, 2}})
except TypeError as exc:
    print("TypeError:", exc)


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


print(json.dumps({"p": Point(1, 2)}, default=lambda o: o.__dict__))
print(json.dumps([Point(3, 4)], default=lambda o: [o.x, o.y], indent=1))
config = json.loads('{"retries": 3, "hosts": ["a", "b"]}')
config["retries"] += 1
config["hosts"].append("c")
print(json.dumps(config, indent=2, sort_keys=True))
