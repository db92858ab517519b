/**
 * `npm run bench` (bench/run.mjs): runs every section in bench/sections/ (one module each, exporting
 * `section`), in file-name order, and prints each one's table. `npm run bench -- <word>` runs
 * only the sections whose file name contains the word. Speed is measured here, never in tests.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Section, Table } from './section.js';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];

function format(table: Table): string {
  const widths = table.columns.map((column, i) => Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(table.columns), rule, ...table.rows.map(line), ...(table.note === undefined ? [] : ['', table.note])].join('\n');
}

const files = (await readdir(join(here, 'sections'))).filter((name) => name.endsWith('.js')).sort();
for (const file of files) {
  if (filter !== undefined && !file.includes(filter)) continue;
  const { section } = (await import(pathToFileURL(join(here, 'sections', file)).href)) as { section: Section };
  console.log(`\n## ${section.title}\n`);
  console.log(format(await section.run()));
}
