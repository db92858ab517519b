/**
 * Runs the Prism mock server (the devDependency, never a downloaded one) for one spec on a free
 * loopback port, with request validation on and `--errors` so that a request the spec does not
 * allow gets an error answer instead of a mocked success.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from './packages.js';

const PRISM = join(ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js');
/** Prism takes 2–3 s to start on an idle 2-core machine; several at once, on a busy one, longer. */
const START_TIMEOUT_MS = 40_000;
const STOP_TIMEOUT_MS = 5_000;
/** Enough of Prism's log to explain a failed start without holding all of it. */
const LOG_LIMIT = 16_000;

export interface PrismServer {
  /** `http://127.0.0.1:<port>`: Prism serves the spec's paths at its root, whatever `servers` says. */
  readonly url: string;
  /** The most recent part of Prism's output, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now: the OS picks it for a throwaway listener. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const running = new Set<ChildProcess>();

/** Prism and anything it started form one process group (it is detached), so it is ended whole. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// A worker that exits without running afterAll must not leave a server behind.
process.once('exit', () => {
  for (const child of running) signalGroup(child, 'SIGKILL');
});

async function stopChild(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function startOnce(specPath: string, port: number): Promise<PrismServer> {
  const child = spawn(process.execPath, [PRISM, 'mock', specPath, '--host', '127.0.0.1', '--port', String(port), '--errors'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-LOG_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: PrismServer = { url: `http://127.0.0.1:${port}`, log: () => output, stop: () => stopChild(child) };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await server.stop();
      throw new Error(`prism exited (${child.exitCode ?? child.signalCode}) before listening on ${port}:\n${output}`);
    }
    // Its own announcement too: a connection alone could reach another process that took the port.
    if (output.includes(`Prism is listening on ${server.url}`) && (await accepts(port))) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop();
  throw new Error(`prism did not listen on ${port} within ${START_TIMEOUT_MS} ms:\n${output}`);
}

/**
 * Starts Prism for a spec and resolves once it accepts connections. Another process may take the
 * free port between the probe and Prism's bind, so a start that fails is tried on a new port.
 */
export async function startPrism(specPath: string, attempts = 3): Promise<PrismServer> {
  let last: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return await startOnce(specPath, await freePort());
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

/**
 * Starts Prism for every spec in the file's beforeAll, all at once (most of a start is Prism
 * loading its own code, which overlaps well), and stops every one that started in afterAll.
 * Returns the server of a spec, for use inside tests.
 */
export function usePrisms(specs: readonly { readonly spec: string; readonly specPath: string }[]): (spec: string) => PrismServer {
  const servers = new Map<string, PrismServer>();
  beforeAll(async () => {
    const started = await Promise.allSettled(
      specs.map(async ({ spec, specPath }) => {
        servers.set(spec, await startPrism(specPath));
      }),
    );
    const failed = started.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }, 90_000);
  afterAll(async () => {
    await Promise.all([...servers.values()].map((server) => server.stop()));
  });
  return (spec) => {
    const server = servers.get(spec);
    if (server === undefined) throw new Error(`prism for ${spec} did not start`);
    return server;
  };
}
