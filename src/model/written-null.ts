/**
 * Prose a spec wrote as JSON `null` (`"description": null`, from tools that serialise every
 * field; Looker's 4.0 spec has three). sdkgen reads it as no text, and the loader warns. The Java
 * generators two reference doc styles follow read it as the text `null` (Jackson's `asText` of a
 * null node): openapi-generator 4.2.1 and swagger-codegen 2.2.2 (checked with each jar). So the
 * model keeps which fields were written so, and a target that follows such a generator asks for
 * them (emit/kit/null-prose.ts).
 */
export type ProseKey = 'summary' | 'description';

/** The prose fields of one element written as `null`, present only when there is one. */
export type WrittenNull = readonly ProseKey[];

/** Set once any element of the spec has prose written as `null`: the kit's pass runs only then. */
export interface NullProseSeen {
  any: boolean;
}

/** `node`'s `keys` written as `null`, or undefined; records on `seen` that the spec has some. */
export function writtenNull(node: Record<string, unknown>, keys: readonly ProseKey[], seen: NullProseSeen): WrittenNull | undefined {
  let found: ProseKey[] | undefined;
  for (const key of keys) if (node[key] === null) (found ??= []).push(key);
  if (found !== undefined) seen.any = true;
  return found;
}
