// The download and generation settings added to lib/env.ts: defaults, and bad values refused.
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "@/lib/env";

const NAMES = ["TRANSLATION_NUM_BEAMS", "MODEL_HUB_URL", "MODEL_DOWNLOAD_STALL_MS"] as const;
const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));

afterEach(() => {
  for (const name of NAMES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  resetEnvCache();
});

function withEnv(values: Partial<Record<(typeof NAMES)[number], string>>) {
  for (const name of NAMES) delete process.env[name];
  Object.assign(process.env, values);
  resetEnvCache();
  return env();
}

describe("download and beam settings", () => {
  it("default to greedy decoding, the public hub and a 30 s stall timeout", () => {
    const config = withEnv({});
    expect([config.TRANSLATION_NUM_BEAMS, config.MODEL_HUB_URL, config.MODEL_DOWNLOAD_STALL_MS]).toEqual([1, "https://huggingface.co", 30_000]);
  });

  it("read values from the environment", () => {
    const config = withEnv({ TRANSLATION_NUM_BEAMS: "4", MODEL_HUB_URL: "http://127.0.0.1:8080", MODEL_DOWNLOAD_STALL_MS: "5000" });
    expect([config.TRANSLATION_NUM_BEAMS, config.MODEL_HUB_URL, config.MODEL_DOWNLOAD_STALL_MS]).toEqual([4, "http://127.0.0.1:8080", 5_000]);
  });

  it.each([
    [{ TRANSLATION_NUM_BEAMS: "0" }, /TRANSLATION_NUM_BEAMS/],
    [{ TRANSLATION_NUM_BEAMS: "9" }, /TRANSLATION_NUM_BEAMS/],
    [{ TRANSLATION_NUM_BEAMS: "2.5" }, /TRANSLATION_NUM_BEAMS/],
    [{ MODEL_HUB_URL: "ftp://example.org" }, /MODEL_HUB_URL/],
    [{ MODEL_HUB_URL: "not a url" }, /MODEL_HUB_URL/],
    [{ MODEL_DOWNLOAD_STALL_MS: "10" }, /MODEL_DOWNLOAD_STALL_MS/],
  ])("refuse %j", (values, message) => {
    expect(() => withEnv(values)).toThrow(message);
  });
});
