"""The subprocess module's run-and-wait calls: run, check_output, check_call, call, getoutput."""
import subprocess

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r.returncode, r.stdout.decode(), end="")
print(r.stderr.decode() == "", r.args)

r = subprocess.run("echo $((6 * 7))", shell=True, capture_output=True, text=True)
print(repr(r))

r = subprocess.run(["false"])
print(repr(r), r.stdout)

r = subprocess.run(["cat"], input="fed through stdin", capture_output=True, text=True)
print("cat:", r.stdout)

r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print("merged:", r.stdout.split(), r.stderr)

r = subprocess.run(["sh", "-c", "echo quiet"], stdout=subprocess.DEVNULL)
print("devnull:", r.stdout, r.returncode)

r = subprocess.run(["pwd"], capture_output=True, text=True, cwd="/tmp")
print("cwd:", r.stdout.strip())

r = subprocess.run("echo $ONLY_VAR", shell=True, capture_output=True, text=True, env={"ONLY_VAR": "set"})
print("env:", r.stdout.strip())

try:
    subprocess.run(["sh", "-c", "echo partial; echo oops >&2; exit 4"], capture_output=True, text=True, check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e)
    print("  returncode:", e.returncode, "cmd:", e.cmd, "stdout:", repr(e.stdout), "stderr:", repr(e.stderr))
    print("  repr:", repr(e), isinstance(e, subprocess.SubprocessError))

try:
    subprocess.run(["sleep", "10"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", type(e).__name__, e.cmd, e.output)

try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print("killed:", e, e.returncode)

try:
    subprocess.run(["no-such-command-tsyncio"])
except FileNotFoundError as e:
    print("missing:", e)

try:
    subprocess.run(["echo"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)

print("check_output:", subprocess.check_output(["echo", "a", "b"]).decode().strip())
print("check_output text:", repr(subprocess.check_output("printf 'x\\ny\\n'", shell=True, text=True)))
try:
    subprocess.check_output(["sh", "-c", "echo before failing; exit 2"])
except subprocess.CalledProcessError as e:
    print("check_output failed:", e.returncode, e.output.decode().strip())

print("check_call:", subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("check_call failed:", e)
print("call:", subprocess.call(["sh", "-c", "exit 7"]))
print("getoutput:", repr(subprocess.getoutput("echo one; echo two")))
print("getstatusoutput:", subprocess.getstatusoutput("echo no; exit 3"))
r = subprocess.run(["sh", "-c", "exit 5"])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e)
