import { relative } from 'node:path';
import { SpecError } from './errors.js';
import type { ReadLimits } from './limits.js';
import { parseSpecText, readSpecFile } from './read.js';
import { type RefPolicy, toPath } from './ref-policy.js';
import { checkExternalRefs, checkLocalPointers } from './refs.js';
import { swaggerParser } from './swagger-parser.js';

interface FileInfo {
  readonly url: string;
  readonly data: Buffer | string;
}

/**
 * Brings every file that a `$ref` names into one document (swagger-parser's bundle), so later
 * stages see internal `#/...` references only. All reading goes through our own resolvers: they
 * apply the reference policy and the read limits, and never open a socket unless remote refs were
 * allowed. The first refusal is rethrown as it is, because swagger-parser wraps resolver errors.
 */
export async function bundleDocument(
  specPath: string,
  document: object,
  policy: RefPolicy,
  limits: ReadLimits,
): Promise<Record<string, unknown>> {
  let refusal: SpecError | undefined;
  /** Local files as read and checked by the resolver, so the parser does not parse them again. */
  const parsed = new Map<string, unknown>();
  const refuse = (error: SpecError): never => {
    refusal ??= error;
    throw error;
  };
  const display = (location: string): string =>
    /^[a-z][a-z0-9+.-]+:/i.test(location) && !/^file:/i.test(location)
      ? location
      : relative(process.cwd(), toPath(location)) || location;

  const guarded = {
    order: 1,
    canRead: true,
    async read(file: FileInfo): Promise<Buffer> {
      const why = policy.refusal(file.url);
      if (why) refuse(new SpecError(display(file.url), '', `$ref ${why}`));
      if (/^https?:/i.test(file.url)) return fetchLimited(file.url, limits).catch((e: unknown) => refuse(asSpecError(e, file.url)));
      try {
        // Parse here so the limits and messages are ours; the parser below hands the data on.
        const path = toPath(file.url);
        const data = readSpecFile(path, display(file.url), limits);
        // This file's own `$ref`s are judged before the bundler follows them, so a refusal names
        // the `$ref` (file and pointer) rather than only the place it points at.
        checkExternalRefs(data, path, display(file.url), policy);
        checkLocalPointers(data, display(file.url));
        parsed.set(file.url, data);
        return Buffer.alloc(0);
      } catch (error) {
        return refuse(asSpecError(error, display(file.url)));
      }
    },
  };
  const parser = {
    order: 1,
    canParse: true,
    parse(file: FileInfo): unknown {
      if (parsed.has(file.url)) return parsed.get(file.url);
      const bytes = typeof file.data === 'string' ? Buffer.from(file.data) : file.data;
      try {
        return parseSpecText(bytes, display(file.url), limits);
      } catch (error) {
        return refuse(asSpecError(error, display(file.url)));
      }
    },
  };
  try {
    const bundled = await (await swaggerParser()).bundle(specPath, document as never, {
      resolve: { file: false, http: false, guarded },
      parse: { json: false, yaml: false, text: false, binary: false, sdkgen: parser },
      dereference: { circular: true },
    } as never);
    return bundled as unknown as Record<string, unknown>;
  } catch (error) {
    if (refusal) throw refusal;
    const shown = relative(process.cwd(), specPath) || specPath;
    throw missingTarget(error, (location) => (location === '' ? shown : display(location))) ?? asSpecError(error, shown);
  }
}

/**
 * swagger-parser's error for a `$ref` into another file at a place that file lacks: named at the
 * `$ref` itself (its parentPath), as checkReferenceGraph names a dangling internal one.
 */
function missingTarget(error: unknown, display: (location: string) => string): SpecError | undefined {
  const { name, parentPath, source, targetRef } = error as { name?: unknown; parentPath?: unknown; source?: unknown; targetRef?: unknown };
  if (name !== 'MissingPointerError' || typeof parentPath !== 'string' || typeof source !== 'string') return undefined;
  const hash = parentPath.indexOf('#');
  const holder = hash < 0 ? parentPath : parentPath.slice(0, hash);
  const at = hash < 0 ? '' : parentPath.slice(hash + 1);
  const target = typeof targetRef === 'string' ? targetRef : '#';
  return new SpecError(display(holder), `${at}/$ref`, `$ref points at "${target}" in ${display(source)}, which does not exist`);
}

async function fetchLimited(url: string, limits: ReadLimits): Promise<Buffer> {
  const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > limits.maxBytes) throw new Error(`larger than the limit of ${limits.maxBytes} bytes`);
  return bytes;
}

function asSpecError(error: unknown, file: string): SpecError {
  if (error instanceof SpecError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SpecError(file, '', message.split('\n')[0]!.trim());
}
