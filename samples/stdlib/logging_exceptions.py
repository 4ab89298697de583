# logger.exception inside except: the message, then the exception (a formatter that prints its last line).
import logging
import sys


class LastLine(logging.Formatter):
    def formatException(self, exc_info):
        kind, value, _ = exc_info
        return f"  -> {kind.__name__}: {value}"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(LastLine("%(levelname)s %(message)s"))
log = logging.getLogger("jobs")
log.addHandler(handler)
log.propagate = False


def parse(text):
    return int(text)


for text in ["12", "x1", ""]:
    try:
        print(parse(text))
    except ValueError:
        log.exception("could not parse %r", text)

try:
    {}["missing"]
except KeyError as e:
    log.error("lookup failed: %s", e, exc_info=True)
    log.warning("no traceback here")
log.info("info is below the default WARNING level of the root")
log.setLevel(logging.INFO)
log.info("now shown")
