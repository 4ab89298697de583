# pathlib on the file system: a temporary tree, reading and writing text,
# iterdir/glob/rglob, stat, and CPython's errors.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    print(root.exists(), root.is_dir(), root.is_file(), root.is_absolute())
    src = root / "src"
    (src / "pkg" / "sub").mkdir(parents=True)
    (src / "pkg").mkdir(exist_ok=True)
    (src / "main.py").write_text("print('hi')\n")
    (src / "pkg" / "__init__.py").touch()
    (src / "pkg" / "sub" / "util.py").write_text("X = 1\n")
    (src / "notes.txt").write_text("line one\nline two\n", encoding="utf-8")
    (src / ".hidden.py").write_text("")
    print((src / "notes.txt").read_text().splitlines(), (src / "main.py").stat().st_size)
    print(sorted(p.name for p in src.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in src.glob("*.py")))
    print(sorted(str(p.relative_to(src)) for p in src.rglob("*.py")))
    print(sorted(str(p.relative_to(src)) for p in src.glob("**/*.py")))
    print(sorted(str(p.relative_to(src)) for p in src.glob("*/")), sorted(p.name for p in src.glob("p?g")))
    print(sorted(str(p.relative_to(src)) for p in src.glob("**")))
    print(list(src.glob("nothing*")), [p.name for p in src.glob("main.py")])

    with (src / "log.txt").open("w") as f:
        print(f.write("first\n"), f.closed)
        f.writelines(["second\n", "third\n"])
    print(f.closed)
    with (src / "log.txt").open() as f:
        print(f.readline(), end="")
        print([line.rstrip() for line in f])
    with (src / "log.txt").open("a") as f:
        f.write("fourth\n")
    with open(src / "log.txt") as f:
        print(f.read().count("\n"), f.read() == "")
    with open(src / "log.txt", "r+") as f:
        f.seek(0, 2)
        f.write("fifth\n")
    print((src / "log.txt").read_text().split())

    moved = (src / "notes.txt").rename(src / "renamed.txt")
    print(moved.name, moved.exists(), (src / "notes.txt").exists())
    (src / "renamed.txt").unlink()
    (src / "renamed.txt").unlink(missing_ok=True)
    (src / "pkg" / "sub" / "util.py").unlink()
    (src / "pkg" / "sub").rmdir()
    print(sorted(p.name for p in (src / "pkg").iterdir()))
    print(Path(tmp).resolve() == Path(tmp).resolve().absolute(), Path("x").absolute() == Path.cwd() / "x")

    for action in (
        lambda: (root / "missing.txt").read_text(),
        lambda: (root / "missing").rmdir(),
        lambda: (root / "missing.txt").unlink(),
        lambda: src.mkdir(),
        lambda: (root / "a" / "b").mkdir(),
        lambda: src.rmdir(),
        lambda: (src / "log.txt").write_text(42),
        lambda: list((root / "missing").iterdir()),
        lambda: (root / "missing").stat(),
        lambda: src.read_text(),
        lambda: (src / "main.py").touch(exist_ok=False),
        lambda: list(src.glob("")),
    ):
        try:
            action()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, Path(e.filename).name)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
print(root.exists())
