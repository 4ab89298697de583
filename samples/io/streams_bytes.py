"""Stream data is bytes: reprs, binary payloads, lengths, and a str written by mistake."""
import asyncio
import subprocess


async def binary_echo(reader, writer):
    size = int((await reader.readline()).strip())
    data = await reader.readexactly(size)
    writer.write(len(data).to_bytes(2, "big") + data[::-1])
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(binary_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    payload = bytes([0, 1, 2, 200, 255]) + "é".encode()
    writer.write(b"%d\n" % len(payload))
    writer.write(payload)
    await writer.drain()
    header = await reader.readexactly(2)
    body = await reader.read()
    print(header, int.from_bytes(header, "big"), body, len(body), type(body).__name__)
    print(body[::-1] == payload, body[0], list(body[:3]), body.hex())
    try:
        writer.write("text, not bytes")
    except TypeError as e:
        print("TypeError:", e)
    writer.close()
    await writer.wait_closed()
    server.close()

    proc = await asyncio.create_subprocess_exec("printf", "a\\000b\\377", stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(out, len(out), err)
    print(subprocess.run(["echo", "hi"], capture_output=True))
    print(subprocess.check_output(["printf", "x\\ny"]).split(b"\n"))


asyncio.run(main())
