"""Recursive generators: tree traversals, permutations, subsets, nested directory walk, lazy early stop."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)


def preorder(node: Node) -> Iterator[int]:
    yield node.value
    for child in node.children:
        yield from preorder(child)


def postorder(node: Node) -> Iterator[int]:
    for child in node.children:
        yield from postorder(child)
    yield node.value


def with_depth(node: Node, depth: int = 0) -> Iterator[tuple[int, int]]:
    yield depth, node.value
    for child in node.children:
        yield from with_depth(child, depth + 1)


def permutations(items: list[str]) -> Iterator[list[str]]:
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


def subsets(items: list[int]) -> Iterator[list[int]]:
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
        yield [items[0]] + rest


def walk(tree: dict, prefix: str = "") -> Iterator[str]:
    for name, content in tree.items():
        path = f"{prefix}/{name}"
        if isinstance(content, dict):
            yield path + "/"
            yield from walk(content, path)
        else:
            yield f"{path} ({content} bytes)"


visited: list[int] = []


def tracked(node: Node) -> Iterator[int]:
    visited.append(node.value)
    yield node.value
    for child in node.children:
        yield from tracked(child)


tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
print("preorder:", list(preorder(tree)))
print("postorder:", list(postorder(tree)))
for depth, value in with_depth(tree):
    print("  " * depth + f"- {value}")
print("permutations:", ["".join(p) for p in permutations(list("abc"))])
print("subsets:", list(subsets([1, 2, 3])))
files = {"src": {"main.py": 120, "lib": {"util.py": 40}}, "README": 10}
for entry in walk(files):
    print(entry)
first_big = next(v for v in tracked(tree) if v > 3)
print("lazy search found", first_big, "after visiting only", visited)
print("sum of a deep recursive stream:", sum(preorder(Node(0, [Node(i, [Node(i * 10)]) for i in range(1, 4)]))))
