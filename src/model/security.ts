import { deref } from './document.js';
import { isNode, str } from './schema.js';
import type { SecurityScheme } from './types.js';

/**
 * Security schemes of either dialect: OpenAPI 3 `components.securitySchemes` or Swagger 2.0
 * `securityDefinitions` (whose `basic` is HTTP basic). Unknown kinds are left out: a client
 * cannot apply them, and the docs still name them from the requirements.
 */
export function securitySchemes(raw: Record<string, unknown>, resolve: (ref: string) => unknown): SecurityScheme[] {
  return Object.entries(raw).flatMap(([name, value]): SecurityScheme[] => {
    const node = deref(value, resolve);
    const description = str(node.description);
    switch (node.type) {
      case 'http':
        return [{ name, type: 'http', scheme: (str(node.scheme) ?? 'bearer').toLowerCase(), bearerFormat: str(node.bearerFormat), description }];
      case 'basic':
        return [{ name, type: 'http', scheme: 'basic', description }];
      case 'apiKey': {
        const where = node.in === 'query' || node.in === 'cookie' ? node.in : 'header';
        return [{ name, type: 'apiKey', in: where, paramName: str(node.name) ?? name, description }];
      }
      case 'oauth2': {
        const flows = isNode(node.flows) ? Object.keys(node.flows) : typeof node.flow === 'string' ? [node.flow] : [];
        const scopeSources = isNode(node.flows) ? Object.values(node.flows).filter(isNode).map((f) => f.scopes) : [node.scopes];
        const scopes = [...new Set(scopeSources.flatMap((s) => (isNode(s) ? Object.keys(s) : [])))];
        const flowNodes: [string, Record<string, unknown>][] = isNode(node.flows)
          ? Object.entries(node.flows).flatMap(([flow, f]): [string, Record<string, unknown>][] => (isNode(f) ? [[flow, f]] : []))
          : typeof node.flow === 'string' ? [[node.flow, node]] : [];
        const flowDetails = flowNodes.map(([flow, f]) => ({
          flow,
          authorizationUrl: str(f.authorizationUrl),
          tokenUrl: str(f.tokenUrl),
          scopes: Object.entries(isNode(f.scopes) ? f.scopes : {}).map(([scope, text]) => ({ name: scope, description: str(text) ?? '' })),
        }));
        return [{ name, type: 'oauth2', flows, scopes, description, flowDetails }];
      }
      case 'openIdConnect':
        return [{ name, type: 'openIdConnect', url: str(node.openIdConnectUrl) ?? '', description }];
      default:
        return [];
    }
  });
}
