// A labelled progress bar with its figure beside it: translation progress in the library
// and reader, review progress in the editor.
export type MeterProps = { label: string; valueText: string; value: number; max: number; testId: string; className?: string };

export function Meter({ label, valueText, value, max, testId, className = "" }: MeterProps) {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100);
  const done = max > 0 && value >= max;
  return (
    <div data-testid={testId} className={`flex items-center gap-3 ${className}`}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={valueText}
        className="h-1.5 w-full min-w-16 overflow-hidden rounded-full bg-sunken"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ease-out ${done ? "bg-accent" : "bg-accent/70"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <span className="shrink-0 text-xs tabular-nums text-muted">{valueText}</span>
    </div>
  );
}
