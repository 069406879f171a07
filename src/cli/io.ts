/** Where a CLI command writes: lines to stdout and stderr (tests capture them). */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}
