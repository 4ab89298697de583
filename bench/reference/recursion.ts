// Hand-written TypeScript for samples/core/recursion.py: what the translation aims at.
type Nested = number | Nested[];

const show = (xs: unknown[]): string => `[${xs.join(", ")}]`;

function factorial(n: number): bigint {
  return n <= 1 ? 1n : BigInt(n) * factorial(n - 1);
}

const fibCache = new Map<number, number>();
function fib(n: number): number {
  if (n < 2) return n;
  const known = fibCache.get(n);
  if (known !== undefined) return known;
  const value = fib(n - 1) + fib(n - 2);
  fibCache.set(n, value);
  return value;
}

function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}

function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}

function hanoi(n: number, src: string, dst: string, via: string, moves: [string, string][]): void {
  if (n === 0) return;
  hanoi(n - 1, src, via, dst, moves);
  moves.push([src, dst]);
  hanoi(n - 1, via, dst, src, moves);
}

function flatten(items: Nested[]): number[] {
  const out: number[] = [];
  for (const item of items) {
    if (Array.isArray(item)) out.push(...flatten(item));
    else out.push(item);
  }
  return out;
}

function depth(items: Nested): number {
  if (!Array.isArray(items)) return 0;
  return 1 + Math.max(0, ...items.map(depth));
}

function permutations(seq: string): string[] {
  if (seq.length <= 1) return [seq];
  const result: string[] = [];
  [...seq].forEach((ch, i) => {
    for (const rest of permutations(seq.slice(0, i) + seq.slice(i + 1))) result.push(ch + rest);
  });
  return result;
}

console.log(show([...Array(8).keys()].map(factorial)));
console.log("factorial(15) =", String(factorial(15)));
console.log("fib(50) =", fib(50));
console.log("is_even(10):", isEven(10) ? "True" : "False", "is_odd(7):", isOdd(7) ? "True" : "False");
const moves: [string, string][] = [];
hanoi(3, "A", "C", "B", moves);
console.log(moves.length, "moves:", show(moves.map(([a, b]) => `('${a}', '${b}')`)));
const nested: Nested[] = [1, [2, [3, [4, []]], 5], [[6]]];
console.log("flatten:", show(flatten(nested)));
console.log("depth:", depth(nested), depth([]), depth(7));
console.log("perms:", show(permutations("abc").map((p) => `'${p}'`)));
