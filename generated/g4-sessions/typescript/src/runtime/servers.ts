/**
 * The base URL from the spec's servers: chosen by index or description, with its variables filled
 * from the caller's values or the spec's defaults. A value outside a variable's enum, a variable
 * the server does not have, or a server that does not exist is refused when the API class is
 * built, before any call.
 */

export interface ServerVariableDescription {
  readonly default: string;
  /** The only values allowed, when the spec lists them. */
  readonly enum?: readonly string[] | undefined;
  readonly description?: string | undefined;
}

/** One of the spec's servers, as the generator wrote it into SERVERS (src/base-path.ts). */
export interface ServerDescription {
  /** The URL template, `{name}` for each variable. */
  readonly url: string;
  readonly description?: string | undefined;
  readonly variables?: Readonly<Record<string, ServerVariableDescription>> | undefined;
}

/** Which server: its index in the spec's list, or its description exactly as the spec gives it. */
export type ServerChoice = number | string;

function chosen(servers: readonly ServerDescription[], choice: ServerChoice): ServerDescription {
  const found = typeof choice === 'number' ? servers[choice] : servers.find((s) => s.description === choice);
  if (found !== undefined) return found;
  const listed = servers.map((s, i) => `${i}${s.description === undefined ? '' : ` (${JSON.stringify(s.description)})`}`);
  const known = listed.length === 0 ? 'the spec lists no servers' : `the spec lists: ${listed.join(', ')}`;
  throw new TypeError(`no server ${typeof choice === 'number' ? choice : JSON.stringify(choice)}: ${known}`);
}

/** The server's URL with every variable replaced. */
export function serverUrl(
  servers: readonly ServerDescription[],
  choice: ServerChoice,
  values: Readonly<Record<string, string>> = {},
): string {
  const server = chosen(servers, choice);
  const variables = server.variables ?? {};
  for (const name of Object.keys(values)) {
    if (!Object.hasOwn(variables, name)) {
      const known = Object.keys(variables);
      throw new TypeError(`server ${JSON.stringify(server.url)} has no variable "${name}"${known.length === 0 ? '' : `; it has ${known.map((k) => `"${k}"`).join(', ')}`}`);
    }
  }
  return server.url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const variable = Object.hasOwn(variables, name) ? variables[name] : undefined;
    if (variable === undefined) return whole;
    const value = Object.hasOwn(values, name) ? values[name] ?? variable.default : variable.default;
    if (variable.enum !== undefined && variable.enum.length > 0 && !variable.enum.includes(value)) {
      throw new TypeError(`server variable "${name}" must be one of ${variable.enum.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    return value;
  });
}
