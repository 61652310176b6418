// Engine ids look like "neural:Xenova/opus-mt-id-en" or "draft:lexicon"; the id is
// shown as-is (it is what exports record), with drafts set apart in the draft colour.
export function EngineName({ engine }: { engine: string }) {
  const isDraft = engine.startsWith("draft:");
  return (
    <code className={`rounded bg-sunken px-1.5 py-0.5 font-mono text-[0.8em] ${isDraft ? "text-draft" : "text-ink"}`}>
      {engine}
    </code>
  );
}
