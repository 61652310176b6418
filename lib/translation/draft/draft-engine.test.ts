import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createDraftEngine, DRAFT_ENGINE_ID } from "./draft-engine";

const CORPUS_DIR = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..", "../shared/corpus");
const hasCorpus = existsSync(CORPUS_DIR);

function corpusLines(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .flatMap((name) => readFileSync(path.join(CORPUS_DIR, name), "utf8").split("\n"))
    .filter((line) => line.trim() !== "");
}

describe("createDraftEngine", () => {
  const engine = createDraftEngine();

  it("identifies itself as a draft engine", () => {
    expect(engine.id).toBe(DRAFT_ENGINE_ID);
    expect(engine.id.startsWith("draft:")).toBe(true);
    expect(engine.kind).toBe("draft");
  });

  it.each([
    [[], []],
    [[""], [""]],
    [["Korea Utara", "", "Rusia dan Ukraina"], ["North Korea", "", "Russia and Ukraine"]],
  ])("translates %j one to one", async (sentences, expected) => {
    await expect(engine.translate(sentences)).resolves.toEqual(expected);
  });
});

describe.skipIf(!hasCorpus)(`the draft engine on ${CORPUS_DIR}`, () => {
  it("returns one gloss per line, quickly", async () => {
    const lines = corpusLines();
    const engine = createDraftEngine();
    await engine.translate(lines.slice(0, 1)); // load the lexicon outside the timing
    const repeated = Array.from({ length: 20 }, () => lines).flat();
    const started = performance.now();
    const glosses = await engine.translate(repeated);
    const perSecond = repeated.length / ((performance.now() - started) / 1000);
    expect(glosses).toHaveLength(repeated.length);
    // Sample lines hold several sentences each, so this is a generous floor.
    expect(perSecond).toBeGreaterThan(500);
  });
});

if (!hasCorpus) {
  it.skip(`corpus tests skipped: ${CORPUS_DIR} is absent (it ships with CI, not with every clone)`, () => {});
}
