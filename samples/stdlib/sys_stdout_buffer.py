"""sys.stdout.buffer.write: raw bytes in order with print()."""
import sys

print("text first")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw bytes \xc3\xa9\n")
sys.stdout.buffer.flush()
print("written", n)
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.flush()
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
