import { describe, expect, test } from 'vitest';
import { isWindowsReserved } from '../../../src/emit/kit/windows-names.js';
import { pathProblem } from '../../../src/output/paths.js';

describe('isWindowsReserved: the one rule for targets and output/', () => {
  test.each(['CON', 'nul', 'Aux.md', 'com1.py', 'LPT9', 'com¹'])('%s is reserved', (name) => {
    expect(isWindowsReserved(name)).toBe(true);
    expect(pathProblem(`docs/${name}`)).toBe(`has a Windows reserved name '${name}'`);
  });

  test.each(['Console', 'nullable', 'com10', 'ModelNul', 'aux_api.py'])('%s is not', (name) => {
    expect(isWindowsReserved(name)).toBe(false);
  });
});
