/** Python's `string` module: its constants and capwords. */

/** Python's `string` module constants (and capwords). */
export const string = {
  ascii_letters: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  ascii_lowercase: "abcdefghijklmnopqrstuvwxyz",
  ascii_uppercase: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  digits: "0123456789",
  hexdigits: "0123456789abcdefABCDEF",
  octdigits: "01234567",
  punctuation: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  whitespace: " \t\n\r\x0b\x0c",
  printable: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
  /** `string.capwords(s, sep=None)` */
  capwords(s: string, sep: string | null = null): string {
    const words = sep === null ? s.split(/[ \t\n\r\x0b\x0c]+/).filter((w) => w !== "") : s.split(sep);
    const cap = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w);
    return words.map(cap).join(sep ?? " ");
  },
};
