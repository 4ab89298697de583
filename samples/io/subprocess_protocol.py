"""loop.subprocess_exec / subprocess_shell with an asyncio.SubprocessProtocol."""
import asyncio
import signal


class Collect(asyncio.SubprocessProtocol):
    def __init__(self, exited):
        self.exited = exited
        self.out = bytearray()
        self.err = bytearray()
        self.lost = []
        self.done = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport
        print("connection_made, pid known:", transport.get_pid() > 0)

    def pipe_data_received(self, fd, data):
        (self.out if fd == 1 else self.err).extend(data)

    def pipe_connection_lost(self, fd, exc):
        self.lost.append((fd, exc))

    def process_exited(self):
        self.exited.set_result(self.transport.get_returncode())

    def connection_lost(self, exc):
        self.done.set_result(exc)

    async def finished(self):
        # process_exited and the pipes' ends race in CPython too: wait for both, then report.
        exc = await self.done
        print("connection_lost:", exc, sorted(self.lost, key=lambda x: x[0]), "exit:", await self.exited)


async def main():
    loop = asyncio.get_running_loop()

    exited = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Collect(exited), "sh", "-c", "echo out; echo err >&2; exit 4")
    await protocol.finished()
    print(bytes(protocol.out), bytes(protocol.err), transport.get_returncode())
    transport.close()

    # Writing to the child through its stdin pipe transport.
    exited = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Collect(exited), "tr", "a-z", "A-Z", stderr=None)
    stdin = transport.get_pipe_transport(0)
    print("stderr pipe:", transport.get_pipe_transport(2))
    stdin.write(b"through the pipe\n")
    stdin.write_eof()
    await protocol.finished()
    print(bytes(protocol.out))
    transport.close()

    exited = loop.create_future()
    transport, protocol = await loop.subprocess_shell(lambda: Collect(exited), "echo $((2+3)) from the shell")
    await protocol.finished()
    print(bytes(protocol.out))
    transport.close()

    exited = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Collect(exited), "sleep", "30", stdin=None, stdout=None, stderr=None)
    transport.send_signal(signal.SIGTERM)
    await protocol.finished()
    transport.close()

    exited = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Collect(exited), "sleep", "30")
    transport.close()
    await protocol.finished()
    print("closed:", transport.is_closing())

    try:
        await loop.subprocess_exec(asyncio.SubprocessProtocol, "no-such-program-tsyncio")
    except FileNotFoundError as e:
        print("missing:", e)
    try:
        await loop.subprocess_exec(asyncio.SubprocessProtocol, "true", universal_newlines=True)
    except ValueError as e:
        print("text:", e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ["echo", "x"])
    except ValueError as e:
        print("shell:", e)


asyncio.run(main())
