"""print() of strs, ints, bools and None: the forms that need no runtime str()."""


def check(n: int) -> bool:
    return n % 2 == 0


ready = 3 > 2
empty = ""
percent = "100%d %s %%"
tick = "`${not_a_field}` \\ back\\slash"
count = 7
neg = -12
big = 2 ** 80

print(ready)
print(not ready, ready and check(4))
print("ready:", ready, "count:", count, None)
print(percent, count)
print(percent)
print(tick, ready)
print(empty)
print()
print(count, neg, big)
print(big * big, -big)
print("naïve", "日本", "😀", count)

# sep= and end= as literal strings
print("a", "b", "c", sep="")
print("a", count, ready, sep=", ", end=" <-\n")
print("no newline", end="")
print(" ...continued")
print("tabs", "and", "newlines", sep="\t", end="\n\n")
print("backtick", "`", "dollar", "${x}", sep="`", end="|${y}|\n")
print(sep="-", end="")
print("x", end="")
print(end="")
print()
print(count, check(count), check(count + 1), sep=" / ")
print("percent %s first", count, sep="%")

# f-strings with bools and None
flag = check(10)
print(f"flag={flag} none={None} both={flag and not flag} {'yes' if flag else 'no'}")
print(f"{str(flag)} {repr(not flag)} {str(count)} {repr(neg)} {repr(big)}")
print(str(True) + "!", repr(False) + "?", str(None))
