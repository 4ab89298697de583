"""OrderedDict equality: order matters between two OrderedDicts, not against a plain dict."""
import collections

first = collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
second = collections.OrderedDict([("c", 3), ("b", 2), ("a", 1)])
plain = {"c": 3, "a": 1, "b": 2}
print(first == second, first != second)
print(first == plain, plain == first, second == plain)
print(first == collections.OrderedDict(first), first == dict(first))
second.move_to_end("c")
second.move_to_end("a", last=False)
print(list(second), first == second)
print(first == [("a", 1), ("b", 2), ("c", 3)], collections.OrderedDict() == {})
nested = collections.OrderedDict(x=collections.OrderedDict(p=1, q=2))
print(nested == {"x": {"q": 2, "p": 1}}, nested == collections.OrderedDict(x=collections.OrderedDict(q=2, p=1)))
