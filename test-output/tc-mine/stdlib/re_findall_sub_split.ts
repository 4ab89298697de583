// Translated from re_findall_sub_split.py by tsyncio.
import {
  add,
  callMethod,
  getitem,
  int,
  iterate,
  neg,
  print,
  re,
  repr,
  sorted,
  str,
  tuple,
} from "tsyncio/runtime";
/** re: findall/finditer, sub/subn with templates and functions, split. */
let m: any;
print(re.findall("\\d+", "a1b22c333"));
print(re.findall("(\\w)(\\d)", "a1b2c3"));
print(re.findall("(a)|(b)", "ab"));
print(re.findall("k=(\\d*)", "k=1 k= k=22"));
print(Array.from(iterate(re.finditer("\\w+", "one two  three")), (m: any) => m.span()));
const pat = re.compile("(?P<key>\\w+)=(?P<val>[^;]*)");
const text = "a=1;bb=;ccc=33";
for (m of iterate(pat.finditer(text))) {
  print(m.group("key"), repr(m.group("val")), m.span("val"));
}

print(pat.findall(text, 4), pat.findall(text, 0, 6));
// Templates: \1, \g<name>, \g<0>, escapes.
print(re.sub("(\\w+)@(\\w+)", "\\2 at \\g<1>", "joe@example and ann@host"));
print(pat.sub("\\g<val>:\\g<key>", text));
print(re.sub("(a)", "[\\1\\n\\t\\\\]", "ab"));
print(re.sub("-", "\\-", "a-b"));
print(re.sub("(?P<x>a)", "<\\g<x>>", "banana", 2));
print(re.sub("(a)(x)?", "\\1\\2!", "ab"));
// A function as replacement.
print(re.sub("\\d+", (m: any) => str(int(m.group()) * 2), "3 apples and 12 pears"));
print(pat.sub((m: any) => callMethod(getitem(m, "key"), "upper"), text, 2));
print(re.subn("o", (m: any) => callMethod(m.group(0), "upper"), "foo boo"));
print(re.subn("\\d", "#", "a1b2c3", 2));
// Empty matches: CPython 3.7+ rules.
print(re.sub("x*", "-", "abxd"));
print(re.sub("", "-", "abc"));
print(re.findall("a??", "aa"));
print(re.findall("\\b", "ab cd"));
// split with groups and maxsplit.
print(re.split("(,)\\s*", "a, b,c", 1));
print(re.split(",", "a,b,c,d", 2));
print(re.split("(a)|(b)", "xaybz"));
print(re.split("\\b", "a b"));
print(re.split("\\s+", "  lead and trail  "));
print(re.split("x*", "axbc"));
print(callMethod(pat, "split", text));
const words = new Map<any, any>();
for (const w of iterate(re.findall("[a-z']+", "It's the end, the END of it!".toLowerCase()))) {
  words.set(w, add(callMethod(words, "get", w, 0), 1));
}

print(
  sorted(callMethod(words, "items"), {
    key: (kv: any) => tuple(neg(getitem(kv, 1)), getitem(kv, 0)),
  }),
);
print(re.sub("\\d", (m: any) => null, "a1b2"));
