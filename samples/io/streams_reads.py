"""StreamReader's read methods against a server that sends fixed data."""
import asyncio

PAYLOAD = b"alpha;beta;gamma\nline two\nhead:0123456789tail"


async def send_and_close(reader, writer):
    writer.write(PAYLOAD)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_and_close, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(1, (await reader.readuntil(b";")).decode())
    print(2, (await reader.readuntil(separator=b";")).decode())
    print(3, (await reader.readline()).decode(), end="")
    print(4, (await reader.readexactly(4)).decode())
    print(5, (await reader.read(0)).decode() == "")
    print(6, (await reader.readline()).decode(), end="")
    print(7, (await reader.readexactly(5)).decode())
    print(8, (await reader.read(3)).decode())
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print(9, "IncompleteReadError:", e)
        print(10, "partial:", e.partial.decode(), "expected:", e.expected)
        print(11, isinstance(e, EOFError))
    print(12, "at_eof:", reader.at_eof())
    print(13, repr((await reader.read()).decode()), repr((await reader.readline()).decode()))
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print(14, "ValueError:", e)
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = []
    async for line in reader:
        lines.append(line.decode())
    print(15, lines)
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readuntil(b"NOT THERE")
    except asyncio.IncompleteReadError as e:
        print(16, "no separator before EOF:", e, len(e.partial))
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=8)
    try:
        await reader.readuntil(b";")
        await reader.readuntil(b";")
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(17, "LimitOverrunError:", e, "consumed:", e.consumed)
    try:
        await reader.readline()
    except ValueError as e:
        print(18, "ValueError:", e)
    print(19, (await reader.read()).decode())
    writer.close()
    await writer.wait_closed()

    server.close()
    await server.wait_closed()


asyncio.run(main())
