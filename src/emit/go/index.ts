/**
 * The `go` docs target: markdown as openapi-generator 4.2.1's Go client docs (`-g go`) write it
 * (docs-format.md §2). README.md, docs/<Class>.md per API class, docs/<Model>.md per model. The
 * inline model resolver (kit) runs first, so hoisted inline objects are models like any other.
 */
import type { Api } from '../../model/types.js';
import { render } from '../docs/templates.js';
import { withInnerRefsNamed } from '../kit/inner-refs.js';
import { withItemsBesideAsArrays } from '../kit/items-beside.js';
import { resolveInlineModels } from '../kit/inline-models.js';
import { withNullProseAsText } from '../kit/null-prose.js';
import { withReferencedParametersWinning } from '../kit/referenced-parameters.js';
import { withStrayRefsUnfollowed } from '../kit/stray-refs.js';
import { withValuesBesideAsMaps } from '../kit/values-beside.js';
import type { EmittedFile, Target, TargetOptions } from '../target.js';
import { apiDocView } from './api-view.js';
import { goCodeFiles } from './code/index.js';
import { modelDocView } from './model-view.js';
import { withBlankSchemaTextDropped } from './parsed-text.js';
import { goPlan, type GoPlan } from './plan.js';
import { withPrimitiveAliasNames } from './primitive-aliases.js';
import { readmeView } from './readme-view.js';

/** The schemas the inline model resolver added: it appends them after the spec's own. */
function hoisted(spec: Api, api: Api): ReadonlySet<string> {
  return new Set(api.schemas.slice(spec.schemas.length).map((s) => s.name));
}

function docs(api: Api, plan: GoPlan, options: TargetOptions): EmittedFile[] {
  const { names } = plan;
  const readme = readmeView(api, plan.classes, names, {
    packageName: options.packageName,
    packageVersion: options.packageVersion ?? api.version,
    modulePath: options.modulePath,
  });
  return [
    { path: 'README.md', contents: render('go', 'readme.md', readme) },
    ...plan.classes.map((c) => ({ path: `docs/${c.className}.md`, contents: render('go', 'api.md', apiDocView(c, api)) })),
    ...plan.models.filter((m) => m.page !== false).map((m) => ({ path: `docs/${m.name}.md`, contents: render('go', 'model.md', modelDocView(m, names)) })),
  ];
}

function emit(written: Api, options: TargetOptions): EmittedFile[] {
  const spec = withPrimitiveAliasNames(withBlankSchemaTextDropped(withNullProseAsText(withReferencedParametersWinning(written))), false);
  const api = resolveInlineModels(withStrayRefsUnfollowed(spec));
  const plan = goPlan(api, { hoisted: hoisted(spec, api) });
  const packageVersion = options.packageVersion ?? api.version;
  const code = goCodeFiles(plan, api, { packageName: options.packageName, packageVersion, modulePath: options.modulePath ?? options.packageName });
  return [...code, ...docs(api, plan, options)];
}

/**
 * The docs (README.md and docs/) with sdkgen's safety deviations in names undone: what 4.2.1
 * writes where sdkgen deliberately differs (twin models, Windows device names, repeated
 * parameter names, `$ref`s into `#/paths/...` read as 4.2.1 reads them where its client would be
 * wrong, `$ref`s inside a named schema typed after their last segment, kit/inner-refs.ts, a
 * primitive with additionalProperties a map or free-form object, kit/values-beside.ts; README "Exactness"). Not a target: scripts/oracle/go.mjs compares it with
 * 4.2.1's output to count a differing file as a safety deviation rather than a miss.
 */
export function referenceDocs(written: Api, options: TargetOptions): EmittedFile[] {
  const spec = withPrimitiveAliasNames(withValuesBesideAsMaps(withItemsBesideAsArrays(withBlankSchemaTextDropped(withNullProseAsText(withReferencedParametersWinning(written, true))), { asGenerator: true }), { closedIsObject: true }), true);
  const api = resolveInlineModels(withInnerRefsNamed(withStrayRefsUnfollowed(spec, true), { proseBesideAllOf: false }));
  return docs(api, goPlan(api, { reference: true, hoisted: hoisted(spec, api) }), options);
}

export const target: Target = { name: 'go', emit };
