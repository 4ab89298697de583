# Files and directories through os, shutil and tempfile, in a temporary
# directory the program creates and removes; errors as CPython raises them.
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="tsy-")
print(os.path.isdir(base), os.path.basename(base).startswith("tsy-"), os.path.dirname(base) == tempfile.gettempdir())
os.chdir(base)

os.makedirs("a/b/c")
os.makedirs("a/b", exist_ok=True)
os.mkdir("empty")
for name, text in [("a/one.txt", "1"), ("a/b/two.txt", "22"), ("a/b/c/three.py", "333")]:
    with open(name, "w") as f:
        f.write(text)
print(sorted(os.listdir(".")), sorted(os.listdir("a")))
for root, dirs, files in sorted(os.walk("a")):
    print(root, sorted(dirs), sorted(files))
print([top for top, _, _ in os.walk("a", topdown=False)][-1])
with os.scandir("a") as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file()) for e in entries])
print(os.path.getsize("a/b/two.txt"), os.stat("a/b/c/three.py").st_size, os.path.exists("a/one.txt"), os.path.isfile("a"), os.path.islink("a"))

os.rename("a/one.txt", "a/uno.txt")
os.replace("a/uno.txt", "a/eins.txt")
print(sorted(os.listdir("a")))
os.remove("a/eins.txt")
os.rmdir("empty")
print(sorted(os.listdir(".")))

for action in (
    lambda: os.mkdir("a"),
    lambda: os.makedirs("a/b"),
    lambda: os.remove("nope.txt"),
    lambda: os.rmdir("a"),
    lambda: os.remove("a"),
    lambda: os.listdir("a/b/two.txt"),
    lambda: os.rename("nope", "other"),
    lambda: os.stat("missing"),
    lambda: open("missing.txt"),
    lambda: open("a"),
    lambda: os.chdir("missing"),
):
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), "|", e)

print(shutil.copy("a/b/two.txt", "a/copy.txt"), open("a/copy.txt").read())
print(shutil.copyfile("a/b/two.txt", "a/copy2.txt"), shutil.copy2("a/copy2.txt", "a/b"))
print(shutil.copytree("a", "tree") == "tree", sorted(os.listdir("tree/b")))
print(shutil.copytree("a", "tree2", ignore=shutil.ignore_patterns("*.py", "copy*")) and sorted(os.listdir("tree2")), sorted(os.listdir("tree2/b/c")))
print(shutil.move("tree2", "a"), sorted(os.listdir("a")))
print(shutil.move("a/copy.txt", "moved.txt"), os.path.exists("a/copy.txt"))
try:
    shutil.copytree("a", "tree")
except FileExistsError as e:
    print("FileExistsError:", e.strerror, os.path.basename(e.filename))
try:
    shutil.copyfile("moved.txt", "moved.txt")
except shutil.SameFileError as e:
    print("SameFileError:", str(e).count("moved.txt"))
try:
    shutil.rmtree("nope")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
shutil.rmtree("nope", ignore_errors=True)
print(shutil.which("sh") is not None, shutil.which("tsyncio-no-such-program"))

with tempfile.TemporaryDirectory(suffix=".d") as tmp:
    print(os.path.isdir(tmp), tmp.endswith(".d"))
    inner = tmp
print(os.path.exists(inner))
t = tempfile.TemporaryDirectory()
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=base) as f:
    f.write("temp text\n")
    f.flush()
    print(f.name.endswith(".txt"), open(f.name).read(), end="")
    f.seek(0)
    print(f.read(), end="")
print(os.path.exists(f.name))

os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
