"""An exception escaping asyncio.run: other tasks are cancelled (their finally blocks run) and the exit status is 1."""
import asyncio


class PaymentDeclined(Exception):
    pass


async def background(name: str) -> None:
    try:
        while True:
            await asyncio.sleep(0.005)
    finally:
        print(f"{name}: finally runs during asyncio.run shutdown")


async def charge(card: str, amount: int) -> str:
    await asyncio.sleep(0.002)
    if card.endswith("0"):
        raise PaymentDeclined(f"card {card} declined for {amount}")
    return f"charged {amount} to {card}"


async def main() -> None:
    monitor = asyncio.create_task(background("monitor"))
    for card, amount in [("4111", 20), ("5500", 35), ("3782", 10)]:
        try:
            print(await charge(card, amount))
        except PaymentDeclined as exc:
            print("handled:", exc)
    print("monitor still running:", not monitor.done())
    print("now a failure nobody handles:")
    results = await asyncio.gather(charge("6011", 5), charge("9990", 99))
    print("never printed", results)


try:
    asyncio.run(main())
finally:
    print("after asyncio.run, before the traceback")
