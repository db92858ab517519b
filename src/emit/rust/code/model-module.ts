/**
 * src/models/<model>.rs and src/models/mod.rs from the plan: a serde struct per object model
 * (Option for what may be absent or null, `#[serde(rename)]` for the wire name, Box where the
 * model contains itself), an enum per string enum, an untagged enum per union of models, and a
 * type alias for what serde cannot name (number enums, unions of inline shapes).
 */
import type { PlannedField, PlannedModel, RustPlan } from '../plan.js';
import { derive, docLine, file, rustString } from './printer.js';

function fieldType(f: PlannedField): string {
  const inner = f.boxed ? `Box<${f.type.type}>` : f.type.type;
  return f.optional ? `Option<${inner}>` : inner;
}

function fieldLines(f: PlannedField): string[] {
  return [
    ...docLine(f.property.schema.description, '    '),
    `    #[serde(rename = ${rustString(f.wire)})]`,
    // A field the spec does not require may be missing; it is left out rather than sent as null.
    ...(f.required ? [] : ['    #[serde(default, skip_serializing_if = "Option::is_none")]']),
    `    pub ${f.name}: ${fieldType(f)},`,
  ];
}

function body(model: PlannedModel): string[] {
  const { shape, name } = model;
  switch (shape.kind) {
    case 'struct':
      return [
        derive(['Clone', 'Debug', 'PartialEq', 'serde::Serialize', 'serde::Deserialize']),
        ...(model.fields.length === 0 ? [`pub struct ${name} {}`] : [`pub struct ${name} {`, ...model.fields.flatMap(fieldLines), '}']),
      ];
    case 'enum':
      if (shape.variants.length === 0) return [`pub type ${name} = String;`];
      return [
        derive(['Clone', 'Copy', 'Debug', 'PartialEq', 'Eq', 'Hash', 'serde::Serialize', 'serde::Deserialize']),
        `pub enum ${name} {`,
        ...shape.variants.flatMap((v) => [`    #[serde(rename = ${rustString(v.wire)})]`, `    ${v.name},`]),
        '}',
      ];
    case 'union':
      return [
        derive(['Clone', 'Debug', 'PartialEq', 'serde::Serialize', 'serde::Deserialize']),
        '#[serde(untagged)]',
        `pub enum ${name} {`,
        ...shape.variants.map((v) => `    ${v.name}(Box<${v.type.type}>),`),
        '}',
      ];
    case 'alias':
      return [`pub type ${name} = ${shape.target};`];
  }
}

export function modelModule(model: PlannedModel): string {
  return file([...docLine(model.model.schema.description ?? model.model.schema.title), ...body(model)]);
}

export function modelsMod(plan: RustPlan): string {
  return file(plan.models.flatMap((m) => [`pub mod ${m.module};`, `pub use self::${m.module}::${m.name};`]));
}
