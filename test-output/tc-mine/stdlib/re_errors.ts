// Translated from re_errors.py by tsyncio.
import {
  Exception,
  IndexError,
  TypeError,
  ValueError,
  issubclass,
  print,
  re,
  repr,
  toPyException,
} from "tsyncio/runtime";
/** re: bad patterns and templates fail with CPython's messages. */
const bad = [
  "(",
  ")",
  "a)",
  "[a",
  "a{3,1}",
  "\\q",
  "(?P<1a>x)",
  "(?P=nope)",
  "(a)\\2",
  "*a",
  "a|*",
  "a**",
  "(?<x>a)",
  "[z-a]",
  "(?i",
  "\\x4",
  "x(?i)",
  "(?P<n>a)(?P<n>b)",
  "a\n(",
  "(a\\1)",
];
for (const pattern of bad) {
  try {
    re.compile(pattern);
    console.log("compiled", repr(pattern));
  } catch (err_1) {
    const exc_2 = toPyException(err_1);
    if (exc_2 instanceof re.error) {
      const e = exc_2;
      print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno);
    } else {
      throw exc_2;
    }
  }
}

try {
  re.sub("(a)", "\\2", "a");
} catch (err_3) {
  const exc_4 = toPyException(err_3);
  if (exc_4 instanceof re.error) {
    const e = exc_4;
    print("template:", e);
  } else {
    throw exc_4;
  }
}

try {
  re.sub("(a)", "\\g<x>", "a");
} catch (err_5) {
  const exc_6 = toPyException(err_5);
  if (exc_6 instanceof IndexError) {
    const e = exc_6;
    print("IndexError:", e);
  } else {
    throw exc_6;
  }
}

try {
  re.sub("a", "\\q", "a");
} catch (err_7) {
  const exc_8 = toPyException(err_7);
  if (exc_8 instanceof re.error) {
    const e = exc_8;
    print("template:", e);
  } else {
    throw exc_8;
  }
}

try {
  re.match("(a)", "a").group(3);
} catch (err_9) {
  const exc_10 = toPyException(err_9);
  if (exc_10 instanceof IndexError) {
    const e = exc_10;
    print("IndexError:", e);
  } else {
    throw exc_10;
  }
}

try {
  re.match("(a)", "a").group("x");
} catch (err_11) {
  const exc_12 = toPyException(err_11);
  if (exc_12 instanceof IndexError) {
    const e = exc_12;
    print("IndexError:", e);
  } else {
    throw exc_12;
  }
}

try {
  re.search("\\d", 42);
} catch (err_13) {
  const exc_14 = toPyException(err_13);
  if (exc_14 instanceof TypeError) {
    const e = exc_14;
    print("TypeError:", e);
  } else {
    throw exc_14;
  }
}

try {
  re.compile(re.compile("a"), re.I);
} catch (err_15) {
  const exc_16 = toPyException(err_15);
  if (exc_16 instanceof ValueError) {
    const e = exc_16;
    print("ValueError:", e);
  } else {
    throw exc_16;
  }
}

try {
  re.sub("a", (m: any) => 1, "a");
} catch (err_17) {
  const exc_18 = toPyException(err_17);
  if (exc_18 instanceof TypeError) {
    const e = exc_18;
    print("TypeError:", e);
  } else {
    throw exc_18;
  }
}

print(issubclass(re.error, Exception));
re.compile("[unclosed");
