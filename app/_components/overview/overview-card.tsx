import type { ReactNode } from "react";

export function OverviewCard({ id, title, children, className = "" }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`min-w-0 rounded-2xl border border-line bg-surface px-5 py-4 shadow-sm ${className}`}>
      <h2 id={id} className="mb-3 text-sm font-semibold uppercase tracking-wider text-muted">
        {title}
      </h2>
      {children}
    </section>
  );
}
