/**
 * State shared by the transform modules while they translate one file: the
 * analysis, the scope being translated, the runtime names the output needs,
 * and the diagnostics found so far.
 */
import { initParams, mergeFields, ownDataclassFields, type DataclassField } from "../analyze/dataclass-fields.js";
import { MODULES } from "../mappings/tables.js";
import type { PositionMarks } from "../emit/positions.js";
import type { Analysis, ClassInfo, FunctionInfo } from "../analyze/analysis.js";
import { resolve, type Binding, type Scope } from "../analyze/scopes.js";
import { ANY, type PyType } from "../analyze/types.js";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { DeclarationPlan } from "./declarations.js";
import { newImportTable, resolveModuleName, runtimePathOf, type ModuleTarget } from "./imports.js";
import { stubValueType } from "./stub-types.js";
import { workerArgumentRefusal } from "./worker-modules.js";
import type { ProjectTranslation } from "../project/translate.js";
import { VarTypes } from "./var-types.js";

export interface Expr {
  code: string;
  type: PyType;
}

export class Context {
  readonly runtimeImports = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];
  scope: Scope;
  fn: FunctionInfo | undefined;
  cls: ClassInfo | undefined;
  /** Static types of variables, refined as assignments are translated (widened where a read came too early: var-types.ts). */
  readonly varTypes: VarTypes;
  readonly imports = newImportTable();
  /** Set when a function nested in a method reads `self`: the method then binds `const self = this`. */
  selfAliasNeeded = false;
  private deleted: Set<string> | undefined;

  /** Names that appear as `del` targets anywhere in the module. */
  deletedNames(): Set<string> {
    if (!this.deleted) {
      const out = new Set<string>();
      const walk = (n: SyntaxNode): void => {
        if (n.type === "delete_statement") {
          const targets = n.namedChildren[0]?.type === "expression_list" ? n.namedChildren[0].namedChildren : n.namedChildren;
          for (const t of targets) if (t.type === "identifier") out.add(t.text);
        }
        for (const c of n.namedChildren) walk(c);
      };
      walk(this.analysis.module.node);
      this.deleted = out;
    }
    return this.deleted;
  }

  /** Set when a call binds keywords at run time: functions and classes then carry their signatures (see signatures.ts). */
  runtimeKeywords = false;
  /** A call of a callee known only at run time checks its positional count by the callee's signature (runtime callPos). */
  runtimePositional = false;
  /** The module starts worker processes (transform/worker-modules.ts): local functions carry their qualified names. */
  workerModule = false;
  /** Where the current body declares its variables. */
  plan: DeclarationPlan | undefined;
  /** Variables of the comprehensions and lambdas being translated, with their types. */
  readonly comprehensionVars = new Map<string, PyType>();
  /** Constant set displays met so far, by their elements (as CPython's compiler merges equal constants module-wide), with the first one's element codes. */
  readonly constantSets = new Map<string, string[]>();
  /** Loops being translated, innermost last: the label `break` must use when the loop has an else. */
  readonly loops: { label: string | null }[] = [];
  /** Names of the caught exceptions of enclosing handlers, for a bare `raise`. */
  readonly caught: string[] = [];
  /** Temporaries the current function needs declared (chained comparisons, swaps). */
  temps: string[] = [];
  private tmpCounter = 0;
  /** Set when the module is translated as part of a project: imports of other modules go through it. */
  project: ProjectTranslation | undefined;
  /** Set when a source map is wanted: statement lists put a position marker before each statement. */
  marks: PositionMarks | undefined;

  constructor(
    readonly analysis: Analysis,
    readonly file: string,
    readonly source: string,
    widened?: ReadonlyMap<string, PyType>,
  ) {
    this.varTypes = new VarTypes(widened);
    this.scope = analysis.module;
    // Imported names are not the program's own: `import asyncio` is the runtime's asyncio.
    this.programNames = new Set([...analysis.scopes.values()].flatMap((s) => [...s.bindings.values()].filter((b) => !(b.kinds.size === 1 && b.kinds.has("import"))).map((b) => b.name)));
  }

  /** Record a runtime import and return the name to use in code. */
  rt(name: string): string {
    this.runtimeImports.add(name);
    // A program's own `add` or `str` must not shadow the runtime's: import it under another name.
    return this.programNames.has(name) ? `${name}$rt` : name;
  }

  /** Every name the program binds, in any scope. */
  private readonly programNames: Set<string>;

  /** A name the output binds although the analysis saw an import: a project module's function or class. */
  reserveName(name: string): void {
    this.programNames.add(name);
  }

  /** Runtime imports as `name` or `name as alias`, for the emitter. */
  importSpecifiers(): { name: string; alias?: string }[] {
    return [...this.runtimeImports].sort().map((name) => (this.programNames.has(name) ? { name, alias: `${name}$rt` } : { name }));
  }

  tmp(base = "tmp"): string {
    this.tmpCounter += 1;
    return `${base}$${this.tmpCounter}`;
  }

  diag(node: SyntaxNode, code: DiagnosticCode, message: string, severity: Severity = "error"): void {
    const line = node.startPosition.row + 1;
    const column = node.startPosition.column + 1;
    // A node translated more than once (a class base is read for several purposes) reports once.
    if (this.diagnostics.some((d) => d.line === line && d.column === column && d.code === code && d.message === message)) return;
    this.diagnostics.push({
      code,
      severity,
      message,
      file: this.file,
      line,
      column,
    });
  }

  /**
   * An untranslatable construct: report it and leave a visible marker. The
   * marker throws when reached so the program never runs on silently.
   */
  unsupported(node: SyntaxNode, what: string, code: DiagnosticCode = "TSY1100"): string {
    this.diag(node, code, what);
    const text = what.replace(/\*\//g, "* /");
    return `/* TODO(tsyncio): ${text} */ ${this.rt("unsupported")}(${JSON.stringify(what)})`;
  }

  /** Run `body` with a different current scope. */
  within<T>(scope: Scope, fn: FunctionInfo | undefined, body: () => T): T {
    const saved = [this.scope, this.fn] as const;
    this.scope = scope;
    this.fn = fn;
    try {
      return body();
    } finally {
      [this.scope, this.fn] = saved;
    }
  }

  withClass<T>(cls: ClassInfo | undefined, body: () => T): T {
    const saved = this.cls;
    this.cls = cls;
    try {
      return body();
    } finally {
      this.cls = saved;
    }
  }

  binding(name: string): Binding | undefined {
    const owner = resolve(this.scope, name);
    return owner?.bindings.get(name);
  }

  ownerScope(name: string): Scope | null {
    return resolve(this.scope, name);
  }

  /** The function or class a name refers to, when the module defines it. */
  definitionOf(name: string): { fn?: FunctionInfo; cls?: ClassInfo } {
    const owner = resolve(this.scope, name);
    const b = owner?.bindings.get(name);
    if (!owner && this.project) return this.project.definition(name, this); // bound by `from m import *`
    if (!owner || !b || b.sites.length !== 1) return {};
    if (this.project && b.kinds.size === 1 && b.kinds.has("import")) return this.project.definition(name, this);
    const site = b.sites[0]!.parent;
    if (!site) return {};
    if (b.kinds.has("def")) return { fn: this.analysis.functions.get(site.startIndex) };
    if (b.kinds.has("class")) return { cls: this.analysis.classes.get(site.startIndex) };
    return {};
  }

  classByName(name: string): ClassInfo | undefined {
    return this.definitionOf(name).cls;
  }


  hoistTemp(name: string): void {
    this.temps.push(name);
  }

  private isShadowed(name: string): boolean {
    const owner = resolve(this.scope, name);
    return owner !== null && !owner.bindings.get(name)?.kinds.has("import");
  }

  /** `sleep` after `from asyncio import sleep`, as an expression. */
  importAlias(name: string, node?: SyntaxNode): Expr | null {
    const sent = node && this.workerModule && !this.isShadowed(name) ? this.imports.names.get(name) : undefined;
    const refused = sent ? workerArgumentRefusal(node!, sent, this) : null;
    if (refused) return { code: refused, type: ANY };
    const f = this.importedFunction(name, node);
    if (!f) {
      // `from typing import List` then `List` read as a value: the import is erased, so nothing defines it at run time.
      const imp = node && !this.isShadowed(name) ? this.imports.names.get(name) : undefined;
      if (imp && MODULES[imp.module]?.erase) return { code: this.erasedValue(node!, imp.module, imp.name), type: ANY };
      return null;
    }
    return { code: f.error ?? f.path, type: f.error ? ANY : stubValueType(f.stub, f.spec?.ret) };
  }

  /** What an imported name (`from math import sqrt`) stands for; `error` is the TODO marker when tsyncio lacks it. */
  importedFunction(name: string, node?: SyntaxNode): ModuleTarget | null {
    if (this.isShadowed(name)) return null;
    const imp = this.imports.names.get(name);
    if (!imp) return null;
    return this.target(imp.module, imp.name, node);
  }

  /** A name of an erased module (typing) used as a value: only annotations and the mapped rows are translated. */
  private erasedValue(node: SyntaxNode, module: string, attr: string): string {
    return this.unsupported(node, `'${module}.${attr}' as a value is not supported by tsyncio (it is translated in annotations only)`, "TSY1101");
  }

  private target(module: string, attr: string, node: SyntaxNode | undefined): ModuleTarget | null {
    const found = resolveModuleName(module, attr);
    if (!found) return null;
    if ("error" in found) {
      if (!node) return null;
      return { path: "", error: this.unsupported(node, found.error, "TSY1101") };
    }
    return { path: runtimePathOf(found, this), spec: found.spec, stub: found.stub };
  }

  private moduleOfAttribute(node: SyntaxNode): { module: string; attr: string } | null {
    const obj = node.childForFieldName("object");
    const attr = node.childForFieldName("attribute");
    if (!obj || !attr) return null;
    let moduleName: string | undefined;
    if (obj.type === "identifier" && !this.isShadowed(obj.text)) moduleName = this.imports.modules.get(obj.text);
    else if (obj.type === "attribute") {
      const inner = this.moduleOfAttribute(obj);
      // `os.path` is a module; `sys.stdin` is an object of one, reached through its module.
      if (inner && MODULES[`${inner.module}.${inner.attr}`]) moduleName = `${inner.module}.${inner.attr}`;
    }
    return moduleName ? { module: moduleName, attr: attr.text } : null;
  }

  /** `asyncio.Queue` and the like, when the object is an imported module. */
  moduleAttribute(node: SyntaxNode): Expr | null {
    const own = this.project?.attribute(node, this);
    if (own !== undefined) return own;
    const m = this.moduleOfAttribute(node);
    if (!m) return null;
    const refused = this.workerModule ? workerArgumentRefusal(node, { module: m.module, name: m.attr }, this) : null;
    if (refused) return { code: refused, type: ANY };
    const t = this.target(m.module, m.attr, node);
    if (t) return { code: t.error ?? t.path, type: t.error ? ANY : stubValueType(t.stub, t.spec?.ret) };
    if (MODULES[m.module]?.erase) return { code: this.erasedValue(node, m.module, m.attr), type: ANY };
    return { code: `${m.module}.${m.attr}`, type: ANY };
  }

  /** `quiet`: a name tsyncio lacks gives null, not a TSY1101 (it was reported where the program names it). */
  moduleFunction(node: SyntaxNode, quiet = false): ModuleTarget | null {
    const m = this.moduleOfAttribute(node);
    if (!m) return null;
    return this.target(m.module, m.attr, quiet ? undefined : node);
  }

  /** A method by class name, looking through base classes defined in the module. */
  methodOf(className: string, method: string): FunctionInfo | undefined {
    let cls = this.classNamed(className);
    const seen = new Set<string>();
    while (cls && !seen.has(cls.name)) {
      seen.add(cls.name);
      const m = cls.methods.get(method);
      if (m) return m;
      const base = cls.bases[0];
      cls = base ? this.classNamed(base.text) : undefined;
    }
    return undefined;
  }

  classNamed(name: string): ClassInfo | undefined {
    for (const c of this.analysis.classes.values()) if (c.name === name) return c;
    return this.project?.classNamed(name, this);
  }

  /** The parameters `Cls(...)` binds to: `__init__`, or the dataclass fields. */
  constructorOf(cls: ClassInfo): FunctionInfo | undefined {
    // A class of another module may not be known here by its name: its own __init__ then.
    const init = this.methodOf(cls.name, "__init__") ?? cls.methods.get("__init__");
    if (init) return init;
    if (cls.isDataclass) return this.dataclassInit(cls);
    return undefined;
  }

  dataclassInit(cls: ClassInfo): FunctionInfo {
    return {
      name: cls.name,
      node: cls.node,
      isAsync: false,
      isGenerator: false,
      params: initParams(this.allDataclassFields(cls)),
      returnType: { k: "none" },
      returnAnnotated: false,
      decorators: [],
      scope: cls.scope,
      runsLoop: false,
    };
  }

  /** Dataclass fields including inherited ones, base first, as Python orders them (InitVars left out). */
  dataclassFields(cls: ClassInfo): ClassInfo["fields"] {
    return this.allDataclassFields(cls)
      .filter((f) => !f.initVar)
      .map((f) => f.info);
  }

  /** Every field and InitVar of a dataclass, inherited ones first, with their field() options. */
  allDataclassFields(cls: ClassInfo): DataclassField[] {
    const base = cls.bases[0] ? this.classNamed(cls.bases[0].text) : undefined;
    const inherited = base?.isDataclass ? this.allDataclassFields(base) : [];
    return mergeFields(inherited, ownDataclassFields(cls));
  }

  parentMethod(method: string): FunctionInfo | undefined {
    const base = this.cls?.bases[0];
    if (!base) return undefined;
    if (method === "__init__") {
      const cls = this.classNamed(base.text);
      return cls ? this.constructorOf(cls) : undefined;
    }
    return this.methodOf(base.text, method);
  }

  isUserMethodName(name: string): boolean {
    for (const f of this.analysis.functions.values()) if (f.owner && f.name === name) return true;
    return false;
  }

  /** Type of `obj.attr` for an instance of a class of this module. */
  attributeType(className: string, attr: string): PyType {
    const cls = this.classNamed(className);
    const field = cls?.fields.find((f) => f.name === attr);
    if (field) return field.type;
    const m = this.methodOf(className, attr);
    if (m?.decorators.some((d) => d.text === "property")) return m.returnType;
    return this.instanceAttrTypes.get(`${className}.${attr}`) ?? { k: "any" };
  }

  /** `Class.attr` for class-level attributes, which instances read through their class. */
  readonly classAttributes = new Set<string>();

  /** `Class.attr` for attributes assigned through `self` in some method. */
  readonly instanceFieldNames = new Set<string>();

  /** The class along `className`'s bases that defines class attribute `attr`, if no instance field hides it. */
  classAttributeOwner(className: string, attr: string): string | undefined {
    let cls = this.classNamed(className);
    const seen = new Set<string>();
    let owner: string | undefined;
    while (cls && !seen.has(cls.name)) {
      seen.add(cls.name);
      if (this.instanceFieldNames.has(`${cls.name}.${attr}`)) return undefined;
      if (!owner && this.classAttributes.has(`${cls.name}.${attr}`)) owner = cls.name;
      cls = cls.bases[0] ? this.classNamed(cls.bases[0].text) : undefined;
    }
    return owner;
  }

  /** Types of `self.x` attributes, filled in by the class transform. */
  readonly instanceAttrTypes = new Map<string, PyType>();

  /** Whether any method of any class in the module with this name is async. */
  isAsyncMethodName(name: string): boolean {
    let async = false;
    let sync = false;
    for (const f of this.analysis.functions.values()) {
      if (f.owner && f.name === name) {
        if (f.isAsync && !f.isGenerator) async = true;
        else sync = true;
      }
    }
    for (const f of this.project?.importedMethods(name) ?? []) {
      if (f.isAsync && !f.isGenerator) async = true;
      else sync = true;
    }
    return async && !sync;
  }
}
