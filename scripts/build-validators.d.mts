/** Writes the standalone OpenAPI schema validators into `<outDir>/load/validators/`. */
export function buildValidators(outDir?: string): Promise<void>;
