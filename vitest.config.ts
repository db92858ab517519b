import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once so CLI tests can run the real bin as a child process.
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each test file in its own process: tests spawn children and write temp folders.
    pool: 'forks',
    // @actions/workflow-parser imports JSON without `with { type: 'json' }`, which Node refuses;
    // transformed by vitest, it loads.
    server: { deps: { inline: [/@actions\/workflow-parser/] } },
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-reports/results.json' },
  },
});
