// Worker-thread entry: deletes the units of failed imports (lib/db/queries/memory-import.ts)
// in batches, off the event loop, after an import was cut short from outside its own thread.
import { serveOffThread } from "@/lib/threads/serve-off-thread";
import { sweepFailedMemoryImports } from "@/lib/db/queries/memory-import";

serveOffThread(() => sweepFailedMemoryImports());
