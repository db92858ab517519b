/**
 * Example argument values for the code samples (docs-format.md §3.3), as swagger-codegen 2.2.2
 * computes them: DefaultCodegen picks a placeholder per type, PythonClientCodegen quotes strings,
 * dates and paths, instantiates models, and wraps list and dict examples. The result is Python
 * source inside a code block, so spec text in it goes through escapeText (no HTML escaping).
 */
import type { PyParam } from './params.js';
import { codeText } from './text.js';
import type { PyType } from './types.js';

const quote = (text: string): string => `'${text}'`;

/**
 * PythonClientCodegen's setParameterExampleValue tells types apart by name, a model's too: one
 * named `String` or `Str` (any case) gets a string's placeholder, `Integer` (exactly) an int's,
 * `Float`, `Double`, `Boolean`, `Bool`, `Date`, `DateTime` and `File` (any case) theirs (amazonaws'
 * `list[String]` of a `String` definition samples `['tag_keys_example']`).
 */
function namedLikeBuiltin(name: string, given: string | undefined, param: PyParam): string | undefined {
  const lower = name.toLowerCase();
  if (lower === 'string' || lower === 'str') return quote(given ?? `${param.plainName}_example`);
  if (name === 'Integer' || name === 'int') return given ?? '56';
  if (lower === 'float' || lower === 'double') return given ?? '3.4';
  if (lower === 'boolean' || lower === 'bool') return given ?? 'True';
  if (lower === 'file') return quote(given ?? '/path/to/file');
  if (lower === 'date') return quote(given ?? '2013-10-20');
  if (lower === 'datetime') return quote(given ?? '2013-10-20T19:20:30+01:00');
  return undefined;
}

/**
 * The value for the innermost type. PythonClientCodegen's setParameterExampleValue starts from the
 * default, else the parameter's example (`x-example`), and only then falls back to a placeholder.
 */
function leafExample(t: PyType, param: PyParam, packageName: string): string {
  const spec = param.defaultValue ?? param.example;
  const given = spec === undefined ? undefined : codeText(spec);
  switch (t.leaf) {
    case 'str':
      // A lone binary or byte string's placeholder is DefaultCodegen's `B` (2.2's example for
      // BinaryProperty and ByteArrayProperty); in a list it is the name's, as for any string.
      if (given === undefined && t.container === undefined && (t.format === 'binary' || t.format === 'byte')) return quote('B');
      return quote(given ?? `${param.plainName}_example`);
    // Inside a list or dict, PythonClientCodegen picks the placeholder by the Python base type
    // (`int`, `float`, `bool`), which knows no format: 56, 3.4 and Python's `True`.
    case 'int':
      // DefaultCodegen's placeholders: 789 for a long, 56 for any other integer.
      return given ?? (t.format === 'int64' && t.container === undefined ? '789' : '56');
    case 'float':
      return given ?? (t.format === 'double' && t.container === undefined ? '1.2' : '3.4');
    case 'bool':
      // 2.2.2 prints the Java literal `true`, not Python's `True` (a known wart, kept for fidelity).
      return given ?? (t.container === undefined ? 'true' : 'True');
    case 'date':
      return quote(given ?? '2013-10-20');
    case 'datetime':
      return quote(given ?? '2013-10-20T19:20:30+01:00');
    case 'file':
      return quote(given ?? '/path/to/file.txt');
    case 'model':
      return namedLikeBuiltin(t.base, given, param) ?? `${packageName}.${t.base}()`;
    case 'object':
      // 2.2.2 has no placeholder for a free-form value (a body of `type: object`, an inline map
      // body) and prints `NULL`; the sample is docs text, reproduced as written like its other
      // placeholders (`[openapi.list[int]()]`), not Python to run.
      return given ?? 'NULL';
  }
}

/**
 * The baseType 2.2.2 gives a list parameter where it is neither a builtin nor a model: a body's
 * list of builtins or lists has none, so the whole type stands in (`list[str]`), a list of maps
 * has `dict`; another parameter's list of lists has the inner list (`list[str]`). The sample then
 * "instantiates" it as a model: `[openapi.list[str]()]`, as 2.2.2 prints it.
 */
function listBaseType(param: PyParam): string | undefined {
  const { container, item, name } = param.type;
  if (container !== 'list' || item === undefined) return undefined;
  if (param.location !== 'body') return item.container === undefined ? undefined : item.name;
  if (item.container === 'map') return 'dict';
  return item.container === undefined && item.leaf === 'model' ? undefined : name;
}

/** `<paramName> = <example>` in the samples: `lookerapi.ApiSession()`, `'fields_example'`, `['ids_example']`. */
export function exampleValue(param: PyParam, packageName: string): string {
  const base = listBaseType(param);
  const leaf = base === undefined ? leafExample(param.type, param, packageName) : `${packageName}.${base}()`;
  switch (param.type.container) {
    case 'list':
      return `[${leaf}]`;
    case 'map':
      return `{'key': ${leaf}}`;
    case undefined:
      return leaf;
  }
}
