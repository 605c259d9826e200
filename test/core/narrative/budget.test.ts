// The prose within 3,000 characters at any size: the few that matter named, the rest counted, every
// figure still citing its cells; small tables read as before (the goldens).
import { narrativeProseToText } from '../../../src/core/export/text';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import { PROSE_BUDGET } from '../../../src/core/narrative/budget';
import { mostBehind } from '../../../src/core/narrative/highlights';
import type { CheckReport, Indicator, Locale, Narrative } from '../../../src/core/types';
import { checked, groupedGrid, largeGrid } from './bigTables';
import { indicator, report } from './fixtures';

const LOCALES: Locale[] = ['zh-CN', 'en-US'];

const reports = new Map<string, CheckReport>();
const reportOf = (kind: 'large' | 'grouped', rows: number): CheckReport => {
  const key = `${kind}${rows}`;
  let built = reports.get(key);
  if (!built) {
    built = checked(kind === 'large' ? largeGrid(rows) : groupedGrid(rows));
    reports.set(key, built);
  }
  return built;
};

const valuesOf = (narrative: Narrative) =>
  narrative.paragraphs.flatMap((paragraph) =>
    paragraph.segments.filter((segment) => segment.kind === 'value'),
  );

describe.each([1000, 10_000])('%i generated rows', (rows) => {
  describe.each(['large', 'grouped'] as const)('%s table', (kind) => {
    it.each(LOCALES)(`keeps the prose within ${PROSE_BUDGET} characters (%s)`, (locale) => {
      const built = reportOf(kind, rows);
      const narrative = buildNarrative(built, { locale });
      const prose = narrativeProseToText(narrative);
      expect(prose.length).toBeLessThanOrEqual(PROSE_BUDGET);
      // The most behind indicator is named, and every figure cites cells of its own row.
      const [worst] = mostBehind(built.indicators);
      expect(prose).toContain(worst?.name);
      const cellsOfRow = new Map(
        built.indicators.map((i) => [i.name, new Set(Object.values(i.cells))]),
      );
      const values = valuesOf(narrative);
      expect(values.length).toBeGreaterThan(10);
      for (const value of values) {
        expect(value.cells.length).toBeGreaterThan(0);
        const own = cellsOfRow.get(value.indicator ?? '');
        for (const cell of value.cells) expect(own?.has(cell)).toBe(true);
      }
      // The full list is in the appendix.
      const listed = narrative.appendix?.rows.filter((row) => row.kind === 'indicator');
      expect(listed).toHaveLength(built.indicators.length);
    });
  });
});

describe('the rest counted', () => {
  // 40 on schedule and 2 behind: too many to tell in 3,000 characters in English.
  const many: Indicator[] = Array.from({ length: 120 }, (_, i) =>
    indicator({
      name: `科技指标${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10) % 12]}`,
      row: i + 2,
      unit: '件',
      target: 100,
      actual: i < 2 ? 20 : 60,
      lastYear: 50,
      completionRate: i < 2 ? 0.2 : 0.6,
      yoyGrowth: i < 2 ? -0.6 : 0.2,
      status: i < 2 ? 'severely-behind' : 'on-track',
    }),
  );

  it('zh-CN: 其余N项均达到序时进度', () => {
    const narrative = buildNarrative(report(many), { locale: 'zh-CN' });
    const lines = narrativeProseToText(narrative).split('\n');
    expect(lines).toContain('（一）其他工作');
    const body = lines[lines.indexOf('（一）其他工作') + 1] ?? '';
    // Two most behind, then the largest (all equal: the first in table order).
    expect(body).toMatch(/^科技指标甲子完成20件，完成年度目标的20\.0%，同比下降60\.0%。/);
    expect(body).toMatch(/其余\d+项均达到序时进度。$/);
    const named = body.match(/完成\d+件/g) ?? [];
    expect(body).toContain(`其余${120 - named.length}项均达到序时进度。`);
  });

  it('en-US: The other N indicators were on schedule', () => {
    const narrative = buildNarrative(report(many), { locale: 'en-US' });
    const text = narrativeProseToText(narrative);
    expect(text.length).toBeLessThanOrEqual(PROSE_BUDGET);
    const named = text.match(/reached \d+,/g) ?? [];
    expect(text).toContain(`The other ${120 - named.length} indicators were on schedule.`);
  });

  it('counts a mixed rest by status', () => {
    const mixed = many.map((item, i) =>
      i >= 100
        ? { ...item, status: 'done' as const, actual: 120, completionRate: 1.2 }
        : i >= 2 && i < 12
          ? { ...item, status: 'behind' as const, actual: 45, completionRate: 0.45 }
          : item,
    );
    const text = narrativeProseToText(buildNarrative(report(mixed), { locale: 'zh-CN' }));
    const [, rest, done, onTrack, behind] =
      /其余(\d+)项中，(\d+)项已完成全年目标，(\d+)项达到序时进度，(\d+)项滞后于序时进度。/.exec(
        text,
      ) ?? [];
    const named = text.split('\n')[5]?.match(/完成\d+件/g) ?? [];
    expect(Number(rest)).toBe(120 - named.length);
    expect(Number(done) + Number(onTrack) + Number(behind)).toBe(Number(rest));
  });
});
