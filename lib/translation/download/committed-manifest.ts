// Reads and writes the committed manifest file. Paths are relative to the project root,
// which is the working directory of every npm script and of `next start`.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseManifest, serializeManifest, type Manifest, type ManifestModel } from "./model-manifest";

export const COMMITTED_MANIFEST = path.join("lib", "translation", "download", "model-manifest.json");

export function readCommittedManifest(file = COMMITTED_MANIFEST): Manifest {
  const full = path.resolve(/* turbopackIgnore: true */ file);
  return parseManifest(readFileSync(full, "utf8"), full);
}

/** The committed entry for a model; undefined for a model the manifest does not list. */
export function committedManifestEntry(model: string, file = COMMITTED_MANIFEST): ManifestModel | undefined {
  return readCommittedManifest(file).models[model];
}

export function writeCommittedManifest(manifest: Manifest, file = COMMITTED_MANIFEST): void {
  const full = path.resolve(file);
  writeFileSync(`${full}.tmp`, serializeManifest(manifest));
  renameSync(`${full}.tmp`, full);
}
