"""Unix-domain socket streams and protocols: start_unix_server, open_unix_connection, create_unix_*."""
import asyncio
import os
import tempfile


async def handle(reader, writer):
    data = await reader.readline()
    print("server got", data, repr(writer.get_extra_info("peername")), writer.get_extra_info("sockname") == PATH)
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        print("protocol server got", data)
        self.transport.write(b"echo:" + data)
        self.transport.close()


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print("client peer is path:", transport.get_extra_info("peername") == PATH2)
        transport.write(b"ping")

    def data_received(self, data):
        print("client got", data)

    def connection_lost(self, exc):
        print("client lost", exc)
        self.done.set_result(True)


DIR = tempfile.mkdtemp()
PATH = os.path.join(DIR, "streams.sock")
PATH2 = os.path.join(DIR, "proto.sock")
PLAIN = os.path.join(DIR, "plain.txt")
with open(PLAIN, "w") as f:
    f.write("not a socket")


async def main():
    try:
        await asyncio.open_unix_connection(PATH)
    except FileNotFoundError as e:
        print("no socket:", e, e.errno)

    server = await asyncio.start_unix_server(handle, PATH)
    print(server.sockets[0].getsockname() == PATH, server.is_serving())
    async with server:
        reader, writer = await asyncio.open_unix_connection(path=PATH)
        print(writer.get_extra_info("peername") == PATH, repr(writer.get_extra_info("sockname")))
        writer.write(b"hello unix\n")
        print("client got", await reader.read())
        writer.close()
        await writer.wait_closed()

    # A stale socket file is replaced, as CPython does.
    server = await asyncio.start_unix_server(handle, PATH)
    r, w = await asyncio.open_unix_connection(PATH)
    w.write(b"again\n")
    print("client got", await r.read())
    w.close()
    server.close()
    await server.wait_closed()

    loop = asyncio.get_running_loop()
    pserver = await loop.create_unix_server(Echo, PATH2)
    done = loop.create_future()
    transport, protocol = await loop.create_unix_connection(lambda: Client(done), PATH2)
    print(type(protocol).__name__)
    await done
    pserver.close()
    await pserver.wait_closed()

    try:
        await asyncio.start_unix_server(handle, PLAIN)
    except OSError as e:
        print("in use:", e.errno, "already in use" in str(e))


asyncio.run(main())
for name in os.listdir(DIR):
    os.remove(os.path.join(DIR, name))
os.rmdir(DIR)
print("done")
