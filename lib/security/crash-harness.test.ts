// The crash harness in short: three rounds of kill -9 against the CLI's ingest and worker
// processes, then the checks of lib/security/verify-crash-state.ts. It starts real
// processes (tens of seconds on a slow machine), so it runs in CI or when asked:
//   CRASH_HARNESS=1 npx vitest run lib/security/crash-harness.test.ts
// The full run is `npx tsx scripts/crash-harness.ts --rounds 20`.
import { describe, expect, it } from "vitest";
import { harnessSources, runCrashHarness } from "@/scripts/crash-harness";

const enabled = Boolean(process.env.CI || process.env.CRASH_HARNESS);

describe.skipIf(!enabled)("crash harness (set CRASH_HARNESS=1 to run locally)", () => {
  it(
    "keeps the database whole, translates each sentence once and loses no edit across kill -9s",
    async () => {
      const sources = harnessSources().slice(0, 2);
      const report = await runCrashHarness({ rounds: 3, seed: 20261121, sources, log: (line) => console.log(`[crash] ${line}`) });
      expect(report.rounds).toHaveLength(3);
      expect(report.rounds.flatMap((r) => r.problems)).toEqual([]);
      expect(report.rounds.at(-1)?.documents).toBeGreaterThan(0);
    },
    900_000,
  );
});
