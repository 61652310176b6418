// A one-line progress bar on a terminal; plain occasional lines when piped.
export function progressReporter(stream: NodeJS.WriteStream) {
  let lastLine = 0;
  return ({ done, total }: { done: number; total: number }, final = false) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `translating [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} sentences`;
    if (stream.isTTY) stream.write(`\r${line}${final ? "\n" : ""}`);
    else if (final || Date.now() - lastLine > 2_000) {
      stream.write(`${line}\n`);
      lastLine = Date.now();
    }
  };
}
