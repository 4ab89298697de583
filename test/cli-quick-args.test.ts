/**
 * The command lines the CLI parses without yargs (src/cli/quick-args.ts):
 * exactly the simple convert forms; everything else must go to yargs. The
 * binary's behaviour on both paths is covered by cli.test.ts.
 */
import { describe, expect, test } from "vitest";
import { quickConvert } from "../src/cli/quick-args.js";

describe("quickConvert", () => {
  test("reads the simple convert forms", () => {
    expect(quickConvert(["convert", "a.py"])).toEqual({ file: "a.py", strict: false, json: false });
    expect(quickConvert(["convert", "-"])).toEqual({ file: "-", strict: false, json: false });
    expect(quickConvert(["convert", "a.py", "-o", "a.ts"])).toEqual({ file: "a.py", out: "a.ts", strict: false, json: false });
    expect(quickConvert(["convert", "--out", "a.ts", "--strict", "a.py", "--json"])).toEqual({ file: "a.py", out: "a.ts", strict: true, json: true });
  });

  test.each([
    [[]],
    [["run", "a.py"]],
    [["migrate", "src", "--out", "ts"]],
    [["convert"]],
    [["convert", ""]],
    [["convert", "a.py", "b.py"]],
    [["convert", "a.py", "--help"]],
    [["convert", "a.py", "--version"]],
    [["convert", "a.py", "--out=a.ts"]],
    [["convert", "a.py", "-o"]],
    [["convert", "a.py", "-o", "--strict"]],
    [["convert", "a.py", "-o", "a.ts", "--out", "b.ts"]],
    [["convert", "a.py", "--strict", "--strict"]],
    [["convert", "a.py", "--no-strict"]],
    [["convert", "a.py", "--bogus"]],
    [["--strict", "convert", "a.py"]],
  ])("leaves %j to yargs", (args) => {
    expect(quickConvert(args)).toBeNull();
  });
});
