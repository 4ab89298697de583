"""An async generator left suspended when main() returns is finalized before asyncio.run returns: its finally runs."""
import asyncio


async def ticks(name: str):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(f"  {name}: GeneratorExit at shutdown")
        raise
    finally:
        print(f"  {name}: finally")


async def main() -> None:
    held = ticks("held")
    print("first value:", await anext(held))
    print("main returns with the generator suspended")


asyncio.run(main())
print("after asyncio.run")
