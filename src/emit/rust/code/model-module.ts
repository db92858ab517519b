/**
 * src/models/<model>.rs and src/models/mod.rs from the plan: a serde struct per object model
 * (Option for what may be absent or null, `#[serde(rename)]` for the wire name, Box where the
 * model contains itself), an enum per string enum, an untagged enum per union of models, and a
 * type alias for what serde cannot name (number enums, unions of inline shapes).
 */
import type { PlannedField, PlannedModel, RustPlan } from '../plan.js';
import { append, derive, docLine, fieldLine, file, itemHead, rustString, typeAlias } from './printer.js';

/** The prelude's type names a type text may use unqualified, with their full paths. */
const PRELUDE: Readonly<Record<string, string>> = {
  String: 'std::string::String',
  Vec: 'std::vec::Vec',
  Option: 'std::option::Option',
  Box: 'std::boxed::Box',
};
const PRELUDE_NAME = /(?<![:\w])(String|Vec|Option|Box)(?!\w)/g;

/**
 * A type as written inside the module of the model `own`: a model named like a prelude type (a
 * schema called `string` is the model `String`, as 6.0 names it) shadows that type in its own
 * file, so there the prelude's is written with its full path.
 */
function inModule(type: string, own: string): string {
  if (PRELUDE[own] === undefined) return type;
  return type.replace(PRELUDE_NAME, (name: string) => (name === own ? (PRELUDE[name] ?? name) : name));
}

function fieldType(f: PlannedField, own: string): string {
  const inner = f.boxed ? `Box<${f.type.type}>` : f.type.type;
  return inModule(f.optional ? `Option<${inner}>` : inner, own);
}

function fieldLines(f: PlannedField, own: string, out: string[]): void {
  append(out, docLine(f.property.schema.description, '    '));
  out.push(`    #[serde(rename = ${rustString(f.wire)})]`);
  // A field the spec does not require may be missing; it is left out rather than sent as null.
  if (!f.required) out.push('    #[serde(default, skip_serializing_if = "Option::is_none")]');
  append(out, fieldLine('    ', f.name, fieldType(f, own)));
}

/** The model's item, appended to `out`. */
function body(model: PlannedModel, out: string[]): void {
  const { shape, name } = model;
  switch (shape.kind) {
    case 'struct':
      out.push(derive(['Clone', 'Debug', 'PartialEq', 'serde::Serialize', 'serde::Deserialize']));
      if (model.fields.length === 0) {
        append(out, itemHead(`pub struct ${name}`, '{}'));
        return;
      }
      append(out, itemHead(`pub struct ${name}`));
      for (const f of model.fields) fieldLines(f, name, out);
      out.push('}');
      return;
    case 'enum':
      if (shape.variants.length === 0) {
        append(out, typeAlias(name, inModule('String', name)));
        return;
      }
      out.push(derive(['Clone', 'Copy', 'Debug', 'PartialEq', 'Eq', 'Hash', 'serde::Serialize', 'serde::Deserialize']));
      append(out, itemHead(`pub enum ${name}`));
      for (const v of shape.variants) out.push(`    #[serde(rename = ${rustString(v.wire)})]`, `    ${v.name},`);
      out.push('}');
      return;
    case 'union':
      out.push(derive(['Clone', 'Debug', 'PartialEq', 'serde::Serialize', 'serde::Deserialize']), '#[serde(untagged)]');
      append(out, itemHead(`pub enum ${name}`));
      for (const v of shape.variants) out.push(`    ${v.name}(${inModule(`Box<${v.type.type}>`, name)}),`);
      out.push('}');
      return;
    case 'alias':
      append(out, typeAlias(name, inModule(shape.target, name)));
      return;
  }
}

export function modelModule(model: PlannedModel): string {
  const lines = append([], docLine(model.model.schema.description ?? model.model.schema.title));
  body(model, lines);
  return file(lines);
}

export function modelsMod(plan: RustPlan): string {
  const modules = plan.models.flatMap((m) => [`pub mod ${m.module};`, `pub use self::${m.module}::${m.name};`]);
  // A type the spec names but never defines (Looker's `type: any`) is any JSON value; the docs
  // call it by that name, as openapi-generator 6.0 does (`crate::models::Any`).
  const aliases = plan.schemas.declaredAliases().flatMap((name) => ['', `/// A type the API description names without defining it: any JSON value.`, `pub type ${name} = serde_json::Value;`]);
  return file([...modules, ...aliases]);
}
