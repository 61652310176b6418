// Limits of a correction, shared by the API's validation and the editor's field.
export const MAX_TARGET_CHARS = 10_000;
