# A program without an `if __name__ == "__main__":` guard, as CPython's
# forked workers allow on Linux: the workers must not run the top-level
# statements again. Also a Process subclass and CPython's process names.
from concurrent import futures
import multiprocessing

SCALE = 10


def task(n):
    return n * SCALE


class Worker(multiprocessing.Process):
    def run(self):
        print("In", self.name, flush=True)


print("start")
ex = futures.ProcessPoolExecutor(max_workers=2)
results = ex.map(task, range(5, 0, -1))
for r in results:
    print("result", r)
ex.shutdown()

named = multiprocessing.Process(name="worker 1", target=task, args=(1,))
w = Worker()
print(named.name, w.name)
w.start()
w.join()
print("exitcode", w.exitcode, w.is_alive())
