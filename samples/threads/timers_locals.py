"""Timer (+cancel), threading.local, enumerate/active_count, and an exception that ends a thread (stderr) without stopping the program."""
import threading
import time

fired = []
t = threading.Timer(0.05, fired.append, args=["tick"])
print("timer name:", t.name)
t.start()
t.join()
print("fired:", fired)

c = threading.Timer(0.2, fired.append, args=["never"])
c.start()
time.sleep(0.02)
c.cancel()
c.join()
print("after cancel:", fired)

data = threading.local()
data.value = "main"
seen = []


def show(v):
    data.value = v
    time.sleep(0.3)
    seen.append((v, data.value))


ts = [threading.Thread(target=show, args=(f"t{i}",)) for i in range(3)]
for th in ts:
    th.start()
print("while running:", threading.active_count(), len(threading.enumerate()))
for th in ts:
    th.join()
print(sorted(seen), data.value)
print("after joins:", threading.active_count(), [x.name for x in threading.enumerate()])


def lookup():
    try:
        print(data.other)
    except AttributeError as e:
        print("AttributeError:", e)


lk = threading.Thread(target=lookup)
lk.start()
lk.join()


def broken(n):
    time.sleep(0.01)
    raise ValueError(f"bad value {n}")


b = threading.Thread(target=broken, args=(3,))
b.start()
b.join()
print("the program goes on after", b.name, "failed; alive:", b.is_alive())
