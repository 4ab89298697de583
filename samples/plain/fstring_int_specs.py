"""f-string format specs on ints: widths, alignment and bases."""

values = [0, 7, -42, 255, 65535, -65536, 2 ** 70, -(2 ** 64)]
for v in values:
    print(f"[{v:6}] [{v:<6}] [{v:>6}] [{v:6d}] [{v:<4d}] [{v:2}]")
    print(f"[{v:x}] [{v:X}] [{v:o}] [{v:b}]")

n = 12
print(f"{n + 1:5}|{n * 3:x}|{len('héllo'):>3}|{-n:b}|{n // 5:<3}|")
# specs that stay with the runtime: fill, sign, zero padding, grouping, centring, bools
print(f"{n:*>6}|{n:+5}|{n:05}|{1234567:,}|{n:^7}|{-n:06d}|{True:5}|{n:#x}")
width = 8
print(f"{n:>{width}}|{n:{width}}|")
