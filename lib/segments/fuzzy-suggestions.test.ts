import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findFuzzySuggestions } from "./fuzzy-suggestions";
import { fuzzyMatchExpression } from "@/lib/db/queries/sqlite/fuzzy-candidates";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { describeEachProvider } from "@/lib/test/providers";

let focus = "";

describe("fuzzyMatchExpression", () => {
  it("quotes every word inside one column filter", () => {
    expect(fuzzyMatchExpression(["anak-anak", 'se"nin', "or"])).toBe('source : ("anak-anak" OR "senin" OR "or")');
  });
});

describeEachProvider("fuzzy suggestions", () => {
  beforeEach(async () => {
    await db.document.deleteMany();
    await seedDocument([
      { source: "Harga beras naik lagi pada hari Senin.", status: "approved", target: "Rice prices rose again on Monday." },
      { source: "Harga gula naik lagi pada hari Senin.", status: "edited", target: "Sugar prices rose again on Monday." },
      { source: "Harga beras turun lagi pada hari Selasa.", status: "edited", target: "Rice prices fell again on Tuesday." },
      { source: "Harga beras naik lagi pada hari Senin pagi ini.", status: "edited", target: "Rice prices rose again this Monday morning." },
      { source: "Harga beras naik lagi pada hari Senin.", status: "machine", target: "machine output is not a suggestion" },
      { source: "Presiden tiba di Jakarta kemarin.", status: "approved", target: "The president arrived in Jakarta yesterday." },
      { source: "Harga beras naik lagi pada hari Senin.", status: "edited", target: "" },
      { source: "Harga beras naik lagi pada hari Senin itu.", status: "edited", target: "Rice prices rose again on that Monday." },
    ]);
    const editing = await seedDocument([{ source: "Harga beras naik lagi pada hari Senin ini." }]);
    focus = idAt(editing.ids, 0);
  });

  describe("findFuzzySuggestions", () => {
    it("offers up to three reviewed sentences at or above 75%, best first", async () => {
      const result = await findFuzzySuggestions(focus);
      if (!result.ok) throw new Error(result.message);
      // 89% (one word added), then two at 88% with the approved one first; the 75% match
      // ("gula", one word fewer) is cut by the limit, 62% and machine output never qualify.
      expect(result.suggestions.map((s) => [s.target, s.percent, s.status])).toEqual([
        ["Rice prices rose again this Monday morning.", 89, "edited"],
        ["Rice prices rose again on Monday.", 88, "approved"],
        ["Rice prices rose again on that Monday.", 88, "edited"],
      ]);
    });

    it("includes a match at exactly 75%", async () => {
      await db.segment.deleteMany({ where: { source: { startsWith: "Harga beras naik" }, id: { not: focus } } });
      const result = await findFuzzySuggestions(focus);
      if (!result.ok) throw new Error(result.message);
      expect(result.suggestions.map((s) => [s.target, s.percent])).toEqual([["Sugar prices rose again on Monday.", 75]]);
    });

    it("finds nothing for a sentence with no similar reviewed sentence", async () => {
      const other = await seedDocument([{ source: "Banjir melanda kota Medan." }]);
      expect(await findFuzzySuggestions(idAt(other.ids, 0))).toEqual({ ok: true, suggestions: [] });
    });

    it("leaves out sentences of documents in the trash", async () => {
      await db.segment.deleteMany({ where: { source: { startsWith: "Harga" }, id: { not: focus } } });
      const trashed = await seedDocument([{ source: "Harga beras naik lagi pada hari Senin.", status: "approved", target: "From the trash." }]);
      const before = await findFuzzySuggestions(focus);
      expect(before).toMatchObject({ ok: true, suggestions: [{ target: "From the trash." }] });
      await db.document.update({ where: { id: trashed.documentId }, data: { deletedAt: new Date() } });
      expect(await findFuzzySuggestions(focus)).toEqual({ ok: true, suggestions: [] });
    });

    it("sees a correction as soon as it is saved (the index follows the target)", async () => {
      const fresh = await seedDocument([{ source: "Harga beras naik lagi pada hari Senin ini juga.", status: "machine" }]);
      const id = idAt(fresh.ids, 0);
      await db.segment.update({ where: { id }, data: { status: "approved", target: "Rice prices rose again this Monday too." } });
      const result = await findFuzzySuggestions(focus);
      if (!result.ok) throw new Error(result.message);
      expect(result.suggestions.map((s) => s.target)).toContain("Rice prices rose again this Monday too.");
    });

    it("finds hyphenated words and treats FTS5 syntax in a sentence as plain text", async () => {
      const hostile = 'Anak-anak "bermain" OR NEAR(bola) source: di* taman kota AND NOT sore.';
      await seedDocument([{ source: 'Anak-anak "bermain" OR NEAR(bola) source: di* taman kota AND NOT pagi.', status: "edited", target: "Children play." }]);
      const other = await seedDocument([{ source: hostile }]);
      const result = await findFuzzySuggestions(idAt(other.ids, 0));
      if (!result.ok) throw new Error(result.message);
      expect(result.suggestions.map((s) => s.target)).toEqual(["Children play."]);
    });

    it("finds a sentence in capitals and with accents: the index folds both", async () => {
      await db.segment.deleteMany({ where: { source: { startsWith: "Harga" }, id: { not: focus } } });
      await seedDocument([{ source: "HARGA BÉRAS NAIK LAGI PADA HARI SENIN INI JUGA.", status: "approved", target: "Shouted." }]);
      const result = await findFuzzySuggestions(focus);
      if (!result.ok) throw new Error(result.message);
      expect(result.suggestions.map((s) => [s.target, s.percent])).toEqual([["Shouted.", 78]]);
    });

    it("returns not-found for an unknown id", async () => {
      expect(await findFuzzySuggestions("nope")).toMatchObject({ ok: false, code: "not-found" });
    });
  });
});
