"""io.UnsupportedOperation is both an OSError and a ValueError, as in CPython."""
import io
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "data.txt")
with open(path, "w") as f:
    f.write("hello\n")
    try:
        f.read()
    except ValueError as e:
        print("ValueError caught:", type(e).__name__, e)

with open(path, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print("OSError caught:", type(e).__name__, e)

with open(path, "r") as f:
    try:
        f.write("x")
    except (KeyError, ValueError) as e:
        print("tuple caught:", type(e).__name__, e)

print(issubclass(io.UnsupportedOperation, ValueError))
print(issubclass(io.UnsupportedOperation, OSError))
print(isinstance(io.UnsupportedOperation("z"), ValueError))
print(isinstance(ValueError("v"), io.UnsupportedOperation))
print(issubclass(ValueError, io.UnsupportedOperation))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(KeyError, ValueError))
try:
    raise io.UnsupportedOperation("custom")
except ValueError as e:
    print("raised:", repr(e))
os.remove(path)
