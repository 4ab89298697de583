"""shlex (split, quote, join, the lexer) and getopt (getopt, gnu_getopt, GetoptError)."""
import getopt
import shlex

for line in [
    'ls -l "My Documents" a\\ b',
    "echo 'single quoted' \"double \\\"escaped\\\" quote\" done",
    "  spaced    out\ttabs\nnewline  ",
    'mixed"quo"ted\'parts\' x=1 --opt="a b"',
    "",
    "a # not a comment here",
    '"" \'\' empty',
    "back\\\\slash 'lit\\eral' \"e\\sc\\$\\`\"",
]:
    print(shlex.split(line))
print(shlex.split("run this # and ignore this", comments=True))
print(shlex.split("a 'b c' d", posix=False))
for bad in ['unterminated "quote', "trailing backslash\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

for s in ["simple", "", "has space", "it's", "$HOME", "a-b_c.d/e:f,g@h%i+j=k", "tab\there", "ünï"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["cp", "my file.txt", "dest dir/", "--flag=it's"]))
print(shlex.split(shlex.join(["x y", "'q'", '"d"'])))

lex = shlex.shlex("a = b; c && d || (e)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key=value other='quoted thing'", posix=True)
lex.whitespace_split = True
print(list(lex))
classic = shlex.shlex("x+y 'q r' # comment\nnext")
print([classic.get_token() for _ in range(7)])

print("-- getopt")
print(getopt.getopt(["-a", "-b", "val", "--long", "--with=arg", "rest", "-c"], "ab:c", ["long", "with="]))
print(getopt.getopt(["-abval", "-cvalue2", "--", "-x"], "ab:c:"))
print(getopt.getopt(["--wi", "x", "file"], "", ["with="]))
print(getopt.getopt(["-a", "--verbose"], "a", "verbose"))
print(getopt.gnu_getopt(["one", "-a", "two", "--beta", "three", "--", "-a"], "a", ["beta"]))
print(getopt.gnu_getopt(["one", "-a"], "+a"))
for args, short, longs in [
    (["-x"], "a", []),
    (["-b"], "b:", []),
    (["--nope"], "", ["yes"]),
    (["--req"], "", ["req="]),
    (["--flag=1"], "", ["flag"]),
    (["--ver"], "", ["verbose", "version"]),
]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "| opt:", e.opt, "| msg:", e.msg)
try:
    getopt.getopt(["-z"], "")
except getopt.error as e:
    print(type(e).__name__, e.args)

print("-- shlex source inclusion and error positions")
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "inc.txt"), "w") as f:
        f.write("included 'quoted words' here\n")
    lexer = shlex.shlex("before source inc.txt after", infile=os.path.join(tmp, "main.txt"))
    lexer.wordchars += "."
    lexer.source = "source"
    print(list(lexer))
lexer = shlex.shlex('one\ntwo "three\nfour')
try:
    for token in lexer:
        pass
except ValueError as e:
    print("ERROR:", lexer.error_leader(), e)
