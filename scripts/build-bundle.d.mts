/** Writes `<outDir>/sdkgen.cjs` (and its source map) from tsc's output in `outDir`. */
export function buildBundle(outDir?: string): Promise<void>;
