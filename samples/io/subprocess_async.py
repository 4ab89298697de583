"""asyncio subprocesses: exec and shell, pipes, communicate, return codes, signals, errors."""
import asyncio
import asyncio.subprocess
import os
import signal
from asyncio.subprocess import PIPE, DEVNULL, STDOUT


async def main():
    proc = await asyncio.create_subprocess_exec("echo", "hello", "world", stdout=PIPE)
    out, err = await proc.communicate()
    print("echo:", repr(out.decode()), err, proc.returncode, proc.pid > 0)

    proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(input=b"through cat\n")
    print("cat:", out.decode().strip(), proc.returncode)

    proc = await asyncio.create_subprocess_shell("echo out; echo err >&2; exit 3", stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print("shell:", out.decode().strip(), err.decode().strip(), proc.returncode)

    proc = await asyncio.create_subprocess_shell("echo one; echo two >&2; echo three", stdout=PIPE, stderr=STDOUT)
    out, err = await proc.communicate()
    print("merged:", out.decode().split(), err)

    proc = await asyncio.create_subprocess_exec("sh", "-c", "echo to null", stdout=DEVNULL)
    print("devnull:", await proc.communicate(), await proc.wait())

    proc = await asyncio.create_subprocess_exec("false")
    print("false ->", await proc.wait(), proc.returncode)

    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", 'for i in 1 2 3; do echo "line $i"; done', stdout=asyncio.subprocess.PIPE
    )
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        print("readline:", line.decode().rstrip())
    print("after loop:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("pwd", stdout=PIPE, cwd="/")
    print("cwd:", (await proc.communicate())[0].decode().strip())

    env = {"PATH": os.environ["PATH"], "GREETING": "hi from env"}
    proc = await asyncio.create_subprocess_shell("echo $GREETING", stdout=PIPE, env=env)
    print("env:", (await proc.communicate())[0].decode().strip())

    proc = await asyncio.create_subprocess_exec("sleep", "30")
    proc.terminate()
    print("terminated:", await proc.wait(), -signal.SIGTERM)

    proc = await asyncio.create_subprocess_exec("sleep", "30")
    proc.kill()
    print("killed:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "30")
    proc.send_signal(signal.SIGINT)
    print("SIGINT:", await proc.wait())

    try:
        await asyncio.create_subprocess_exec("no-such-program-tsyncio", stdout=PIPE)
    except FileNotFoundError as e:
        print("missing:", type(e).__name__, e.errno, e)

    try:
        await asyncio.create_subprocess_exec("ls", cwd="/no/such/dir")
    except FileNotFoundError as e:
        print("bad cwd:", e)

    proc = await asyncio.create_subprocess_exec("true", stdin=PIPE)
    await proc.wait()
    out, err = await proc.communicate(b"x" * 200000)
    print("input to a finished process:", out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec("sh", "-c", "read x; echo got $x", stdin=PIPE, stdout=PIPE)
    proc.stdin.write(b"a line\n")
    await proc.stdin.drain()
    print("stdin writer:", (await proc.stdout.readline()).decode().strip())
    proc.stdin.close()
    print("wait:", await proc.wait())


asyncio.run(main())
