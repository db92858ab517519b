import { channel } from 'node:diagnostics_channel';

/**
 * Each stage of a run (read, validate, model, a target's emit, write) announces how long it
 * took on this channel; `--timings` and the progress display listen. With no listener nothing
 * is measured or sent, so the stages cost nothing when nobody asks.
 */
const stages = channel('sdkgen:stage');

export interface StageEvent {
  /** `read`, `validate`, `model`, `emit <target>`, `write`. */
  readonly stage: string;
  readonly ms: number;
}

/** Announces each stage as it ends, timed from the end of the one before (or the clock's start). */
export function stageClock(): { end(stage: string): void } {
  let last = performance.now();
  return {
    end(stage: string): void {
      const now = performance.now();
      if (stages.hasSubscribers) stages.publish({ stage, ms: now - last } satisfies StageEvent);
      last = now;
    },
  };
}

/** Calls `listener` with every stage that ends until the returned function is called. */
export function onStage(listener: (event: StageEvent) => void): () => void {
  const handler = (message: unknown): void => listener(message as StageEvent);
  stages.subscribe(handler);
  return () => stages.unsubscribe(handler);
}
