"""contextlib: @contextmanager (exception at the yield), @asynccontextmanager, suppress, ExitStack and AsyncExitStack order."""
import asyncio
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager, contextmanager, suppress


@contextmanager
def tag(name: str):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as exc:
        print(f"  {name} handled {exc!r} at the yield")
    finally:
        print(f"</{name}>")


@asynccontextmanager
async def session(user: str):
    await asyncio.sleep(0.001)
    print(f"  login {user}")
    try:
        yield {"user": user, "token": f"tok-{user}"}
    finally:
        await asyncio.sleep(0.001)
        print(f"  logout {user}")


with tag("div") as value:
    print("  body sees", value)

with tag("p"):
    raise KeyError("swallowed by the generator's except")
print("after the suppressed KeyError")

try:
    with tag("span"):
        raise ValueError("not handled in the generator")
except ValueError as exc:
    print("ValueError propagated:", exc)

with suppress(FileNotFoundError, ZeroDivisionError):
    print("suppress: before")
    1 / 0
    print("not printed")
print("suppress: after")

with ExitStack() as stack:
    for name in ["a", "b", "c"]:
        stack.enter_context(tag(name))
    stack.callback(print, "  callback registered last runs first")
    print("  all entered")


async def main() -> None:
    async with session("ann") as s:
        print("  token:", s["token"])

    try:
        async with session("bob"):
            raise RuntimeError("failed mid-session")
    except RuntimeError as exc:
        print("  async context manager re-raised:", exc)

    async with AsyncExitStack() as stack:
        users = [await stack.enter_async_context(session(u)) for u in ("u1", "u2")]
        stack.enter_context(tag("sync-inside-async"))

        async def farewell() -> None:
            print("  async callback")

        stack.push_async_callback(farewell)
        print("  sessions open:", [u["user"] for u in users])
    print("stack unwound in reverse order")

    async with AsyncExitStack() as stack:
        await stack.enter_async_context(session("kept"))
        moved = stack.pop_all()  # transfer ownership: nothing closes at the end of this block
    print("  after the block, still logged in; closing the moved stack:")
    await moved.aclose()


asyncio.run(main())
