// Formulas go to Sheets with `;` between arguments, which Latvian, Lithuanian and English sheets all read.
import { describe, expect, it } from 'vitest';
import { sheetsFormula } from '../../src/render/sheets/formula-text';

describe('sheetsFormula', () => {
  it('turns argument commas into semicolons', () => {
    expect(sheetsFormula('IF(OR(G7="",F7=""),"",ROUND(G7/F7,6))')).toBe('IF(OR(G7="";F7="");"";ROUND(G7/F7;6))');
  });

  it('leaves commas in strings, quoted sheet names and array constants alone', () => {
    expect(sheetsFormula(`COUNTIF('Plan, November'!$J$5:$J$9,"a, ""b"", c")`)).toBe(`COUNTIF('Plan, November'!$J$5:$J$9;"a, ""b"", c")`);
    expect(sheetsFormula(`SUM({1,2},'It''s, here'!A1)`)).toBe(`SUM({1,2};'It''s, here'!A1)`);
  });
});
