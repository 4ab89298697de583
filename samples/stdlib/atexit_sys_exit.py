import asyncio
import atexit
import sys


def cleanup(what):
    print("cleanup", what)


atexit.register(cleanup, "first")


async def main():
    atexit.register(cleanup, "from a coroutine")
    await asyncio.sleep(0.01)
    print("main done")
    return 3


code = asyncio.run(main())
print("after asyncio.run")
atexit.register(cleanup, "last registered")
try:
    sys.exit(code)
finally:
    print("finally runs before atexit")
