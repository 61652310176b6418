// The editor's keyboard map in one place, so the help line and the handler agree.
export type KeyCommand =
  | { kind: "save" }
  | { kind: "approve" }
  | { kind: "move"; delta: 1 | -1 }
  | { kind: "revert" }
  | { kind: "suggestion"; index: number }
  // Published-translation pairs: move the English boundary, the Indonesian staying put.
  | { kind: "join-english" }
  | { kind: "split-english" };

type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

export function keyCommand(event: KeyLike): KeyCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key === "Enter") return event.shiftKey ? { kind: "approve" } : { kind: "save" };
  // Alt+Shift beside Alt's moves: Alt+Shift+↓ pulls the next English sentence up into this
  // pair, Alt+Shift+Enter sends the English after the caret down into the next.
  if (event.altKey && event.shiftKey && !mod && event.key === "ArrowDown") return { kind: "join-english" };
  if (event.altKey && event.shiftKey && !mod && event.key === "Enter") return { kind: "split-english" };
  if (event.altKey && !mod && event.key === "ArrowDown") return { kind: "move", delta: 1 };
  if (event.altKey && !mod && event.key === "ArrowUp") return { kind: "move", delta: -1 };
  if (event.key === "Escape" && !mod && !event.altKey) return { kind: "revert" };
  if (mod && !event.shiftKey && !event.altKey && /^[1-3]$/.test(event.key)) return { kind: "suggestion", index: Number(event.key) - 1 };
  return null;
}

export const targetFieldId = (segmentId: string) => `target-${segmentId}`;
