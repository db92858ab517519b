/** What a loader check threw: its JSON pointer and message (fails the test when nothing was thrown). */
export function thrown(run: () => unknown): { pointer: string; message: string } {
  try {
    run();
  } catch (error) {
    return { pointer: (error as { pointer: string }).pointer, message: (error as Error).message };
  }
  throw new Error('nothing was thrown');
}
