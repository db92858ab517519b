/** The bundle's file name, written beside the folders tsc writes. */
export const BUNDLE_NAME: string;
/** Writes `<outDir>/sdkgen.cjs` (and its source map) from tsc's output in `outDir`. */
export function buildBundle(outDir?: string): Promise<void>;
