// Saved words from the browser's side: an account's on the server (/api/words); a visitor
// without one (only when anyone may read) keeps them in localStorage. The server answers
// 401 to a visitor, which is how the two are told apart.
import type { SavedWordView, WordStatusName } from "@/lib/words/types";

const LOCAL_KEY = "selaras-saved-words";
export type WordStoreKind = "account" | "browser";
export type SaveRequest = { word: string; root: string; gloss: string; segmentId?: string; documentId?: string; documentTitle: string; source: string; target: string };

export function readLocalWords(): SavedWordView[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(LOCAL_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as SavedWordView[]) : [];
  } catch {
    return [];
  }
}

function writeLocalWords(words: readonly SavedWordView[]): void {
  window.localStorage.setItem(LOCAL_KEY, JSON.stringify(words));
  window.dispatchEvent(new Event("selaras-words-changed"));
}

function saveLocally(request: SaveRequest): SavedWordView {
  const word = request.word.toLowerCase();
  const words = readLocalWords();
  const existing = words.find((w) => w.word === word);
  if (existing) return existing;
  const now = new Date().toISOString();
  const saved: SavedWordView = {
    id: `local-${word}`, word, root: request.root, status: "new", segmentId: request.segmentId ?? null, documentId: request.documentId ?? null,
    documentTitle: request.documentTitle, source: request.source, target: request.target, gloss: request.gloss, createdAt: now, updatedAt: now,
  };
  writeLocalWords([saved, ...words]);
  return saved;
}

export async function saveWord(request: SaveRequest): Promise<{ kind: WordStoreKind; word: SavedWordView }> {
  const response = await fetch("/api/words", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ word: request.word, ...(request.segmentId ? { segmentId: request.segmentId } : {}) }),
  });
  if (response.status === 401) return { kind: "browser", word: saveLocally(request) };
  if (!response.ok) throw new Error(`save failed: ${response.status}`);
  window.dispatchEvent(new Event("selaras-words-changed"));
  return { kind: "account", word: ((await response.json()) as { word: SavedWordView }).word };
}

export async function loadWords(query = ""): Promise<{ kind: WordStoreKind; words: SavedWordView[] }> {
  const response = await fetch(`/api/words${query}`, { cache: "no-store" });
  if (response.status === 401) return { kind: "browser", words: readLocalWords() };
  if (!response.ok) throw new Error(`list failed: ${response.status}`);
  return { kind: "account", words: ((await response.json()) as { words: SavedWordView[] }).words };
}

export async function setWordStatus(kind: WordStoreKind, id: string, status: WordStatusName): Promise<void> {
  if (kind === "browser") {
    writeLocalWords(readLocalWords().map((w) => (w.id === id ? { ...w, status, updatedAt: new Date().toISOString() } : w)));
    return;
  }
  const response = await fetch(`/api/words/${encodeURIComponent(id)}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ status }) });
  if (!response.ok) throw new Error(`status failed: ${response.status}`);
  window.dispatchEvent(new Event("selaras-words-changed"));
}

export async function removeWord(kind: WordStoreKind, id: string): Promise<void> {
  if (kind === "browser") return writeLocalWords(readLocalWords().filter((w) => w.id !== id));
  const response = await fetch(`/api/words/${encodeURIComponent(id)}`, { method: "DELETE" });
  if (!response.ok) throw new Error(`delete failed: ${response.status}`);
}

const TINT_KEY = "selaras-word-tint";
export const readTint = (): boolean => typeof window !== "undefined" && window.localStorage.getItem(TINT_KEY) === "on";
export function writeTint(on: boolean): void {
  window.localStorage.setItem(TINT_KEY, on ? "on" : "off");
  window.dispatchEvent(new Event("selaras-words-changed"));
}
