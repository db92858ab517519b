/** Past this many answers a memo starts afresh, so a process that emits many specs holds no more. */
const LIMIT = 50_000;

/**
 * A pure function of one string that remembers its answers. A large spec asks the same few
 * thousand questions tens of thousands of times (every model's `id`, GitHub's shared `per_page`
 * description), each answered by a dozen regular expressions.
 */
export function remembered<T>(answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    if (answers.size >= LIMIT) answers.clear();
    const found = answer(text);
    answers.set(text, found);
    return found;
  };
}
