# A Thread subclass whose __init__ calls threading.Thread.__init__(self, ...)
# directly (the pre-super() style): names and arguments as CPython sets them.
import threading


class Plain(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n

    def run(self):
        print("plain", self.n, self.name)


class Named(threading.Thread):
    def __init__(self):
        threading.Thread.__init__(self, name="worker-x")

    def run(self):
        print("named", self.name)


def job(a, b):
    print("job", a + b, threading.current_thread().name)


class WithTarget(threading.Thread):
    def __init__(self):
        threading.Thread.__init__(self, target=job, args=(2, 3))


for t in [Plain(1), Named(), Plain(2), WithTarget()]:
    print("made", t.name)
    t.start()
    t.join()
print(threading.Thread().name)
