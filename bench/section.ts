/** What a benchmark section gives the runner: a title and a table, printed as it comes. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** One line under the table: what was measured, on what input. */
  readonly note?: string;
}

export interface Section {
  readonly title: string;
  run(): Table | Promise<Table>;
}

/** Milliseconds since `start` (a performance.now() reading), to two decimals. */
export function elapsedMs(start: number): string {
  return (performance.now() - start).toFixed(2);
}
