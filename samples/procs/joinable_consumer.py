# A Process subclass that calls multiprocessing.Process.__init__(self)
# itself, consuming callable task objects from a JoinableQueue
# (task_done/join) and answering on a second queue.
import multiprocessing


class Task:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __call__(self):
        return f"{self.a} * {self.b} = {self.a * self.b}"


class Consumer(multiprocessing.Process):
    def __init__(self, tasks, results):
        multiprocessing.Process.__init__(self)
        self.tasks = tasks
        self.results = results

    def run(self):
        while True:
            task = self.tasks.get()
            if task is None:
                self.tasks.task_done()
                break
            self.results.put(task())
            self.tasks.task_done()


class Named(multiprocessing.Process):
    def __init__(self):
        multiprocessing.Process.__init__(self, name="custom-name")

    def run(self):
        print("running as", multiprocessing.current_process().name)


if __name__ == "__main__":
    tasks = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    consumer = Consumer(tasks, results)
    print(consumer.name.split("-")[0])
    consumer.start()
    for i in range(4):
        tasks.put(Task(i, i + 1))
    tasks.put(None)
    tasks.join()
    print("all tasks done")
    for _ in range(4):
        print(results.get())
    consumer.join()
    print("exitcode", consumer.exitcode)

    n = Named()
    print(n.name)
    n.start()
    n.join()

    q = multiprocessing.JoinableQueue()
    q.put(1)
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
