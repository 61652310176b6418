// Selaras on the command line: `npm run cli -- <command>`. Every command brings the
// database up to date first, like the web server does.
import { migrateDatabase } from "@/lib/migrate";
import { disconnectDatabase } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { runIngest } from "./ingest-command";
import { runShow } from "./show-command";
import { runExport } from "./export-command";
import { runWorker } from "./worker-command";
import { runGlossary } from "./glossary-command";
import { runDelete, runPurge, runRename, runTrash, runUndelete } from "./trash-commands";
import { runUser } from "./user-command";
import { runToken } from "./token-command";
import { runMemory } from "./memory-command";

const USAGE = `Usage: npm run cli -- <command>

  ingest <files…> [--wait] [--json] [--title <t>]   add .txt/.html articles; --wait translates first
    [--translation en.txt]                         with one file: its published English, aligned
  show <id> [--json]                                 print a document side by side
  export [--format tsv|tmx|moses|jsonl|glossary] [--status translated|checked|approved]
         [--document <id>]… [--dedupe|--no-dedupe] [--drafts] [--header] [--columns meta] [--spreadsheet] [--out <file>]
                                                     aligned pairs to stdout or a file (moses needs --out)
  worker                                             run the translation worker alone
  migrate                                            apply pending database migrations only
  glossary [--json | --tsv] [--type <t>] [--search <q>]
                                                     the named-entity glossary with mention counts
  delete <id>                                        move a document to the trash (restorable for 30 days)
  trash [--json]                                     list the documents in the trash
  undelete <id>                                      bring a document back from the trash
  rename <id> <title>                                change a document's display title
  purge [<id> | --all]                               remove for good: one trashed document, the whole
                                                     trash (--all), or with no argument only what has
                                                     been in the trash longer than 30 days
  user create --email <e> --password <p> [--name <n>] [--role owner|editor|reader]
  user reset-password --email <e> --password <p>     sets a password and ends that user's sessions
  user list [--json]
  token create --email <e> [--name <n>]              prints a new API token once
  token list --email <e> [--json] | token revoke --email <e> --id <id>
  memory import <file> [--format tmx|tsv|moses] [--target <file.en>] [--as <email>] [--json]
                                                     existing parallel data into translation memory
                                                     (streamed; all or nothing; --target for Moses)
  memory list [--json] | memory remove <id>          the imports; remove one and its units

  ingest, delete, undelete, rename and memory import take --as <email>: the user their
  changes are attributed to (default: "cli").`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  ingest: runIngest,
  show: runShow,
  export: runExport,
  worker: runWorker,
  migrate: async () => 0, // main() migrates before every command
  glossary: runGlossary,
  delete: runDelete,
  trash: runTrash,
  undelete: runUndelete,
  purge: runPurge,
  rename: runRename,
  user: runUser,
  token: runToken,
  memory: runMemory,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  await migrateDatabase();
  try {
    return await command(args);
  } finally {
    // On PostgreSQL open pools (Prisma's, the queue engine's) would keep the process alive.
    await disconnectDatabase().catch(() => undefined);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`selaras: ${isAppError(error) || error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
