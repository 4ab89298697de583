# Ending a process from outside: terminate() and kill() give negative exit
# codes, which the repr names after the signal (CPython's _exitcode_to_name).
import multiprocessing
import re
import time


def slow():
    time.sleep(30)


def shown(p):
    # pid= and parent= differ from run to run: left out.
    return re.sub(r"( pid=\d+)? parent=\d+", "", repr(p))


if __name__ == "__main__":
    p = multiprocessing.Process(target=slow)
    print(shown(p))
    p.start()
    p.terminate()
    p.join()
    print(shown(p), p.exitcode, p.is_alive())

    k = multiprocessing.Process(target=slow, name="victim")
    k.start()
    k.kill()
    k.join()
    print(shown(k), k.exitcode)
