import { slug } from 'github-slugger';
import { showInvisible } from '../invisible.js';

/**
 * The README #fragment of a security scheme's heading, for every doc style. The reference
 * generators print the name itself (`#Bearer`), which GitHub matches against the heading's id
 * regardless of case; a name that is not a plain word would not survive as a fragment, so it gets
 * the id GitHub gives its heading (github-slugger, as the link checks compute it).
 */
export function schemeAnchor(name: string): string {
  // The heading shows invisible characters as their escapes, so its id is made from that text.
  return /^[A-Za-z0-9_-]+$/.test(name) ? name : slug(showInvisible(name));
}
