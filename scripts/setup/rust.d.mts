/** Types of rust.mjs for the tests that share its workspace layout. */
export interface CrateFile {
  readonly path: string;
  readonly contents: string;
}
export function workspaceDir(root: string, name?: string): string;
export function cargoTargetDir(root: string): string;
export function memberName(dir: string): string;
export function addCrate(workspace: string, dir: string, files: readonly CrateFile[]): void;
export function crateFilesOnDisk(crateDir: string): CrateFile[];
export function assembleWorkspace(root: string, workspace?: string): string;
export function cargo(
  root: string,
  args: readonly string[],
  options?: { cwd?: string; env?: Record<string, string>; quiet?: boolean },
): { status: number | null; stdout: string; stderr: string };
export const PRODUCT_SPECS: readonly string[];
export function setup(root: string): Promise<void>;
