/**
 * Generator jars from Maven Central, fetched with curl into the repository's git-ignored
 * .cache/jars once.
 * Another engineer's script may fetch the same jar to the same path at the same moment, so each
 * download goes to a private temporary name and is renamed into place (rename is atomic).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const CENTRAL = 'https://repo1.maven.org/maven2';

/** `group:artifact:version` → absolute path of the cached jar. */
export function mavenJar(coordinates, root = ROOT) {
  const [group, artifact, version] = coordinates.split(':');
  const dir = resolve(root, '.cache', 'jars');
  const jar = join(dir, `${artifact}-${version}.jar`);
  if (existsSync(jar)) return jar;
  mkdirSync(dir, { recursive: true });
  const part = `${jar}.${process.pid}.part`;
  const url = `${CENTRAL}/${group.replace(/\./g, '/')}/${artifact}/${version}/${artifact}-${version}.jar`;
  try {
    execFileSync('curl', ['--fail', '--silent', '--show-error', '--location', '--output', part, url], { stdio: ['ignore', 'ignore', 'inherit'] });
    renameSync(part, jar);
  } finally {
    rmSync(part, { force: true });
  }
  return jar;
}
