/**
 * Column alignment as gofmt's tabwriter does it (padding 1, spaces): a line is a list of cells;
 * every cell but a line's last is padded to the width of its column, where a column is a run of
 * consecutive lines that all have a cell after it. Runs of column n are found inside the runs of
 * column n-1, so a line with fewer cells ends the alignment of the columns it lacks.
 */
function width(text: string): number {
  // Code points, as `[...text].length` counts them (a surrogate pair one, a lone surrogate one),
  // without an array per cell.
  let count = text.length;
  for (let i = 0; i + 1 < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

function alignFrom(rows: readonly (readonly string[])[], column: number, start: number, end: number, out: string[][]): void {
  let line = start;
  while (line < end) {
    if ((rows[line]?.length ?? 0) <= column + 1) {
      line += 1;
      continue;
    }
    let stop = line;
    while (stop < end && (rows[stop]?.length ?? 0) > column + 1) stop += 1;
    let widest = 0;
    for (let i = line; i < stop; i += 1) widest = Math.max(widest, width(rows[i]?.[column] ?? ''));
    const columnWidth = widest + 1;
    for (let i = line; i < stop; i += 1) {
      const cell = rows[i]?.[column] ?? '';
      const target = out[i];
      if (target) target[column] = cell + ' '.repeat(columnWidth - width(cell));
    }
    alignFrom(rows, column + 1, line, stop, out);
    line = stop;
  }
}

/** The lines, cells joined with the padding gofmt would give them. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const out = rows.map((r) => [...r]);
  alignFrom(rows, 0, 0, rows.length, out);
  return out.map((cells) => cells.join(''));
}
