"""Quickstart: a few workers fetch simulated items concurrently and report a summary."""
import asyncio
import time

CATALOG = {
    "apple": (0.15, 120),
    "banana": (0.2, 80),
    "cherry": (0.05, 45),
    "durian": (0.25, 300),
    "elderberry": (0.2, 15),
}


async def fetch(item: str) -> tuple[str, int]:
    delay, size = CATALOG[item]
    await asyncio.sleep(delay)  # pretend this is a network call
    return item, size


async def worker(name: str, items: list[str]) -> int:
    total = 0
    for item in items:
        fetched, size = await fetch(item)
        print(f"[{name}] fetched {fetched:<10} {size:>4} bytes")
        total += size
    return total


async def main() -> None:
    started = time.monotonic()
    plan = {
        "w1": ["apple", "banana"],
        "w2": ["cherry"],
        "w3": ["durian", "elderberry"],
    }
    print(f"starting {len(plan)} workers for {sum(map(len, plan.values()))} items")
    totals = await asyncio.gather(*(worker(n, items) for n, items in plan.items()))
    for name, total in zip(plan, totals):
        print(f"{name}: {total} bytes")
    grand = sum(totals)
    print(f"done: {grand:,} bytes total, average {grand / len(CATALOG):.1f} per item")
    sequential = sum(delay for delay, _ in CATALOG.values())
    print("faster than one by one:", time.monotonic() - started < sequential)


if __name__ == "__main__":
    asyncio.run(main())
