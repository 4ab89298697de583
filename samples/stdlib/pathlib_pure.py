# pathlib's pure operations: joining, parts, names, suffixes, comparison, reprs.
from pathlib import Path, PurePath, PurePosixPath

p = Path("/usr/lib") / "python3" / "site.tar.gz"
print(p, repr(p), type(p).__name__, str(p))
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.name, p.anchor, p.root, repr(p.drive))
print(p.parts, p.is_absolute(), Path("a/b").is_absolute(), p.as_posix())
print(list(p.parents), p.parents[0], p.parents[-1], len(p.parents))
print(Path("a") / "b" / "../c", "x" / Path("y"), Path("a") / "/abs", Path("a").joinpath("b", "c"))
print(Path(), Path("."), Path(""), Path("a/"), Path("a//b/./c"), Path("//x"), Path("///x"), Path("a", "b"))
print(repr(PurePath("a/b")), repr(PurePosixPath("/")), Path("/").parent, Path("x").parent, Path(".").parent, Path("/").name == "")
q = Path("docs/readme.md")
print(q.with_suffix(".txt"), q.with_name("index.html"), q.with_stem("README"), q.with_suffix(""), Path("a.tar.gz").with_suffix(".zip"))
print(Path(".bashrc").suffix, repr(Path(".bashrc").stem), Path("a.").suffixes, Path("x.y.z").suffixes)
print(Path("/a/b/c").relative_to("/a"), Path("/a/b").relative_to("/a/b"), Path("a/b").is_relative_to("a"), Path("a/b").is_relative_to("b"))
print(Path("a/b.py").match("*.py"), Path("/a/b/c.py").match("b/*.py"), Path("/a/b/c.py").match("/*.py"), Path("a/b.py").match("a/*.txt"))
print(Path("a") == Path("a/"), Path("a") == PurePosixPath("a"), Path("a") == "a", Path("a") < Path("b"), sorted([Path("b"), Path("a/c"), Path("a")]))
print({Path("a"): 1}[Path("a/")], len({Path("x"), Path("x/."), Path("./x")}), isinstance(Path("a"), PurePath))
print(Path("/a b/c%").as_uri(), str(Path("a") / Path("b")), f"{Path('f')}!", Path("a", Path("b"), "c"))
for action in (
    lambda: Path("a") / 5,
    lambda: Path(5),
    lambda: Path("").with_suffix(".x"),
    lambda: Path("a").with_suffix("x"),
    lambda: Path("a").with_suffix("."),
    lambda: Path("a").with_name(""),
    lambda: Path("a").with_name("b/c"),
    lambda: Path("a/b").relative_to("c"),
    lambda: Path("/a").relative_to("a"),
    lambda: Path("a").as_uri(),
    lambda: Path("a").match(""),
    lambda: Path("a/b").parents[2],
    lambda: Path("a") < "b",
):
    try:
        print(action())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
