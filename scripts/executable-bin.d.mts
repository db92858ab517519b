/** Sets mode 0755 on each bin package.json names, its path's `dist/` read as `outDir` (default dist/). */
export function markBinsExecutable(outDir?: string): void;
