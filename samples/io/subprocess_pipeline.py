"""A text-processing pipeline built from processes, as one would write it with asyncio.

A producer shell script writes lines; the program pumps them into `sort`,
then `uniq -c`, a stage at a time, while several independent word counts
run concurrently. A stage that fails stops the pipeline with its stderr.
"""
import asyncio
from asyncio.subprocess import PIPE


async def run_stage(name, argv, data):
    proc = await asyncio.create_subprocess_exec(*argv, stdin=PIPE, stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate(data)
    if proc.returncode != 0:
        raise RuntimeError(f"stage {name!r} failed with {proc.returncode}: {err.decode().strip()}")
    print(f"stage {name}: {len(data.splitlines())} lines in, {len(out.splitlines())} lines out")
    return out


async def produce():
    script = 'for w in pear apple fig apple pear apple kiwi; do echo "$w"; done'
    proc = await asyncio.create_subprocess_shell(script, stdout=PIPE)
    lines = []
    while line := await proc.stdout.readline():
        lines.append(line)
    code = await proc.wait()
    print(f"producer exited with {code} after {len(lines)} lines")
    return b"".join(lines)


async def word_count(text):
    proc = await asyncio.create_subprocess_exec("wc", "-w", stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(text.encode())
    return int(out.decode().split()[0])


async def pipeline(stages, data):
    for name, argv in stages:
        data = await run_stage(name, argv, data)
    return data


async def main():
    data = await produce()
    result = await pipeline([("sort", ["sort"]), ("count", ["uniq", "-c"]), ("rank", ["sort", "-rn"])], data)
    for row in result.decode().splitlines():
        count, word = row.split()
        print(f"{word:>6} x{count}")

    texts = ["one two three", "four five", "six", ""]
    counts = await asyncio.gather(*(word_count(t) for t in texts))
    print("word counts:", counts, "total:", sum(counts))

    try:
        await pipeline([("sort", ["sort"]), ("broken", ["sh", "-c", "echo 'no such column' >&2; exit 2"])], data)
    except RuntimeError as e:
        print("pipeline stopped:", e)

    try:
        await pipeline([("missing", ["definitely-not-installed-tool"])], data)
    except FileNotFoundError as e:
        print("pipeline stopped:", type(e).__name__, e.filename)


asyncio.run(main())
