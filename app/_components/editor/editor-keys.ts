// The editor's keyboard map in one place, so the help line and the handler agree.
export type KeyCommand =
  | { kind: "save" }
  | { kind: "approve" }
  | { kind: "move"; delta: 1 | -1 }
  | { kind: "revert" }
  | { kind: "suggestion"; index: number };

type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

export function keyCommand(event: KeyLike): KeyCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key === "Enter") return event.shiftKey ? { kind: "approve" } : { kind: "save" };
  if (event.altKey && !mod && event.key === "ArrowDown") return { kind: "move", delta: 1 };
  if (event.altKey && !mod && event.key === "ArrowUp") return { kind: "move", delta: -1 };
  if (event.key === "Escape" && !mod && !event.altKey) return { kind: "revert" };
  if (mod && !event.shiftKey && !event.altKey && /^[1-3]$/.test(event.key)) return { kind: "suggestion", index: Number(event.key) - 1 };
  return null;
}

export const targetFieldId = (segmentId: string) => `target-${segmentId}`;
