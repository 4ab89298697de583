"""hashlib.new() with OpenSSL's algorithms beyond the guaranteed ones, and algorithms_available."""
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_available - hashlib.algorithms_guaranteed))
for name in ["ripemd160", "sha512_224", "sha512_256", "sm3", "md5-sha1", "SHA512-224"]:
    h = hashlib.new(name, b"pymotw")
    h.update(b" and more")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
try:
    hashlib.new("whirlpool")
except ValueError as e:
    print("ValueError:", e)
