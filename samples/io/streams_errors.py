"""Stream errors: a refused connection, a server that hangs up mid-message, a handler that fails."""
import asyncio


async def half_then_close(reader, writer):
    await reader.readline()
    writer.write(b"12345")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def closed_port():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    return port


async def main():
    port = await closed_port()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))
        print("is an OSError:", isinstance(e, OSError), "ConnectionError:", isinstance(e, ConnectionError))

    server = await asyncio.start_server(half_then_close, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"send me ten bytes\n")
    await writer.drain()
    try:
        data = await reader.readexactly(10)
        print("unexpected", data)
    except asyncio.IncompleteReadError as e:
        print("mid-read close:", e)
        print("partial:", e.partial.decode(), "expected:", e.expected)
    print("at_eof:", reader.at_eof())
    print("read after EOF:", repr((await reader.read(10)).decode()))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    try:
        await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout=5)
    except OSError as e:
        print("after close:", type(e).__name__)

    try:
        await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout=5)
    except ConnectionRefusedError as e:
        print("args:", e.args[0], e.args[1].replace(str(port), "PORT"))


asyncio.run(main())
