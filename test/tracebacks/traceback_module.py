import re
import sys
import traceback


def shown(lines):
    # The file's directory differs between runs; the column carets of CPython 3.11 are not reproduced.
    text = re.sub(r'File ".*/', 'File "', "".join(lines))
    return "".join(line + "\n" for line in text.splitlines() if line.strip(" ^"))


def inner(n):
    if n == 0:
        raise ValueError("bottom reached")
    return inner(n - 1)


def outer():
    return inner(2)


def main():
    try:
        outer()
    except ValueError as e:
        tb = e.__traceback__
        frames = traceback.extract_tb(tb)
        print(len(frames), [f.name for f in frames], [f.lineno for f in frames])
        last = frames[-1]
        print(last.name, last.lineno, last.line, last.filename.endswith("traceback_module.py"))
        filename, lineno, name, line = frames[0]
        print(name, lineno, line)
        print([f.line for f in traceback.extract_tb(tb, limit=2)])
        print([f.name for f in traceback.extract_tb(tb, -1)])
        print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_frame.f_code.co_name)
        print([(frame.f_code.co_name, lineno) for frame, lineno in traceback.walk_tb(tb)])
        print(shown(traceback.format_tb(tb)), end="")
        print(sys.exc_info()[2].tb_lineno == tb.tb_lineno)

        te = traceback.TracebackException.from_exception(e)
        print(te.exc_type is ValueError, te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name)
        print(list(te.format_exception_only()))
        print(shown(te.format()), end="")


main()


def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


try:
    chained()
except RuntimeError as err:
    te = traceback.TracebackException.from_exception(err)
    print(type(te.__cause__).__name__, str(te.__cause__), te.__context__ is not None)
    text = "".join(te.format())
    print("direct cause" in text, text.count("Traceback"))
    text = "".join(te.format(chain=False))
    print("direct cause" in text, text.count("Traceback"))
    print(traceback.format_exception_only(err))

# Ends uncaught, as every file here does: its traceback is compared too.
outer()
