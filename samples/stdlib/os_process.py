# Process-level os and shutil helpers whose results do not depend on the machine.
import io
import os
import shutil

print(os.system("exit 3"), os.system("true"), os.system("exit 300") >> 8)
u = os.uname()
print(type(u).__name__ if False else "uname", u.sysname, len(u), u[0] == u.sysname)
os.kill(os.getpid(), 0)
old = os.umask(0o22)
print(os.umask(old) == 0o22, isinstance(os.getgroups(), list), os.getuid() >= 0, os.getppid() > 0)
try:
    os.get_terminal_size()
except OSError as e:
    print("OSError:", e.errno, e)
size = shutil.get_terminal_size((120, 40))
print(len(size), size.columns > 0, size.lines > 0)
usage = shutil.disk_usage("/")
print(usage.total >= usage.free, usage.total == usage[0], len(usage), repr(usage).startswith("usage(total="))
src = io.StringIO("abc" * 10)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(dst.getvalue() == "abc" * 10, os.strerror(2), os.strerror(13), os.strerror(9999))
try:
    os.kill(999999, 0)
except ProcessLookupError as e:
    print("ProcessLookupError:", e)
