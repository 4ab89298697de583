"""f-strings with `=`: the source text with its spaces, then the repr (or the conversion/spec)."""
x = 3
name = "é"
items = [1, 2]
print(f"{x = }", f"{x=}", f"{x = !s}", f"{x= :>4}", f"{name = }", f"{x*2  =  }")
print(f"{len(items) = }, {items[0]=}")
