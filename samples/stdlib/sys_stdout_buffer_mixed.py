import sys

print("text first", flush=True)
n = sys.stdout.buffer.write(b"raw \xe2\x9c\x93 bytes\n")
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.flush()
print(n)
try:
    sys.stdout.buffer.write("not bytes")
except TypeError as e:
    print(e)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(e)
