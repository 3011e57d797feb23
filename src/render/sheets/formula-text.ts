// Formula text as every Sheets locale reads it: argument commas become semicolons.

/**
 * The description writes formulas as Excel stores them (English names, `,` between arguments). Formulas
 * written through Google's APIs have been seen parsed with the spreadsheet's locale, where Latvian and
 * Lithuanian sheets separate arguments with `;` (the comma is their decimal mark), while `;` is accepted in
 * every locale, English included. So commas outside string literals, quoted sheet names and array
 * constants become `;`. The core's formulas hold no decimal literals, whose `.` no locale change could fix.
 */
export function sheetsFormula(formula: string): string {
  let out = '';
  let quote: '"' | "'" | null = null;
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      out += ch;
      // A doubled quote is an escaped quote, not the end.
      if (ch === quote) {
        if (formula[i + 1] === quote) out += formula[++i];
        else quote = null;
      }
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') braces++;
    else if (ch === '}') braces = Math.max(0, braces - 1);
    out += ch === ',' && braces === 0 ? ';' : ch;
  }
  return out;
}
