// Documents for the load test and the reader benchmark, created through the public API
// like a user would, then waited on until translated, so every route has real data.
import { authHeaders } from "./api-auth";

export type LoadFixture = { documentIds: string[]; segments: { id: string; version: number }[] };

const SENTENCES = [
  "Pemerintah Provinsi Jakarta membangun jembatan baru di atas Sungai Ciliwung.",
  "Warga menyambut baik rencana itu karena banjir sering memutus jalan.",
  "Menurut Dinas Bina Marga, pekerjaan dimulai bulan depan dan selesai akhir tahun.",
  "Anggaran proyek berasal dari dana daerah dan bantuan pemerintah pusat.",
  "Para pedagang di pasar dekat sungai berharap usaha mereka tidak terganggu.",
];

/** An Indonesian article of `sentences` sentences, unique per call through `marker`. */
export function loadArticle(marker: string, sentences: number, perParagraph = 5): string {
  const lines: string[] = [`Jembatan Baru di Jakarta ${marker}`, ""];
  for (let i = 0; i < sentences; i += perParagraph) {
    const count = Math.min(perParagraph, sentences - i);
    lines.push(Array.from({ length: count }, (_, j) => `${SENTENCES[(i + j) % SENTENCES.length]?.replace(".", "")} (${marker}-${i + j}).`).join(" "), "");
  }
  return lines.join("\n");
}

export async function ingestAndWait(origin: string, text: string, timeoutMs = 300_000): Promise<string> {
  const response = await fetch(`${origin}/api/documents`, { method: "POST", headers: { "content-type": "application/json", origin, ...authHeaders() }, body: JSON.stringify({ text }) });
  if (response.status !== 202 && response.status !== 200) throw new Error(`ingest failed: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = ((await (await fetch(`${origin}/api/documents/${id}`, { headers: authHeaders() })).json()) as { status: string }).status;
    if (status === "ready") return id;
    if (status === "failed") throw new Error(`document ${id} failed to translate`);
    if (Date.now() > deadline) throw new Error(`document ${id} not translated within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function seedLoadDocuments(origin: string, count = 4): Promise<LoadFixture> {
  const marker = Date.now().toString(36);
  const documentIds: string[] = [];
  for (let i = 0; i < count; i++) documentIds.push(await ingestAndWait(origin, loadArticle(`${marker}${i}`, 40)));
  const segments: LoadFixture["segments"] = [];
  for (const id of documentIds) {
    const response = await fetch(`${origin}/api/segments?documentId=${id}`, { headers: authHeaders() });
    if (!response.ok) continue; // no editor API: the editor route then measures 404s, which the report shows
    const body = (await response.json()) as { segments: { id: string; version: number }[] };
    segments.push(...body.segments.map((s) => ({ id: s.id, version: s.version })));
  }
  return { documentIds, segments };
}
