/**
 * Windows device names, which no file may be called (`docs/Con.md` and `src/models/con.rs`
 * included), in any case. A target that makes file names from spec names escapes these; output/
 * refuses them outright (output/paths.ts), so an escaped name never reaches that refusal.
 */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function isWindowsDevice(name: string): boolean {
  return WINDOWS_DEVICES.test(name);
}
