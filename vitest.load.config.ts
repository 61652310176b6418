// Tests that time another client's request alongside hostile input (issue: responsive
// under heavy work). They run after the main suite, one file at a time, so the figure
// they check is the server's own behaviour, not contention with other test files.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  ...base,
  test: { ...base.test, include: ["lib/**/*.load.test.ts"], exclude: ["**/node_modules/**"], fileParallelism: false },
});
