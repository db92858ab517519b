import { describe, expect, it } from 'vitest';
import type { Finding, Level } from '../../src/diff/types.js';
import { checkSpecVersion, impliedBump, nextVersion } from '../../src/diff/version.js';

const finding = (id: string, level: Level): Finding => ({ id, level, operation: null, basePointer: null, revisionPointer: null, base: null, revision: null, message: id });

describe('the semver bump', () => {
  it.each([
    [[], 'none'],
    [[finding('operation-description-changed', 'info'), finding('api-title-changed', 'info')], 'patch'],
    [[finding('operation-description-changed', 'info'), finding('parameter-added', 'info')], 'minor'],
    [[finding('operation-deprecated', 'warning')], 'minor'],
    [[finding('parameter-added', 'info'), finding('parameter-removed', 'breaking')], 'major'],
  ] as const)('%j → %s', (findings, bump) => {
    expect(impliedBump(findings)).toBe(bump);
  });

  it.each([
    ['1.4.2', 'major', '2.0.0'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'patch', '1.4.3'],
    ['1.4.2', 'none', '1.4.2'],
    // Before 1.0.0: breaking bumps the minor, anything else the patch.
    ['0.4.2', 'major', '0.5.0'],
    ['0.4.2', 'minor', '0.4.3'],
    ['0.4.2', 'patch', '0.4.3'],
    ['v1', 'major', undefined],
  ] as const)('%s with a %s bump → %s', (current, bump, next) => {
    expect(nextVersion(current, bump)).toBe(next);
  });

  it('flags an info.version that did not move as far as the changes imply', () => {
    expect(checkSpecVersion('1.2.0', '1.3.0', 'major')).toMatchObject({ moved: 'minor', needed: 'major', ok: false });
    expect(checkSpecVersion('1.2.0', '2.0.0', 'major')).toMatchObject({ ok: true });
    expect(checkSpecVersion('1.2.0', '1.2.0', 'patch').message).toBe('info.version stayed 1.2.0 although the changes imply a patch bump');
    expect(checkSpecVersion('0.3.0', '0.4.0', 'major')).toMatchObject({ needed: 'minor', ok: true });
    expect(checkSpecVersion('2.0.0', '1.9.0', 'minor')).toMatchObject({ ok: false, message: 'info.version went backwards, 2.0.0 → 1.9.0' });
    expect(checkSpecVersion('v1', 'v1', 'minor')).toMatchObject({ ok: false });
    expect(checkSpecVersion('v1', 'v2', 'major')).toMatchObject({ ok: true, moved: undefined });
  });
});
