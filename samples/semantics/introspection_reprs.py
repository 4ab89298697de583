"""What programs print about functions, coroutines, tasks and asyncio's classes."""
import asyncio


def f():
    return 1


async def g():
    await asyncio.sleep(0)


async def agen():
    yield 1


def addr(s):
    # Addresses differ from run to run: keep what is around them.
    at = s.find(" at 0x")
    if at < 0:
        return s
    end = s.find(">", at)
    return s[:at] + " at 0x…" + s[end:]


class P(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport


async def main():
    print(addr(repr(f)), f.__name__)
    c = g()
    print(addr(repr(c)), type(c).__name__)
    await c
    t = asyncio.create_task(g(), name="worker")
    print(type(t), type(t).__name__)
    print(type(agen()), type(agen()).__name__)
    print(asyncio.exceptions.TimeoutError is TimeoutError, asyncio.TimeoutError is TimeoutError)
    print(issubclass(asyncio.exceptions.CancelledError, BaseException))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    p = P()
    p.connection_made("tr")
    print(isinstance(p, asyncio.Protocol), isinstance(p, asyncio.BaseProtocol), p.transport)


asyncio.run(main())
