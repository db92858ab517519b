import { describe, expect, it } from 'vitest';
import { compareApis } from '../../src/diff/compare.js';
import { countByLevel } from '../../src/diff/report.js';
import { loadApi } from '../../src/load/index.js';
import { githubRestSpec } from '../../scripts/spec-cache.js';

/**
 * A real-world case: GitHub's REST spec (api.github.com, about 1,100 operations) as published in
 * @octokit/openapi 22.0.0 and 23.0.0, fetched by exact version into .cache/specs/ on first use
 * (scripts/spec-cache.ts). The counts were checked by hand once against the raw documents
 * (see the README's "Reviewing API changes") and are pinned here.
 */

describe('GitHub REST spec, @octokit/openapi 22.0.0 → 23.0.0', () => {
  it('gives the hand-checked findings', { timeout: 300_000 }, async () => {
    const warnings: string[] = [];
    const options = { onInvalid: (e: { format(): string }) => warnings.push(e.format()) };
    const base = await loadApi(githubRestSpec('22.0.0'), options);
    const revision = await loadApi(githubRestSpec('23.0.0'), options);
    expect(warnings).toEqual([]);
    const findings = compareApis(base, revision);
    expect(countByLevel(findings)).toEqual({ breaking: 262, warning: 39, info: 1647 });
    const byId = (id: string) => findings.filter((f) => f.id === id);
    // 40 operations on paths that are gone: 17 were deprecated, 3 moved to /orgs/{org}/... .
    expect(byId('path-removed')).toHaveLength(20);
    expect(byId('path-removed-after-deprecation')).toHaveLength(17);
    expect(byId('operation-path-changed').map((f) => `${f.base} → ${f.revision}`)).toContain(
      '/organizations/{org}/dependabot/repository-access → /orgs/{org}/dependabot/repository-access',
    );
    // 154 operations on new paths, 3 of them the moved ones.
    expect(byId('path-added')).toHaveLength(151);
    expect(byId('response-property-removed').map((f) => f.basePointer)).toContain('/components/schemas/app-permissions/properties/team_discussions');
    expect(byId('request-property-became-required').map((f) => f.operation)).toContain('DELETE /orgs/{org}/code-security/configurations/detach');
    expect(byId('response-enum-value-added').map((f) => f.revision)).toContain('multi_select');
    expect(byId('request-pattern-changed')[0]).toMatchObject({ base: '^[0-9a-fA-F]+$', revision: '^([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)$' });
    expect(byId('response-media-type-removed')[0]).toMatchObject({ operation: 'GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}', base: 'application/json+sarif' });
  });
});
