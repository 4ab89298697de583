"""open() in binary modes and Path.read_bytes/write_bytes, in a temporary directory."""
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        print(f.write(b"\x00\x01\x02header\n"), f.write(bytes(range(250, 256))), f.tell(), f.mode, f.closed)
        f.writelines([b"\nline2\n", b"line3"])
    print(f.closed, os.path.getsize(path))
    with open(path, "rb") as f:
        print(f.read(3), f.readline(), f.tell())
        print(f.read(6), f.readlines())
        print(f.read(), f.seek(0), f.read(1), f.seek(-5, 2), f.read(), f.seek(2, 0), f.seek(1, 1), f.read(2))
    with open(path, "rb") as f:
        print([len(line) for line in f])
    with open(path, "ab") as f:
        f.write(b"\nappended")
        print(f.tell())
    with open(path, "r+b") as f:
        f.seek(3)
        f.write(b"HEAD")
        f.seek(0)
        print(f.read(12), f.readable(), f.writable())
    with open(path, "w+b") as f:
        f.write(b"fresh")
        f.seek(0)
        print(f.read(), f.truncate(2))
    print(Path(path).read_bytes())
    target = Path(tmp) / "out.bin"
    print(target.write_bytes(b"\xff\xfe raw"), target.read_bytes(), target.write_bytes(bytearray(b"ba")), target.read_bytes())
    with target.open("rb") as f:
        print(f.read())
    with open(os.path.join(tmp, "new.bin"), "xb") as f:
        f.write(memoryview(b"memory"))
    print(Path(tmp, "new.bin").read_bytes())
    text = Path(tmp) / "text.txt"
    text.write_text("zoë\r\nline\n", newline="")
    print(text.read_bytes(), repr(text.read_text()), repr(open(text, newline="").read()))
    for label, fn in [
        ("missing", lambda: open(os.path.join(tmp, "nope.bin"), "rb")),
        ("directory", lambda: open(tmp, "rb")),
        ("exists", lambda: open(path, "xb")),
        ("write str", lambda: open(os.path.join(tmp, "w.bin"), "wb").write("text")),
        ("encoding", lambda: open(path, "rb", encoding="utf-8")),
        ("newline", lambda: open(path, "wb", newline="")),
        ("mode", lambda: open(path, "rbt")),
        ("read_bytes missing", lambda: Path(tmp, "gone").read_bytes()),
        ("write_bytes str", lambda: Path(tmp, "s").write_bytes("s")),
    ]:
        try:
            fn()
        except (OSError, ValueError, TypeError) as e:
            print(label, type(e).__name__, str(e).replace(tmp, "TMP"), getattr(e, "errno", None), getattr(e, "filename", "-") == path)
    with open(path, "rb") as f:
        try:
            f.write(b"x")
        except OSError as e:
            print(type(e).__name__, e)
    with open(path, "wb") as f:
        try:
            f.read()
        except OSError as e:
            print(type(e).__name__, e)
    try:
        f.read()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryFile() as tf:
    tf.write(b"temporary \x00 bytes")
    tf.seek(0)
    print(tf.read())
with tempfile.NamedTemporaryFile() as nf:
    nf.write(b"named")
    nf.flush()
    print(Path(nf.name).read_bytes(), nf.tell())
