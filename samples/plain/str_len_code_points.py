"""len() and find() of strs count code points, as CPython does, also past the BMP (JavaScript's .length counts UTF-16 units)."""

face = "a😀b"
word: str = "naïve 🎉 café"
print(len(face), len(word), len("😀"), len(""))
print(face.find("b"), word.find("café"), word.find("x"), face.find(""))
for i in range(len(face)):
    print(i, face[i], end="; ")
print()
print(f"[{len(word):>4}] [{word.find('é'):<3}]")

# strip() removes what str.isspace() calls whitespace: \x1c-\x1f and \x85 are, a BOM (\ufeff) is not
odd = "\ufeff\x1cword\x85 \u3000"
print(repr(odd.strip()), repr(odd.lstrip()), repr(odd.rstrip()), repr(" \t\n plain \r\n".strip()))
