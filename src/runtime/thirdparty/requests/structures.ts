/**
 * requests' `CaseInsensitiveDict` (response and session headers): a dict
 * whose keys match whatever their case, keeping the case they were first
 * given for printing and iteration.
 */
export class CaseInsensitiveDict extends Map<string, unknown> {
  private readonly _actual = new Map<string, string>();

  constructor(entries?: Iterable<readonly [string, unknown]> | Map<string, unknown> | Record<string, unknown> | null) {
    super();
    if (entries) this.update(entries);
  }

  private key(k: unknown): string {
    const s = String(k);
    return this._actual.get(s.toLowerCase()) ?? s;
  }

  override get(k: string): unknown {
    return super.get(this.key(k));
  }
  override has(k: string): boolean {
    return this._actual.has(String(k).toLowerCase());
  }
  override set(k: string, v: unknown): this {
    const lower = String(k).toLowerCase();
    if (!this._actual.has(lower)) this._actual?.set(lower, String(k));
    return super.set(this.key(k), v);
  }
  override delete(k: string): boolean {
    const actual = this.key(k);
    this._actual.delete(String(k).toLowerCase());
    return super.delete(actual);
  }
  override clear(): void {
    this._actual.clear();
    super.clear();
  }

  update(other: Iterable<readonly [string, unknown]> | Map<string, unknown> | Record<string, unknown>): null {
    const items = other instanceof Map ? other.entries() : Symbol.iterator in Object(other) ? (other as Iterable<readonly [string, unknown]>) : Object.entries(other);
    for (const [k, v] of items) this.set(k, v);
    return null;
  }

  copy(): CaseInsensitiveDict {
    return new CaseInsensitiveDict(this);
  }
}
