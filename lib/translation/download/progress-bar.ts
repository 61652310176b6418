// One line of download progress, for a terminal redrawn in place or a log. Pure.

const UNITS = ["B", "KB", "MB", "GB"] as const;

/** 1 KB = 1024 B here, like the sizes the hub's file lists show. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

export type ProgressState = {
  label: string;
  loaded: number;
  /** null while the size is unknown. */
  total: number | null;
  /** Bytes per second over the recent past; null before there is a measure. */
  rate: number | null;
};

/** `label [#######-------]  50%  1.0 MB / 2.0 MB  512.0 KB/s`, `width` characters of bar. */
export function formatProgressLine({ label, loaded, total, rate }: ProgressState, width = 24): string {
  const speed = rate !== null && rate > 0 ? `  ${formatBytes(Math.round(rate))}/s` : "";
  if (total === null || total <= 0) return `${label}  ${formatBytes(loaded)}${speed}`;
  const fraction = Math.min(1, Math.max(0, loaded / total));
  const filled = Math.floor(fraction * width);
  const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${label} [${bar}] ${percent}  ${formatBytes(loaded)} / ${formatBytes(total)}${speed}`;
}

/** For logs (not a terminal): report each file at most once per `step` tenths. */
export function progressStep(loaded: number, total: number | null, stepBytes = 10 * 1024 * 1024): number {
  return total !== null && total > 0 ? Math.floor((loaded / total) * 10) : Math.floor(loaded / stepBytes);
}
