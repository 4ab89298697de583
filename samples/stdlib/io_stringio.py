# io.StringIO: an in-memory text file; print(file=...) writes to it.
import io
import sys

buf = io.StringIO()
print("hello", 42, file=buf)
print("a", "b", sep="-", end="!\n", file=buf)
n = buf.write("tail")
print(n, repr(buf.getvalue()), buf.tell())
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)

s = io.StringIO("line 1\nline 2\r\nline 3")
print(repr(s.readline()), repr(s.read(4)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line.rstrip("\n") for line in s], s.seek(0, 2))
print(io.StringIO("a\r\nb\rc", newline=None).getvalue().split("\n"), io.StringIO("a\nb\nc").readlines(1))
print(repr(io.StringIO("a\nbc").readline(1)), io.StringIO("abc").read(2), next(io.StringIO("x\ny")))

w = io.StringIO()
w.write("hello")
w.seek(0)
w.write("J")
print(w.getvalue())
w.seek(8)
w.write("x")
print(repr(w.getvalue()), w.truncate(3), repr(w.getvalue()), w.tell())
w.writelines(["1", "2"])
print(repr(w.getvalue()), w.readable(), w.writable(), w.seekable(), w.closed)

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for action in (
    lambda: w.write(5),
    lambda: w.seek(-1),
    lambda: w.seek(1, 1),
    lambda: c.read(),
    lambda: c.getvalue(),
    lambda: io.StringIO(5),
):
    try:
        action()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
