# Methods may be named like JavaScript keywords (delete, new, default, switch);
# they must be reachable through receivers of unknown type too.
class Store:
    def __init__(self):
        self.items = {1: "a", 2: "b"}

    def delete(self, key):
        return self.items.pop(key)

    def new(self, key, value="?"):
        self.items[key] = value
        return self

    @staticmethod
    def default(value=0):
        return value

    @classmethod
    def switch(cls, flag):
        return cls.__name__ if flag else None


def through_unknown(obj):
    return obj.delete(2)


s = Store()
print(s.delete(1), through_unknown(s), s.new(3).items, s.new(key=4, value="d").items)
print(Store.default(), Store.default(value=7), Store.switch(True), Store.switch(False))
print(getattr(s, "delete")(3), sorted(s.items))
