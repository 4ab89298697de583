import errno
import keyword
from errno import ENOENT, errorcode

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.iskeyword("async"), keyword.iskeyword("print"), keyword.iskeyword("None"))
print(keyword.issoftkeyword("match"), keyword.issoftkeyword("if"), keyword.iskeyword(""))
print([w for w in ["class", "klass", "match", "_", "lambda"] if keyword.iskeyword(w) or keyword.issoftkeyword(w)])

print(errno.ENOENT, ENOENT, errno.EACCES, errno.EEXIST, errno.EPIPE, errno.ECONNREFUSED, errno.ETIMEDOUT)
print(errno.EAGAIN == errno.EWOULDBLOCK, errorcode[errno.EAGAIN], errorcode[errno.EWOULDBLOCK])
print(errorcode[2], errorcode[errno.EINTR], len(errorcode))
print(sorted(errorcode.items())[:6])

try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errorcode[e.errno])

try:
    print(errorcode[99999])
except KeyError as e:
    print("KeyError", e)
