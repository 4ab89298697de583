"""An async generator still referenced when main() returns is closed by asyncio.run's shutdown_asyncgens: GeneratorExit, then finally."""
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


kept: list = []


async def main() -> None:
    held = ticks("kept")
    kept.append(held)
    print("first value:", await anext(held))
    done = ticks("finished")
    print([x async for x in done])
    print("main returns with one generator suspended")


asyncio.run(main())
print("after asyncio.run")
