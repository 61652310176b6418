import { describe, expect, it } from "vitest";
import { DEFAULT_LIBRARY_FILTER, isFiltered, matchesEdits, parseLibraryFilter, sortLibrary, type LibraryDocument } from "./library-filter";

function doc(id: string, title: string, createdAt: string, translated: number, total: number, edited = 0, approved = 0): LibraryDocument {
  return { id, title, sourceName: null, status: "ready", engine: null, createdAt, progress: { translated, total }, edited, approved };
}

describe("parseLibraryFilter", () => {
  it.each([
    ["nothing", {}, DEFAULT_LIBRARY_FILTER],
    ["every field", { status: "ready", source: " Kompas ", edits: "with", sort: "title" }, { status: "ready", source: "Kompas", edits: "with", sort: "title" }],
    ["unknown values fall back", { status: "done", edits: "some", sort: "random" }, DEFAULT_LIBRARY_FILTER],
    ["an empty source is no filter", { source: "   " }, DEFAULT_LIBRARY_FILTER],
    ["repeated params use the first", { sort: ["progress", "title"] }, { ...DEFAULT_LIBRARY_FILTER, sort: "progress" }],
  ])("%s", (_label, params, expected) => {
    expect(parseLibraryFilter(params)).toEqual(expected);
  });

  it.each([
    [DEFAULT_LIBRARY_FILTER, false],
    [{ ...DEFAULT_LIBRARY_FILTER, sort: "title" as const }, false],
    [{ ...DEFAULT_LIBRARY_FILTER, edits: "without" as const }, true],
    [{ ...DEFAULT_LIBRARY_FILTER, source: "Antara" }, true],
  ])("isFiltered(%o) is %s", (filter, expected) => {
    expect(isFiltered(filter)).toBe(expected);
  });
});

describe("matchesEdits", () => {
  it.each([
    ["any", 0, 0, true],
    ["with", 0, 0, false],
    ["with", 1, 0, true],
    ["with", 0, 2, true],
    ["without", 0, 0, true],
    ["without", 0, 1, false],
  ] as const)("%s with %i edited and %i approved → %s", (edits, edited, approved, expected) => {
    expect(matchesEdits(doc("a", "A", "2026-01-01", 1, 1, edited, approved), edits)).toBe(expected);
  });
});

describe("sortLibrary", () => {
  const documents = [
    doc("b", "Banjir", "2026-01-02T00:00:00Z", 5, 10),
    doc("a", "apel 10", "2026-01-01T00:00:00Z", 10, 10),
    doc("c", "Apel 9", "2026-01-03T00:00:00Z", 0, 4),
    doc("d", "Cuaca", "2026-01-04T00:00:00Z", 0, 0),
  ];
  it.each([
    ["newest", ["d", "c", "b", "a"]],
    ["oldest", ["a", "b", "c", "d"]],
    ["title", ["c", "a", "b", "d"]],
    ["progress", ["d", "c", "b", "a"]],
  ] as const)("%s", (sort, expected) => {
    expect(sortLibrary(documents, sort).map((d) => d.id)).toEqual(expected);
  });
});
