/**
 * model_<name>.go: one declaration per model of the plan. Objects and allOf are structs whose
 * fields carry json tags (`omitempty` for optional properties) and are pointers where the docs say
 * "Pointer to"; enums are named scalars; oneOf/anyOf hold any JSON value; a schema that is only a
 * `$ref` is a named type of its target. Types the docs name but no model declares (what 4.2.1
 * prints for types it could not name) are declared as open values, so the package compiles.
 */
import { stronglyConnected } from '../../graph.js';
import type { GoModelPlan, GoPlan } from '../plan.js';
import { goComment, goTag, type GoDeclaration, type GoFile } from './builder.js';
import { isIdentifier, namedTypes, typeImports } from './code-types.js';

/** Struct fields that hold a struct of their own cycle by value: Go needs a pointer there. */
function recursiveFields(models: readonly GoModelPlan[]): Set<string> {
  const structs = new Map(models.filter((m) => m.shape.kind === 'struct').map((m) => [m.name, m]));
  const byValue = (m: GoModelPlan): { field: string; target: string }[] =>
    m.shape.kind !== 'struct'
      ? []
      : m.shape.fields.filter((f) => !f.nullable && structs.has(f.type.dataType)).map((f) => ({ field: f.name, target: f.type.dataType }));
  const cycles = stronglyConnected([...structs.keys()], (name) => {
    const model = structs.get(name);
    return model ? byValue(model).map((e) => e.target) : [];
  });
  const found = new Set<string>();
  for (const group of cycles) {
    for (const name of group) {
      const model = structs.get(name);
      if (!model) continue;
      for (const edge of byValue(model)) if (group.includes(edge.target)) found.add(`${name}.${edge.field}`);
    }
  }
  return found;
}

function declaration(model: GoModelPlan, pointers: ReadonlySet<string>): GoDeclaration {
  const shape = model.shape;
  switch (shape.kind) {
    case 'struct':
      return {
        kind: 'struct',
        doc: [`${model.name} is the spec's schema ${goComment(model.schema.name)}.`],
        name: model.name,
        fields: shape.fields.map((f) => ({
          name: f.name,
          type: `${f.nullable || pointers.has(`${model.name}.${f.name}`) ? '*' : ''}${f.type.dataType}`,
          tag: goTag(`json:${JSON.stringify(`${f.property.name}${f.property.required ? '' : ',omitempty'}`)}`),
        })),
      };
    case 'named':
      return { kind: 'type', doc: [`${model.name} is a ${shape.type.dataType} value.`], name: model.name, type: shape.type.dataType };
    case 'open':
      return { kind: 'type', doc: [`${model.name} holds any JSON value (the spec allows several shapes).`], name: model.name, type: 'interface{}' };
  }
}

/** Every type spelled in a signature, field or variable: what the package must declare. */
function spelledTypes(plan: GoPlan): string[] {
  const fromModels = plan.models.flatMap((m) =>
    m.shape.kind === 'struct' ? m.shape.fields.map((f) => f.type.dataType) : m.shape.kind === 'named' ? [m.shape.type.dataType] : [],
  );
  const fromOperations = plan.classes.flatMap((c) =>
    c.operations.flatMap((o) => [...o.required.map((p) => p.type.dataType), ...o.errors.map((e) => e.type.dataType), o.result?.dataType ?? '']),
  );
  return [...fromModels, ...fromOperations].filter((t) => t !== '');
}

/** Types the docs name that no model declares, sorted: `UNKNOWN_BASE_TYPE`, `OneOfCatDog`. */
export function undeclaredTypes(plan: GoPlan): string[] {
  const declared = new Set(plan.models.map((m) => m.name));
  // Each spelling once (a large spec spells `string` and its models thousands of times); sorted after.
  const wanted = new Set<string>();
  for (const spelled of new Set(spelledTypes(plan))) for (const n of namedTypes(spelled)) if (!declared.has(n) && isIdentifier(n)) wanted.add(n);
  return [...wanted].sort();
}

export interface ModelFile {
  readonly model: GoModelPlan;
  readonly file: GoFile;
}

export function modelFiles(plan: GoPlan, header: readonly string[], packageName: string): ModelFile[] {
  const pointers = recursiveFields(plan.models);
  return plan.models.map((model) => {
    const decl = declaration(model, pointers);
    const types = model.shape.kind === 'struct' ? model.shape.fields.map((f) => f.type.dataType) : model.shape.kind === 'named' ? [model.shape.type.dataType] : [];
    const paths = new Set<string>();
    for (const type of types) for (const path of typeImports(type)) paths.add(path);
    const imports = [...paths].map((path) => ({ path }));
    return { model, file: { header, packageName, imports, declarations: [decl] } };
  });
}

export function undeclaredFile(plan: GoPlan, header: readonly string[], packageName: string): GoFile | undefined {
  const names = undeclaredTypes(plan);
  if (names.length === 0) return undefined;
  return {
    header,
    packageName,
    imports: [],
    declarations: names.map((name) => ({
      kind: 'type',
      doc: [`${name} is a type the docs name for a schema they could not type; it holds any JSON value.`],
      name,
      type: 'interface{}',
    })),
  };
}
