// Both message files must offer the same keys with the same placeholders, so switching
// language can never show a raw key or drop a number.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { ERROR_STATUS } from "@/lib/errors";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Top-level ICU argument names: `{count, plural, …}` → count, `{name}` → name. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const char = message[i];
    if (char === "{") {
      if (depth === 0) {
        const match = /^\{\s*([A-Za-z_][\w]*)/.exec(message.slice(i));
        if (match?.[1]) names.add(match[1]);
      }
      depth++;
    } else if (char === "}") depth--;
  }
  return [...names].sort();
}

const english = flatten(en as Tree);
const indonesian = flatten(id as Tree);

describe("messages", () => {
  it("en and id have the same keys", () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.entries()].map(([key, text]) => ({ key, text })))("$key: same placeholders, not empty", ({ key, text }) => {
    const other = indonesian.get(key) ?? "";
    expect(text.trim()).not.toBe("");
    expect(other.trim()).not.toBe("");
    expect(placeholders(other)).toEqual(placeholders(text));
  });

  it.each(Object.keys(ERROR_STATUS).map((code) => ({ code })))("error code $code has a message", ({ code }) => {
    expect(english.has(`Errors.${code}`)).toBe(true);
  });

  it.each([
    { message: "{count, plural, one {# line} other {# lines}}", expected: ["count"] },
    { message: "{translated}/{total} sentences", expected: ["total", "translated"] },
    { message: "plain", expected: [] },
  ])("placeholders($message)", ({ message, expected }) => {
    expect(placeholders(message)).toEqual(expected);
  });
});
