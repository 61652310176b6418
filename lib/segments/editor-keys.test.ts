// The editor's keyboard map: each chord gives one command, and the boundary moves do not
// shadow the plain Alt moves they sit beside.
import { describe, expect, it } from "vitest";
import { keyCommand } from "@/app/_components/editor/editor-keys";

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  keyCommand({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe("keyCommand", () => {
  it.each([
    ["Ctrl+Enter", press("Enter", { ctrlKey: true }), { kind: "save" }],
    ["Ctrl+Shift+Enter", press("Enter", { ctrlKey: true, shiftKey: true }), { kind: "approve" }],
    ["Alt+↓", press("ArrowDown", { altKey: true }), { kind: "move", delta: 1 }],
    ["Alt+↑", press("ArrowUp", { altKey: true }), { kind: "move", delta: -1 }],
    ["Esc", press("Escape"), { kind: "revert" }],
    ["Ctrl+2", press("2", { ctrlKey: true }), { kind: "suggestion", index: 1 }],
    ["Alt+Shift+↓", press("ArrowDown", { altKey: true, shiftKey: true }), { kind: "join-english" }],
    ["Alt+Shift+Enter", press("Enter", { altKey: true, shiftKey: true }), { kind: "split-english" }],
    ["Enter alone types a line break", press("Enter"), null],
    ["Alt+Enter is not a split", press("Enter", { altKey: true }), null],
    ["Ctrl+Alt+Shift+↓ is not a join", press("ArrowDown", { altKey: true, shiftKey: true, ctrlKey: true }), null],
  ])("%s", (_name, command, expected) => {
    expect(command).toEqual(expected);
  });
});
