/** `argparse.FileType(mode='r', bufsize=-1, encoding=None, errors=None)`: a `type=` that opens the named file ('-' is stdin or stdout). */
import { OSError, ValueError } from "../../exceptions.js";
import { repr, str } from "../../repr.js";
import { sys } from "../../main.js";
import { openText } from "../io/textfile.js";
import { ArgumentTypeError } from "./actions.js";

export class FileType {
  static __module__ = "argparse";
  _mode: string;
  _bufsize: number;
  _encoding: string | null;
  _errors: string | null;

  constructor(mode: string = "r", bufsize: number = -1, encoding: string | null = null, errors: string | null = null) {
    this._mode = mode ?? "r";
    this._bufsize = bufsize ?? -1;
    this._encoding = encoding ?? null;
    this._errors = errors ?? null;
  }

  __call__(name: string): unknown {
    if (name === "-") {
      if (this._mode.includes("r")) return sys.stdin;
      if ([..."wax"].some((c) => this._mode.includes(c))) return sys.stdout;
      throw new ValueError(`argument "-" with mode ${repr(this._mode)}`);
    }
    if (this._mode.includes("b")) throw new ValueError("argparse.FileType in binary mode is not supported by tsyncio");
    try {
      return openText(name, this._mode, this._bufsize, this._encoding, this._errors);
    } catch (e) {
      if (e instanceof OSError) throw new ArgumentTypeError(`can't open '${name}': ${str(e)}`);
      throw e;
    }
  }

  __repr__(): string {
    const args = [this._mode, this._bufsize].filter((a) => a !== -1).map((a) => repr(a));
    if (this._encoding !== null) args.push(`encoding=${repr(this._encoding)}`);
    if (this._errors !== null) args.push(`errors=${repr(this._errors)}`);
    return `FileType(${args.join(", ")})`;
  }
}
