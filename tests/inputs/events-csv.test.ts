// The events file: types and aliases, real calendar dates, times, and titles kept as plain text.
import { describe, expect, it } from 'vitest';
import { parseEventsCsv, parseDateText, parseEventType, parseTimeText } from '../../src/core/inputs/events-csv';

describe('parseEventsCsv', () => {
  it('reads events in any column order, time optional', () => {
    const text = 'title;date;type;time\nRudens vebinārs;2026-11-05;webinar;18:00\nAtvērto durvju diena;12.11.2026;open day;\n';
    expect(parseEventsCsv(text, 'events.csv')).toEqual([
      { type: 'webinar', date: '2026-11-05', time: '18:00', title: 'Rudens vebinārs' },
      { type: 'open-day', date: '2026-11-12', title: 'Atvērto durvju diena' },
    ]);
  });

  it('works without a time column', () => {
    expect(parseEventsCsv('type,date,title\nconference,2026-11-30,X\n', 'e.csv')).toEqual([
      { type: 'conference', date: '2026-11-30', title: 'X' },
    ]);
  });

  it('keeps hostile titles as the exact strings they are', () => {
    const titles = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '=1+1;x'];
    const text = 'type,date,title\n' + titles.map((t) => `other,2026-11-01,"${t.replace(/"/g, '""')}"`).join('\n');
    const events = parseEventsCsv(text, 'e.csv');
    expect(events.map((e) => e.title)).toEqual(titles);
    for (const e of events) expect(typeof e.title).toBe('string');
  });

  it.each([
    ['type,date,title\nparty,2026-11-01,X\n', /^e\.csv:2:1: unknown event type "party"; valid types: webinar, open-day, guest-lecture, conference, other$/],
    ['type,date,title\nwebinar,2026-02-30,X\n', /^e\.csv:2:2: "2026-02-30" is not a calendar date from 1900 on: write YYYY-/],
    ['type,date,title\nwebinar,2026-13-01,X\n', /^e\.csv:2:2: "2026-13-01" is not a calendar date/],
    ['type,date,title\nwebinar,tomorrow,X\n', /^e\.csv:2:2:/],
    ['type,date,time,title\nwebinar,2026-11-01,25:00,X\n', /^e\.csv:2:3: "25:00" is not a time: write HH:MM/],
    ['type,date,title\nwebinar,2026-11-01, \n', /^e\.csv:2:3: the event needs a title/],
    ['type,date\nwebinar,2026-11-01\n', /^e\.csv:1: missing column "title"/],
    ['type,date,title\nwebinar,1899-12-31,X\n', /^e\.csv:2:2: "1899-12-31" is not a calendar date from 1900 on/],
    ['type,date,title\nconstructor,2026-11-01,X\n', /^e\.csv:2:1: unknown event type "constructor"; valid types: webinar/],
    ['type,date,title\n__proto__,2026-11-01,X\n', /^e\.csv:2:1: unknown event type "__proto__"/],
    ['type,date,title\nwebinar,2026-11-01,Open day, spring\n', /^e\.csv:2:4: more values .* \(a value containing ","/],
  ])('rejects %j', (text, pattern) => {
    expect(() => parseEventsCsv(text, 'e.csv')).toThrow(pattern);
  });
});

describe('event fields', () => {
  it.each([
    ['webinar', 'webinar'], [' Webinar ', 'webinar'], ['open day', 'open-day'], ['Open_Day', 'open-day'],
    ['open-door day', 'open-day'], ['Atvērto durvju diena', 'open-day'], ['guest lecture', 'guest-lecture'],
    ['vebinārs', 'webinar'], ['Konferencija', 'conference'], ['other', 'other'], ['meetup', null],
  ])('type %j → %j', (text, type) => expect(parseEventType(text)).toBe(type));

  it.each([
    ['2026-11-05', '2026-11-05'], ['2026-1-5', '2026-01-05'], ['05.11.2026', '2026-11-05'], ['2026.11.05.', '2026-11-05'],
    ['2028-02-29', '2028-02-29'], ['2026-02-29', null], ['2026-04-31', null], ['0099-01-01', null], ['2026/11/05', null],
  ])('date %j → %j', (text, date) => expect(parseDateText(text)).toBe(date));

  it.each([
    ['18:00', '18:00'], ['9:30', '09:30'], ['18:00:00', '18:00'], ['18.30', '18:30'], ['24:00', null], ['18:60', null], ['6pm', null],
  ])('time %j → %j', (text, time) => expect(parseTimeText(text)).toBe(time));
});
