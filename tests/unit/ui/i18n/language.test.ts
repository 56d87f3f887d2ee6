import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../src/core';
import { formatsFor } from '../../../../src/ui/i18n/formats';
import { coreLanguage } from '../../../../src/ui/language';

describe("the core's language for the UI's", () => {
  it('is the same code when the core has a catalogue for it, else English', () => {
    expect(coreLanguage('en')).toBe('en');
    // Follows LANGUAGES: Spanish once the core's Spanish catalogue is registered, English until then.
    expect(coreLanguage('es')).toBe((LANGUAGES as readonly string[]).includes('es') ? 'es' : 'en');
    expect(coreLanguage('xx')).toBe('en');
  });
});

describe('number and date formats', () => {
  it('follow the UI language through Intl', () => {
    const at = Date.UTC(2026, 2, 14, 15, 5);
    expect(formatsFor('en').number(1234.5)).toBe('1,234.5');
    expect(formatsFor('en').percent(0.8)).toBe('80%');
    expect(formatsFor('en').dateTime(at)).toMatch(/Mar 14, 2026/);
    expect(formatsFor('es').dateTime(at)).toMatch(/14 mar 2026/);
  });
});
