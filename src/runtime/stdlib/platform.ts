/**
 * Python's `platform`, answered by Node's `os` module. The Python it
 * reports is the one the translation emulates: CPython 3.11.0, the same
 * version `sys.version_info` gives.
 */
import * as os from "node:os";
import { repr, tuple } from "../repr.js";

const PYTHON_VERSION = ["3", "11", "0"] as const;

function system(): string {
  return os.type();
}
function node(): string {
  return os.hostname();
}
function release(): string {
  return os.release();
}
function version(): string {
  return os.version();
}
function machine(): string {
  return os.machine();
}
/** CPython asks `uname -p`, which Linux answers "unknown": reported as ''. */
function processor(): string {
  return "";
}
function python_version(): string {
  return PYTHON_VERSION.join(".");
}
function python_version_tuple(): readonly [string, string, string] {
  return tuple(...PYTHON_VERSION) as readonly [string, string, string];
}
function python_implementation(): string {
  return "CPython";
}

function glibcVersion(): string {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return header?.glibcVersionRuntime ?? "";
}

function libc_ver(): readonly [string, string] {
  const v = glibcVersion();
  return tuple(v ? "glibc" : "", v) as readonly [string, string];
}

function architecture(): readonly [string, string] {
  const bits = ["x64", "arm64", "ppc64", "s390x", "riscv64", "loong64", "mips64el"].includes(process.arch) ? "64bit" : "32bit";
  return tuple(bits, process.platform === "linux" ? "ELF" : "") as readonly [string, string];
}

/** `platform.platform()` as CPython builds it on Linux: system-release-machine-with-libc. */
function platform(): string {
  const [lib, v] = libc_ver();
  const tail = lib ? `-with-${lib}${v}` : "";
  return `${system()}-${release()}-${machine()}${tail}`;
}

type UnameResult = readonly string[] & Readonly<Record<"system" | "node" | "release" | "version" | "machine" | "processor", string>>;

function uname(): UnameResult {
  const fields = { system: system(), node: node(), release: release(), version: version(), machine: machine() };
  // CPython's uname_result has a sixth item, processor, left out of its repr.
  const out = Object.assign([...Object.values(fields), processor()], fields, { processor: processor() });
  Object.defineProperty(out, "__repr__", {
    value: () => `uname_result(${Object.entries(fields).map(([k, v]) => `${k}=${repr(v)}`).join(", ")})`,
  });
  return Object.freeze(out) as UnameResult;
}

export const platform_ = {
  system,
  node,
  release,
  version,
  machine,
  processor,
  python_version,
  python_version_tuple,
  python_implementation,
  libc_ver,
  architecture,
  platform,
  uname,
};
