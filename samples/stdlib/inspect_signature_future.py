from __future__ import annotations

import inspect


class Node:
    def link(self, other: Node | None = None, *, weight: float = 1.0) -> list[Node]:
        return []


def build(items: list[int], factory: Callable[[int], Node]) -> dict[str, Node]:
    return {}


print(inspect.signature(Node.link))
print(inspect.signature(Node().link))
print(inspect.signature(build))
print(inspect.signature(build).parameters["items"].annotation, type(inspect.signature(build).return_annotation).__name__)
