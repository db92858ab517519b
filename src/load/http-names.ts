import type { Api } from '../model/types.js';
import { SpecError } from './errors.js';

/**
 * Header and cookie names must be HTTP tokens (RFC 9110 §5.6.2): a client cannot send any other
 * name as the spec spells it (fetch throws "Invalid header name" on a quote or a non-ASCII letter),
 * so such a spec is refused here rather than generating calls that fail or send something else.
 */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function checkHttpNames(api: Api, file: string): void {
  for (const op of api.operations) {
    for (const parameter of op.parameters) {
      if ((parameter.in === 'header' || parameter.in === 'cookie') && !TOKEN.test(parameter.name)) {
        throw new SpecError(file, op.pointer, `${parameter.in} parameter ${JSON.stringify(parameter.name)} is not a valid HTTP ${parameter.in} name`);
      }
    }
  }
  const where = api.dialect === 'swagger-2.0' ? 'securityDefinitions' : 'components/securitySchemes';
  for (const scheme of api.securitySchemes) {
    if (scheme.type === 'apiKey' && scheme.in !== 'query' && !TOKEN.test(scheme.paramName)) {
      const at = `/${where}/${scheme.name.replace(/~/g, '~0').replace(/\//g, '~1')}/name`;
      throw new SpecError(file, at, `API key name ${JSON.stringify(scheme.paramName)} is not a valid HTTP ${scheme.in} name`);
    }
  }
}
