/**
 * aiohttp features the runtime does not implement, refused at translation
 * time (TSY1101 and a TODO marker) instead of failing or misbehaving at run
 * time: websockets, client cookies, static files, sub-applications,
 * `cleanup_ctx`, class-based views and https URLs.
 *
 * Module attributes (`aiohttp.FormData`, `web.WebSocketResponse`) are already
 * refused by the mapping tables; this covers methods and attributes of the
 * objects. A receiver is "known" when a name is bound, in the same function,
 * from `aiohttp.ClientSession(...)`, `web.Application(...)` or a session's
 * request method (`async with session.get(...) as resp`, `resp = await
 * session.get(...)`), or an attribute `self.x` is bound so in any method, or a parameter is
 * annotated with one of those classes. Names that exist only in aiohttp are refused on any
 * receiver in a module that imports aiohttp.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { aiohttpGaps } from "../mappings/tables.js";

type Kind = "session" | "app" | "response";

const REQUEST_METHODS = new Set(["get", "post", "put", "patch", "delete", "head", "options", "request"]);

interface ModuleFacts {
  /** Local name → dotted aiohttp path it is bound to by an import (`web` → `aiohttp.web`). */
  imports: Map<string, string>;
  /** `<scope start>:<name>` → what the name holds. */
  bound: Map<string, Kind>;
  /** Names the module defines as functions: a user's own `add_static` is not aiohttp's. */
  defined: Set<string>;
}

const facts = new WeakMap<Context, ModuleFacts | null>();

function rootOf(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

function scopeKey(node: SyntaxNode): number {
  for (let n: SyntaxNode | null = node.parent; n; n = n.parent) {
    if (n.type === "function_definition" || n.type === "lambda") return n.startIndex;
  }
  return -1;
}

function walk(node: SyntaxNode, visit: (n: SyntaxNode) => void): void {
  visit(node);
  for (const c of node.namedChildren) walk(c, visit);
}

/** The dotted aiohttp path an expression names (`web.Application` → `aiohttp.web.Application`), or null. */
function dotted(node: SyntaxNode, imports: Map<string, string>): string | null {
  if (node.type === "identifier") return imports.get(node.text) ?? null;
  if (node.type === "attribute") {
    const head = dotted(node.childForFieldName("object")!, imports);
    return head ? `${head}.${node.childForFieldName("attribute")!.text}` : null;
  }
  return null;
}

function readImports(root: SyntaxNode): Map<string, string> {
  const imports = new Map<string, string>();
  walk(root, (n) => {
    if (n.type === "import_statement") {
      for (const item of n.namedChildren) {
        const [name, alias] = item.type === "aliased_import" ? [item.childForFieldName("name")!.text, item.childForFieldName("alias")!.text] : [item.text, null];
        if (name !== "aiohttp" && !name.startsWith("aiohttp.")) continue;
        if (alias) imports.set(alias, name);
        else imports.set("aiohttp", "aiohttp");
      }
    } else if (n.type === "import_from_statement") {
      const mod = n.childForFieldName("module_name")?.text ?? "";
      if (mod !== "aiohttp" && !mod.startsWith("aiohttp.")) return;
      for (const item of n.childrenForFieldName("name")) {
        const [name, alias] = item.type === "aliased_import" ? [item.childForFieldName("name")!.text, item.childForFieldName("alias")!.text] : [item.text, item.text];
        imports.set(alias, `${mod}.${name}`);
      }
    }
  });
  return imports;
}

function unwrapAwait(node: SyntaxNode): SyntaxNode {
  return node.type === "await" ? node.namedChildren[0] ?? node : node;
}

/** What a call returns, when it is an aiohttp object this module tracks. */
function kindOfCall(node: SyntaxNode, f: ModuleFacts): Kind | null {
  const call = unwrapAwait(node);
  if (call.type !== "call") return null;
  const fn = call.childForFieldName("function")!;
  const path = dotted(fn, f.imports);
  if (path === "aiohttp.ClientSession") return "session";
  if (path === "aiohttp.web.Application") return "app";
  if (fn.type === "attribute" && REQUEST_METHODS.has(fn.childForFieldName("attribute")!.text) && kindOf(fn.childForFieldName("object")!, f) === "session") return "response";
  return null;
}

/** Where a name's binding is recorded: a local by its function, `self.x` across the module (any method may read it). */
function bindingKey(node: SyntaxNode): string | null {
  if (node.type === "identifier") return `${scopeKey(node)}:${node.text}`;
  if (node.type === "attribute" && node.childForFieldName("object")!.text === "self") return `self.${node.childForFieldName("attribute")!.text}`;
  return null;
}

function kindOf(node: SyntaxNode, f: ModuleFacts): Kind | null {
  const key = bindingKey(node);
  if (key) return f.bound.get(key) ?? null;
  return kindOfCall(node, f);
}

function bind(target: SyntaxNode | null | undefined, value: SyntaxNode | null | undefined, f: ModuleFacts): void {
  const key = target ? bindingKey(target) : null;
  if (!key || !value) return;
  const kind = kindOfCall(value, f);
  if (kind) f.bound.set(key, kind);
}

const ANNOTATED: Record<string, Kind> = {
  "aiohttp.ClientSession": "session",
  "aiohttp.ClientResponse": "response",
  "aiohttp.web.Application": "app",
};

/** `session: aiohttp.ClientSession` as a parameter: the type hint names the receiver. */
function bindAnnotated(param: SyntaxNode, f: ModuleFacts): void {
  const type = param.childForFieldName("type")?.namedChildren[0];
  const kind = type ? ANNOTATED[dotted(type, f.imports) ?? ""] : undefined;
  const name = param.childForFieldName("name") ?? param.namedChildren.find((c) => c.type === "identifier");
  if (kind && name?.type === "identifier") f.bound.set(`${scopeKey(name)}:${name.text}`, kind);
}

function readFacts(ctx: Context, anyNode: SyntaxNode): ModuleFacts | null {
  if (facts.has(ctx)) return facts.get(ctx)!;
  const root = rootOf(anyNode);
  // Most modules never mention aiohttp: skip the walk.
  const imports = root.text.includes("aiohttp") ? readImports(root) : new Map<string, string>();
  const f: ModuleFacts | null = imports.size === 0 ? null : { imports, bound: new Map(), defined: new Set() };
  if (f) {
    // Source order: a session is bound before the responses its methods give.
    walk(root, (n) => {
      if (n.type === "function_definition") f.defined.add(n.childForFieldName("name")!.text);
      else if (n.type === "typed_parameter" || n.type === "typed_default_parameter") bindAnnotated(n, f);
      else if (n.type === "assignment") bind(n.childForFieldName("left"), n.childForFieldName("right"), f);
      else if (n.type === "with_item") {
        const v = n.childForFieldName("value");
        const alias = v?.type === "as_pattern" ? v.childForFieldName("alias") : null;
        if (alias) bind(alias.type === "as_pattern_target" ? alias.namedChildren[0] : alias, v!.namedChildren[0], f);
      }
    });
  }
  facts.set(ctx, f);
  return f;
}

function refuse(node: SyntaxNode, message: string, ctx: Context): string {
  return ctx.unsupported(node, message, "TSY1101");
}

/** Refuse `recv.attr` when it is an aiohttp gap; null when it translates. */
export function aiohttpAttributeGap(node: SyntaxNode, ctx: Context): string | null {
  const f = readFacts(ctx, node);
  if (!f) return null;
  const objNode = node.childForFieldName("object")!;
  const attr = node.childForFieldName("attribute")!.text;
  const kind = kindOf(objNode, f);
  const gaps = aiohttpGaps().attributes;
  const gap = Object.hasOwn(gaps, attr) ? gaps[attr]! : null;
  if (!gap) return null;
  if (kind && gap.on?.includes(kind)) return refuse(node, gap.message, ctx);
  if (gap.anyReceiver && !f.defined.has(attr) && !dotted(objNode, f.imports)) return refuse(node, gap.message, ctx);
  return null;
}

function isHttpsLiteral(node: SyntaxNode | undefined): boolean {
  if (node?.type !== "string") return false;
  return /^[a-zA-Z]*("""|'''|"|')https:\/\//i.test(node.text);
}

/** Refuse a call that uses an aiohttp gap (`cookies=`, an https URL); null when it translates. */
export function aiohttpCallGap(node: SyntaxNode, ctx: Context): string | null {
  const f = readFacts(ctx, node);
  if (!f) return null;
  const fn = node.childForFieldName("function")!;
  // A method call does not translate its callee as an attribute expression: check it here.
  const method$ = fn.type === "attribute" ? aiohttpAttributeGap(fn, ctx) : null;
  if (method$) return method$;
  const isSession = dotted(fn, f.imports) === "aiohttp.ClientSession";
  const method = fn.type === "attribute" ? fn.childForFieldName("attribute")!.text : null;
  const isRequest = method !== null && REQUEST_METHODS.has(method) && kindOf(fn.childForFieldName("object")!, f) === "session";
  if (!isSession && !isRequest) return null;
  const args = node.childForFieldName("arguments")?.namedChildren ?? [];
  const positional = args.filter((a) => a.type !== "keyword_argument");
  for (const a of args) {
    if (a.type !== "keyword_argument") continue;
    const name = a.childForFieldName("name")!.text;
    const value = a.childForFieldName("value") ?? undefined;
    if (name === "cookies") return refuse(a, aiohttpGaps().arguments.cookies, ctx);
    if ((name === "url" || name === "base_url") && isHttpsLiteral(value)) return refuse(value!, aiohttpGaps().arguments.https, ctx);
  }
  const urlArg = isSession ? positional[0] : method === "request" ? positional[1] : positional[0];
  if (isHttpsLiteral(urlArg)) return refuse(urlArg!, aiohttpGaps().arguments.https, ctx);
  return null;
}
