// TMX text chunks → units, streamed through saxes, which checks well-formedness as it
// goes. A DOCTYPE is refused outright: it is the only way to declare entities (the
// billion-laughs bomb, external entities reading local files), and TMX needs none.
// saxes itself never expands an entity it was not given, so nothing can be fetched.
import { SaxesParser } from "saxes";
import { AppError } from "@/lib/errors";
import { createTmxUnitReader, TmxStructureError, type TmxItem, type XmlEvent } from "@/lib/text/tmx-units";

// Case-insensitive on purpose: "<!doctype" is not XML, but it must not slip through as text.
const DOCTYPE = /<!DOCTYPE/i;
const OVERLAP = "<!DOCTYPE".length - 1;

export async function* readTmxUnits(chunks: AsyncIterable<string>): AsyncGenerator<TmxItem> {
  const parser = new SaxesParser({ position: true });
  const reader = createTmxUnitReader();
  let out: TmxItem[] = [];
  const push = (event: XmlEvent) => {
    const item = reader(event, parser.line);
    if (item) out.push(item);
  };
  parser.on("doctype", () => parser.fail("a DOCTYPE is not allowed (entity declarations are refused)"));
  parser.on("opentag", (tag) => push({ kind: "open", name: tag.name, attributes: tag.attributes as Record<string, string> }));
  parser.on("closetag", (tag) => push({ kind: "close", name: tag.name }));
  parser.on("text", (text) => push({ kind: "text", text }));
  parser.on("cdata", (text) => push({ kind: "text", text }));
  let tail = "";
  let units = 0;
  for await (const chunk of chunks) {
    // Refused before saxes buffers a whole internal subset, however large.
    if (DOCTYPE.test(tail + chunk)) throw malformed(parser, "a DOCTYPE is not allowed (entity declarations are refused)", units);
    tail = chunk.slice(-OVERLAP);
    write(parser, () => parser.write(chunk), units);
    units += out.length;
    yield* out;
    out = [];
  }
  write(parser, () => parser.close(), units);
  yield* out;
}

function write(parser: SaxesParser, step: () => void, units: number): void {
  try {
    step();
  } catch (error) {
    if (error instanceof TmxStructureError) throw new AppError("invalid-input", `Line ${error.line}: ${error.message}`, { line: error.line, unitsRead: units });
    if (error instanceof AppError) throw error;
    // saxes prefixes its messages with "line:column: ".
    const message = error instanceof Error ? error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, "") : String(error);
    throw malformed(parser, message, units);
  }
}

function malformed(parser: SaxesParser, reason: string, units: number): AppError {
  const { line, column } = parser;
  return new AppError(
    "invalid-input",
    `The TMX is not well-formed XML at line ${line}, column ${column}: ${reason}. ${units} unit(s) were read before it; nothing was imported.`,
    { line, column, unitsRead: units },
  );
}
