"""A small chat server with several clients, written the way the asyncio docs suggest.

Each client sends its name first; every line it sends afterwards is broadcast
to the other clients. "/quit" leaves. The clients wait for what they expect to
read and print what several of them read in a fixed order, so the
conversation is the same on every run.
"""
import asyncio


class ChatServer:
    def __init__(self):
        self.clients = {}
        self.log = []

    async def broadcast(self, sender, text):
        for name, writer in list(self.clients.items()):
            if name != sender:
                writer.write(f"{text}\n".encode())
                await writer.drain()

    async def handle(self, reader, writer):
        name = (await reader.readline()).decode().strip()
        self.clients[name] = writer
        writer.write(f"welcome {name}, online: {', '.join(sorted(self.clients))}\n".encode())
        await writer.drain()
        await self.broadcast(name, f"* {name} joined")
        try:
            async for raw in reader:
                line = raw.decode().strip()
                if line == "/quit":
                    break
                await self.broadcast(name, f"<{name}> {line}")
        finally:
            del self.clients[name]
            await self.broadcast(name, f"* {name} left")
            writer.write(b"bye\n")
            await writer.drain()
            writer.close()
            await writer.wait_closed()
            self.log.append(f"{name} disconnected")


class Client:
    def __init__(self, name, port):
        self.name = name
        self.port = port

    async def connect(self):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        await self.say(self.name)
        await self.expect()

    async def say(self, text):
        self.writer.write((text + "\n").encode())
        await self.writer.drain()

    async def expect(self):
        line = await self.reader.readline()
        self.show(line)
        return line

    async def receive(self):
        return await self.reader.readline()

    def show(self, line):
        print(f"{self.name:>5} sees: {line.decode().rstrip()}")


    async def leave(self):
        await self.say("/quit")
        while (await self.expect()) != b"bye\n":
            pass
        self.writer.close()
        await self.writer.wait_closed()


async def each_receives(*clients):
    lines = await asyncio.gather(*(c.receive() for c in clients))
    for client, line in zip(clients, lines):
        client.show(line)


async def main():
    chat = ChatServer()
    server = await asyncio.start_server(chat.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        alice = Client("alice", port)
        bob = Client("bob", port)
        carol = Client("carol", port)
        await alice.connect()
        await bob.connect()
        await alice.expect()
        await carol.connect()
        await each_receives(alice, bob)

        await alice.say("hi all")
        await each_receives(bob, carol)
        await bob.say("hello alice")
        await each_receives(alice, carol)

        await carol.leave()
        await each_receives(alice, bob)
        await bob.leave()
        await alice.expect()
        await alice.leave()
        print("[server] log:", chat.log)
        print("[server] still connected:", sorted(chat.clients))
    print("[server] closed")


asyncio.run(main())
