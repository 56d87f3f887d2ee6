import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD, progressFrom, totalPoints } from '../../../../src/core';
import { memoryBackend } from '../../../../src/platform/keyValueBackend';
import { browserKeeper } from '../../../../src/platform/progress/browserKeeper';
import { progressBook } from '../../../../src/platform/progress/progressBook';
import { progressFileName, progressFileText, readProgressFile } from '../../../../src/platform/progress/progressFile';
import { encounter } from '../../core/progress/outcomes';

const home = progressFrom([encounter({ scenarioId: 'a', score: 70, at: '2026-12-01T19:00:00-05:00' })]);
const lab = progressFrom([encounter({ scenarioId: 'a', score: 95, at: '2026-12-02T10:00:00-05:00' })]);

describe('the progress file', () => {
  it('opens on another machine as it was saved', () => {
    const text = progressFileText(home, '2026-12-01T19:05:00-05:00');
    expect(progressFileName('2026-12-01T19:05:00-05:00')).toBe('techshift-progress-2026-12-01.json');
    expect(readProgressFile('p.json', text)).toEqual({ ok: true, progress: home });
  });

  it('adds to the progress there, keeping both days and the higher best', () => {
    const book = progressBook(browserKeeper(memoryBackend()));
    book.merge(lab);
    const opened = readProgressFile('p.json', progressFileText(home, '2026-12-01T19:05:00-05:00'));
    if (!opened.ok) throw new Error(opened.message);
    book.merge(opened.progress);
    expect(book.record.encounterBests).toEqual({ a: 95 });
    expect(totalPoints(book.record)).toBe(totalPoints(home) + totalPoints(lab));
    book.merge(opened.progress);
    expect(totalPoints(book.record), 'the same file opened twice counts once').toBe(totalPoints(home) + totalPoints(lab));
  });

  it('is refused whole, naming the file and the field, when it does not read', () => {
    const good = JSON.parse(progressFileText(home, '2026-12-01T19:05:00-05:00'));
    const cases: [string, string, RegExp][] = [
      ['notes.txt', 'hello', /^notes\.txt: not JSON/],
      [
        'results.json',
        JSON.stringify({ format: 'techshift-results' }),
        /not a TechShift progress file: format: expected "techshift-progress"/,
      ],
      [
        'bad.json',
        JSON.stringify({ ...good, progress: { ...good.progress, encounterBests: { a: 140 } } }),
        /^bad\.json: progress\.encounterBests\.a: /,
      ],
      ['old.json', JSON.stringify({ ...good, savedAt: 'Tuesday' }), /^old\.json: savedAt: /],
    ];
    for (const [name, text, message] of cases) {
      const opened = readProgressFile(name, text);
      expect(opened.ok, name).toBe(false);
      if (!opened.ok) {
        expect(opened.message).toMatch(message);
        expect(opened.message).toMatch(/your progress here is unchanged/);
      }
    }
  });

  it('that is refused leaves the progress here untouched', () => {
    const backend = memoryBackend();
    const book = progressBook(browserKeeper(backend));
    book.merge(home);
    const before = book.record;
    const opened = readProgressFile('bad.json', '{"format":"techshift-progress","formatVersion":1}');
    if (opened.ok) book.merge(opened.progress);
    expect(book.record).toEqual(before);
    expect(book.record).not.toEqual(EMPTY_RECORD);
  });
});
