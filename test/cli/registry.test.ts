import { describe, expect, it } from 'vitest';
import { loadTarget, targetNames, UnknownTargetError } from '../../src/emit/registry.js';

describe('targetNames', () => {
  it('lists the target folders with an index file, sorted, and not the shared docs folder', async () => {
    const names = await targetNames();
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['go', 'python', 'rust']));
    expect(names).not.toContain('docs');
  });
});

describe('loadTarget', () => {
  it('returns the target its folder exports, named after the folder', async () => {
    for (const name of await targetNames()) {
      const target = await loadTarget(name);
      expect(target.name).toBe(name);
      expect(typeof target.emit).toBe('function');
    }
  });

  const refused = ['../load', '../../package', 'docs', 'Go', 'go/', 'go/../rust', '', 'cobol', '-go', 'node:fs'];
  it.each(refused)('refuses %j before importing anything', async (name) => {
    const known = (await targetNames()).join(', ');
    await expect(loadTarget(name)).rejects.toThrow(UnknownTargetError);
    await expect(loadTarget(name)).rejects.toThrow(`unknown target '${name}' (known targets: ${known})`);
  });
});
