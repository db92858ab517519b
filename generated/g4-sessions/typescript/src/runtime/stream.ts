/**
 * A response body handed to the caller as a stream instead of being read whole: the bytes still
 * count against a limit, a broken or aborted read rejects with the client's error, and the call's
 * resources (its link to the caller's signal) are released however the stream ends.
 */

export interface TrackedStreamInit {
  /** More bytes than this end the stream in `tooLarge()`. */
  readonly maxBytes: number;
  readonly tooLarge: () => Error;
  /** The error a failed read becomes. */
  readonly failure: (error: unknown) => unknown;
  /** Called once, when the stream closes, errors or is cancelled. */
  readonly release: () => void;
}

export function trackedStream(body: ReadableStream<Uint8Array>, init: TrackedStreamInit): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let length = 0;
  let released = false;
  const release = (): void => {
    if (!released) init.release();
    released = true;
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        release();
        controller.error(init.failure(error));
        return;
      }
      if (chunk.done) {
        release();
        controller.close();
        return;
      }
      length += chunk.value.byteLength;
      if (length > init.maxBytes) {
        release();
        await reader.cancel().catch(() => undefined);
        controller.error(init.tooLarge());
        return;
      }
      controller.enqueue(chunk.value);
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason).catch(() => undefined);
    },
  });
}
