/**
 * Errors thrown by fetch implementations may quote the URL they were given, and ours can hold an
 * API key in its query. Before such an error is attached as a `cause`, any secret in its text is
 * replaced, so printing the error chain never reveals a credential.
 */

const MAX_DEPTH = 5;

function mentions(error: unknown, secrets: readonly string[], depth: number): boolean {
  if (depth > MAX_DEPTH || error === undefined || error === null) return false;
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  if (secrets.some((secret) => text.includes(secret) || text.includes(encodeURIComponent(secret)))) return true;
  return error instanceof Error && mentions(error.cause, secrets, depth + 1);
}

function scrub(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    result = result.split(secret).join('[REDACTED]').split(encodeURIComponent(secret)).join('[REDACTED]');
  }
  return result;
}

/** The error itself when it quotes no secret, else a plain Error with the secrets replaced and no cause. */
export function redactError(error: unknown, secrets: readonly string[]): unknown {
  const live = secrets.filter((secret) => secret !== '');
  if (live.length === 0 || !mentions(error, live, 0)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const copy = new Error(scrub(message, live));
  copy.name = error instanceof Error ? error.name : 'Error';
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}
