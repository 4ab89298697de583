/**
 * Python's `getpass`. `getuser()` reads LOGNAME, USER, LNAME, USERNAME,
 * then the password database, as CPython does. `getpass()` reads from the
 * controlling terminal with echo off (through `stty`), or, when there is no
 * terminal, warns on stderr and reads a line of stdin as CPython's
 * fallback does.
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { userInfo } from "node:os";
import { EOFError, UserWarning } from "../exceptions.js";
import { str } from "../repr.js";
import { inputLine } from "../stdin.js";

export class GetPassWarning extends UserWarning {
  static __module__ = "getpass";
}

function getuser(): string {
  for (const name of ["LOGNAME", "USER", "LNAME", "USERNAME"]) {
    const v = process.env[name];
    if (v) return v;
  }
  return userInfo().username;
}

function writeTo(stream: unknown, text: string, fd: number): void {
  const w = (stream as { write?: (s: string) => unknown } | null | undefined)?.write;
  if (typeof w === "function") w.call(stream, text);
  else writeSync(fd, text);
}

function readTtyLine(fd: number): string {
  const bytes: number[] = [];
  const one = Buffer.alloc(1);
  while (readSync(fd, one, 0, 1, null) === 1 && one[0] !== 10) bytes.push(one[0]!);
  return Buffer.from(bytes).toString("utf8");
}

function fromTerminal(tty: number, prompt: string): string {
  const stty = (arg: string) => spawnSync("stty", [arg], { stdio: [tty, "ignore", "ignore"] });
  stty("-echo");
  try {
    writeSync(tty, prompt);
    return readTtyLine(tty);
  } finally {
    stty("echo");
    writeSync(tty, "\n");
  }
}

function getpass(prompt: unknown = "Password: ", stream: unknown = null): string {
  const text = str(prompt ?? "Password: ");
  let tty: number | null = null;
  try {
    tty = openSync("/dev/tty", "r+");
  } catch {
    tty = null;
  }
  if (tty !== null) {
    try {
      return fromTerminal(tty, text);
    } finally {
      closeSync(tty);
    }
  }
  writeSync(2, "GetPassWarning: Can not control echo on the terminal.\n");
  writeTo(stream, "Warning: Password input may be echoed.\n", 2);
  writeTo(stream, text, 2);
  const line = inputLine();
  if (line === null) throw new EOFError();
  return line;
}

export const getpass_ = { getuser, getpass, GetPassWarning };
