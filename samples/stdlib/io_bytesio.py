"""io.BytesIO: reading, writing, seeking, lines, getvalue, as a context manager."""
import io

buf = io.BytesIO()
print(buf.write(b"hello\n"), buf.write(bytearray(b"world\n")), buf.tell())
buf.writelines([b"third\n", b"last"])
print(buf.getvalue(), buf.tell())
buf.seek(0)
print(buf.read(5), buf.read(1), buf.readline(), buf.tell())
print(buf.readlines(), buf.read(), buf.read(3))
buf.seek(-4, 2)
print(buf.read(), buf.seek(2), buf.seek(3, 1), buf.tell())
buf.seek(0)
print([line for line in buf])
buf.seek(2)
buf.write(b"XY")
print(buf.getvalue())
buf.seek(30)
buf.write(b"!")
print(buf.getvalue()[-5:], len(buf.getvalue()))
print(buf.truncate(5), buf.getvalue(), buf.tell())
target = bytearray(3)
buf.seek(1)
print(buf.readinto(target), target)
print(buf.readable(), buf.writable(), buf.seekable(), buf.closed)
with io.BytesIO(b"a\nb\n") as src:
    print(src.readline(), next(src), src.read())
print(src.closed)
for label, fn in [
    ("closed read", lambda: src.read()),
    ("write str", lambda: io.BytesIO().write("text")),
    ("negative seek", lambda: io.BytesIO().seek(-1)),
    ("bad whence", lambda: io.BytesIO().seek(0, 5)),
    ("init str", lambda: io.BytesIO("text")),
]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
