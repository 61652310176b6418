import type { ReactNode } from "react";
import { niceMax } from "@/lib/overview/bucket-dates";

export type BarRow = { key: string; label: ReactNode; count: number; tone?: string };

/**
 * A horizontal bar chart that is also a real table: screen readers read label and count
 * from the cells; the SVG bar is decoration for sighted readers.
 */
export function BarTable({ caption, rows, countLabel }: { caption: string; rows: BarRow[]; countLabel: string }) {
  const max = niceMax(Math.max(0, ...rows.map((r) => r.count)));
  return (
    <table className="w-full table-fixed border-separate border-spacing-y-1.5 text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">{countLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="w-2/5 pe-3 text-start align-middle font-normal text-ink [overflow-wrap:anywhere]">
              {row.label}
            </th>
            <td className="align-middle">
              <span className="flex items-center gap-2">
                <svg aria-hidden="true" viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2.5 flex-1 overflow-visible">
                  <rect x="0" y="0" width="100" height="8" rx="2" className="fill-sunken" />
                  <rect x="0" y="0" width={(row.count / max) * 100} height="8" rx="2" className={row.tone ?? "fill-accent"} />
                </svg>
                <span className="w-12 text-end tabular-nums text-muted">{row.count}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
