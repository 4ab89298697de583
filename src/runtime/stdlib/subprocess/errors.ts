/** `subprocess`'s exceptions and CompletedProcess, with CPython's messages and reprs. */
import { Exception } from "../../exceptions.js";
import { repr, str } from "../../repr.js";
import { signal_ } from "../signal.js";

export class SubprocessError extends Exception {}

function signalText(n: number): string {
  const member = (signal_.Signals as { _value2member_map_?: Map<unknown, { __repr__(): string }> })._value2member_map_?.get(n);
  return member ? member.__repr__() : `unknown signal ${n}`;
}

export class CalledProcessError extends SubprocessError {
  returncode: number;
  // Popen.returncode is `int | None` in the stubs; a program passes it on after checking it.
  constructor(
    returncode: number | null,
    public cmd: unknown,
    public output: any = null,
    public stderr: any = null,
  ) {
    super(returncode, cmd);
    this.returncode = returncode as number;
  }

  get stdout(): any {
    return this.output;
  }

  set stdout(v: unknown) {
    this.output = v;
  }

  override __str__(): string {
    if (this.returncode < 0) return `Command '${str(this.cmd)}' died with ${signalText(-this.returncode)}.`;
    return `Command '${str(this.cmd)}' returned non-zero exit status ${this.returncode}.`;
  }
}

export class TimeoutExpired extends SubprocessError {
  constructor(
    public cmd: unknown,
    public timeout: number,
    public output: any = null,
    public stderr: any = null,
  ) {
    super(cmd, timeout);
  }

  get stdout(): any {
    return this.output;
  }

  override __str__(): string {
    return `Command '${str(this.cmd)}' timed out after ${str(this.timeout)} seconds`;
  }
}

export class CompletedProcess {
  constructor(
    public args: unknown,
    public returncode: number,
    public stdout: any = null,
    public stderr: any = null,
  ) {}

  check_returncode(): void {
    if (this.returncode !== 0) throw new CalledProcessError(this.returncode, this.args, this.stdout, this.stderr);
  }

  __repr__(): string {
    const parts = [`args=${repr(this.args)}`, `returncode=${repr(this.returncode)}`];
    if (this.stdout !== null && this.stdout !== undefined) parts.push(`stdout=${repr(this.stdout)}`);
    if (this.stderr !== null && this.stderr !== undefined) parts.push(`stderr=${repr(this.stderr)}`);
    return `CompletedProcess(${parts.join(", ")})`;
  }

  toString(): string {
    return this.__repr__();
  }
}

for (const cls of [SubprocessError, CalledProcessError, TimeoutExpired, CompletedProcess]) {
  Object.defineProperty(cls, "__module__", { value: "subprocess", configurable: true, writable: true });
}
