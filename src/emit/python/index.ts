/**
 * The `python` docs target: markdown in the style of swagger-codegen 2.2.2's Python client
 * (docs-format.md §3): README.md, docs/<Class>.md per API class, docs/<Model>.md per named schema,
 * and beside them the Python package those docs describe (code/).
 */
import { render } from '../docs/templates.js';
import { withNullProseAsText } from '../kit/null-prose.js';
import type { Api } from '../../model/types.js';
import type { EmittedFile, Target, TargetOptions } from '../target.js';
import { apiDocView } from './api-view.js';
import { packageFiles } from './code/package-files.js';
import { modelDocView } from './model-view.js';
import { documentedClasses, pythonPlan, type PythonPlan } from './plan.js';
import { withPropertiesBesideTypeRead } from './properties-beside-type.js';
import { readmeView } from './readme-view.js';

/** A Python package path: dotted identifiers (`lookerapi`, `openshift.client`). */
const PACKAGE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** README.md and the docs of the plan's classes and models. */
function docs(plan: PythonPlan): EmittedFile[] {
  const files: EmittedFile[] = [{ path: 'README.md', contents: render('python', 'readme.md', readmeView(plan)) }];
  for (const apiClass of documentedClasses(plan)) {
    files.push({ path: `docs/${apiClass.className}.md`, contents: render('python', 'api.md', apiDocView(apiClass, plan.ctx)) });
  }
  for (const model of plan.models.filter((m) => m.documented)) {
    files.push({ path: `docs/${model.className}.md`, contents: render('python', 'model.md', modelDocView(model)) });
  }
  return files;
}

export const target: Target = {
  name: 'python',
  emit(api, options) {
    // The package name lands in code samples and file text unescaped, so it must be an identifier.
    if (!PACKAGE_NAME.test(options.packageName)) {
      throw new Error(`python: packageName '${options.packageName}' is not a Python package name`);
    }
    // 2.2.2 reads prose written as `null` as the text `null` (kit/null-prose.ts).
    const plan = pythonPlan(withNullProseAsText(api), options.packageName, options.packageVersion ?? api.version);
    // The package the docs describe, built from the same plan.
    return [...docs(plan), ...packageFiles(plan)];
  },
};

/**
 * The docs as swagger-codegen 2.2.2 would name everything, sdkgen's safety deviations in names
 * undone (`async`, a model `None` or `1`, a method `1_create`, two models equal but for case, twins
 * of different shapes as one, two properties of one name), and with the properties written beside
 * a string or array type read as 2.2 reads them (a class of them would drop the string or list a
 * server sends), and a reference to a definition named `file` as the type `file` (2.2.2's client
 * would save such a response to a temporary file; context.ts docRules): what `npm run oracle:python` compares with to tell a file that differs
 * by those alone. No package goes with them: such names are not all Python.
 */
export function referenceDocs(api: Api, options: TargetOptions): EmittedFile[] {
  // And as 2.2's parser reads properties beside a primitive or array type (properties-beside-type.ts).
  const read = withPropertiesBesideTypeRead(withNullProseAsText(api));
  return docs(pythonPlan(read, options.packageName, options.packageVersion ?? api.version, true));
}
