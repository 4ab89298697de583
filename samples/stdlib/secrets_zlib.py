"""secrets (random: prints lengths and types only) and zlib (round trips, checksums, errors)."""
import secrets
import zlib

token = secrets.token_bytes(16)
print(type(token).__name__, len(token), len(secrets.token_bytes()), len(secrets.token_hex(8)), len(secrets.token_hex()))
print(set(secrets.token_hex(20)) <= set("0123456789abcdef"), len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(100)), secrets.randbelow(1), 0 <= secrets.randbits(8) < 256, secrets.randbits(0))
print(secrets.choice("a") , secrets.choice([7, 7, 7]), secrets.choice(b"xyz") in b"xyz", secrets.DEFAULT_ENTROPY)
print(secrets.compare_digest(b"a", b"a"), secrets.compare_digest("a", "b"))
for label, fn in [("randbelow 0", lambda: secrets.randbelow(0)), ("choice empty", lambda: secrets.choice([]))]:
    try:
        fn()
    except (ValueError, IndexError) as e:
        print(label, type(e).__name__, e)

text = b"tsyncio translates asyncio programs. " * 20
for level in [-1, 0, 1, 9]:
    packed = zlib.compress(text, level)
    print(level, zlib.decompress(packed) == text, len(packed) < len(text) or level == 0, packed[:2].hex())
raw = zlib.compress(text, 6, -15)
gz = zlib.compress(text, wbits=31)
print(zlib.decompress(raw, -15) == text, zlib.decompress(gz, 31) == text, zlib.decompress(gz, 47) == text, gz[:2])
known = bytes.fromhex("789ccb48cdc9c95728cf2fca4901001a0b045d")
print(zlib.decompress(known), zlib.decompress(bytearray(known)))
print(zlib.crc32(b"hello world"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.adler32(b"hello world"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b""))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH)
for label, data in [("garbage", b"garbage"), ("truncated", known[:-4]), ("short", b"x\x9c")]:
    try:
        zlib.decompress(data)
    except zlib.error as e:
        print(label, "zlib.error:", e)
try:
    zlib.compress(b"x", 10)
except zlib.error as e:
    print("level", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError", e)
