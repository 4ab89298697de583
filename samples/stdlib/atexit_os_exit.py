"""os._exit ends the program at once: atexit's callbacks do not run, sys.exit's would."""
import atexit
import os
import sys


def goodbye(name):
    print("goodbye", name)


atexit.register(goodbye, "never")
print("registered")
sys.stdout.flush()
os._exit(3)
