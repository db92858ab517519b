/** The SERVERS list of src/base-path.ts: every server of the spec, for runtime/servers.ts. */
import type { Api, Server } from '../../model/types.js';
import type { Value } from './expression.js';

/**
 * A relative server URL is relative to where the spec is served, which the client cannot know; it
 * gets `http://localhost` in front, the rule BASE_PATH follows (openapi-generator's).
 */
function absolute(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://localhost${url === '/' ? '' : url}`;
}

function serverValue(server: Server): Value {
  const variables = server.variables ?? [];
  return {
    url: absolute(server.template ?? server.url),
    description: server.description,
    variables:
      variables.length === 0
        ? undefined
        : Object.fromEntries(
            variables.map((v): [string, Value] => [
              v.name,
              { default: v.default, enum: v.enum === undefined || v.enum.length === 0 ? undefined : [...v.enum], description: v.description },
            ]),
          ),
  };
}

export function serversValue(api: Api): Value {
  return api.servers.map(serverValue);
}
