class Base:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
    def get(self, k):
        return f"base get {k}"
    @property
    def value(self):
        return 42

class Child(Base):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        f = super().get
        print(f("x"), super().value)

def g(super):
    return super + 1

c = Child(1, 2, a=3)
print(c.args, c.kw, g(1))
def h():
    for super in range(2):
        print(super)
h()
