// A large article with its published English is aligned in a worker thread: another
// client's GET /api/documents keeps being answered while it runs. The same pair aligned
// on the request thread is measured alongside as the reference, so the figure shows what
// the worker spares the server, not this machine's speed.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/documents/route";
import { timeAlongside } from "@/lib/test/other-client";
import { prepareArticle } from "./prepare-article";
import { alignTranslationOffThread } from "./align-translation-off-thread";

const OTHER_CLIENT_MAX_MS = 1000;
const PARAGRAPHS = 1_000;

// Varied sentences in paragraphs of two, with a note the Indonesian lacks every tenth
// paragraph, so the aligner has real choices to make over about 2,000 sentences a side.
const indonesian = Array.from({ length: PARAGRAPHS }, (_, i) => `Harga cabai di pasar ${i} naik tajam pada hari Senin. Pedagang mengeluh karena pembeli sepi sejak ${i % 7 + 2} hari.`).join("\n\n");
const english = Array.from({ length: PARAGRAPHS }, (_, i) =>
  `Chili prices at market ${i} rose sharply on Monday. Traders complained that buyers had been scarce for ${i % 7 + 2} days.${i % 10 === 0 ? " Our correspondent adds a note." : ""}`,
).join("\n\n");

const otherClient = () => GET(new Request("http://127.0.0.1:3210/api/documents")).then((response) => response.arrayBuffer());

describe("aligning a large pair off the event loop", () => {
  it(`${PARAGRAPHS} paragraphs a side: the other client is answered throughout`, async () => {
    const job = { article: prepareArticle({ text: `Harga Cabai\n\n${indonesian}` }), indonesianText: indonesian, translation: { text: english } };
    expect(job.indonesianText.length + job.translation.text.length).toBeGreaterThan(200_000);
    const onThread = await timeAlongside(() => alignTranslationOffThread(job, { offThreadChars: Number.MAX_SAFE_INTEGER }), otherClient);
    const offThread = await timeAlongside(() => alignTranslationOffThread(job), otherClient);
    expect(offThread.result.segments).toEqual(onThread.result.segments);
    expect(offThread.result.segments.filter((s) => s.source === "")).toHaveLength(PARAGRAPHS / 10);
    console.log(JSON.stringify({ pairs: offThread.result.segments.length, otherClientWorstMs: { offThread: offThread.other.worstMs, onThreadReference: onThread.other.worstMs } }));
    expect(offThread.other.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
    // The reference: on the request thread the other client waits for the whole alignment.
    expect(onThread.other.worstMs).toBeGreaterThan(offThread.other.worstMs);
  }, 120_000);
});
