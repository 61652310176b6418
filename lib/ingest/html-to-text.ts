// A DOM subtree → plain text the way a reader sees it: each paragraph or heading its own
// paragraph (separated by a blank line), list items one per line, page furniture dropped.
// Works on any DOM (linkedom on the server); reads text nodes only, so markup, scripts and
// attribute payloads such as onerror= can never reach the output.
import { isNoise } from "./page-noise";

const SKIPPED = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
  "select", "textarea", "input", "label", "iframe", "frame", "object", "embed", "svg", "math", "canvas",
  "video", "audio", "picture", "img", "map", "dialog", "figure", "head", "title", "meta", "link",
]);

// Elements that start and end a paragraph.
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
  "pre", "ul", "ol", "dl", "table", "address", "center", "details", "hr", "figcaption",
]);
// Elements that start and end a line within a paragraph.
const LINES = new Set(["li", "dt", "dd", "tr", "summary", "caption"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

class ParagraphWriter {
  private readonly paragraphs: string[][] = [];
  private lines: string[] = [];
  private inline = "";
  private afterBreak = false;

  text(value: string): void {
    this.inline += value;
    if (value.trim()) this.afterBreak = false;
  }

  /** <br>: a new line; two in a row (a common way to fake paragraphs) end the paragraph. */
  lineBreak(): void {
    if (this.afterBreak && this.inline.trim() === "") return this.endParagraph();
    this.endLine();
    this.afterBreak = true;
  }

  endLine(): void {
    const line = this.inline.replace(/\s+/g, " ").trim();
    if (line) this.lines.push(line);
    this.inline = "";
  }

  endParagraph(): void {
    this.endLine();
    if (this.lines.length > 0) this.paragraphs.push(this.lines);
    this.lines = [];
    this.afterBreak = false;
  }

  result(): string {
    this.endParagraph();
    return this.paragraphs.map((lines) => lines.join("\n")).join("\n\n");
  }
}

export function elementToText(root: Node): string {
  const writer = new ParagraphWriter();
  walk(root, writer);
  return writer.result();
}

function walk(node: Node, writer: ParagraphWriter): void {
  if (node.nodeType === TEXT_NODE) {
    writer.text(node.textContent ?? "");
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return; // comments, CDATA, doctype
  const element = node as Element;
  const name = node.nodeType === ELEMENT_NODE ? element.nodeName.toLowerCase() : "#document";
  if (SKIPPED.has(name) || (node.nodeType === ELEMENT_NODE && (isHidden(element) || isNoise(element)))) return;
  if (name === "br") return writer.lineBreak();
  const block = BLOCKS.has(name);
  const line = LINES.has(name);
  if (block) writer.endParagraph();
  else if (line) writer.endLine();
  for (const child of Array.from(node.childNodes)) walk(child, writer);
  if (name === "td" || name === "th") writer.text(" ");
  if (block) writer.endParagraph();
  else if (line) writer.endLine();
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute("style") ?? "");
}
