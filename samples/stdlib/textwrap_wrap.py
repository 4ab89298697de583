"""textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options as CPython breaks lines; one uncaught error."""
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "wraps paragraphs; it handles well-known hyphenated-words, em--dashes and "
        "supercalifragilisticexpialidocious-long-words that exceed the width.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=45))
print(textwrap.fill(text, 20, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, width=25, break_on_hyphens=False))
print(textwrap.fill(text, width=12, break_long_words=False))
print(textwrap.wrap(text, width=40, max_lines=3))
print(textwrap.wrap(text, width=40, max_lines=2, placeholder=" ..."))
print(textwrap.shorten(text, width=50))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten(text, 30, placeholder="~"))
print(textwrap.wrap("tab\tseparated\tvalues here", width=15))
print(textwrap.wrap("tab\tseparated", width=15, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", width=10))
print(textwrap.wrap("  leading and trailing  ", width=10, drop_whitespace=False))
print(textwrap.fill("Dr. Smith arrived. He left. Ok! Fine? Yes.", width=30, fix_sentence_endings=True))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j", width=5))
print(textwrap.wrap("xxxxxxxxxxxxxxxxxxxxx-yyyyyyy", width=10))
code = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("    x\n  y\n   \n    z")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "))
print(textwrap.indent("one\n  \ntwo", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=35, initial_indent="- ", subsequent_indent="  ")
for para in [text[:80], text[80:]]:
    print(w.fill(para))
w.width = 60
print(w.wrap(text)[0])
print(textwrap.fill("ünïcödé wörds ärë cöuntëd äs chäräctërs", width=15))
for bad in [0, -5]:
    try:
        textwrap.wrap("some text", width=bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap("some text", width=5, max_lines=1, placeholder=" [truncated]")
except ValueError as e:
    print(type(e).__name__, e)
textwrap.fill(None)
