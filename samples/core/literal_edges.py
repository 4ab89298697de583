# Literals and layouts that once tripped the translator: floats with leading
# zeros, members of an empty list literal, comments before a comprehension's body.
pairs = [(1, "one"), (2, "two")]
by_number = {
    # the key first
    n: name for n, name in pairs
}
names = [
    # every name
    name for _, name in pairs
]
print(by_number, names)
print(031.4, -00000.5, 00.25, 0_0, 00)
print(len([]), [].count(1), [] == [])
empty = []
print(len(empty), empty)
