"""Bitwise operators on ints wider than 32 bits (JavaScript's operators stop at 32)."""
def rotl32(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF

def crc_step(crc, byte):
    crc ^= byte
    for _ in range(8):
        crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
    return crc

x: int = 2**31
print(x << 1, x >> 1, x | 1, x ^ x, x & (x - 1), ~x, -x >> 3, -7 >> 1, 5 << 40)
print(2**40 | 2**35, (2**40 + 7) & 0xFF, (2**33 + 1) ^ 1, ~(2**32), 0xFFFFFFFF + 1 >> 16)
print(rotl32(0x80000001, 1), rotl32(0xDEADBEEF, 8), rotl32(1, 31))
crc = 0xFFFFFFFF
for b in b"hello":
    crc = crc_step(crc, b)
print(crc ^ 0xFFFFFFFF)
h = 0x1CBF29CE484222 & (2**52 - 1)
h ^= 0x61
print(h, h >> 20, h & 0xFFFF_FFFF)
acc = 1
acc <<= 45
acc |= 3
acc >>= 1
print(acc, True & True, True | False, ~True, 6 & True)
values = [2**32, 3]
m = values[0]
m ^= values[1]
print(m, values[0] | values[1], values[0] >> values[1])
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)

def rotl(n, b):
    return ((n << b) | (n >> (32 - b))) & 0xFFFFFFFF

# Intermediates beyond 2**53 keep every bit when only bit operations and % touch them.
print(rotl(0xDEADBEEF, 30), ((0x12345678 << 40) | 0xFF) & 0xFFFFFFFFFF, (0xFFFFFFFF << 23) % 2**32, (1 << 60) >> 50, ((3 << 70) ^ (1 << 70)) >> 69)
print(1 << 60, (1 << 64) - 1 if False else "skip", -(1 << 3))
