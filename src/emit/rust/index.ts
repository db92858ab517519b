/**
 * The `rust` target: a crate in the shape of openapi-generator 6.0's Rust client (reqwest
 * library), with its docs in that generator's style: README.md, docs/<Class>.md per API class and
 * docs/<Model>.md per model, hoisted inline models included. Docs and code are both printed from one plan (plan.ts).
 */
import { ordinal } from '../docs/apis.js';
import { render } from '../docs/templates.js';
import { gatherInlineModels, OPENAPI_GENERATOR_6 } from '../kit/inline-models-gather.js';
import { isExactFormMedia } from '../kit/inline-models.js';
import { withReferencedParametersWinning } from '../kit/referenced-parameters.js';
import { someSchema } from '../kit/schema-walk.js';
import { withStrayRefsUnfollowed } from '../kit/stray-refs.js';
import type { Api, MediaContent, Operation, Schema } from '../../model/types.js';
import type { EmittedFile, Target, TargetOptions } from '../target.js';
import { apiDocView } from './api-view.js';
import { crateFiles } from './code/crate.js';
import { withExtensionNullableIgnored } from './extension-nullable.js';
import { withInnerRefsNamed } from '../kit/inner-refs.js';
import { withItemsBesideAsArrays } from '../kit/items-beside.js';
import { withValuesBesideAsMaps } from '../kit/values-beside.js';
import { modelDocView } from './model-view.js';
import { rustPlan, type RustPlan } from './plan.js';
import { readmeView } from './readme-view.js';

export { operationNames } from './plan.js';

/**
 * `$ref`s into `#/paths/...` read as 6.0 reads them (kit/stray-refs.ts), except in request bodies:
 * 6.0 drops a form body's fields so reached and sends a string body as an object, where the
 * followed schema gives the client the form's fields and the string (left as the spec means them).
 */
function strayRefsRead(spec: Api, reference: boolean): Api {
  if (reference) return withInnerRefsNamed(withStrayRefsUnfollowed(withStrayParametersUnknown(withoutOpenIdConnect(withExtensionNullableIgnored(spec))), true), { proseBesideAllOf: true });
  // Most specs write none (GitHub's): then the reading would only copy every operation.
  if (!hasStrayRefs(spec)) return spec;
  const read = withStrayRefsUnfollowed(spec);
  if (read === spec) return spec;
  return { ...read, operations: read.operations.map((op, i) => ({ ...op, requestBody: spec.operations[i]?.requestBody })) };
}

/**
 * Whether withStrayRefsUnfollowed (without `everywhere`) has anything to read: a schema or a
 * response written as such a `$ref`. Without one it changes no schema and drops no response, and
 * each operation's `produces` it lists again is the model's own (its responses' media types).
 */
function hasStrayRefs(spec: Api): boolean {
  const responses = (ops: readonly Operation[]): boolean => ops.some((op) => op.responses.some((r) => r.strayRef !== undefined) || (op.callbacks ?? []).some((c) => responses(c.operations)));
  return responses(spec.operations) || someSchema(spec, (schema) => schema.strayRef !== undefined);
}

/** What 6.0 types a parameter whose schema is a `$ref` into `#/paths/...`: `ErrorUnknown`, a type no crate has. */
const ERROR_UNKNOWN: Schema = { kind: 'any', object: false, declared: 'ErrorUnknown', nullable: false, readOnly: false, writeOnly: false, deprecated: false };
const NO_FIELDS: Schema = { kind: 'any', object: true, nullable: false, readOnly: false, writeOnly: false, deprecated: false };

/**
 * For referenceDocs: every stray reference read as 6.0 reads it, where the client would be wrong
 * (README "Exactness"): a parameter so typed is `ErrorUnknown`; the rest kit/stray-refs.ts does
 * everywhere (a text body an object, a form body's fields gone).
 */
function withStrayParametersUnknown(spec: Api): Api {
  const unknown = (op: Operation): Operation => {
    const parameters = op.parameters.map((p) => (p.schema.strayRef === undefined ? p : { ...p, schema: ERROR_UNKNOWN }));
    // A form body so written has no fields to 6.0, so no parameter; its media type stays.
    const body = op.requestBody;
    const fieldless = (c: MediaContent): MediaContent => (isExactFormMedia(c.mediaType) && c.schema.strayRef !== undefined ? { ...c, schema: NO_FIELDS } : c);
    return { ...op, parameters, requestBody: body && { ...body, content: body.content.map(fieldless) } };
  };
  return { ...spec, operations: spec.operations.map(unknown) };
}

/**
 * For referenceDocs: 6.0 leaves an OpenID Connect scheme out of an operation's Authorization line
 * (ex-3-security: `No authorization required`), where sdkgen's crate sends its token and the docs say so.
 */
function withoutOpenIdConnect(spec: Api): Api {
  const openId = new Set(spec.securitySchemes.filter((s) => s.type === 'openIdConnect').map((s) => s.name));
  if (openId.size === 0) return spec;
  const kept = (op: Operation): Operation => ({ ...op, security: op.security.map((r) => ({ schemes: r.schemes.filter((s) => !openId.has(s.name)) })) });
  return { ...spec, operations: spec.operations.map(kept) };
}

/**
 * The Api 6.0 names things in, and its plan: 6.0 hoists inline objects into models before naming
 * anything; so do we (kit), after reading `items` beside another type as its parser does
 * (for sdkgen's crate only where a composition allows the array: kit/items-beside.ts).
 * `reference`: as 6.0 names them, safety deviations undone (referenceDocs).
 */
function planned(written: Api, options: TargetOptions, reference: boolean): { api: Api; plan: RustPlan } {
  const spec = withReferencedParametersWinning(written, reference);
  const read = withItemsBesideAsArrays(strayRefsRead(spec, reference), { asGenerator: reference });
  const api = gatherInlineModels(reference ? withValuesBesideAsMaps(read, { closedIsObject: false }) : read, OPENAPI_GENERATOR_6, reference, reference);
  const hoisted = new Set(api.schemas.slice(spec.schemas.length).map((s) => s.name));
  return { api, plan: rustPlan(api, options.packageName, hoisted, reference) };
}

/** README.md and the docs of the plan's classes and models. */
function docs(api: Api, plan: RustPlan, options: TargetOptions): EmittedFile[] {
  const pages: EmittedFile[] = [
    ...plan.classes.map((c) => ({ path: `docs/${c.className}.md`, contents: render('rust', 'api.md', apiDocView(api, c)) })),
    ...plan.documented.map((m) => ({ path: `docs/${m.name}.md`, contents: render('rust', 'model.md', modelDocView(m)) })),
  ].sort((a, b) => ordinal(a.path, b.path));
  return [{ path: 'README.md', contents: render('rust', 'readme.md', readmeView(api, plan, options)) }, ...pages];
}

export const target: Target = {
  name: 'rust',
  emit(spec, options) {
    const { api, plan } = planned(spec, options, false);
    // The crate the docs describe, built from the same plan.
    return [...docs(api, plan, options), ...crateFiles(api, plan, options)];
  },
};

/**
 * The docs (README.md and docs/) as openapi-generator 6.0 would name everything, sdkgen's safety
 * deviations in names undone (README "Exactness"): function names starting with a digit
 * (`1_createanewtransaction`), models named after empty or numeric titles
 * (``, `1`, `14Inner`: no Rust type), two models equal but for case kept as written (one page on a
 * case-insensitive disk; sdkgen's second is `BranchRestriction2`), two of one name one model,
 * a field name repeated in one model or sanitized to nothing (`****`); and the types 6.0 prints
 * where the crate holds what is on the wire (test/emit/rust/deviations: a model or string format
 * named like a key of its type map, a parameter or body written as a `$ref` into `#/paths/...`,
 * see withStrayParametersUnknown and types.ts; a body of incompatible allOf members typed
 * `UNKNOWN_BASE_TYPE`, params.ts; an OpenID Connect scheme left out of the Authorization line,
 * withoutOpenIdConnect; a `$ref` inside a named schema typed after its last segment, kit/inner-refs.ts;
 * additionalProperties beside a primitive type read as a map, kit/values-beside.ts; `items` beside one
 * read as an array, kit/items-beside.ts; a form body of a primitive taken as no argument, params.ts;
 * `x-nullable` in an OpenAPI 3 document ignored, extension-nullable.ts). Not a target: no crate
 * goes with them; scripts/oracle/rust.mjs compares them with 6.0's output to count a differing
 * file as a safety deviation rather than a miss.
 */
export function referenceDocs(spec: Api, options: TargetOptions): EmittedFile[] {
  const { api, plan } = planned(spec, options, true);
  return docs(api, plan, options);
}
