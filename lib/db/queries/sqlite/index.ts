import "server-only";
// The SQLite side of the dialect boundary (../types.ts): FTS5, json_each and better-sqlite3.
import type { Dialect } from "../types";
import { readChangeSequence } from "./change-sequence";
import { countMentions } from "./count-mentions";
import { readExportSnapshot, withExportSnapshot } from "./export-snapshot";
import { findFuzzyCandidates } from "./fuzzy-candidates";
import { findFuzzyUnitCandidates } from "./fuzzy-unit-candidates";
import { rootConcordance } from "./root-concordance";
import { rebuildSearchIndex, searchSegments } from "./search-segments";
import { documentsContaining, savedWordsContaining } from "./text-contains";

export const sqliteDialect: Dialect = {
  searchSegments,
  rebuildSearchIndex,
  findFuzzyCandidates,
  findFuzzyUnitCandidates,
  rootConcordance,
  countMentions,
  readChangeSequence,
  withExportSnapshot,
  readExportSnapshot,
  savedWordsContaining,
  documentsContaining,
};
