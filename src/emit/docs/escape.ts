import { showInvisible } from '../invisible.js';

/**
 * Every spec string that lands in markdown goes through one of these, chosen by where it lands.
 * The reference generators' own escaping (openapi-generator's escapeText, jmustache's HTML
 * escaping) is reproduced exactly so our docs match theirs byte for byte; on top of that every
 * context neutralises what could make the markdown active or break its structure.
 */

/** Which "unsafe characters" rule a doc style applies after escapeText (docs-format.md §1.1). */
export type UnsafeRule = 'comment' | 'python';

/**
 * openapi-generator's escapeText: tab, CR and LF each become one space; backslash and double
 * quote get a backslash; then the language's unsafe-character rule. A backslash before a slash
 * goes first (`\/` → `/`, `\\/` → `\/`): swagger-codegen 2.2's and openapi-generator 4.2.1's
 * escapeText round-trip the text through escapeJava and unescapeJava with `\/` replaced by `/`
 * in between, which takes one backslash off each `\/` (google.home's `escaped like \/`;
 * test/emit/go/cases/escaped-slashes).
 */
export function escapeText(input: string, rule: UnsafeRule): string {
  const read = input.replace(/\\\//g, '/');
  const text = read.replace(/[\t\n\r]/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return rule === 'comment'
    ? text.replace(/\/\*/g, '/_*').replace(/\*\//g, '*_/')
    : text.replace(/'''/g, "'_'_'");
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  "'": '&#39;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** jmustache's `{{x}}` escaping, as the Go and Python templates apply it. */
export function htmlEscape(text: string): string {
  return text.replace(/[&'"<>`=]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * For text the reference templates print raw (`{{{x}}}`): keeps the text as it is (markdown in
 * descriptions is meant to render) except for what could make the page active, hide what it says
 * or change its structure: line breaks, the characters that open HTML, invisible characters
 * (shown as `\u202e`), links to script-bearing schemes, images (shown as text), and, since the
 * text may start a line, anything that would open a block other than a paragraph. The seeds
 * hold none of these (see referenceNotes), so exactness holds. Every pattern here is linear.
 */
export function markdownRaw(text: string): string {
  return paragraphStart(inlineRaw(text), false);
}

/**
 * An operation's summary or description where the Go, Python and Rust reference templates print
 * it, on a line of its own: markdownRaw, except that a leading ATX heading marker (`#` to
 * `######`) or list item marker stays. The reference generators print them so (Looker's
 * descriptions start `### Get API Session` or `# Alert Notifications.`, OSF's `#### Returns`,
 * OpenChannel's `- This method is called on behalf of a developer.`, vtex's summary `1. Starts a
 * new transaction`) and these docs match them byte for byte. Neither hides or swallows anything
 * there: line breaks being folded, the heading holds the whole text and nothing after it (checked
 * with 4.2.1's jar in test/emit/go/cases/notes-subheadings and notes-headings); the list is one
 * item of one line, and every template follows the line with a blank line and a `###` heading at
 * the margin, which ends it. What follows a kept list marker is guarded as any line's start (`- # x`
 * opens no heading). Fences, setext underlines, breaks and link definitions, which would swallow
 * or hide what follows, keep their backslash.
 */
export function referenceNotes(text: string): string {
  const line = inlineRaw(text);
  const item = RULE_LINE.test(line) ? null : LIST_ITEM.exec(line);
  return item === null ? paragraphStart(line, true) : item[0] + paragraphStart(line.slice(item[0].length), false);
}

/** A list item's marker after up to three spaces (more make code), one space, then text (not a blank). */
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)]) (?=\S)/;

/**
 * What every markdown context starts from: one line, control characters dropped, invisible
 * characters shown as `\u202e`, `<` and `>` as character references. Contexts that escape every
 * markup character themselves (scheme names as headings and link text) need nothing more.
 */
export function foldedText(text: string): string {
  return (
    showInvisible(text)
      .replace(/[\u2028\u2029\u0085\r\n]/g, ' ')
      // Other control characters (NUL, ESC...) print nothing useful and make git treat the file as binary.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

/** What markdownRaw does inside the line: everything but guarding how the line begins. */
function inlineRaw(text: string): string {
  return neutraliseLinks(foldedText(text))
    // `![alt](src)` would load src when the page is viewed; `!\[` is text whatever precedes it.
    .replace(/!\[/g, '!\\[');
}

/**
 * A link reference definition's start, `[label]:` after any indentation, in every form CommonMark
 * accepts: the label may hold backslash-escaped brackets (`[a\]b]:`); destination and title do not
 * matter, since without its `[` the line is no definition at all.
 */
const DEFINITION = /^([ \t]*)\[(?=(?:[^\\[\]]|\\.)*\]:)/;

/**
 * What opens a block when a line starts with it: an ATX heading or a bullet (`#`, `-`, `+`, `*`
 * before a blank or the end), an ordered item (`1.`, `1)`) or a code fence. A backtick fence
 * opens only when no backtick follows on its line (CommonMark: its info string may hold none), so
 * monarch's one-line ``` IC = -log2(…) ``` is a code span, printed as written.
 */
const BLOCK_MARKER = /^([ \t]*)(?:(#{1,6}|[-+*])(?=[ \t]|$)|(\d{1,9})([.)])(?=[ \t]|$)|(`{3,}(?=[^`]*$)|~{3,}))/;

/**
 * A line made only of `-=*_:+`, pipes and blanks: a setext underline (which turns the line above
 * into a heading), a thematic break or a table delimiter row. Its first such character is
 * escaped; leading pipes stay, so table cells keep their own pipe escaping.
 */
const RULE_LINE = /^([ \t|]*)([-=*_:+])(?=[-=*_|:+ \t]*$)/;

/**
 * One line of spec text can only ever be a paragraph's text: a backslash before the marker that
 * would open anything else (headings, lists that swallow what follows, fences, breaks, setext
 * underlines, link definitions).
 */
function paragraphStart(line: string, keepHeading: boolean): string {
  return line
    .replace(DEFINITION, '$1\\[')
    .replace(RULE_LINE, '$1\\$2')
    .replace(BLOCK_MARKER, (whole: string, indent: string, marker?: string, digits?: string, delimiter?: string, fence?: string) => {
      if (keepHeading && marker?.startsWith('#') === true) return whole;
      return digits === undefined ? `${indent}\\${marker ?? fence ?? ''}` : `${indent}${digits}\\${delimiter ?? ''}`;
    });
}

/** Schemes a link in generated docs may never use: they run code or smuggle content in. */
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data|file):/i;

/**
 * A link destination made of spec text (a raw schema name, as openapi-generator links it): one
 * that a renderer would read as an unsafe scheme (`javascript:/*x.md`) is made a relative path
 * (`./javascript:/*x.md`), which every renderer resolves as a file beside the page.
 */
export function inertDestination(destination: string): string {
  return UNSAFE_SCHEME.test(linkScheme(destination)) ? `./${destination}` : destination;
}

/** `[x](javascript:...)` → `[x]\(javascript:...)`: the text stays, the link is gone. */
function neutraliseLinks(text: string): string {
  return text.replace(/\]\(\s*([^)\s]*)/g, (whole, destination: string) =>
    UNSAFE_SCHEME.test(linkScheme(destination)) ? whole.replace('](', ']\\(') : whole,
  );
}

/** The destination as a renderer sees it: backslash escapes and character references resolved. */
function linkScheme(destination: string): string {
  return destination
    .replace(/\\(.)/g, '$1')
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});?/g, (_, dec: string) => codePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    .replace(/[\s\u0000-\u001f]/g, '');
}

function codePoint(value: number): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

/** For text inside a table cell: markdownRaw plus an escaped pipe so the row keeps its columns. */
export function tableCell(text: string): string {
  return pipesEscaped(markdownRaw(text));
}

/**
 * For text in a table cell that never starts its line (every row begins with the template's own
 * `**name**`, `[**Name**](...)` or `*Class*` first): inside a row a block marker cannot open a
 * block, so `# note` or `- item` stays as the reference generators write it. Everything inline
 * (links, images, HTML, pipes) is guarded as in tableCell.
 */
export function midRowCell(text: string): string {
  return pipesEscaped(inlineRaw(text));
}

function pipesEscaped(text: string): string {
  // A backslash before a pipe would escape our escape: double the run of backslashes before a
  // pipe, then escape the pipe. A run is taken whole (never retried from inside), so this stays
  // linear however long the run.
  return text.replace(/\\+\|?|\|/g, (run) => (run.endsWith('|') ? `${run.slice(0, -1).repeat(2)}\\|` : run));
}
