/** configparser's exceptions, with CPython's messages and `args`. */
import { Exception } from "../../exceptions.js";
import { repr } from "../../repr.js";

const line2 = (n: number): string => String(n).padStart(2, " ");

/** `configparser.Error`: str() and repr() are both the message. */
export class Error_ extends Exception {
  static __module__ = "configparser";
  static __qualname__ = "Error";
  message: string;

  constructor(msg = "") {
    super(msg);
    this.message = msg;
  }

  protected setArgs(...args: unknown[]): void {
    this.args = Object.freeze(args);
  }

  override __str__(): string {
    return this.message;
  }

  override __repr__(): string {
    return this.message;
  }
}

export class NoSectionError extends Error_ {
  section: string;
  constructor(section: string) {
    super(`No section: ${repr(section)}`);
    this.section = section;
    this.setArgs(section);
  }
}

function where(source: string | null, lineno: number | null, what: string, msg: string, bare: string): string {
  if (source === null) return `${bare} ${msg}`;
  return `While reading from ${repr(source)}${lineno !== null ? ` [line ${line2(lineno)}]` : ""}: ${what} ${msg}`;
}

export class DuplicateSectionError extends Error_ {
  section: string;
  source: string | null;
  lineno: number | null;
  constructor(section: string, source: string | null = null, lineno: number | null = null) {
    super(where(source, lineno, "section", `${repr(section)} already exists`, "Section"));
    this.section = section;
    this.source = source;
    this.lineno = lineno;
    this.setArgs(section, source, lineno);
  }
}

export class DuplicateOptionError extends Error_ {
  section: string;
  option: string;
  source: string | null;
  lineno: number | null;
  constructor(section: string, option: string, source: string | null = null, lineno: number | null = null) {
    super(where(source, lineno, "option", `${repr(option)} in section ${repr(section)} already exists`, "Option"));
    this.section = section;
    this.option = option;
    this.source = source;
    this.lineno = lineno;
    this.setArgs(section, option, source, lineno);
  }
}

export class NoOptionError extends Error_ {
  option: string;
  section: string;
  constructor(option: string, section: string) {
    super(`No option ${repr(option)} in section: ${repr(section)}`);
    this.option = option;
    this.section = section;
    this.setArgs(option, section);
  }
}

export class InterpolationError extends Error_ {
  option: string;
  section: string;
  constructor(option: string, section: string, msg: string) {
    super(msg);
    this.option = option;
    this.section = section;
    this.setArgs(option, section, msg);
  }
}

export const MAX_INTERPOLATION_DEPTH = 10;

export class InterpolationMissingOptionError extends InterpolationError {
  reference: string;
  constructor(option: string, section: string, rawval: string, reference: string) {
    super(option, section, `Bad value substitution: option ${repr(option)} in section ${repr(section)} contains an interpolation key ${repr(reference)} which is not a valid option name. Raw value: ${repr(rawval)}`);
    this.reference = reference;
    this.setArgs(option, section, rawval, reference);
  }
}

export class InterpolationSyntaxError extends InterpolationError {}

export class InterpolationDepthError extends InterpolationError {
  constructor(option: string, section: string, rawval: string) {
    super(option, section, `Recursion limit exceeded in value substitution: option ${repr(option)} in section ${repr(section)} contains an interpolation key which cannot be substituted in ${MAX_INTERPOLATION_DEPTH} steps. Raw value: ${repr(rawval)}`);
    this.setArgs(option, section, rawval);
  }
}

export class ParsingError extends Error_ {
  source: string;
  errors: [number, string][] = [];
  constructor(source: string) {
    super(`Source contains parsing errors: ${repr(source)}`);
    this.source = source;
    this.setArgs(source);
  }

  append(lineno: number, line: string): void {
    this.errors.push([lineno, line]);
    this.message += `\n\t[line ${line2(lineno)}]: ${line}`;
  }
}

export class MissingSectionHeaderError extends ParsingError {
  lineno: number;
  line: string;
  constructor(filename: string, lineno: number, line: string) {
    super(filename);
    this.message = `File contains no section headers.\nfile: ${repr(filename)}, line: ${lineno}\n${repr(line)}`;
    this.lineno = lineno;
    this.line = line;
    this.setArgs(filename, lineno, line);
  }
}

// Python names the class `Error`; the export is Error_ only to keep JavaScript's Error visible.
Object.defineProperty(Error_, "name", { value: "Error" });
