import { channel } from 'node:diagnostics_channel';

/**
 * Every step of writing and recovering an output folder is announced on this channel, so a test
 * can stop the process at exactly that point (test/output/kill-at.mjs SIGKILLs itself at the N-th
 * step) and prove the folder survives a kill anywhere. With no subscriber, publishing does nothing.
 */
const steps = channel('sdkgen:output-step');

/** The names a subscriber sees, in the order a run may reach them. */
export type OutputStep =
  | 'recovered-file'
  | 'recovered-journal-removed'
  | 'recovered-run-removed'
  | 'run-created'
  | 'file-staged'
  | 'journal-written'
  | 'file-removed'
  | 'file-replaced'
  | 'manifest-replaced'
  | 'journal-removed'
  | 'run-removed';

export function reached(step: OutputStep): void {
  if (steps.hasSubscribers) steps.publish({ step });
}
