// Finds where and why a text is not JSON, because JSON.parse's message does not always say where.

export interface JsonProblem {
  /** 1-based line and column of the offending character (or of the end of the text). */
  line: number;
  column: number;
  message: string;
}

class Stop {
  constructor(readonly at: number, readonly message: string) {}
}

/** The first JSON syntax error in `text`, or null when it is valid JSON. */
export function findJsonProblem(text: string): JsonProblem | null {
  let i = 0;
  const shown = (at: number) => (at >= text.length ? 'the end of the file' : JSON.stringify(text[at]));
  const fail = (expected: string, at = i): never => { throw new Stop(at, `expected ${expected}, found ${shown(at)}`); };
  const space = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const literal = (word: string) => { for (const c of word) if (text[i++] !== c) fail(`"${word}"`, i - 1); };
  const string = () => {
    const start = i++;
    for (;;) {
      if (i >= text.length) fail(`a closing " for the text that starts at ${where(text, start)}`);
      const c = text[i];
      if (c === '"') { i++; return; }
      if (c < ' ') fail('no line break or control character inside a "text" (write \\n)');
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('\\u and four hex digits', i);
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail('an escape such as \\" \\\\ \\n \\t or \\uXXXX');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('a value (text in "double quotes", a number, true, false, null, { or [)');
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 500) fail('less deeply nested values');
    space();
    const c = text[i];
    if (c === '{') {
      i++; space();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        space();
        if (text[i] !== '"') fail('a property name in "double quotes"');
        string(); space();
        if (text[i] !== ':') fail('":" after the property name');
        i++; value(depth + 1); space();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++; space();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(depth + 1); space();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    number();
  };
  try {
    value(0);
    space();
    if (i < text.length) fail('the end of the file after the value');
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const [line, column] = lineColumn(text, e.at);
    return { line, column, message: e.message };
  }
}

function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

function where(text: string, offset: number): string {
  const [line, column] = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}
