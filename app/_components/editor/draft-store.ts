// Unsaved text survives a reload or a dropped network: every keystroke is kept in
// localStorage under the segment id and the version the edit started from, and removed
// once a save lands. Storage can be full or disabled (private windows); the editor then
// works as before, just without this safety net, so those errors are deliberately ignored.

const PREFIX = "selaras:draft:";

export type StoredDraft = { segmentId: string; version: number; text: string; savedAt: string };

const keyOf = (segmentId: string, version: number) => `${PREFIX}${segmentId}:${version}`;

export function storeDraft(segmentId: string, version: number, text: string): void {
  try {
    const draft: StoredDraft = { segmentId, version, text, savedAt: new Date().toISOString() };
    localStorage.setItem(keyOf(segmentId, version), JSON.stringify(draft));
  } catch {
    // see the header: no storage, no safety net
  }
}

export function clearDrafts(segmentId: string): void {
  for (const key of draftKeys(segmentId)) {
    try {
      localStorage.removeItem(key);
    } catch {
      // see the header
    }
  }
}

/** The newest unsaved draft of a segment, whatever version it started from. */
export function findDraft(segmentId: string): StoredDraft | null {
  let newest: StoredDraft | null = null;
  for (const key of draftKeys(segmentId)) {
    const draft = readDraft(key);
    if (draft && (!newest || draft.savedAt > newest.savedAt)) newest = draft;
  }
  return newest;
}

function draftKeys(segmentId: string): string[] {
  try {
    const prefix = `${PREFIX}${segmentId}:`;
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
      (key): key is string => key !== null && key.startsWith(prefix),
    );
  } catch {
    return [];
  }
}

function readDraft(key: string): StoredDraft | null {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? "null") as Partial<StoredDraft> | null;
    if (!value || typeof value.text !== "string" || typeof value.version !== "number" || typeof value.segmentId !== "string") return null;
    return { segmentId: value.segmentId, version: value.version, text: value.text, savedAt: String(value.savedAt ?? "") };
  } catch {
    return null;
  }
}
