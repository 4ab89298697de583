/**
 * The output gate (pipeline/syntax-check.ts) refuses exactly what TypeScript's
 * parser refuses: a quick parse through prettier's typescript plugin first,
 * TypeScript itself to confirm and word a refusal.
 */
import { describe, expect, test } from "vitest";
import { typeScriptSyntaxError } from "../src/pipeline/syntax-check.js";

describe("the generated-code syntax gate", () => {
  test.each(["const x: number = 1;", "const a = <T,>(x: T) => x;", "const q = <number>y;", "await x;"])("accepts %j", (code) => {
    expect(typeScriptSyntaxError(code)).toBeNull();
  });

  test("refuses a syntax error with TypeScript's message and position", () => {
    expect(typeScriptSyntaxError("let a = 1;\nlet z = (1 + ;\n")).toEqual({ message: "Expression expected.", line: 2, column: 14, text: "let z = (1 + ;" });
    expect(typeScriptSyntaxError("let y = <div>hi</div>;")?.message).toBe("Unterminated regular expression literal.");
    expect(typeScriptSyntaxError("let v = 08;")?.message).toBe("Decimals with leading zeros are not allowed.");
  });

  // The plugin's tree conversion also refuses modifiers in the wrong place; tsc's parser accepts them
  // (its checker reports them), so the gate must not turn them into an internal error.
  test.each(["public const x = 1;", "async class A {}", "class C { abstract x = 1 }"])("lets through %j, which TypeScript's parser accepts", (code) => {
    expect(typeScriptSyntaxError(code)).toBeNull();
  });

  test("decides the same once the process has checked enough files to load the compiler", () => {
    for (let i = 0; i < 40; i++) {
      expect(typeScriptSyntaxError("const x: number = 1;")).toBeNull();
      expect(typeScriptSyntaxError("public const x = 1;")).toBeNull();
      expect(typeScriptSyntaxError("let z = (1 + ;")?.message).toBe("Expression expected.");
    }
  });
});
