"""`with open(...)` closes the file however the block ends: normally, by an
exception (which goes on, with the file closed), by return, break or continue."""
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "notes.txt")

with open(path, "w") as f:
    f.write("one\ntwo\nthree\n")
print("closed after the block:", f.closed)

try:
    with open(path, "a") as g:
        g.write("four\n")
        raise ValueError("inside the block")
except ValueError as e:
    print("caught:", e, "| closed:", g.closed)


def first_line(p: str) -> str:
    with open(p) as h:
        return h.readline().strip()


print("first line:", first_line(path))

handles = []
for n in range(3):
    with open(path) as fh:
        handles.append(fh)
        if n == 0:
            continue
        if n == 1:
            print("lines:", [line.strip() for line in fh])
            break
print("all closed:", [h.closed for h in handles])

with open(path) as a, open(path, "rb") as b:
    print("text and bytes:", a.read(3), b.read(3))
print("both closed:", a.closed, b.closed)

try:
    with open(os.path.join(folder, "missing.txt")) as m:
        print("never")
except FileNotFoundError as e:
    print("missing:", e.errno, type(e).__name__)

os.remove(path)
os.rmdir(folder)
