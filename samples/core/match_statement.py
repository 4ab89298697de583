"""Structural pattern matching: literals, captures, sequences, mappings, classes, guards."""
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def http_status(code: int) -> str:
    match code:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case 500:
            return "server error"
        case _:
            return "other"


def command(cmd: str) -> str:
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *things] if things:
            return f"dropping {', '.join(things)}"
        case ["drop"]:
            return "drop what?"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


def describe(value) -> str:
    match value:
        case None:
            return "nothing"
        case True:
            return "true literal"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as number:
            return f"number {number}"
        case str() as text:
            return f"string of length {len(text)}"
        case (a, b):
            return f"pair {a},{b}"
        case {"type": "user", "name": name}:
            return f"user {name}"
        case {"type": kind, **rest}:
            return f"{kind} with {sorted(rest)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "some point"
        case _:
            return f"unmatched {type(value).__name__}"


for code in (200, 201, 404, 418):
    print(code, http_status(code))
for cmd in ("", "go north", "pick up lamp", "take key", "drop a b", "drop", "dance now"):
    print(repr(cmd), "->", command(cmd))
samples = [None, True, -3, 4, 2.5, "hey", (1, 2), [3, 4], (1, 2, 3),
           {"type": "user", "name": "ann"}, {"type": "bot", "id": 1, "v": 2},
           Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), {1, 2}]
for s in samples:
    print(describe(s))
