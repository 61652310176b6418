// Test helper: hands exported bytes to Python's own parsers (csv, xml.dom.minidom,
// zipfile), so the formats are checked by real third-party readers, not by our code.
import { execFileSync, spawnSync } from "node:child_process";

export const pythonAvailable = spawnSync("python3", ["--version"]).status === 0;
if (!pythonAvailable) console.warn("python3 not found: export checks by Python's parsers are skipped");

function runPython(script: string, input: Uint8Array | string): unknown {
  const output = execFileSync("python3", ["-c", script], { input, maxBuffer: 512 * 1024 * 1024 });
  return JSON.parse(output.toString("utf8")) as unknown;
}

/** Rows as Python's csv reader sees them with IANA TSV rules: tab-delimited, no quoting. */
export function parseTsvWithPython(tsv: string): string[][] {
  const script = `
import csv, io, json, sys
text = sys.stdin.buffer.read().decode("utf-8")
rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\\t", quoting=csv.QUOTE_NONE, lineterminator="\\n"))
json.dump(rows, sys.stdout)`;
  return runPython(script, tsv) as string[][];
}

export type ParsedTmx = {
  root: string;
  version: string | null;
  header: Record<string, string>;
  units: { tuid: string; attributes: Record<string, string>; props: Record<string, string>; variants: { lang: string; text: string }[] }[];
};

/** Parses TMX with minidom (expat: strict, fails on any well-formedness error). */
export function parseTmxWithPython(tmx: string): ParsedTmx {
  const script = `
import json, sys
from xml.dom import minidom
doc = minidom.parseString(sys.stdin.buffer.read())
root = doc.documentElement
def elements(node, name):
    return [c for c in node.childNodes if c.nodeType == c.ELEMENT_NODE and c.tagName == name]
def text(node):
    return "".join(c.data for c in node.childNodes if c.nodeType in (c.TEXT_NODE, c.CDATA_SECTION_NODE))
def attrs(node):
    return {k: v for k, v in node.attributes.items()}
header = elements(root, "header")
body = elements(root, "body")
assert len(header) == 1 and len(body) == 1, "tmx needs one header and one body"
units = []
for tu in elements(body[0], "tu"):
    props = {p.getAttribute("type"): text(p) for p in elements(tu, "prop")}
    variants = []
    for tuv in elements(tu, "tuv"):
        segs = elements(tuv, "seg")
        assert len(segs) == 1, "tuv needs exactly one seg"
        variants.append({"lang": tuv.getAttribute("xml:lang"), "text": text(segs[0])})
    units.append({"tuid": tu.getAttribute("tuid"), "attributes": attrs(tu), "props": props, "variants": variants})
json.dump({"root": root.tagName, "version": root.getAttribute("version") or None, "header": attrs(header[0]), "units": units}, sys.stdout)`;
  return runPython(script, tmx) as ParsedTmx;
}

/** The entries of a zip as Python's zipfile reads them (CRC-checked), decoded as UTF-8. */
export function readZipWithPython(zip: Uint8Array): Record<string, string> {
  const script = `
import io, json, sys, zipfile
archive = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
assert archive.testzip() is None, "corrupt entry"
json.dump({name: archive.read(name).decode("utf-8") for name in archive.namelist()}, sys.stdout)`;
  return runPython(script, zip) as Record<string, string>;
}
