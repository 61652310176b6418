// The committed manifest that pins what `npm run model:download` fetches: one hub commit
// per model and, per file, the size and sha256 to verify. Pure: parsing, lookup and
// updating only; reading and writing the file is the caller's.
import { z } from "zod";

const SHA256 = /^[0-9a-f]{64}$/;
// A hub commit id. Branch names such as "main" are refused on purpose: they move.
const COMMIT = /^[0-9a-f]{40}$/;

const relativePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith("/") && !p.split("/").some((part) => part === ".." || part === "." || part === ""), {
    message: "must be a plain relative path inside the model folder",
  });

export const manifestFileSchema = z.object({
  path: relativePath,
  /** null: not measured yet (see `measured`). */
  size: z.number().int().nonnegative().nullable(),
  sha256: z.string().regex(SHA256, "must be 64 lowercase hex digits").nullable(),
});

export const manifestModelSchema = z.object({
  /** The hub commit; null until `model:download --write-manifest` has pinned it. */
  revision: z.string().regex(COMMIT, "must be a 40-hex commit id").nullable(),
  /** Where the sizes and hashes came from, or null while nobody has measured them. */
  measured: z.string().min(1).nullable(),
  files: z.array(manifestFileSchema),
});

const manifestSchema = z.object({
  $comment: z.string().optional(),
  models: z.record(z.string().min(1), manifestModelSchema),
});

export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ManifestModel = z.infer<typeof manifestModelSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export function parseManifest(text: string, source = "model manifest"): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ");
    throw new Error(`${source} is not a valid model manifest: ${issues}`);
  }
  return parsed.data;
}

/** Two-space JSON with one line per file, so a re-pinned manifest reads as a short diff. */
export function serializeManifest(manifest: Manifest): string {
  const j = (value: unknown) => JSON.stringify(value);
  const files = (list: readonly ManifestFile[]) =>
    list.length === 0
      ? "[]"
      : `[\n${list.map((f) => `        { "path": ${j(f.path)}, "size": ${j(f.size)}, "sha256": ${j(f.sha256)} }`).join(",\n")}\n      ]`;
  const models = Object.entries(manifest.models).map(
    ([name, m]) => `    ${j(name)}: {\n      "revision": ${j(m.revision)},\n      "measured": ${j(m.measured)},\n      "files": ${files(m.files)}\n    }`,
  );
  const comment = manifest.$comment === undefined ? "" : `  "$comment": ${j(manifest.$comment)},\n`;
  return `{\n${comment}  "models": {\n${models.join(",\n")}\n  }\n}\n`;
}

/** What to fetch for one file: the manifest's expectations, null where it has none. */
export type PlannedFile = ManifestFile & { optional: boolean };

/**
 * The files to fetch, in order: required ones, then optional ones. Each carries the
 * manifest's size and sha256 when the manifest pins the model, else nulls.
 */
export function planModelFiles(entry: ManifestModel | undefined, required: readonly string[], optional: readonly string[]): PlannedFile[] {
  const known = new Map((entry?.files ?? []).map((f) => [f.path, f]));
  const plan = (p: string, isOptional: boolean): PlannedFile => ({
    path: p,
    size: known.get(p)?.size ?? null,
    sha256: known.get(p)?.sha256 ?? null,
    optional: isOptional,
  });
  return [...required.map((p) => plan(p, false)), ...optional.filter((p) => !required.includes(p)).map((p) => plan(p, true))];
}

/** A manifest entry is pinned when it names a commit and every listed file has size and hash. */
export function isPinned(entry: ManifestModel | undefined): entry is ManifestModel & { revision: string } {
  return !!entry && entry.revision !== null && entry.files.every((f) => f.size !== null && f.sha256 !== null);
}

/** The manifest with one model's entry replaced by what a download measured; other models untouched. */
export function withMeasuredModel(
  manifest: Manifest,
  model: string,
  measured: { revision: string; files: readonly ManifestFile[]; note: string },
): Manifest {
  // Files measured at another commit (or never) say nothing about this one.
  const current = manifest.models[model];
  const previous = current?.revision === measured.revision ? current.files : [];
  const byPath = new Map(previous.map((f) => [f.path, f]));
  for (const file of measured.files) byPath.set(file.path, { ...file });
  const files = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  return { ...manifest, models: { ...manifest.models, [model]: { revision: measured.revision, measured: measured.note, files } } };
}
