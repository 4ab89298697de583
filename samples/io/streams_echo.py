"""An echo server and a client on 127.0.0.1, port chosen by the system."""
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: client from", peer[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        text = line.decode().rstrip("\n")
        print("server got:", text)
        writer.write(("echo: " + text.upper() + "\n").encode())
        await writer.drain()
    print("server: client left, at_eof =", reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print("listening on", host, "port is an int:", isinstance(port, int) and port > 0)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print("client: connected, closing?", writer.is_closing())
        for word in ["hello", "asyncio", "streams"]:
            writer.write(word.encode() + b"\n")
            await writer.drain()
            reply = await reader.readline()
            print("client got:", reply.decode().strip())
        writer.writelines([b"one\n", b"two\n"])
        await writer.drain()
        print("client got:", (await reader.readline()).decode().strip())
        print("client got:", (await reader.readline()).decode().strip())
        writer.write_eof()
        rest = await reader.read()
        print("client: rest after EOF:", repr(rest.decode()))
        writer.close()
        print("client: closing?", writer.is_closing())
        await writer.wait_closed()
    print("server serving after async with:", server.is_serving())


asyncio.run(main())
