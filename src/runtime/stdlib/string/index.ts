/** Python's `string` module: its constants, capwords, Template and Formatter. */
import { Template, templateSubclass } from "./template.js";
import { Formatter } from "./formatter.js";

const WHITESPACE = " \t\n\r\x0b\x0c";

/** Python's `string` module. */
export const string = {
  ascii_letters: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  ascii_lowercase: "abcdefghijklmnopqrstuvwxyz",
  ascii_uppercase: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  digits: "0123456789",
  hexdigits: "0123456789abcdefABCDEF",
  octdigits: "01234567",
  punctuation: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  whitespace: WHITESPACE,
  printable: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + WHITESPACE,
  /** `string.capwords(s, sep=None)`: `sep.join(w.capitalize() for w in s.split(sep))`. */
  capwords(s: string, sep: string | null = null): string {
    const words = sep === null || sep === undefined ? s.split(/[\s\x1c-\x1f\x85]+/u).filter((w) => w !== "") : s.split(sep);
    const cap = (w: string) => {
      const chars = Array.from(w);
      return chars.length > 0 ? chars[0]!.toUpperCase() + chars.slice(1).join("").toLowerCase() : w;
    };
    return words.map(cap).join(sep ?? " ");
  },
  Template,
  Formatter,
  /** The class hook of Template's subclasses (their pattern is compiled once declared). */
  templateSubclass,
};
