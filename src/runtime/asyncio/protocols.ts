/**
 * asyncio's protocol base classes, so `class P(asyncio.Protocol)` defines
 * a class whose callbacks default to doing nothing, as in CPython.
 */
export class BaseProtocol {
  connection_made(_transport: unknown): void {}
  connection_lost(_exc: unknown): void {}
  pause_writing(): void {}
  resume_writing(): void {}
}

export class Protocol extends BaseProtocol {
  data_received(_data: unknown): void {}
  // unknown: an override may return nothing (None), a bool, or anything truthy.
  eof_received(): unknown {
    return null;
  }
}

export class BufferedProtocol extends BaseProtocol {
  get_buffer(_sizehint: number): unknown {
    return null;
  }
  buffer_updated(_nbytes: number): void {}
  // unknown: an override may return nothing (None), a bool, or anything truthy.
  eof_received(): unknown {
    return null;
  }
}

export class DatagramProtocol extends BaseProtocol {
  datagram_received(_data: unknown, _addr: unknown): void {}
  error_received(_exc: unknown): void {}
}

export class SubprocessProtocol extends BaseProtocol {
  pipe_data_received(_fd: number, _data: unknown): void {}
  pipe_connection_lost(_fd: number, _exc: unknown): void {}
  process_exited(): void {}
}

for (const cls of [BaseProtocol, Protocol, BufferedProtocol, DatagramProtocol, SubprocessProtocol]) {
  Object.defineProperty(cls, "__module__", { value: "asyncio.protocols", configurable: true, writable: true });
}
