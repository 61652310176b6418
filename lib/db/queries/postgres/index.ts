import "server-only";
// The PostgreSQL side of the dialect boundary (../types.ts): tsvector, pg_trgm, cursors.
import type { Dialect } from "../types";
import { readChangeSequence } from "./change-sequence";
import { countMentions } from "./count-mentions";
import { readExportSnapshot, withExportSnapshot } from "./export-snapshot";
import { findFuzzyCandidates } from "./fuzzy-candidates";
import { findFuzzyUnitCandidates } from "./fuzzy-unit-candidates";
import { rootConcordance } from "./root-concordance";
import { rebuildSearchIndex, searchSegments } from "./search-segments";
import { documentsContaining, savedWordsContaining } from "./text-contains";

export const postgresDialect: Dialect = {
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
