"""re in ordinary code: patterns as class attributes, bound methods as values, annotations."""
import re
from typing import Optional

WORD = re.compile(r"[a-z]+")

def first(p: re.Pattern, s: str) -> Optional[re.Match]:
    return p.search(s)

lines = ["abc 1", "2 x", "  "]
print(list(filter(WORD.match, lines)))
print(list(map(WORD.findall, lines)))
m = first(WORD, "12 hello")
print(m.group() if m else None, m.start(), m.end())
print(isinstance(m, re.Match), isinstance(WORD, re.Pattern))

class Tokenizer:
    TOKEN = re.compile(r"\s*(?:(\d+)|(.))")
    def tokens(self, text):
        for m in self.TOKEN.finditer(text):
            num, op = m.groups()
            yield int(num) if num else op

print(list(Tokenizer().tokens("12 + 3*4")))
print(re.sub(r"(?m)^", "> ", "a\nb"))
print(re.split(r"[;,]\s*", "a; b,c"), re.findall(r"(?P<k>\w+)=(?P<v>\w+)", "a=1 b=2"))
print([m.groupdict() for m in re.finditer(r"(?P<k>\w+)=(?P<v>\w+)", "a=1 b=2")])
