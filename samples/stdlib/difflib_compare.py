"""difflib: SequenceMatcher ratios and opcodes, unified/context/ndiff output, close matches."""
import difflib

s = difflib.SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 4, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "abc", "abc").ratio(), difflib.SequenceMatcher(None, "abc", "xyz").ratio())
s = difflib.SequenceMatcher()
s.set_seqs("kitten", "sitting")
print(s.ratio(), list(s.get_grouped_opcodes(1)))
print(difflib.SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5]).get_opcodes())
print(difflib.SequenceMatcher(None, ["one", "two"], ["two", "three"]).ratio())

# The autojunk heuristic: an element in more than 1% of a 200+ item sequence is ignored.
a = "x" * 5 + "a" * 300 + "y"
b = "a" * 300 + "y" + "x" * 5
print(difflib.SequenceMatcher(None, a, b).ratio(), difflib.SequenceMatcher(None, a, b, autojunk=False).ratio())
long_a = ["line %d\n" % (i % 7) for i in range(250)]
long_b = long_a[:100] + ["new\n"] + long_a[120:]
sm = difflib.SequenceMatcher(None, long_a, long_b)
print(len(sm.bpopular), round(sm.ratio(), 6), sm.get_opcodes()[:3])

before = """one
two
three
four
five
six
seven
eight
nine
ten
""".splitlines(keepends=True)
after = """zero
one
two
3
four
five
six
seven
eight
ten
eleven
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(before, after, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.unified_diff(before, after, "a", "b", "2024-01-01", "2024-01-02", n=1)), end="")
for line in difflib.unified_diff(["x", "y"], ["x", "z"], lineterm=""):
    print(line)
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
print("".join(difflib.context_diff(before, after, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(["a\n"], [], n=0)), end="")

diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True), "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.Differ().compare(text1, text2)), end="")
print("".join(difflib.ndiff(["\tabcDefghiJkl\n"], ["\tabcdefGhijkl\n"])), end="")

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "wheels", "heel"], n=2))
print(difflib.get_close_matches("xyz", ["abc"]), difflib.get_close_matches("ab", ["ab", "ba", "abc", "bab"], cutoff=0.5))
for bad in [lambda: difflib.get_close_matches("a", ["a"], n=0), lambda: difflib.get_close_matches("a", ["a"], cutoff=2), lambda: list(difflib.unified_diff([1], [2])), lambda: list(difflib.restore([], 3))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
m = difflib.Match(1, 2, 3)
print(m, m.size)
