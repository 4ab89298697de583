/** `io.BytesIO`: an in-memory binary stream. */
import { ValueError } from "../../exceptions.js";
import { addressSuffix } from "../../repr.js";
import { PyBytes } from "../../bytes/type.js";
import { needBuffer } from "../../bytes/buffer.js";
import { bind } from "../params.js";
import { BinaryStream } from "./binary.js";

export class BytesIO extends BinaryStream {
  static __module__ = "_io";
  private data = new Uint8Array(64);
  private n = 0;

  constructor(...args: unknown[]) {
    super();
    const [initial] = bind("BytesIO", args, ["initial_bytes"]);
    if (initial !== undefined && initial !== null) {
      const b = needBuffer(initial);
      this.data = b.slice();
      this.n = b.length;
    }
  }

  protected get canRead(): boolean {
    return true;
  }
  protected get canWrite(): boolean {
    return true;
  }
  protected size(): number {
    return this.n;
  }
  protected readAt(at: number, count: number): Uint8Array {
    return at >= this.n ? new Uint8Array() : this.data.slice(at, Math.min(this.n, at + count));
  }
  protected writeAt(at: number, bytes: Uint8Array): number {
    const end = at + bytes.length;
    if (end > this.data.length) {
      const bigger = new Uint8Array(Math.max(end, this.data.length * 2));
      bigger.set(this.data.subarray(0, this.n));
      this.data = bigger;
    }
    // Writing past the end fills the gap with zero bytes, as CPython does.
    if (at > this.n) this.data.fill(0, this.n, at);
    this.data.set(bytes, at);
    this.n = Math.max(this.n, end);
    return end;
  }
  protected truncateTo(size: number): void {
    this.n = Math.min(this.n, size);
  }
  protected negativeSeek(offset: number): never {
    throw new ValueError(`negative seek value ${offset}`);
  }

  /** The whole content, whatever the position. */
  getvalue(): PyBytes {
    this.check();
    return new PyBytes(this.data.slice(0, this.n));
  }

  __repr__(): string {
    return `<_io.BytesIO object${addressSuffix(this)}>`;
  }
}
