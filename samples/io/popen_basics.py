"""subprocess.Popen beside a synchronous program: pipes, communicate, wait, poll, with."""
import subprocess
import sys

PY = sys.executable

p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2; exit 3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.returncode, p.pid > 0)
out, err = p.communicate()
print(out, err, p.returncode)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("hello\nworld\n")
print(repr(out), err, p.returncode)

p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(input=b"shout\n")
print(out)

with subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done"], stdout=subprocess.PIPE) as p:
    for line in p.stdout:
        print("got", line)
print("after with:", p.returncode)

with subprocess.Popen(["sh", "-c", "printf 'a\\r\\nb\\n'"], stdout=subprocess.PIPE, text=True) as p:
    print(p.stdout.readlines())

# A line-by-line conversation with a child.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for word in [b"one", b"two"]:
    p.stdin.write(word + b"\n")
    p.stdin.flush()
    print("echo:", p.stdout.readline())
p.stdin.close()
print("rest:", p.stdout.read(), "exit:", p.wait())

p = subprocess.Popen("echo $((6*7)) $X", shell=True, stdout=subprocess.PIPE, text=True, env={"X": "env-ok", "PATH": "/usr/bin:/bin"})
print(p.stdout.readline().strip(), p.wait())

p = subprocess.Popen(["pwd"], stdout=subprocess.PIPE, cwd="/", text=True)
print(p.communicate()[0].strip())

p = subprocess.Popen(["sh", "-c", "echo both; echo two >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.communicate())

p = subprocess.Popen(["true"], stdout=subprocess.DEVNULL)
print(p.wait(), p.poll(), p.returncode)

p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.stdout is not None, p.stderr)
print(p.communicate(b"value\n"))
print(repr(p))

p = subprocess.Popen(["sh", "-c", "printf 'abcdef'"], stdout=subprocess.PIPE)
print(p.stdout.read(2), p.stdout.read(3), p.stdout.read(), p.wait())
