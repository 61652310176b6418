// Wake-ups reach a worker through the watched wake file, even after the file was
// deleted and written again (a cleaned data folder), not only through the in-process event.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { onWake, wakeFile } from "./worker-signal";
import { waitFor } from "@/lib/test/worker-fixtures";

describe("the worker wake file", () => {
  it("wakes a listener when another process writes it, also after it was deleted", async () => {
    let wakes = 0;
    const stop = onWake(() => (wakes += 1));
    try {
      fs.writeFileSync(wakeFile(), "1\n");
      await waitFor(() => wakes > 0, 5_000);
      fs.rmSync(wakeFile());
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = wakes;
      fs.writeFileSync(wakeFile(), "2\n");
      await waitFor(() => wakes > before, 5_000);
    } finally {
      stop();
    }
    expect(wakes).toBeGreaterThan(1);
  });
});
