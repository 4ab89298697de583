/**
 * `inspect.signature` and its objects — Signature, Parameter, BoundArguments
 * — as CPython 3.11 prints and binds them. The parameter list comes from the
 * signature every translated function carries (kwargs.ts); defaults and
 * annotations from the details a module importing `inspect` registers with
 * it (transform/signature-details.ts).
 */
import { eq } from "../builtins.js";
import { TypeError, ValueError } from "../exceptions.js";
import { type Signature as RuntimeSignature, type SignatureDetails, isClassConstructor, signatureDetailsOf, signatureOf } from "../kwargs.js";
import { className, isClass, registerBuiltinType, repr, tuple } from "../repr.js";
import { splitKeywords } from "./params.js";

/** `inspect.Parameter.empty`: "no default", "no annotation". */
export class _empty {}
registerBuiltinType(_empty, "inspect._empty");

/** An annotation that is not a class: it prints as CPython's typing object does (`typing.Optional[int]`). */
export class TypingAnnotation {
  constructor(
    readonly text: string,
    /** How formatannotation shows it in a signature: typing's prefix dropped. */
    readonly shown: string,
  ) {}
  __repr__(): string {
    return this.text;
  }
}

export function typingAnnotation(text: string, shown: string): TypingAnnotation {
  return new TypingAnnotation(text, shown);
}

/** A default whose value the translation could not reach from the registration: shown as written. */
export function unknownDefault(text: string): { __repr__(): string } {
  return { __repr__: () => text };
}

class _ParameterKind {
  constructor(
    readonly name: string,
    readonly value: number,
    readonly description: string,
  ) {}
  __repr__(): string {
    return `<_ParameterKind.${this.name}: ${this.value}>`;
  }
  __str__(): string {
    return this.name;
  }
  __int__(): number {
    return this.value;
  }
  __index__(): number {
    return this.value;
  }
  __hash__(): number {
    return this.value;
  }
  __eq__(o: unknown): boolean {
    return o instanceof _ParameterKind ? o === this : typeof o === "number" && o === this.value;
  }
  __lt__(o: _ParameterKind | number): boolean {
    return this.value < Number(o instanceof _ParameterKind ? o.value : o);
  }
  __le__(o: _ParameterKind | number): boolean {
    return this.value <= Number(o instanceof _ParameterKind ? o.value : o);
  }
  __gt__(o: _ParameterKind | number): boolean {
    return this.value > Number(o instanceof _ParameterKind ? o.value : o);
  }
  __ge__(o: _ParameterKind | number): boolean {
    return this.value >= Number(o instanceof _ParameterKind ? o.value : o);
  }
}

const POSITIONAL_ONLY = new _ParameterKind("POSITIONAL_ONLY", 0, "positional-only");
const POSITIONAL_OR_KEYWORD = new _ParameterKind("POSITIONAL_OR_KEYWORD", 1, "positional or keyword");
const VAR_POSITIONAL = new _ParameterKind("VAR_POSITIONAL", 2, "variadic positional");
const KEYWORD_ONLY = new _ParameterKind("KEYWORD_ONLY", 3, "keyword-only");
const VAR_KEYWORD = new _ParameterKind("VAR_KEYWORD", 4, "variadic keyword");
const KINDS = [POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD];

function kindOf(k: unknown): _ParameterKind {
  if (k instanceof _ParameterKind) return k;
  const found = typeof k === "number" ? KINDS[k] : undefined;
  if (!found) throw new ValueError(`value ${repr(k)} is not a valid Parameter.kind`);
  return found;
}

/** CPython's formatannotation: a class by its qualified name (builtins bare), typing objects without `typing.`. */
export function formatannotation(a: unknown): string {
  if (a instanceof TypingAnnotation) return a.shown;
  if (typeof a === "function" && isClass(a)) return className(a);
  return repr(a);
}

type KeywordOptions = Record<string, unknown>;

function option(opts: KeywordOptions | undefined, name: string, dflt: unknown): unknown {
  return opts && name in opts ? opts[name] : dflt;
}

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

export class Parameter {
  static POSITIONAL_ONLY = POSITIONAL_ONLY;
  static POSITIONAL_OR_KEYWORD = POSITIONAL_OR_KEYWORD;
  static VAR_POSITIONAL = VAR_POSITIONAL;
  static KEYWORD_ONLY = KEYWORD_ONLY;
  static VAR_KEYWORD = VAR_KEYWORD;
  static empty = _empty;
  readonly name: string;
  readonly kind: _ParameterKind;
  // Python reaches the class attributes through an instance too (`p.empty`, `p.KEYWORD_ONLY`).
  get empty(): typeof _empty {
    return _empty;
  }
  get POSITIONAL_ONLY(): _ParameterKind {
    return POSITIONAL_ONLY;
  }
  get POSITIONAL_OR_KEYWORD(): _ParameterKind {
    return POSITIONAL_OR_KEYWORD;
  }
  get VAR_POSITIONAL(): _ParameterKind {
    return VAR_POSITIONAL;
  }
  get KEYWORD_ONLY(): _ParameterKind {
    return KEYWORD_ONLY;
  }
  get VAR_KEYWORD(): _ParameterKind {
    return VAR_KEYWORD;
  }
  readonly default: unknown;
  readonly annotation: unknown;

  /** `Parameter(name, kind, *, default=Parameter.empty, annotation=Parameter.empty)`. */
  constructor(name: unknown, kind: unknown, opts?: KeywordOptions) {
    this.kind = kindOf(kind);
    this.default = option(opts, "default", _empty);
    this.annotation = option(opts, "annotation", _empty);
    if (this.default !== _empty && (this.kind === VAR_POSITIONAL || this.kind === VAR_KEYWORD)) {
      throw new ValueError(`${this.kind.description} parameters cannot have default values`);
    }
    if (typeof name !== "string") throw new TypeError(`name must be a str, not a ${typeof name === "number" ? "int" : typeof name}`);
    if (!IDENTIFIER.test(name)) throw new ValueError(`${repr(name)} is not a valid parameter name`);
    this.name = name;
  }

  /** A copy with some fields changed: `replace(name=, kind=, default=, annotation=)`. */
  replace(opts?: KeywordOptions): Parameter {
    return new Parameter(option(opts, "name", this.name), option(opts, "kind", this.kind), {
      default: option(opts, "default", this.default),
      annotation: option(opts, "annotation", this.annotation),
    });
  }

  __str__(): string {
    let out = this.name;
    if (this.annotation !== _empty) out = `${out}: ${formatannotation(this.annotation)}`;
    if (this.default !== _empty) out = this.annotation !== _empty ? `${out} = ${repr(this.default)}` : `${out}=${repr(this.default)}`;
    if (this.kind === VAR_POSITIONAL) return `*${out}`;
    if (this.kind === VAR_KEYWORD) return `**${out}`;
    return out;
  }

  __repr__(): string {
    return `<Parameter "${this.__str__()}">`;
  }

  __eq__(o: unknown): boolean {
    return o instanceof Parameter && o.name === this.name && o.kind === this.kind && eq(o.default, this.default) && eq(o.annotation, this.annotation);
  }
}

/** `sig.parameters`: a read-only ordered mapping of name to Parameter. */
class ParameterMap extends Map<string, Parameter> {
  __repr__(): string {
    return `mappingproxy(${this.__str__()})`;
  }
  __str__(): string {
    return `OrderedDict([${[...this].map(([k, v]) => `(${repr(k)}, ${v.__repr__()})`).join(", ")}])`;
  }
}

export class BoundArguments {
  arguments: Map<string, unknown>;
  constructor(
    readonly signature: Signature,
    bound: Map<string, unknown>,
  ) {
    this.arguments = bound;
  }

  /** The positional arguments a call would pass: up to the first one given by keyword. */
  get args(): readonly unknown[] {
    const out: unknown[] = [];
    for (const [name, p] of this.signature.parameters) {
      if (p.kind === VAR_KEYWORD || p.kind === KEYWORD_ONLY || !this.arguments.has(name)) break;
      const v = this.arguments.get(name);
      if (p.kind === VAR_POSITIONAL) out.push(...(v as unknown[]));
      else out.push(v);
    }
    return tuple(...out);
  }

  get kwargs(): Map<string, unknown> {
    const out = new Map<string, unknown>();
    let started = false;
    for (const [name, p] of this.signature.parameters) {
      if (!started) {
        if (p.kind === VAR_KEYWORD || p.kind === KEYWORD_ONLY) started = true;
        else if (!this.arguments.has(name)) {
          started = true;
          continue;
        }
      }
      if (!started || !this.arguments.has(name)) continue;
      const v = this.arguments.get(name);
      if (p.kind === VAR_KEYWORD) for (const [k, x] of v as Map<string, unknown>) out.set(k, x);
      else out.set(name, v);
    }
    return out;
  }

  /** Fills in the defaults of the parameters not given: `()` for *args, `{}` for **kwargs. */
  apply_defaults(): void {
    const out = new Map<string, unknown>();
    for (const [name, p] of this.signature.parameters) {
      if (this.arguments.has(name)) out.set(name, this.arguments.get(name));
      else if (p.default !== _empty) out.set(name, p.default);
      else if (p.kind === VAR_POSITIONAL) out.set(name, tuple());
      else if (p.kind === VAR_KEYWORD) out.set(name, new Map());
    }
    this.arguments = out;
  }

  __repr__(): string {
    return `<BoundArguments (${[...this.arguments].map(([k, v]) => `${k}=${repr(v)}`).join(", ")})>`;
  }

  __eq__(o: unknown): boolean {
    return o instanceof BoundArguments && o.signature.__eq__(this.signature) && eq(o.arguments, this.arguments);
  }
}

export class Signature {
  static empty = _empty;
  readonly parameters: ParameterMap;
  readonly return_annotation: unknown;
  get empty(): typeof _empty {
    return _empty;
  }

  /** `Signature(parameters=None, *, return_annotation=Signature.empty)`, checked as CPython checks it. */
  constructor(parameters?: Iterable<Parameter> | null, opts?: KeywordOptions) {
    this.return_annotation = option(opts, "return_annotation", _empty);
    this.parameters = new ParameterMap();
    let top = POSITIONAL_ONLY;
    let seenDefault = false;
    for (const p of parameters ?? []) {
      if (p.kind.value < top.value) throw new ValueError(`wrong parameter order: ${top.description} parameter before ${p.kind.description} parameter`);
      if (p.kind.value > top.value) top = p.kind;
      if (p.kind === POSITIONAL_ONLY || p.kind === POSITIONAL_OR_KEYWORD) {
        if (p.default === _empty) {
          if (seenDefault) throw new ValueError("non-default argument follows default argument");
        } else seenDefault = true;
      }
      if (this.parameters.has(p.name)) throw new ValueError(`duplicate parameter name: ${repr(p.name)}`);
      this.parameters.set(p.name, p);
    }
  }

  static from_callable(obj: unknown, opts?: KeywordOptions): Signature {
    return signature(obj, opts);
  }

  replace(opts?: KeywordOptions): Signature {
    const params = option(opts, "parameters", [...this.parameters.values()]) as Iterable<Parameter>;
    return new Signature(params, { return_annotation: option(opts, "return_annotation", this.return_annotation) });
  }

  bind(...args: unknown[]): BoundArguments {
    return this.bindArgs(args, false);
  }

  bind_partial(...args: unknown[]): BoundArguments {
    return this.bindArgs(args, true);
  }

  /** CPython's Signature._bind: positions first, then keywords, with its messages. */
  private bindArgs(args: unknown[], partial: boolean): BoundArguments {
    const positional = [...args];
    const kwargs = new Map(splitKeywords(positional));
    const out = new Map<string, unknown>();
    const params = [...this.parameters.values()];
    let i = 0;
    for (let a = 0; a < positional.length; a++) {
      const p = params[i++];
      if (!p || p.kind === VAR_KEYWORD || p.kind === KEYWORD_ONLY) throw new TypeError("too many positional arguments");
      if (p.kind === VAR_POSITIONAL) {
        out.set(p.name, tuple(...positional.slice(a)));
        break;
      }
      if (kwargs.has(p.name) && p.kind !== POSITIONAL_ONLY) throw new TypeError(`multiple values for argument ${repr(p.name)}`);
      out.set(p.name, positional[a]);
    }
    const rest = params.slice(i);
    let kwargsParam: Parameter | null = null;
    for (const p of rest) {
      if (p.kind === VAR_KEYWORD) {
        kwargsParam = p;
        continue;
      }
      if (p.kind === VAR_POSITIONAL) continue;
      if (!kwargs.has(p.name)) {
        if (!partial && p.default === _empty) throw new TypeError(`missing a required argument: ${repr(p.name)}`);
        continue;
      }
      if (p.kind === POSITIONAL_ONLY) throw new TypeError(`${repr(p.name)} parameter is positional only, but was passed as a keyword`);
      out.set(p.name, kwargs.get(p.name));
      kwargs.delete(p.name);
    }
    if (kwargs.size > 0) {
      if (kwargsParam === null) throw new TypeError(`got an unexpected keyword argument ${repr(kwargs.keys().next().value)}`);
      out.set(kwargsParam.name, kwargs);
    }
    return new BoundArguments(this, out);
  }

  __str__(): string {
    const parts: string[] = [];
    let slash = false;
    let star = true;
    for (const p of this.parameters.values()) {
      if (p.kind === POSITIONAL_ONLY) slash = true;
      else if (slash) {
        parts.push("/");
        slash = false;
      }
      if (p.kind === VAR_POSITIONAL) star = false;
      else if (p.kind === KEYWORD_ONLY && star) {
        parts.push("*");
        star = false;
      }
      parts.push(p.__str__());
    }
    if (slash) parts.push("/");
    const ret = this.return_annotation === _empty ? "" : ` -> ${formatannotation(this.return_annotation)}`;
    return `(${parts.join(", ")})${ret}`;
  }

  __repr__(): string {
    return `<Signature ${this.__str__()}>`;
  }

  __eq__(o: unknown): boolean {
    if (!(o instanceof Signature) || !eq(o.return_annotation, this.return_annotation) || o.parameters.size !== this.parameters.size) return false;
    const mine = [...this.parameters.values()];
    return [...o.parameters.values()].every((p, i) => p.__eq__(mine[i]));
  }
}

/** The Signature of a carried parameter list with its details (defaults, annotations). */
function fromRuntime(sig: RuntimeSignature, details: SignatureDetails | undefined): Signature {
  const defaults = [...(details?.defaults ?? [])];
  const anns = details?.annotations ?? {};
  const ann = (name: string): unknown => (name in anns ? anns[name] : _empty);
  const dflt = (has: boolean | undefined): unknown => (has ? (details?.defaults ? defaults.shift() : unknownDefault("...")) : _empty);
  const params: Parameter[] = [];
  for (const [name, has, posOnly] of sig.positional) params.push(new Parameter(name, posOnly ? POSITIONAL_ONLY : POSITIONAL_OR_KEYWORD, { default: dflt(has), annotation: ann(name) }));
  if (sig.varargs) params.push(new Parameter(sig.varargsName ?? "args", VAR_POSITIONAL, { annotation: ann(sig.varargsName ?? "args") }));
  for (const [name, has] of sig.kwonly) params.push(new Parameter(name, KEYWORD_ONLY, { default: dflt(has), annotation: ann(name) }));
  if (sig.kwargs) params.push(new Parameter(sig.kwargsName ?? "kwargs", VAR_KEYWORD, { annotation: ann(sig.kwargsName ?? "kwargs") }));
  return new Signature(params, { return_annotation: details && "returns" in details ? details.returns : _empty });
}

interface PartialLike {
  func: unknown;
  args: readonly unknown[];
  keywords: Map<string, unknown>;
}

function isPartial(x: unknown): x is PartialLike {
  return typeof x === "function" && "func" in x && "args" in x && (x as { keywords?: unknown }).keywords instanceof Map;
}

/** CPython's _signature_get_partial: bound positions disappear, bound keywords become keyword-only defaults. */
function partialSignature(p: PartialLike): Signature {
  const wrapped = signature(p.func);
  let bound: BoundArguments;
  try {
    bound = wrapped.bind_partial(...p.args, Object.fromEntries(p.keywords));
  } catch (e) {
    if (e instanceof TypeError) throw new ValueError(`partial object ${repr(p)} has incorrect arguments`);
    throw e;
  }
  const out = new Map(wrapped.parameters);
  let toKwonly = false;
  for (const [name, param] of wrapped.parameters) {
    if (bound.arguments.has(name)) {
      const value = bound.arguments.get(name);
      if (param.kind === POSITIONAL_ONLY) {
        out.delete(name);
        continue;
      }
      if (param.kind === POSITIONAL_OR_KEYWORD) {
        if (!p.keywords.has(name)) {
          out.delete(name);
          continue;
        }
        toKwonly = true;
        out.set(name, param.replace({ default: value }));
      }
      if (param.kind === KEYWORD_ONLY) out.set(name, param.replace({ default: value }));
    }
    if (!toKwonly) continue;
    const current = out.get(name)!;
    if (param.kind === POSITIONAL_OR_KEYWORD) {
      out.delete(name);
      out.set(name, current.replace({ kind: KEYWORD_ONLY }));
    } else if (param.kind === KEYWORD_ONLY || param.kind === VAR_KEYWORD) {
      out.delete(name);
      out.set(name, current);
    } else if (param.kind === VAR_POSITIONAL) out.delete(name);
  }
  return wrapped.replace({ parameters: [...out.values()] });
}

/** The class (itself or a base) whose __init__ signature a class carries, for its details. */
function carrier(cls: Function): Function {
  for (let c: unknown = cls; typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (signatureDetailsOf(c as Function) || signatureOf(c as Function) !== signatureOf(Object.getPrototypeOf(c))) return c as Function;
  }
  return cls;
}

/** `inspect.signature(obj, *, follow_wrapped=True)`. */
export function signature(obj: unknown, opts?: KeywordOptions): Signature {
  if (typeof obj !== "function") throw new TypeError(`${repr(obj)} is not a callable object`);
  const follow = option(opts, "follow_wrapped", true);
  const f = obj as Function & { __wrapped__?: unknown; __func__?: Function; __signature__?: unknown };
  if (f.__signature__ instanceof Signature) return f.__signature__;
  if (follow && typeof f.__wrapped__ === "function") return signature(f.__wrapped__, opts);
  if (isPartial(f)) return partialSignature(f);
  const sig = signatureOf(f) ?? (f.__func__ ? signatureOf(f.__func__) : undefined);
  if (sig === undefined) {
    if (isClassConstructor(f)) throw new ValueError(`no signature found for builtin type ${repr(f)}`);
    throw new ValueError(`no signature found for builtin ${repr(f)}`);
  }
  const source = isClassConstructor(f) ? carrier(f) : f;
  return fromRuntime(sig, signatureDetailsOf(source) ?? (f.__func__ ? signatureDetailsOf(f.__func__) : undefined));
}

export const signatureApi = { signature, Signature, Parameter, BoundArguments, formatannotation };
