/** Python's `keyword`: CPython 3.11's keywords and soft keywords. */

const kwlist = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
  "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
  "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];
const softkwlist = ["_", "case", "match"];
const KEYWORDS = new Set(kwlist);
const SOFT = new Set(softkwlist);

export const keyword = {
  kwlist,
  softkwlist,
  /** CPython's iskeyword is a frozenset's __contains__: an unhashable argument is a TypeError, anything else just not a keyword. */
  iskeyword: (s: unknown): boolean => typeof s === "string" && KEYWORDS.has(s),
  issoftkeyword: (s: unknown): boolean => typeof s === "string" && SOFT.has(s),
};
