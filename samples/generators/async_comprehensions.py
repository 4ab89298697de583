"""Async comprehensions: async for in list/set/dict comprehensions, await inside comprehensions, async genexprs."""
import asyncio


async def numbers(n: int):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x: int) -> int:
    await asyncio.sleep(0.001)
    return x * 2


async def fetch_user(uid: int) -> dict[str, object]:
    await asyncio.sleep(0.001 * (4 - uid))
    return {"id": uid, "name": f"user{uid}", "admin": uid % 2 == 0}


async def main() -> None:
    print("list:", [i async for i in numbers(5)])
    print("filtered:", [i * i async for i in numbers(10) if i % 3 == 0])
    print("set (sorted for printing):", sorted({i % 3 async for i in numbers(7)}))
    print("dict:", {i: chr(97 + i) async for i in numbers(4)})

    print("await inside a plain comprehension (sequential):", [await double(x) for x in range(4)])
    print("await in the condition:", [x for x in range(6) if await double(x) > 6])
    print("both together:", [await double(i) async for i in numbers(3)])

    users = [await fetch_user(uid) for uid in range(1, 4)]
    print("users fetched one by one, in order:", [u["name"] for u in users])
    concurrent = await asyncio.gather(*[fetch_user(uid) for uid in range(1, 4)])
    print("gathered concurrently, same order:", [u["name"] for u in concurrent])
    print("admins:", [u["name"] for u in concurrent if u["admin"]])

    agen = (i * 10 async for i in numbers(3))
    print("async generator expression type:", type(agen).__name__)
    print("consumed with anext:", await anext(agen), await anext(agen))
    print("rest:", [x async for x in agen])

    nested = [[j async for j in numbers(i)] async for i in numbers(4)]
    print("nested async comprehensions:", nested)
    pairs = [(i, j) async for i in numbers(3) for j in range(i)]
    print("async for mixed with a sync for:", pairs)

    order: list[str] = []

    async def tagged(tag: str, n: int):
        for i in range(n):
            order.append(f"{tag}{i}")
            await asyncio.sleep(0)
            yield i

    async def consume(tag: str) -> int:
        return sum([x async for x in tagged(tag, 3)])

    print("two comprehensions interleave at each await:", await asyncio.gather(consume("a"), consume("b")), order)


asyncio.run(main())
