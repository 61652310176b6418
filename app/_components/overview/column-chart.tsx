import { niceMax, type DateBuckets } from "@/lib/overview/bucket-dates";

const HEIGHT = 120;
const GAP = 0.2;
/** A few days of data should look like a few columns, not one wall. */
const MIN_SLOTS = 14;

/**
 * Documents over time as columns. The SVG carries a one-line summary for screen readers;
 * the hidden table beside it has every value.
 */
export function ColumnChart({ data, summary, caption, keyLabel, countLabel }: { data: DateBuckets; summary: string; caption: string; keyLabel: string; countLabel: string }) {
  const { buckets } = data;
  const max = niceMax(Math.max(0, ...buckets.map((b) => b.count)));
  const width = Math.max(buckets.length, MIN_SLOTS) * 10;
  const first = buckets[0];
  const last = buckets.at(-1);
  return (
    <figure className="space-y-2">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" className="h-32 w-full">
        <line x1="0" x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="stroke-line" strokeWidth="1" vectorEffect="non-scaling-stroke" />
        {buckets.map((bucket, i) => {
          const h = (bucket.count / max) * (HEIGHT - 4);
          return <rect key={bucket.key} x={i * 10 + 10 * GAP / 2} width={10 * (1 - GAP)} y={HEIGHT - h} height={h} rx="1" className="fill-accent" />;
        })}
      </svg>
      {first && last && (
        <figcaption aria-hidden="true" className="flex justify-between text-xs tabular-nums text-muted">
          <span>{first.key}</span>
          {last !== first && <span style={{ marginInlineEnd: `${100 - (buckets.length / Math.max(buckets.length, MIN_SLOTS)) * 100}%` }}>{last.key}</span>}
        </figcaption>
      )}
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            <th scope="col">{countLabel}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={bucket.key}>
              <th scope="row">{bucket.key}</th>
              <td>{bucket.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
