/**
 * `time.struct_time`: a frozen 9-tuple with named fields, shared by `time`
 * and `datetime.timetuple()`. It imports nothing, so `time` (which the
 * asyncio runtime loads) does not pull in `datetime` and its dependencies.
 */
export function structTime(fields: number[], zone?: string, gmtoff?: number): readonly number[] {
  const names = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
  const t: number[] = [...fields];
  names.forEach((n, i) => Object.defineProperty(t, n, { value: fields[i], enumerable: false }));
  Object.defineProperty(t, "tm_zone", { value: zone ?? null, enumerable: false });
  Object.defineProperty(t, "tm_gmtoff", { value: gmtoff ?? null, enumerable: false });
  const text = `time.struct_time(${names.map((n, i) => `${n}=${fields[i]}`).join(", ")})`;
  Object.defineProperty(t, "__repr__", { value: () => text, enumerable: false });
  Object.defineProperty(t, "__str__", { value: () => text, enumerable: false });
  return Object.freeze(t);
}
