"""threading.Thread: target, args, kwargs, names as CPython 3.11 builds them, daemon, join(timeout), is_alive, subclassing run()."""
import threading
import time


def greet(who, punctuation="!"):
    print(f"hello {who}{punctuation} from {threading.current_thread().name}")


t = threading.Thread(target=greet, args=("world",), kwargs={"punctuation": "?"})
print("before start:", t.is_alive(), t.ident is None)
t.start()
t.join()
print("after join:", t.is_alive(), t.ident is not None)

named = threading.Thread(target=greet, args=("named",), name="custom")
named.start()
named.join()

# The counter behind "Thread-N" counts every thread made without a name.
anon = threading.Thread(target=greet, args=("third",))
print(anon.name)
anon.start()
anon.join()


class Countdown(threading.Thread):
    def __init__(self, start_at):
        super().__init__()
        self.start_at = start_at
        self.seen = []

    def run(self):
        for i in range(self.start_at, 0, -1):
            self.seen.append(i)
            time.sleep(0.01)


c = Countdown(3)
print("subclass name:", c.name)
c.start()
c.join()
print("countdown saw", c.seen)


def slow():
    time.sleep(0.5)


s = threading.Thread(target=slow, daemon=True)
print("daemon:", s.daemon)
s.start()
s.join(timeout=0.05)
print("still alive after a short join:", s.is_alive())
s.join()
print("alive after a full join:", s.is_alive())

try:
    s.start()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.Thread(target=slow).join()
except RuntimeError as e:
    print("RuntimeError:", e)

print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print("get_ident is an int:", isinstance(threading.get_ident(), int))
