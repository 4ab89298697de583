# logging: basicConfig on stdout, levels, the logger tree, handlers, formatters and lazy %-arguments.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("hidden")
log.info("started with %d workers", 3)
log.warning("disk at %.1f%%", 93.456)
logging.info("root says %s", "hi")
logging.error("a %(kind)s message", {"kind": "mapping"})

db = logging.getLogger("app.db")
print(db.parent is log, db.name, db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()))
db.setLevel(logging.DEBUG)
db.debug("query %r took %s ms", "SELECT 1", 12)
print(db.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.DEBUG))
print(logging.getLogger("app") is log, logging.getLogger() is logging.root)
print(log, db, logging.root)

quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.warning("nobody sees this")

custom = logging.getLogger("custom")
custom.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s"))
h.setLevel(logging.WARNING)
custom.addHandler(h)
custom.setLevel(logging.DEBUG)
custom.info("below the handler's level")
custom.warning("padded level")
custom.critical("critical %s", ("tuple", 1))
print(custom.handlers == [h], custom.hasHandlers(), quiet.hasHandlers())

brace = logging.getLogger("brace")
brace.propagate = False
bh = logging.StreamHandler(sys.stdout)
bh.setFormatter(logging.Formatter("{levelname}/{name}: {message}", style="{"))
brace.addHandler(bh)
brace.error("with braces %s", 42)

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0

flt = logging.getLogger("filtered")
flt.propagate = False
flt.addHandler(bh)
flt.addFilter(OnlyEven())
for i in range(4):
    flt.warning("n=%d", i)

print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"))
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
