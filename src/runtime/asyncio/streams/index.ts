/** asyncio's streams and socket transports (asyncio.streams, on node:net). */
export { IncompleteReadError, LimitOverrunError } from "./errors.js";
export { StreamReader } from "./reader.js";
export { StreamReaderProtocol, StreamWriter } from "./writer.js";
export { Server, open_connection, start_server } from "./server.js";
export { SocketTransport as Transport } from "./transport.js";
export { open_unix_connection, start_unix_server } from "./unix.js";
