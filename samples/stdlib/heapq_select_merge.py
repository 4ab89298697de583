"""heapq.nsmallest / nlargest / merge with key= and reverse=, ties in CPython's order."""
import heapq

nums = [5, 1, 8, 3, 9, 2, 7, 1, 3, 8]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums))
print(heapq.nsmallest(1, nums), heapq.nlargest(1, nums))
print(heapq.nsmallest(0, nums), heapq.nlargest(-2, nums))
print(heapq.nsmallest(20, nums), heapq.nlargest(20, nums))
print(heapq.nsmallest(2, []), heapq.nlargest(1, []))

# Iterators (no len): the heap path, not the sorted() shortcut.
print(heapq.nsmallest(4, iter(nums)), heapq.nlargest(4, (n * 2 for n in nums)))

words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "lime"]
print(heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(3, words, key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, words, key=len))
print(heapq.nsmallest(4, iter(words), key=lambda w: w[-1]))
print(heapq.nlargest(4, iter(words), key=lambda w: w[-1]))

people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 25), ("eve", 40)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
portfolio = [{"name": "IBM", "price": 91.1}, {"name": "AAPL", "price": 543.22}, {"name": "FB", "price": 21.09}]
print(heapq.nsmallest(2, portfolio, key=lambda s: s["price"]))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [], [2, 2, 6], [0])))
print(list(heapq.merge()))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
a = [("a", 1), ("c", 1), ("e", 2)]
b = [("b", 1), ("d", 2)]
print(list(heapq.merge(a, b, key=lambda p: p[1])))
print(list(heapq.merge(["x", "yyy"], ["zz", "wwww"], key=len)))
print("".join(heapq.merge("adg", "beh", "cfi")))

g = heapq.merge(iter([1, 10]), iter([5]))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    heapq.nsmallest(2, [1, None, 3])
except TypeError as e:
    print(type(e).__name__, e)
