/** Python's `getopt`: Unix-style (`getopt`) and GNU-style (`gnu_getopt`) option scanning with CPython's messages. */
import { Exception } from "../exceptions.js";
import { iter } from "../builtins.js";

/** `getopt.GetoptError` (also `getopt.error`): `msg` and `opt`. */
export class GetoptError extends Exception {
  static __module__ = "getopt";
  msg: string;
  opt: string;
  constructor(msg: string, opt = "") {
    super(msg, opt);
    this.msg = msg;
    this.opt = opt;
  }
  override __str__(): string {
    return this.msg;
  }
}

type Pair = readonly [string, string];
const pair = (o: string, v: string): Pair => Object.freeze([o, v] as const);

function longList(longopts: unknown): string[] {
  if (longopts == null) return [];
  return typeof longopts === "string" ? [longopts] : [...(iter(longopts as Iterable<string>) as Iterable<string>)];
}

function longHasArgs(opt: string, longopts: string[]): [boolean, string] {
  const possible = longopts.filter((o) => o.startsWith(opt));
  if (possible.length === 0) throw new GetoptError(`option --${opt} not recognized`, opt);
  if (possible.includes(opt)) return [false, opt];
  if (possible.includes(opt + "=")) return [true, opt];
  if (possible.length > 1) throw new GetoptError(`option --${opt} not a unique prefix`, opt);
  const only = possible[0]!;
  return only.endsWith("=") ? [true, only.slice(0, -1)] : [false, only];
}

function doLongs(opts: Pair[], opt: string, longopts: string[], args: string[]): string[] {
  const eq = opt.indexOf("=");
  let optarg: string | null = null;
  if (eq >= 0) [opt, optarg] = [opt.slice(0, eq), opt.slice(eq + 1)];
  const [hasArg, name] = longHasArgs(opt, longopts);
  if (hasArg) {
    if (optarg === null) {
      if (args.length === 0) throw new GetoptError(`option --${name} requires argument`, name);
      [optarg, args] = [args[0]!, args.slice(1)];
    }
  } else if (optarg !== null) throw new GetoptError(`option --${name} must not have an argument`, name);
  opts.push(pair("--" + name, optarg || ""));
  return args;
}

function shortHasArg(opt: string, shortopts: string): boolean {
  for (let i = 0; i < shortopts.length; i++) {
    if (opt === shortopts[i] && opt !== ":") return shortopts.startsWith(":", i + 1);
  }
  throw new GetoptError(`option -${opt} not recognized`, opt);
}

function doShorts(opts: Pair[], optstring: string, shortopts: string, args: string[]): string[] {
  while (optstring !== "") {
    const opt = optstring[0]!;
    optstring = optstring.slice(1);
    let optarg = "";
    if (shortHasArg(opt, shortopts)) {
      if (optstring === "") {
        if (args.length === 0) throw new GetoptError(`option -${opt} requires argument`, opt);
        [optstring, args] = [args[0]!, args.slice(1)];
      }
      [optarg, optstring] = [optstring, ""];
    }
    opts.push(pair("-" + opt, optarg));
  }
  return args;
}

/** `getopt(args, shortopts, longopts=[])`: stops at the first non-option. */
function getopt(args: Iterable<string>, shortopts: string, longopts?: unknown): readonly [Pair[], string[]] {
  const opts: Pair[] = [];
  const longs = longList(longopts);
  let rest = [...args];
  while (rest.length > 0 && rest[0]!.startsWith("-") && rest[0] !== "-") {
    if (rest[0] === "--") {
      rest = rest.slice(1);
      break;
    }
    if (rest[0]!.startsWith("--")) rest = doLongs(opts, rest[0]!.slice(2), longs, rest.slice(1));
    else rest = doShorts(opts, rest[0]!.slice(1), shortopts, rest.slice(1));
  }
  return Object.freeze([opts, rest] as const);
}

/** `gnu_getopt(args, shortopts, longopts=[])`: options and operands may be mixed. */
function gnu_getopt(args: Iterable<string>, shortopts: string, longopts?: unknown): readonly [Pair[], string[]] {
  const opts: Pair[] = [];
  const progArgs: string[] = [];
  const longs = longList(longopts);
  let rest = [...args];
  let allOptionsFirst = false;
  if (shortopts.startsWith("+")) {
    shortopts = shortopts.slice(1);
    allOptionsFirst = true;
  } else if (process.env.POSIXLY_CORRECT) allOptionsFirst = true;
  while (rest.length > 0) {
    const a = rest[0]!;
    if (a === "--") {
      progArgs.push(...rest.slice(1));
      break;
    }
    if (a.startsWith("--")) rest = doLongs(opts, a.slice(2), longs, rest.slice(1));
    else if (a.startsWith("-") && a !== "-") rest = doShorts(opts, a.slice(1), shortopts, rest.slice(1));
    else if (allOptionsFirst) {
      progArgs.push(...rest);
      break;
    } else {
      progArgs.push(a);
      rest = rest.slice(1);
    }
  }
  return Object.freeze([opts, progArgs] as const);
}

export const getoptModule = { GetoptError, error: GetoptError, getopt, gnu_getopt };
