import { describe, expect, it } from "vitest";
import { createUser } from "./create-user";
import { getPreferences, updatePreferences } from "./preferences";
import { preferencesBody } from "./request-bodies";

describe("preferences", () => {
  it("are null until set, then stored with the account", async () => {
    const user = await createUser({ email: "p@example.com", name: "P", password: "correct horse battery", role: "reader" });
    expect(await getPreferences(user.id)).toEqual({ readingMode: null, locale: null });
    expect(await updatePreferences(user.id, { readingMode: "interlinear", locale: "id" })).toEqual({ readingMode: "interlinear", locale: "id" });
    expect(await updatePreferences(user.id, { locale: null })).toEqual({ readingMode: "interlinear", locale: null });
  });

  it.each([{ readingMode: "upside-down" }, { locale: "fr" }, { role: "owner" }])("refuses %o", (body) => {
    expect(preferencesBody.safeParse(body).success).toBe(false);
  });
});
