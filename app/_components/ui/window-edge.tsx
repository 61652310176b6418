"use client";
// The edge of a window of a long list (reader paragraphs, editor rows): a button that
// brings in the next part, pressed by itself when the edge scrolls near the viewport.
import { useEffect, useRef } from "react";

type Props = { label: string; position: string; onReach: () => void; revision: string; testId: string };

export function WindowEdge({ label, position, onReach, revision, testId }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  const latest = useRef(onReach);
  latest.current = onReach;
  // Observed afresh after every move: an edge still in view after a step asks again.
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current(), { rootMargin: "600px 0px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [revision]);
  return (
    <div data-chrome className="flex flex-wrap items-center justify-center gap-3 py-3 text-sm text-muted [overflow-anchor:none]">
      <button ref={ref} type="button" data-testid={testId} onClick={onReach} className="rounded-md border border-line px-3 py-1 font-medium text-ink hover:bg-sunken">
        {label}
      </button>
      <span>{position}</span>
    </div>
  );
}
