"""sys: flags, float_info, hash_info, int_info, implementation, exc_info()/exception() inside a
handler, encodings, maxunicode, byteorder, recursion limit, intern."""
import sys

print(sys.flags.debug, sys.flags.optimize, sys.flags.verbose, sys.flags.dev_mode, sys.flags.quiet)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[8] == sys.float_info.epsilon)
print(sys.hash_info)
print(sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.algorithm)
print(sys.int_info)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version[:2])
print(sys.hexversion >= 0x30B0000, sys.version_info >= (3, 11), sys.version_info.major, sys.api_version)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff", sys.maxsize > 2**31)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.byteorder, sys.float_repr_style, sys.getswitchinterval(), sys.is_finalizing())
print(sys.getrecursionlimit() >= 1000, sys.intern("abc") == "abc")


def fail():
    raise KeyError("missing")


try:
    fail()
except KeyError:
    kind, value, _ = sys.exc_info()
    print(kind.__name__, repr(value))
    print(repr(sys.exception()), sys.exception() is value)
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.exc_info()[0] is ZeroDivisionError, sys.exc_info()[1] is e, sys.exception() is e)
