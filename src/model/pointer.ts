/** JSON pointers (RFC 6901): how every message names a place in a spec. */

/** Escapes one reference token. */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** pointer('paths', '/a', 'get') → `/paths/~1a/get`. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${pointerToken(t)}`).join('');
}

/**
 * Looks a pointer up (the part after `#`, percent-decoded as URI fragments are); undefined when
 * any token is missing. Own properties only, so `__proto__` never reaches a prototype.
 */
export function resolvePointer(document: unknown, path: string): unknown {
  if (path === '') return document;
  if (!path.startsWith('/')) return undefined;
  let current: unknown = document;
  for (const raw of path.slice(1).split('/')) {
    const token = decodeToken(raw);
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, token)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** One reference token of a URI fragment as the key it names: percent-decoded, then unescaped. */
export function decodeToken(raw: string): string {
  return safeDecode(raw).replace(/~1/g, '/').replace(/~0/g, '~');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
