// Row heights for wrapped text LibreOffice does not fit itself: words wrap whole, a too-long word breaks.
import { describe, expect, it } from 'vitest';
import { textHeight, wordsHeight } from '../../src/core/sheets/row-height';

const lines = (n: number) => Math.ceil(n * 14.5 + 2);

describe('wordsHeight', () => {
  it('wraps at spaces, so words that would fit by count still take a second line', () => {
    // 12 characters a line (width 12): "mēnešu summa" fits, "pēdējais mēnesis" does not.
    expect(wordsHeight('mēnešu summa', 12)).toBe(lines(1));
    expect(wordsHeight('pēdējais mēnesis', 12)).toBe(lines(2));
    // By count 23 characters fit two lines of 12; three words of 7 need three.
    expect(textHeight('abcdefg abcdefg abcdefg'.length, 12)).toBe(lines(2));
    expect(wordsHeight('abcdefg abcdefg abcdefg', 12)).toBe(lines(3));
    expect(wordsHeight('aa bb cc dd', 8)).toBe(lines(2));
  });

  it('breaks a word longer than the line, and an empty text is one line', () => {
    expect(wordsHeight('x'.repeat(25), 10)).toBe(lines(3));
    expect(wordsHeight('', 10)).toBe(lines(1));
  });
});
