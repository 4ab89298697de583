"""asyncio.Protocol and Transport with loop.create_server/create_connection, and a UDP echo."""
import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection from", transport.get_extra_info("peername")[0])

    def data_received(self, data):
        text = data.decode()
        print("server: received", repr(text))
        self.transport.write(text[::-1].encode())

    def eof_received(self):
        print("server: eof")
        self.transport.close()

    def connection_lost(self, exc):
        print("server: connection lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, message, done):
        self.message = message
        self.done = done
        self.received = []

    def connection_made(self, transport):
        print("client: sending", repr(self.message))
        transport.write(self.message.encode())
        transport.write_eof()

    def data_received(self, data):
        self.received.append(data.decode())

    def connection_lost(self, exc):
        print("client: lost", exc, "got", repr("".join(self.received)))
        self.done.set_result(len(self.received) > 0)


class UdpEcho(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        print("udp server got", repr(data.decode()), "from", addr[0])
        self.transport.sendto(data.upper(), addr)


class UdpClient(asyncio.DatagramProtocol):
    def __init__(self, answers):
        self.answers = answers

    def datagram_received(self, data, addr):
        self.answers.put_nowait(data.decode())

    def connection_lost(self, exc):
        print("udp client closed", exc)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client("stressed", done), "127.0.0.1", port)
    print("client protocol is ours:", isinstance(protocol, Client), "closing:", transport.is_closing())
    print("client got data:", await done)
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()

    server_transport, _ = await loop.create_datagram_endpoint(UdpEcho, local_addr=("127.0.0.1", 0))
    udp_port = server_transport.get_extra_info("sockname")[1]
    answers = asyncio.Queue()
    client_transport, _ = await loop.create_datagram_endpoint(lambda: UdpClient(answers), remote_addr=("127.0.0.1", udp_port))
    for word in ["ping", "pong"]:
        client_transport.sendto(word.encode())
        print("udp client got", await asyncio.wait_for(answers.get(), 5))
    client_transport.close()
    server_transport.close()
    await asyncio.sleep(0.01)


asyncio.run(main())
