/**
 * `tsyncio run [options] app.py args…` splits its command line the way
 * `python3 [options] app.py args…` does: tsyncio's options come before the
 * script (or `-m module`), and everything after it belongs to the program,
 * `--` and option-looking words included. yargs only ever sees the part
 * before the script, so it can never take the program's arguments.
 */

/** Options of `run` that take a value (the value is the next word unless given as `--opt=value`). */
const VALUED = new Set(["-m", "--module"]);

export interface RunSplit {
  /** What yargs parses: the command, tsyncio's options and the script (or module). */
  ours: string[];
  /** The program's arguments: `sys.argv[1:]`. */
  program: string[];
}

/** Null when the command line is not `run` (yargs then handles it all). */
export function splitRunArgv(argv: readonly string[]): RunSplit | null {
  // Global options may come before the command: `tsyncio --json run app.py`.
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith("-")) i++;
  if (argv[i] !== "run") return null;
  for (i++; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--") {
      // `run -- app.py args`: the word after `--` is the script, even if it starts with a dash.
      return i + 1 < argv.length ? { ours: [...argv.slice(0, i), argv[i + 1]!], program: argv.slice(i + 2) } : { ours: argv.slice(0, i), program: [] };
    }
    if (VALUED.has(word)) {
      // `-m pkg.mod`: the module takes the script's place; what follows is the program's.
      return { ours: argv.slice(0, i + 2), program: argv.slice(i + 2) };
    }
    if (word.startsWith("--module=") || (word.startsWith("-m") && word.length > 2 && !word.startsWith("--"))) {
      return { ours: argv.slice(0, i + 1), program: argv.slice(i + 1) };
    }
    // A lone "-" is the script read from standard input, as for python3.
    if (word === "-" || !word.startsWith("-")) return { ours: argv.slice(0, i + 1), program: argv.slice(i + 1) };
  }
  return { ours: [...argv], program: [] };
}
