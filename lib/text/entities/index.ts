// Public surface of entity spotting, the glossary's pure core.
export { findEntities } from "./find-entities";
export { entityKey } from "./entity-key";
export { checkTerms } from "./check-terms";
export { markRenderings } from "./mark-renderings";
export { GAZETTEER, entryByKey, lookupName, type GazetteerEntry } from "./gazetteer";
export type { EntityMatch, EntityType, Rendering, RenderingSpan, SentenceInput, TermCheck, TermEntry, TermMismatch } from "./types";
