"""A class's own method named like a builtin method does not capture calls on builtin values."""
import asyncio


class Store:
    def __init__(self):
        self._items = []
        self._index = {}
        self.log = set()

    async def append(self, x):
        await asyncio.sleep(0)
        self._items.append(x)
        self._index.update({x: len(self._items)})
        self.log.add(x)
        return len(self._items)

    async def get(self, key, default=None):
        return self._index.get(key, default)

    def pop(self):
        return self._items.pop()

    def items(self):
        return list(self._index.items())

    def count(self, x):
        return self._items.count(x)


class Words:
    def split(self, text):
        return text.split(",")

    def join(self, parts):
        return "+".join(parts)


async def main():
    s = Store()
    print(await s.append(1), await s.append(2))
    print(s._items, await s.get(2), await s.get(9, "none"), s.count(1), s.items(), sorted(s.log))
    print(s.pop(), s._items)
    w = Words()
    print(w.split("a,b"), w.join(["x", "y"]), " ".join(["p", "q"]), "a b".split())
    data = {"k": 1}
    print(data.get("k"), list(data.items()), [1, 2, 1].count(1))
    q = asyncio.Queue()
    await q.put(5)
    print(await q.get())


asyncio.run(main())
