// cli delete <id> | trash [--json] | undelete <id> | rename <id> <title> | purge [<id>] [--all]:
// the document lifecycle, through the same operations as the API, attributed to --as <email>
// or to "cli". `purge` with no id removes only
// what has been in the trash longer than 30 days; emptying the whole trash at once
// needs --all, so a bare `purge` can never destroy anything still in its grace period.
import { parseArgs } from "node:util";
import { deleteDocument } from "@/lib/documents/delete-document";
import { renameDocument } from "@/lib/documents/rename-document";
import { undeleteDocument } from "@/lib/documents/undelete-document";
import { purgeDocument, purgeExpiredTrash, purgeWholeTrash } from "@/lib/documents/purge-document";
import { listTrash } from "@/lib/documents/list-trash";
import { AppError } from "@/lib/errors";
import { toAppError } from "@/lib/operation-result";
import { cliActor } from "./cli-actor";

const AS_OPTION = { as: { type: "string" } } as const;

function oneId(command: string, args: string[]): { id: string; as: string | undefined } {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: AS_OPTION });
  const [id, extra] = positionals;
  if (!id || extra !== undefined) throw new AppError("invalid-input", `${command} needs exactly one document id`);
  return { id, as: values.as };
}

export async function runDelete(args: string[]): Promise<number> {
  const { id, as } = oneId("delete", args);
  const result = await deleteDocument(id, await cliActor(as));
  if (!result.ok) throw toAppError(result);
  process.stdout.write(`moved to the trash: ${result.id} ${result.title} (purged after ${result.purgeAt})\n`);
  return 0;
}

export async function runUndelete(args: string[]): Promise<number> {
  const { id, as } = oneId("undelete", args);
  const result = await undeleteDocument(id, await cliActor(as));
  if (!result.ok) throw toAppError(result);
  process.stdout.write(`restored: ${result.id} ${result.title}\n`);
  return 0;
}

export async function runRename(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: AS_OPTION });
  const [id, title, extra] = positionals;
  if (!id || title === undefined || extra !== undefined) throw new AppError("invalid-input", 'rename needs a document id and one title (quote it: rename <id> "New title")');
  const result = await renameDocument(id, title, await cliActor(values.as));
  if (!result.ok) throw toAppError(result);
  process.stdout.write(`renamed: ${result.id} ${result.title}\n`);
  return 0;
}

export async function runTrash(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
  const documents = await listTrash();
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
    return 0;
  }
  for (const d of documents) process.stdout.write(`${d.id}  deleted ${d.deletedAt}  purged after ${d.purgeAt}  ${d.title}\n`);
  process.stderr.write(`${documents.length} document(s) in the trash\n`);
  return 0;
}

export async function runPurge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { all: { type: "boolean" } } });
  const [id, extra] = positionals;
  if (extra !== undefined || (id && values.all)) throw new AppError("invalid-input", "purge takes one document id, or --all, or nothing (expired only)");
  if (id) {
    const result = await purgeDocument(id);
    if (!result.ok) throw toAppError(result);
    process.stdout.write(`purged: ${result.id}\n`);
    return 0;
  }
  const purged = values.all ? await purgeWholeTrash() : await purgeExpiredTrash(new Date());
  for (const purgedId of purged) process.stdout.write(`purged: ${purgedId}\n`);
  process.stderr.write(`${purged.length} document(s) purged${values.all ? "" : " (in the trash longer than 30 days; --all empties the whole trash)"}\n`);
  return 0;
}
