// Keys of the export statistics that stand for "not recorded", shared with the page
// (which must not import the server-only statistics query).

/** Pairs whose engine was never recorded. */
export const UNKNOWN_ENGINE = "unknown";
/** Edited or approved pairs whose reviewer was never recorded. */
export const UNKNOWN_REVIEWER = "unknown";
