"""uuid: uuid3/uuid5 exact values, uuid4/uuid1 shape, UUID parsing, attributes, comparisons and errors."""
import uuid

print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/päth"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid3(uuid.NAMESPACE_X500, "cn=x"))
try:
    uuid.uuid5(uuid.NAMESPACE_X500, b"cn=x")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(uuid.NAMESPACE_DNS), str(uuid.NAMESPACE_URL))

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.version, u.variant, u.fields, u.time_low, u.time_mid, u.node, u.clock_seq, u.time)
print(u.bytes, u.bytes_le)
print(uuid.UUID("urn:uuid:12345678123456781234567812345678") == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u)
v4 = uuid.UUID("12345678123456781234567812345678", version=4)
print(v4, v4.version, v4.variant)
print(uuid.UUID(int=0), uuid.UUID(int=0).version, uuid.UUID(int=0).variant)
print(uuid.UUID("ff" * 16).variant, uuid.UUID("ff" * 16).int)

r = uuid.uuid4()
s = str(r)
print(len(s), s[14], s[19] in "89ab", r.version, r.variant == uuid.RFC_4122, len(r.hex), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, len(str(t)), t.variant)

ids = sorted([uuid.UUID(int=5), uuid.UUID(int=1), uuid.UUID(int=3)])
print(ids[0] < ids[1], [i.int for i in ids], {uuid.UUID(int=7): "x"}[uuid.UUID(int=7)])
print(uuid.UUID(int=255) > uuid.UUID(int=254), uuid.UUID(int=1) == "x")

for bad in ["not-a-uuid", "1234", "g2345678123456781234567812345678"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    uuid.UUID()
except TypeError as e:
    print(type(e).__name__, e)
try:
    uuid.UUID(int=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    uuid.UUID(int=1, version=9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    uuid.UUID(bytes=b"short")
except ValueError as e:
    print(type(e).__name__, e)
