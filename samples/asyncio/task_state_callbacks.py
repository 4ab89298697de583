"""Task state: done/cancelled/result/exception, InvalidStateError, add_done_callback order."""
import asyncio


async def succeed():
    await asyncio.sleep(0.005)
    return "value"


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("broken")


async def sleeper():
    await asyncio.sleep(1)


def report(label):
    def callback(task):
        if task.cancelled():
            state = "cancelled"
        elif task.exception() is not None:
            state = f"failed with {task.exception()!r}"
        else:
            state = f"returned {task.result()!r}"
        print(f"  callback {label}: {task.get_name()} {state}")
    return callback


async def main():
    ok = asyncio.create_task(succeed(), name="ok")
    bad = asyncio.create_task(fail(), name="bad")
    slow = asyncio.create_task(sleeper(), name="slow")
    for t in (ok, bad, slow):
        t.add_done_callback(report("first"))
    ok.add_done_callback(report("second"))
    ok.add_done_callback(lambda t: print("  lambda callback sees done =", t.done()))

    print("done right after creation:", ok.done(), bad.done(), slow.done())
    try:
        ok.result()
    except asyncio.InvalidStateError:
        print("result() before completion -> InvalidStateError")

    await asyncio.wait([ok, bad])  # our callbacks were registered first, so they run first
    print("after ok and bad finished:", ok.done(), bad.done(), slow.done())
    print("ok.result():", ok.result(), "| ok.exception():", ok.exception())
    print("bad.exception():", repr(bad.exception()))
    try:
        bad.result()
    except ValueError as exc:
        print("bad.result() re-raises:", exc)

    print("cancel() returns", slow.cancel())
    print("cancelled yet?", slow.cancelled(), "(only requested)")
    await asyncio.sleep(0)
    print("after a loop turn:", slow.cancelled(), slow.done())
    try:
        slow.result()
    except asyncio.CancelledError:
        print("slow.result() raises CancelledError")
    try:
        slow.exception()
    except asyncio.CancelledError:
        print("slow.exception() raises CancelledError too")
    print("cancel() on a finished task returns", ok.cancel(), "and it stays", ok.cancelled())

    late = []
    ok.add_done_callback(lambda t: late.append("late callback"))
    print("callback added to a done task has not run yet:", late)
    await asyncio.sleep(0)
    print("it runs on the next loop turn:", late)

    removed = asyncio.create_task(succeed())
    cb = report("removed")
    removed.add_done_callback(cb)
    print("remove_done_callback ->", removed.remove_done_callback(cb))
    await removed
    print("awaiting a done task again returns", await ok)


asyncio.run(main())
