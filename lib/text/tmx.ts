// TMX 1.4b serialisation, pure. Text is escaped for XML 1.0 and characters XML 1.0
// cannot carry at all (most C0 controls, U+FFFE/U+FFFF, lone surrogates) are removed,
// so any stored sentence yields a file a strict parser accepts.

export type TmxHeader = {
  srcLang: string;
  adminLang: string;
  creationTool: string;
  creationToolVersion: string;
  creationDate: Date;
};

export type TmxUnit = {
  id: string;
  createdAt: Date | string;
  changedAt: Date | string;
  props: readonly (readonly [type: string, value: string])[];
  variants: readonly (readonly [lang: string, text: string])[];
};

// Lone surrogates are matched pairwise-aware: a high surrogate not followed by a low
// one, or a low surrogate not preceded by a high one.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// CR is written as a reference: a parser turns a literal CR (or CRLF) into LF, which
// would silently change the text. Tab and LF survive in element content as they are.
const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };
// Attribute values are whitespace-normalised by parsers, so tab and LF need references too.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, "\t": "&#9;", "\n": "&#10;" };

// Most text needs no change at all; one test skips three replaces on a big export.
// Any surrogate (even a valid pair) takes the slow path, which keeps pairs intact.
const NEEDS_WORK = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function removeXmlForbidden(value: string): string {
  return value.replace(FORBIDDEN, "");
}

export function escapeXmlText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return removeXmlForbidden(value).replace(/[&<>"\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

export function escapeXmlAttribute(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return removeXmlForbidden(value).replace(/[&<>"\r\t\n]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const UTC_ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:Z|\+00:00)$/;

/**
 * TMX dates are UTC in the compact ISO 8601 form YYYYMMDDThhmmssZ. ISO text already in
 * UTC (how dates are stored) is rearranged without a Date: a million-unit export
 * would otherwise spend seconds parsing.
 */
export function tmxDate(value: Date | string): string {
  if (typeof value === "string") {
    const utc = UTC_ISO.exec(value);
    if (utc) return `${utc[1]}${utc[2]}${utc[3]}T${utc[4]}${utc[5]}${utc[6]}Z`;
    return tmxDate(new Date(value));
  }
  return `${value.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

export function tmxOpening(header: TmxHeader): string {
  const attributes = [
    ["creationtool", header.creationTool],
    ["creationtoolversion", header.creationToolVersion],
    ["datatype", "plaintext"],
    ["segtype", "sentence"],
    ["adminlang", header.adminLang],
    ["srclang", header.srcLang],
    ["o-tmf", header.creationTool],
    ["creationdate", tmxDate(header.creationDate)],
  ];
  const attributeText = attributes.map(([name, value]) => `${name}="${escapeXmlAttribute(value ?? "")}"`).join(" ");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header ${attributeText}/>\n<body>\n`;
}

export function tmxUnit(unit: TmxUnit): string {
  const dates = `creationdate="${tmxDate(unit.createdAt)}" changedate="${tmxDate(unit.changedAt)}"`;
  let out = `<tu tuid="${escapeXmlAttribute(unit.id)}" ${dates}>`;
  for (const [type, value] of unit.props) {
    out += `<prop type="${escapeXmlAttribute(type)}">${escapeXmlText(value)}</prop>`;
  }
  for (const [lang, text] of unit.variants) {
    out += `<tuv xml:lang="${escapeXmlAttribute(lang)}"><seg>${escapeXmlText(text)}</seg></tuv>`;
  }
  return `${out}</tu>\n`;
}

export const TMX_CLOSING = "</body>\n</tmx>\n";
