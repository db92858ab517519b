import type { Worker } from 'node:worker_threads';

/**
 * Posts `request` to a worker thread and waits for the reply that ends it (`isFinal`); the
 * messages before that (a stage ended, a spec loaded) go to `progress`. A worker that dies (out
 * of memory, a crash in a native module) is sdkgen's failure, not the spec's: `what` names the
 * work it was doing in that error.
 */
export function workerReply<Reply, Final extends Reply>(
  worker: Worker,
  request: unknown,
  isFinal: (reply: Reply) => reply is Final,
  progress: (reply: Reply) => void,
  what: string,
): Promise<Final> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: Reply): void => {
      if (!isFinal(reply)) return progress(reply);
      done();
      resolve(reply);
    };
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    const onExit = (code: number): void => {
      done();
      reject(new Error(`a worker thread stopped (exit code ${code}) while ${what}`));
    };
    const done = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}
