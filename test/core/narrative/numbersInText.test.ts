import { numbersInText, spellings } from './numbersInText';

describe('numbersInText', () => {
  it.each([
    ['专利申请量完成331件，同比增长37.9%', ['331', '37.9']],
    ['reached 33,700 person-times, RMB 150.14 million', ['33700', '150.14']],
    ['截至6月底，1—5月', ['6', '1', '5']],
    ['没有数字', []],
  ])('%s', (text, expected) => {
    expect(numbersInText(text)).toEqual(expected);
  });
});

describe('spellings', () => {
  it('covers scaling and rounding as the narrative writes numbers', () => {
    expect(spellings(1.5014)).toEqual(expect.arrayContaining(['1.5014', '150.14', '1.5']));
    expect(spellings(0.452993)).toEqual(expect.arrayContaining(['45.3']));
    expect(spellings(33700)).toEqual(expect.arrayContaining(['3.37', '33700']));
    expect(spellings(-0.142857)).toEqual(expect.arrayContaining(['14.3']));
  });

  it('does not invent unrelated numbers', () => {
    expect(spellings(331)).not.toContain('332');
    expect(spellings(Number.NaN)).toEqual([]);
  });
});
