/** Writes the precompiled handlebars templates into `<outDir>/emit/docs/templates.precompiled.cjs`. */
export function buildTemplates(outDir?: string): Promise<void>;
