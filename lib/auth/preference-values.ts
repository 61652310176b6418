export type ReaderModeName = "side-by-side" | "interlinear" | "learning";
