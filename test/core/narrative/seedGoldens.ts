// The golden narratives of the seed tables (checked as of 2026-06-30), one locale per test file.
import { checkTable } from '../../../src/core/check/checkTable';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import type { Locale, ParagraphKind } from '../../../src/core/types';
import { SEED_TABLES } from '../../fixtures/seedTables';

export type Golden = [ParagraphKind, string][];

export function describeSeedGoldens(locale: Locale, goldens: Record<string, Golden>): void {
  describe(`${locale} narrative of each seed table`, () => {
    it.each(Object.keys(goldens))('%s', (seed) => {
      const grid = SEED_TABLES[seed];
      if (!grid) throw new Error(`no seed table ${seed}`);
      const narrative = buildNarrative(checkTable(grid, { asOf: '2026-06-30' }), { locale });
      expect(narrative.locale).toBe(locale);
      const paragraphs = narrative.paragraphs.map((paragraph) => [
        paragraph.kind,
        paragraph.segments.map((segment) => segment.text).join(''),
      ]);
      expect(paragraphs).toEqual(goldens[seed]);
    });

    it('covers every seed table', () => {
      expect(Object.keys(goldens).sort()).toEqual(Object.keys(SEED_TABLES).sort());
    });
  });
}
