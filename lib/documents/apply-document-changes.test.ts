import { describe, expect, it } from "vitest";
import { applyDocumentChanges } from "./apply-document-changes";
import type { DocumentChanges, DocumentView, SegmentView } from "./types";

function segment(id: string, index: number, target: string | null = null): SegmentView {
  return { id, index, kind: "body", source: `Sumber ${id}.`, target, status: target ? "machine" : "pending", engine: null, version: 0, mentions: [], targetMarks: [], flags: [] };
}

const VIEW: DocumentView = {
  id: "doc", title: "Judul", sourceName: null, sourceUrl: null, dateline: null, status: "translating", engine: null, engineNote: null,
  createdAt: "2026-12-01T00:00:00.000Z", progress: { translated: 0, total: 3 }, report: { removed: [], duplicateParagraphs: 0, warnings: [] },
  paragraphs: [
    { index: 0, segments: [segment("a", 0)] },
    { index: 1, segments: [segment("b", 1), segment("c", 2)] },
  ],
  entities: [], translationFailures: [], changeVersion: 10,
};

function changes(segments: DocumentChanges["segments"], total = 3): DocumentChanges {
  return { id: "doc", status: "translating", engine: "draft:lexicon", engineNote: null, progress: { translated: segments.length, total }, changeVersion: 12, translationFailures: [{ segmentId: "b", reason: "model error" }], segments };
}

describe("applyDocumentChanges", () => {
  it("replaces changed sentences and keeps untouched paragraphs as they were", () => {
    const next = applyDocumentChanges(VIEW, changes([{ ...segment("c", 2, "C."), paragraphIndex: 1 }]));
    expect(next?.paragraphs[0]).toBe(VIEW.paragraphs[0]);
    expect(next?.paragraphs[1]?.segments.map((s) => s.target)).toEqual([null, "C."]);
    expect(next).toMatchObject({ changeVersion: 12, engine: "draft:lexicon", progress: { translated: 1, total: 3 } });
    expect(next?.translationFailures).toEqual([{ segmentId: "b", reason: "model error" }]);
  });

  it("takes status and progress with no sentence changed", () => {
    const next = applyDocumentChanges(VIEW, { ...changes([]), status: "ready" });
    expect(next?.status).toBe("ready");
    expect(next?.paragraphs).toEqual(VIEW.paragraphs);
  });

  it.each<[string, DocumentChanges]>([
    ["a sentence was added or removed", changes([], 4)],
    ["a sentence is new to the reader", changes([{ ...segment("z", 1, "Z."), paragraphIndex: 1 }])],
    ["a sentence moved to another paragraph", changes([{ ...segment("a", 0, "A."), paragraphIndex: 1 }])],
    ["a sentence moved within its paragraph", changes([{ ...segment("b", 2, "B."), paragraphIndex: 1 }])],
    ["another document answered", { ...changes([]), id: "other" }],
  ])("asks for the whole document when %s", (_name, delta) => {
    expect(applyDocumentChanges(VIEW, delta)).toBeNull();
  });
});
