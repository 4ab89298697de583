"""subprocess.Popen's failures: missing program, timeouts, signals, broken pipe, non-zero exit."""
import signal
import subprocess

try:
    subprocess.Popen(["no-such-program-tsyncio"])
except FileNotFoundError as e:
    print("missing:", e, e.errno, e.filename)

try:
    subprocess.Popen(["ls"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print("bad cwd:", e.errno, e.filename)

p = subprocess.Popen(["sleep", "30"])
print("poll while running:", p.poll())
try:
    p.wait(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("wait timeout:", e, e.timeout)
p.terminate()
print("terminated:", p.wait(), p.returncode == -signal.SIGTERM)

p = subprocess.Popen(["sh", "-c", "echo early; exec sleep 30"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("communicate timeout:", type(e).__name__, e.cmd)
p.kill()
out, err = p.communicate()
print("after kill:", out, err, p.returncode)

p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGINT)
print("sigint:", p.wait())
p.kill()  # already gone: nothing happens
print("kill after exit ok", p.returncode)

p = subprocess.Popen(["sh", "-c", "exit 0"], stdin=subprocess.PIPE)
p.wait()
try:
    for _ in range(50):
        p.stdin.write(b"x" * 65536)
        p.stdin.flush()
    print("no error?")
except BrokenPipeError as e:
    print("broken pipe:", type(e).__name__, e.errno)
except OSError as e:
    print("os error:", type(e).__name__, e.errno)

p = subprocess.Popen(["sh", "-c", "echo failing >&2; exit 7"], stderr=subprocess.PIPE, text=True)
_, err = p.communicate()
if p.returncode != 0:
    e = subprocess.CalledProcessError(p.returncode, p.args, stderr=err)
    print("failed:", e, repr(e.stderr))

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.communicate(b"once")
    try:
        p.communicate(b"twice")
    except ValueError as e:
        print("second input:", e)
    try:
        p.stdout.read()
    except ValueError as e:
        print("read after communicate:", e)
