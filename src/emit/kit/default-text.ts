/**
 * A default value as the openapi-generator doc styles print it (4.2.1's Go, 6.0's Rust): the
 * value's Java toString, strings bare and other values as JSON. swagger-codegen 2.2 (Python)
 * prints defaults its own way (python/params.ts).
 */
export function defaultText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
