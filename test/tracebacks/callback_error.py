import asyncio


def on_done(fut):
    print("callback sees", fut.result())
    raise RuntimeError("callback broke")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.set_result(3)
    await asyncio.sleep(0.01)
    print("after")


asyncio.run(main())
