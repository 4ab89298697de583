"""Graceful shutdown on SIGTERM with loop.add_signal_handler; SIGUSR1 as a status request."""
import asyncio
import os
import signal


async def worker(name, stop, done):
    jobs = 0
    while not stop.is_set():
        jobs += 1
        done.append((name, jobs))
        await asyncio.sleep(0.01)
    print(f"{name} stopping cleanly")
    return name


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    done = []
    status_requests = []

    def on_term(signame):
        print("received", signame, "- shutting down")
        stop.set()

    loop.add_signal_handler(signal.SIGTERM, on_term, "SIGTERM")
    loop.add_signal_handler(signal.SIGUSR1, lambda: status_requests.append(len(done)))

    tasks = [asyncio.create_task(worker(f"w{i}", stop, done)) for i in range(3)]
    await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.05)
    print("status requests answered:", len(status_requests))

    os.kill(os.getpid(), signal.SIGTERM)
    finished = await asyncio.gather(*tasks)
    print("finished:", finished, "all did work:", all(any(n == w for n, _ in done) for w in finished))

    print("remove SIGUSR1:", loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.add_signal_handler(12345, print)
    except ValueError as e:
        print("ValueError:", e)

    # A server stopped by a signal: serve_forever is cancelled, the server closes.
    async def handle(reader, writer):
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    serving = asyncio.create_task(server.serve_forever())
    loop.add_signal_handler(signal.SIGTERM, serving.cancel)
    await asyncio.sleep(0.01)
    os.kill(os.getpid(), signal.SIGTERM)
    try:
        await serving
    except asyncio.CancelledError:
        print("server stopped by SIGTERM, serving:", server.is_serving())


asyncio.run(main())
