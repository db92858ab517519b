/**
 * Heading ids and doc file names. A link into a page must name the id GitHub gives the heading:
 * github-slugger's rule (lower case, punctuation dropped, spaces to `-`, and `-1`, `-2`, ... for
 * repeats within the page). So each page's headings are replayed here in the order its template
 * prints them, and every link is made from the id that replay hands out.
 */
import GithubSlugger from 'github-slugger';
import { uniqueFileNames } from '../../kit/unique-names.js';
import { showInvisible } from '../../invisible.js';
import { codeSpan } from './markdown.js';

/** The ids of one page's headings, claimed in page order. */
export class HeadingIds {
  readonly #slugger = new GithubSlugger();

  /** `text`: the heading as it reads once rendered (markup removed). */
  claim(text: string): string {
    return this.#slugger.slug(text);
  }

  claimAll(texts: readonly string[]): void {
    for (const text of texts) this.claim(text);
  }
}

/** A heading showing a spec string exactly: its markdown, and the text GitHub slugs. */
export interface LiteralHeading {
  readonly markdown: string;
  readonly text: string;
}

const PLAIN_WORDS = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} -]*[\p{L}\p{M}\p{N}])?$/u;

/**
 * Words print as they are (`### Bearer`); anything else goes in a code span, where no character
 * is markup, so the rendered text, and with it the id, is the name itself.
 */
export function literalHeading(name: string): LiteralHeading {
  if (PLAIN_WORDS.test(name)) return { markdown: name, text: name };
  const text = showInvisible(name).replace(/\r\n?|[\n\u2028\u2029\u0085]/g, ' ');
  if (text.trim() === '') return { markdown: '(unnamed)', text: '(unnamed)' };
  return { markdown: codeSpan(text), text };
}

/** Windows device names, which no file may take (with any extension, in any case). */
const DEVICE_NAMES = ['con', 'prn', 'aux', 'nul', ...'0123456789¹²³'.split('').flatMap((d) => [`com${d}`, `lpt${d}`])];

/** Room for a numeric suffix and `.md` under the usual 255-byte limit of one name. */
const MAX_STEM_BYTES = 240;

function fileStem(name: string): string {
  let stem = name.normalize('NFC');
  while (Buffer.byteLength(stem, 'utf8') > MAX_STEM_BYTES) stem = [...stem].slice(0, -1).join('');
  return stem.normalize('NFC');
}

/**
 * File names (without `.md`) of the API class and model docs, keyed by type name. The type names
 * are already unique regardless of case (kit/unique-names.ts); the same rule here only moves a
 * Windows device name or a shortened long name off a taken one. Classes come first, as everywhere.
 */
export function docFileNames(classNames: readonly string[], modelNames: readonly string[]): ReadonlyMap<string, string> {
  const names = [...classNames, ...modelNames];
  const stems = uniqueFileNames(names.map(fileStem), DEVICE_NAMES);
  return new Map(names.map((name, i) => [name, stems[i] ?? name]));
}
