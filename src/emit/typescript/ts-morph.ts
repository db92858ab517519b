/**
 * ts-morph's values (the structure printer, its enums, CodeBlockWriter), loaded with require.
 * ts-morph is CommonJS: an ESM `import { … } from 'ts-morph'` first has Node scan its 1 MB
 * source for the names it exports (cjs-module-lexer), about 0.15 s of CPU on every run, before
 * the same source is compiled anyway. Types still come from `import type … from 'ts-morph'`.
 */
import { createRequire } from 'node:module';

const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');

export const { CodeBlockWriter, printStructure, StructureKind, VariableDeclarationKind } = tsMorph;
/** The writer's type, under the same name as its class (a value above). */
export type CodeBlockWriter = import('ts-morph').CodeBlockWriter;
