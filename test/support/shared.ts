/**
 * The reference documents and real specs, read in place from `../shared` beside the repository
 * (never copied in), wherever the repository or its worktree is checked out.
 */
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
