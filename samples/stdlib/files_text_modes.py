"""open() text modes: x, +, encoding=, errors=, newline=, and decoding errors, in a temporary directory."""
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "x", encoding="utf-8") as f:
        f.write("première ligne\nzweite Zeile\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "r+") as f:
        print(f.readline(), end="")
        f.seek(0, 2)
        f.write("third\n")
    with open(path, "a+") as f:
        f.write("fourth\n")
        f.seek(0)
        print(f.read().splitlines())
    with open(path, "w+", encoding="latin-1") as f:
        f.write("café\n")
        f.seek(0)
        print(f.read(), end="")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8", errors="ignore") as f:
        print(repr(f.read()))
    with open(path, encoding="ascii", errors="backslashreplace") as f:
        print(repr(f.read()))
    with open(path, "w", encoding="utf-16") as f:
        f.write("hé")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="utf-16") as f:
        print(f.read())
    with open(path, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("naïve ☕")
    with open(path) as f:
        print(f.read())
    with open(path, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, newline="") as f:
        print(repr(f.read()))
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "wb") as f:
        f.write(b"ok\n\xff\xfe bad")
    try:
        with open(path) as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    try:
        with open(path, "w", encoding="ascii") as f:
            f.write("é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    for label, fn in [
        ("exists", lambda: open(path, "x")),
        ("unknown encoding", lambda: open(path, encoding="klingon")),
        ("bad mode", lambda: open(path, "rw")),
        ("bad newline", lambda: open(path, newline="x")),
        ("write bytes", lambda: open(os.path.join(tmp, "t.txt"), "w").write(b"x")),
    ]:
        try:
            fn()
        except (OSError, ValueError, LookupError, TypeError) as e:
            print(label, type(e).__name__, str(e).replace(tmp, "TMP"))
