# glob and fnmatch: shell patterns over names and over a temporary tree.
import fnmatch
import glob
import os
import tempfile

names = ["main.py", "test_main.py", "README.md", ".env", "data1.csv", "data2.csv", "data10.csv", "[x].txt"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "data?.csv"), fnmatch.filter(names, "[!dt]*"))
print(fnmatch.fnmatch("a.PY", "*.py"), fnmatch.fnmatchcase("a.py", "*.py"), fnmatch.fnmatch(".env", "*"), fnmatch.fnmatch("[x].txt", "[[]x].txt"))
print(fnmatch.fnmatch("b", "[a-c]"), fnmatch.fnmatch("-", "[a-]"), fnmatch.fnmatch("x", "[]"), fnmatch.fnmatch("]", "[]]"), fnmatch.fnmatch("a\nb", "a?b"))
for pattern in ["*.py", "a*b*c", "[!a-c]x?", "[]]", "[", "a[b-a]c", "*", "**/x", "a\\b", "[a-z&&]", "?.[ch]", "x+y(1)"]:
    print(pattern, fnmatch.translate(pattern))

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for d in ["src/pkg", "src/.cache", "docs"]:
        os.makedirs(d)
    for f in ["src/a.py", "src/b.py", "src/pkg/c.py", "src/.cache/d.py", "src/.e.py", "docs/index.md", "top.txt"]:
        with open(f, "w") as fh:
            fh.write(f)
    print(sorted(glob.glob("src/*.py")), sorted(glob.glob("*")), glob.glob("top.txt"), glob.glob("nope*"), glob.glob("src/"))
    print(sorted(glob.glob("src/**/*.py", recursive=True)))
    print(sorted(glob.glob("src/**/*.py")))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("src/**", recursive=True, include_hidden=True)))
    print(sorted(glob.glob("*.py", root_dir="src")), sorted(glob.glob("src/.*")), sorted(glob.glob("*/*.md")))
    print(sorted(glob.iglob("src/[ab].py")), glob.escape("a*b?[c].txt"), glob.glob(glob.escape("[x]") + "*"))
    os.chdir("/")
