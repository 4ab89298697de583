"""__copy__, __deepcopy__ with memo, __getstate__/__setstate__, and copy.Error."""
import copy


class Tracked:
    def __init__(self, value):
        self.value = value
        self.history = [value]

    def __copy__(self):
        print("__copy__ called")
        new = Tracked(self.value)
        new.history = self.history
        return new

    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo has", id(self) in memo)
        new = Tracked(copy.deepcopy(self.value, memo))
        memo[id(self)] = new
        new.history = copy.deepcopy(self.history, memo)
        return new

    def __repr__(self):
        return f"Tracked({self.value!r}, {self.history})"


a = Tracked([1, 2])
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, b.history is a.history, c, c.history is a.history, c.value is a.value)

# The same object twice in a structure is copied once (memo).
pair = copy.deepcopy([a, a])
print(pair[0] is pair[1])


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f"Tree({self.name}, {self.children})"


root = Tree("root")
kid = root.add(Tree("kid"))
kid.add(Tree("leaf"))
root2 = copy.deepcopy(root)
print(root2, root2.children[0].parent is root2, root2.children[0] is kid)


class WithState:
    def __init__(self, n):
        self.n = n
        self.cache = {"big": n * 100}

    def __getstate__(self):
        print("getstate")
        return {"n": self.n}

    def __setstate__(self, state):
        print("setstate", state)
        self.n = state["n"]
        self.cache = {}

    def __repr__(self):
        return f"WithState(n={self.n}, cache={self.cache})"


w = WithState(3)
print(copy.copy(w))
print(copy.deepcopy(w))

memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo, memo[id(x)] is y, copy.deepcopy(x, memo) is y)

print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
try:
    raise copy.Error("cannot copy")
except copy.Error as e:
    print(type(e).__name__, e)
