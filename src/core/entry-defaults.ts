// What the core writes into entry cells by itself, noted while it builds, so one build also counts what was typed.
import type { EntryValue, TypedEntries } from './model/input';
import type { SheetId } from './constants';

/**
 * Builders note, for every entry cell that takes what was typed, the value they put there when nothing was (a
 * "planned" status, a prefilled campaign cell, an imported actual, or blank). A typed value that differs from it is
 * the manager's. Cells the builder fills itself whatever was typed (a weekday, a date) are not noted and never count.
 */
export class EntryDefaults {
  private readonly values = new Map<string, EntryValue>();

  note(sheet: SheetId, key: string, col: string, value: EntryValue): void {
    this.values.set(`${sheet}\u0000${key}\u0000${col}`, value === '' ? null : value);
  }

  /** How many typed values of the built sheets differ from what the core would have written there. */
  typedCount(entries: TypedEntries | undefined, built: ReadonlySet<string>): number {
    let count = 0;
    for (const [sheet, rows] of Object.entries(entries ?? {})) {
      if (!built.has(sheet)) continue;
      for (const [key, cols] of Object.entries(rows ?? {})) {
        for (const [col, value] of Object.entries(cols)) {
          const at = `${sheet}\u0000${key}\u0000${col}`;
          if (value !== null && value !== '' && this.values.has(at) && this.values.get(at) !== value) count++;
        }
      }
    }
    return count;
  }
}
