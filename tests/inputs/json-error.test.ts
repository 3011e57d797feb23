// Where and why a template file is not JSON: line and column for every kind of JSON.parse failure.
import { describe, expect, it } from 'vitest';
import { findJsonProblem } from '../../src/core/template/json-error';

describe('findJsonProblem', () => {
  it.each([
    ['{\n  "id": "x",\n  oops\n}', 3, 3, 'expected a property name in "double quotes", found "o"'],
    ['{"a": 1,}', 1, 9, 'expected a property name in "double quotes", found "}"'],
    ['{"a": 1', 1, 8, 'expected "," or "}", found the end of the file'],
    ['', 1, 1, 'expected a value'],
    ['{"a": "x\ny"}', 1, 9, 'no line break'],
    ['[1, 2]\n]', 2, 1, 'expected the end of the file after the value, found "]"'],
    ['{"a": tru}', 1, 10, 'expected "true"'],
    ['{"a": 01}', 1, 8, 'expected "," or "}", found "1"'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name'],
    ['{"a": "\\x"}', 1, 9, 'expected an escape'],
    ['{"a": "x', 1, 9, 'expected a closing " for the text that starts at line 1, column 7'],
  ])('%j → %i:%i', (text, line, column, message) => {
    // Every case is one JSON.parse refuses, whatever its message says.
    expect(() => JSON.parse(text)).toThrow();
    const problem = findJsonProblem(text);
    expect(problem).toMatchObject({ line, column });
    expect(problem!.message).toContain(message);
  });

  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]} ', '"x"', '0'])
      expect(findJsonProblem(text)).toBeNull();
  });
});
