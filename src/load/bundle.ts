import SwaggerParser from '@apidevtools/swagger-parser';
import { relative } from 'node:path';
import { SpecError } from './errors.js';
import type { ReadLimits } from './limits.js';
import { parseSpecText, readSpecFile } from './read.js';
import { type RefPolicy, toPath } from './ref-policy.js';

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
        // Parse here so the limits and messages are ours; hand the data on as JSON text.
        return Buffer.from(JSON.stringify(readSpecFile(toPath(file.url), display(file.url), limits)));
      } catch (error) {
        return refuse(asSpecError(error, display(file.url)));
      }
    },
  };
  const parser = {
    order: 1,
    canParse: true,
    parse(file: FileInfo): unknown {
      const bytes = typeof file.data === 'string' ? Buffer.from(file.data) : file.data;
      try {
        return parseSpecText(bytes, display(file.url), limits);
      } catch (error) {
        return refuse(asSpecError(error, display(file.url)));
      }
    },
  };
  try {
    const bundled = await SwaggerParser.bundle(specPath, document as never, {
      resolve: { file: false, http: false, guarded },
      parse: { json: false, yaml: false, text: false, binary: false, sdkgen: parser },
      dereference: { circular: true },
    } as never);
    return bundled as unknown as Record<string, unknown>;
  } catch (error) {
    if (refusal) throw refusal;
    throw asSpecError(error, relative(process.cwd(), specPath) || specPath);
  }
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
