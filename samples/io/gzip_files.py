"""gzip: compress/decompress, gzip.open in binary and text modes, errors."""
import gzip
import os
import tempfile

data = b"hello gzip " * 20
packed = gzip.compress(data)
print(packed[:2], len(packed) < len(data))
print(gzip.decompress(packed) == data)
print(gzip.decompress(gzip.compress(b"one ") + gzip.compress(b"two")))
print(gzip.decompress(gzip.compress(b"", compresslevel=1)))

try:
    gzip.decompress(b"not gzip at all")
except gzip.BadGzipFile as e:
    print("bad:", e, isinstance(e, OSError))
try:
    gzip.decompress(packed[:15])
except EOFError as e:
    print("truncated:", e)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.txt.gz")
with gzip.open(path, "wt", encoding="utf-8") as f:
    f.write("first line\n")
    f.write("second: caf\u00e9\n")
with gzip.open(path, "rt") as f:
    for line in f:
        print(repr(line))
with gzip.open(path, "rb") as f:
    raw = f.read()
    print(type(raw).__name__, len(raw), raw[:5])
with gzip.open(path, "at") as f:
    f.write("appended\n")
with gzip.open(path, "rt") as f:
    print(f.read().splitlines())

bpath = os.path.join(tmp, "blob.gz")
with gzip.open(bpath, "wb") as f:
    f.write(b"\x00\x01\x02" * 3)
with gzip.open(bpath) as f:
    print(f.read(4), f.read())
with open(bpath, "rb") as f:
    print(gzip.decompress(f.read()))

try:
    gzip.open(os.path.join(tmp, "missing.gz"))
except FileNotFoundError as e:
    print("missing:", e.errno, os.path.basename(e.filename))
try:
    gzip.open(bpath, "xb")
except FileExistsError as e:
    print("exists:", e.errno)
try:
    gzip.open(bpath, "rtb")
except ValueError as e:
    print("mode:", e)
try:
    gzip.open(bpath, "rb", encoding="utf-8")
except ValueError as e:
    print("binary:", e)

for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
