"""socket host names, platform and getpass.getuser: compared with what the machine says."""
import getpass
import os
import platform
import socket
import subprocess

uname = subprocess.run(["uname", "-snrm"], capture_output=True, text=True).stdout.split()
print(platform.system() == uname[0], platform.node() == uname[1], platform.release() == uname[2], platform.machine() == uname[3])
print(socket.gethostname() == uname[1] == platform.uname().node)
print(platform.uname().system, platform.uname()[0], len(platform.uname()))
print(platform.python_implementation(), platform.python_version().startswith("3.11."), platform.python_version_tuple()[:2])
print(platform.architecture())
print(platform.platform().startswith(f"{uname[0]}-{uname[2]}-{uname[3]}"))

print(socket.gethostbyname("localhost"))
print(socket.gethostbyname("127.0.0.1"))
print(socket.getfqdn("localhost"))
print(isinstance(socket.getfqdn(), str))
try:
    socket.gethostbyname("no-such-host.invalid")
except socket.gaierror as e:
    print("gaierror:", type(e).__name__, isinstance(e, OSError))
print(socket.error is OSError, socket.timeout is TimeoutError)

os.environ["LOGNAME"] = "someone"
print(getpass.getuser())
