/**
 * Prose the spec wrote as JSON `null` (model/written-null.ts) read as the Java generators read
 * it: the text `null`. openapi-generator 4.2.1 (Go) and swagger-codegen 2.2.2 (Python) print it
 * wherever the field goes (summary lines, parameter and property cells, the sample's comments),
 * from JSON and YAML alike. Checked with each jar: test/emit/go/cases/null-prose,
 * test/emit/python/quirks/null-prose. A target that follows such a generator runs this pass
 * first, so its docs and its code read the same text.
 *
 * openapi-generator 6.0 (Rust) does not run it: it prints no text for such prose in OpenAPI 3 and
 * in YAML (test/emit/rust/quirks/null-prose-openapi3, null-prose-swagger2), and `null` only for a
 * Swagger 2.0 spec written in JSON, which the model cannot tell apart (it keeps no file syntax).
 */
import type { Api } from '../../model/types.js';
import type { ProseKey } from '../../model/written-null.js';
import { rewriteModel } from './model-rewrite.js';

/** What the Java generators print for prose written as `null`. */
export const NULL_TEXT = 'null';

/** The API with every field written as `null` reading `null`; the same API when the spec wrote none. */
export function withNullProseAsText(api: Api): Api {
  return api.nullProse === true ? (rewriteModel(api, asText) as Api) : api;
}

/** One model object with the prose it marks as written `null` reading `null`. */
function asText(record: Record<string, unknown>): Record<string, unknown> {
  const nulls = record.writtenNull as readonly ProseKey[] | undefined;
  if (!Array.isArray(nulls)) return record;
  const copy = { ...record };
  for (const key of nulls) copy[key] = NULL_TEXT;
  return copy;
}
