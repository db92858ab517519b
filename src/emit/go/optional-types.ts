/**
 * The value types github.com/antihax/optional v1.0.0 declares, by the Go type they hold: an
 * optional parameter of one of these is `optional.<Name>` in the code and the docs, any other an
 * `optional.Interface` (4.2.1 prints and declares `optional.Map[string]interface{}`,
 * `optional.Array`, `optional.Any`, which do not exist, so its client does not compile there).
 */
export const OPTIONAL_TYPES: ReadonlyMap<string, string> = new Map([
  ['bool', 'Bool'], ['byte', 'Byte'], ['complex128', 'Complex128'], ['complex64', 'Complex64'],
  ['float32', 'Float32'], ['float64', 'Float64'], ['int', 'Int'], ['int16', 'Int16'],
  ['int32', 'Int32'], ['int64', 'Int64'], ['int8', 'Int8'], ['rune', 'Rune'], ['string', 'String'],
  ['time.Time', 'Time'], ['uint', 'Uint'], ['uint16', 'Uint16'], ['uint32', 'Uint32'],
  ['uint64', 'Uint64'], ['uint8', 'Uint8'], ['uintptr', 'Uintptr'],
]);
