# A CPU-bound module-level function over a process pool: the number of
# primes below LIMIT by trial division, in CHUNKS ranges. Run with the
# number of workers as the argument.
import sys
from concurrent.futures import ProcessPoolExecutor

LIMIT = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000
CHUNKS = 8


def count_primes(lo: int, hi: int) -> int:
    found = 0
    for n in range(max(lo, 2), hi):
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            found += 1
    return found


def main() -> None:
    workers = int(sys.argv[1])
    step = LIMIT // CHUNKS
    los = [i * step for i in range(CHUNKS)]
    his = [lo + step for lo in los]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        print(sum(pool.map(count_primes, los, his)))


if __name__ == "__main__":
    main()
