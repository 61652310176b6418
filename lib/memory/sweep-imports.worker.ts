// Worker-thread entry: deletes the units of failed imports (memory-import-sweep.ts) in
// batches, off the event loop, after an import was cut short from outside its own thread.
import { serveOffThread } from "@/lib/threads/serve-off-thread";
import { inTransaction, openHandle } from "@/lib/db/queries/sqlite/memory-import-writer";
import { sweepFailedImports } from "@/lib/db/queries/sqlite/memory-import-sweep";

serveOffThread(async () => {
  const handle = openHandle();
  try {
    return await sweepFailedImports(handle, (work) => inTransaction(handle, work));
  } finally {
    handle.close();
  }
});
