# os.path string operations (POSIX), as CPython's posixpath does them.
import os
import os.path
from os.path import join, splitext

print(os.path.join("a", "b", "c.txt"), join("/a", "/b"), join("a/", "b"), os.path.join("a", "", "b", ""))
print(os.path.split("/usr/lib/x.so"), os.path.split("x"), os.path.split("a/"), os.path.split("//a"))
print(splitext("a/b.tar.gz"), splitext(".bashrc"), splitext("a."), splitext("a/.x.y"))
print(os.path.basename("/a/b/"), os.path.basename("/a/b"), os.path.dirname("a//b"), os.path.dirname("/"))
print(os.path.normpath("a/./b/../../.."), os.path.normpath("//a//b"), os.path.normpath("///a/"), os.path.normpath(""))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.relpath("/a/b", "/a/c/d"), os.path.relpath("/a", "/a"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), repr(os.path.commonprefix([])))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.name)
print(os.path.abspath("/a/../b"), os.path.expanduser("~nobodyxyz/x"), os.path.expandvars("$TSYNCIO_NOPE/${TSYNCIO_NOPE} $"))
os.environ["TSYNCIO_DEMO"] = "hello"
print(os.path.expandvars("[$TSYNCIO_DEMO] [${TSYNCIO_DEMO}]"), os.getenv("TSYNCIO_DEMO"), os.environ.get("TSYNCIO_DEMO"))
print(os.getenv("TSYNCIO_NOPE"), os.getenv("TSYNCIO_NOPE", "default"), "TSYNCIO_DEMO" in os.environ)
del os.environ["TSYNCIO_DEMO"]
print(os.getenv("TSYNCIO_DEMO"), "TSYNCIO_DEMO" in os.environ)
try:
    os.environ["TSYNCIO_NOPE"]
except KeyError as e:
    print("KeyError", e)
for bad in (None, 5):
    try:
        os.path.join("a", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
try:
    os.path.commonpath([])
except ValueError as e:
    print("ValueError:", e)
print(isinstance(os.getpid(), int), os.getcwd() == os.path.abspath("."), os.cpu_count() >= 1)
