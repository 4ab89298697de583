"""traceback: format_exc/print_exc/format_exception/format_exception_only and chains.

Frame lines (File ..., the source line and 3.11's carets) depend on where the
program runs, so this sample prints the lines outside the frames."""
import io
import sys
import traceback

# Nothing is being handled yet.
traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()))


def shape(text):
    return [line for line in text.splitlines() if not line.startswith("  ")]


def inner(n):
    if n == 0:
        raise ValueError("bottom reached")
    return inner(n - 1)


def outer():
    try:
        inner(2)
    except ValueError:
        return traceback.format_exc()


print(shape(outer()))
try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(e))
    pieces = traceback.format_exception(e)
    print(pieces[0], end="")
    print(pieces[-1], end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(shape(buf.getvalue()))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(shape(buf.getvalue()))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(shape("".join(traceback.format_exception(e))))
    print(traceback.format_exception(e, limit=1)[-1], end="")

try:
    try:
        int("x")
    except ValueError:
        raise KeyError("during handling")
except KeyError as e:
    print(shape("".join(traceback.format_exception(e))))


class AppError(Exception):
    pass


try:
    raise AppError()
except AppError as e:
    print(traceback.format_exception_only(e), traceback.format_exception_only(ValueError, ValueError("old style")))


def where():
    return traceback.extract_stack()


s = where()
print(isinstance(s, list), all(isinstance(f.lineno, int) and f.name for f in s))
print(all(p.startswith("  File") for p in traceback.format_stack()))
inner(1)
