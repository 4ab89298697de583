"""hashlib and hmac: digests of known inputs, incremental updates, copies, errors."""
import hashlib
import hmac

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
h.update(b"hello ")
snapshot = h.copy()
h.update(bytearray(b"world"))
print(h.hexdigest(), h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), snapshot.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(h.digest()[:4], len(h.digest()), hashlib.md5("naïve".encode()).hexdigest(), hashlib.sha1(memoryview(b"mv")).hexdigest())
print(hashlib.sha256(b"x", usedforsecurity=False).hexdigest()[:16], hashlib.new("SHA256", b"x").hexdigest()[:16], hashlib.blake2b(b"x").hexdigest()[:16])
print(hashlib.shake_128(b"abc").hexdigest(8), hashlib.shake_256(b"abc").digest(4))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, dklen=8))
print(hashlib.scrypt(b"password", salt=b"salt", n=16, r=8, p=1, dklen=16).hex())
print(sorted(hashlib.algorithms_guaranteed))
mac = hmac.new(b"secret key", b"message", hashlib.sha256)
print(mac.name, mac.digest_size, mac.hexdigest())
mac2 = hmac.new(b"secret key", digestmod="sha256")
mac2.update(b"mess")
copy = mac2.copy()
mac2.update(b"age")
print(mac2.hexdigest() == mac.hexdigest(), copy.hexdigest() == hmac.new(b"secret key", b"mess", "sha256").hexdigest())
print(hmac.digest(b"k", b"m", "md5"), hmac.new(b"k", b"m", "sha1").digest()[:4])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", bytearray(b"a")), hmac.compare_digest(b"a", b"ab"))
for label, fn in [
    ("str", lambda: hashlib.sha256("text")),
    ("unknown", lambda: hashlib.new("sha999")),
    ("shake length", lambda: hashlib.shake_128(b"x").hexdigest()),
    ("no digestmod", lambda: hmac.new(b"k", b"m")),
    ("str key", lambda: hmac.new("k", b"m", "sha256")),
    ("compare mixed", lambda: hmac.compare_digest("a", b"a")),
    ("compare ints", lambda: hmac.compare_digest(1, 2)),
]:
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)
