// Documents over time: creation dates counted per day, or per month once the span is
// long, with empty days/months filled in so the chart's gaps are real gaps.

export type DateBucket = { key: string; count: number };
export type DateBuckets = { unit: "day" | "month"; buckets: DateBucket[] };

const DAY_MS = 86_400_000;
const MAX_DAYS = 45;

export function bucketDates(isoDates: readonly string[]): DateBuckets {
  const times = isoDates.map((d) => Date.parse(d)).filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  const first = times[0];
  const last = times.at(-1);
  if (first === undefined || last === undefined) return { unit: "day", buckets: [] };
  const unit = (last - first) / DAY_MS > MAX_DAYS ? "month" : "day";
  const keyOf = (t: number) => new Date(t).toISOString().slice(0, unit === "day" ? 10 : 7);
  const counts = new Map<string, number>();
  for (const t of times) counts.set(keyOf(t), (counts.get(keyOf(t)) ?? 0) + 1);
  const buckets: DateBucket[] = [];
  for (const key of keysBetween(keyOf(first), keyOf(last), unit)) buckets.push({ key, count: counts.get(key) ?? 0 });
  return { unit, buckets };
}

function keysBetween(from: string, to: string, unit: "day" | "month"): string[] {
  const keys: string[] = [];
  const cursor = new Date(`${unit === "day" ? from : `${from}-01`}T00:00:00Z`);
  for (let guard = 0; guard < 1000; guard++) {
    const key = cursor.toISOString().slice(0, unit === "day" ? 10 : 7);
    keys.push(key);
    if (key >= to) break;
    if (unit === "day") cursor.setUTCDate(cursor.getUTCDate() + 1);
    else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return keys;
}

/** The top of a chart's scale: the count rounded up to 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}
