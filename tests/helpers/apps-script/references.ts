// Tab names inside formula text: which tabs a formula reads, and renaming a tab in every formula as Sheets does.

/** A tab name Sheets writes without quotes in a reference (`Sheet1!A1`); anything else is quoted. */
const BARE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** `'It''s'` for a name that needs quotes, else the name itself. */
export function quoteSheetName(name: string): string {
  return BARE_NAME.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface SheetRef {
  name: string;
  /** Where the reference's name starts and where its `!` is, in the formula text. */
  start: number;
  bang: number;
}

/** Every `'Tab name'!` and `Tab!` reference, outside string literals. */
function sheetRefs(formula: string): SheetRef[] {
  const refs: SheetRef[] = [];
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal: skip it, doubled quotes included.
      for (i++; i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"'); i++) if (formula[i] === '"') i++;
    } else if (ch === "'") {
      let name = '';
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] !== "'") name += formula[j];
        else if (formula[j + 1] === "'") { name += "'"; j++; } else break;
      }
      if (formula[j + 1] === '!') refs.push({ name, start: i, bang: j + 1 });
      i = j;
    } else if (/[A-Za-z_]/.test(ch) && (i === 0 || !/[\w.$]/.test(formula[i - 1]))) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i))!;
      if (formula[i + m[0].length] === '!') refs.push({ name: m[0], start: i, bang: i + m[0].length });
      i += m[0].length - 1;
    }
  }
  return refs;
}

/** The tab names a formula refers to (as written; Sheets matches them without regard to case). */
export function referencedSheets(formula: string): string[] {
  return sheetRefs(formula).map((r) => r.name);
}

/** The formula with every reference to tab `from` pointing at `to` instead, quoted as `to` needs. */
export function renameSheetRefs(formula: string, from: string, to: string): string {
  let out = '';
  let at = 0;
  for (const ref of sheetRefs(formula)) {
    if (ref.name.toLowerCase() !== from.toLowerCase()) continue;
    out += formula.slice(at, ref.start) + quoteSheetName(to);
    at = ref.bang;
  }
  return out + formula.slice(at);
}
