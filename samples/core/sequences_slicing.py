"""Slicing lists, tuples and strings: negative indices, steps, slice assignment and del."""
nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[:-7])
print(nums[::3], nums[1::2], nums[::-1], nums[::-3], nums[8:2:-2])
print(nums[-1:-4:-1], nums[5:5], nums[7:3], nums[3:7:-1], nums[-100:2], nums[8:100])
print(nums[slice(1, 4)], nums[slice(None, None, -4)])

word = "transpiler"
print(word[0], word[-1], word[-3:], word[:-3], word[::-1], word[1:-1:2])
print(word[100:], repr(word[5:2]), word[-2::-3])

tup = (10, 20, 30, 40, 50)
print(tup[1:3], tup[::-2], tup[-2:], type(tup[1:2]).__name__, tup[4:4])

copy = nums[:]
copy[0] = -1
print("copy is independent:", nums[0], copy[0], copy is nums)

letters = list("abcdef")
letters[1:3] = ["X"]
print("replace two with one:", letters)
letters[2:2] = ["i", "j", "k"]
print("insert at 2:", letters)
letters[-2:] = []
print("drop last two:", letters)
letters[::2] = ["0", "1", "2"]
print("extended slice assignment:", letters)
try:
    letters[::2] = ["only", "two"]
except ValueError as exc:
    print("ValueError:", exc)

data = list(range(12))
del data[::3]
print("del every third:", data)
del data[-2:]
print("del tail:", data)
del data[0]
print("del first:", data)

try:
    print(nums[10])
except IndexError as exc:
    print("IndexError:", exc)
try:
    print("abc"[5])
except IndexError as exc:
    print("IndexError:", exc)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print("row slice:", matrix[1][1:], "column:", [row[0] for row in matrix])
print("reversed rows:", matrix[::-1])
print("diagonal:", [matrix[i][i] for i in range(3)], "anti:", [matrix[i][-1 - i] for i in range(3)])
shallow = matrix[:]
shallow[0][0] = 100
print("shallow copy shares rows:", matrix[0][0])


def is_palindrome(text: str) -> bool:
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum())
    return cleaned == cleaned[::-1]


print([is_palindrome(t) for t in ["Racecar", "A man, a plan, a canal: Panama", "tsyncio"]])
window = [3, 1, 4, 1, 5, 9, 2, 6]
print("windows of 3:", [window[i:i + 3] for i in range(len(window) - 2)])
print("pairs:", list(zip(window[::2], window[1::2])))
print("rotate left 3:", window[3:] + window[:3])
