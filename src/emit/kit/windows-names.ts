/**
 * Windows device names (`CON`, `nul.md`, `COM1.py`, `src/models/con.rs`): no file may be called
 * that, with any extension and in any case. output/paths.ts refuses such a path outright; a target
 * that makes file names from spec names renames first (Python: `Nul` → `ModelNul`, Rust: `con` →
 * `con_`), so one rule serves both and an escaped name never reaches the refusal.
 */
export const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** True when a file named `name` (with or without an extension) cannot exist on Windows. */
export function isWindowsReserved(name: string): boolean {
  return WINDOWS_RESERVED.test(name);
}
