/**
 * Every escaper and text helper (test/support/text-helpers.ts) over 200,000-character runs of
 * each special character, in each shape (alone, before `|`, inside a word, after a heading
 * marker): linear helpers take a few milliseconds per input, a quadratic one takes seconds.
 */
import { RUN_SHAPES, SPECIAL_CHARACTERS, TEXT_HELPERS } from '../../test/support/text-helpers.js';
import type { Section } from '../section.js';

const RUN_LENGTH = 200_000;

const inputs = SPECIAL_CHARACTERS.flatMap((char) =>
  RUN_SHAPES.map((shape) => ({ label: `${JSON.stringify(char)} ${shape.name}`, text: shape.make(char.repeat(RUN_LENGTH)) })),
);

export const section: Section = {
  title: 'Escapers and text helpers on long runs',
  run() {
    const rows = TEXT_HELPERS.map((helper) => {
      let total = 0;
      let worst = { ms: 0, label: '' };
      for (const input of inputs) {
        const start = performance.now();
        helper.run(input.text);
        const ms = performance.now() - start;
        total += ms;
        if (ms > worst.ms) worst = { ms, label: input.label };
      }
      return [helper.name, (total / inputs.length).toFixed(2), worst.ms.toFixed(2), worst.label];
    });
    return {
      columns: ['helper', 'mean ms', 'worst ms', 'worst input'],
      rows,
      note: `${inputs.length} inputs per helper: ${SPECIAL_CHARACTERS.length} characters × ${RUN_SHAPES.length} shapes, runs of ${RUN_LENGTH.toLocaleString('en')} characters.`,
    };
  },
};
