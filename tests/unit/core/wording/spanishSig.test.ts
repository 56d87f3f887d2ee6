import { describe, expect, it } from 'vitest';
import { isSigError, parseSig, type ParseSigOptions } from '../../../../src/core/rules/sig';
import { renderSig } from '../../../../src/core/wording';

/** A sig as the student types it, read by the rules and written on a Spanish label. */
function spanishLabel(sig: string, options: ParseSigOptions = {}): string {
  const parsed = parseSig(sig, options);
  if (isSigError(parsed)) throw new Error(`${sig}: ${parsed.error.code}`);
  return renderSig(parsed, 'es');
}

describe('the Spanish label directions', () => {
  it('writes tablets and capsules with the usted verb, route and frequency', () => {
    expect(spanishLabel('1 tab po bid')).toBe('Tome 1 tableta por vía oral dos veces al día');
    expect(spanishLabel('1 tab po daily')).toBe('Tome 1 tableta por vía oral una vez al día');
    expect(spanishLabel('1 tab po qhs')).toBe('Tome 1 tableta por vía oral al acostarse');
    expect(spanishLabel('i cap po tid x7d')).toBe('Tome 1 cápsula por vía oral tres veces al día durante 7 días');
    expect(spanishLabel('1/2 tab po qod')).toBe('Tome 1/2 tableta por vía oral un día sí y otro no');
    expect(spanishLabel('i tab po bid with meals')).toBe('Tome 1 tableta por vía oral dos veces al día con las comidas');
  });

  it('writes liquids with the household measure the prescriber used', () => {
    expect(spanishLabel('1 tsp po tid x10d')).toBe('Tome 5 mL (1 cucharadita) por vía oral tres veces al día durante 10 días');
    expect(spanishLabel('5 mL po daily x5d')).toBe('Tome 5 mL por vía oral una vez al día durante 5 días');
  });

  it('writes drops for the eye and the ear, and a nasal spray', () => {
    expect(spanishLabel('1 gtt ou qhs')).toBe('Aplique 1 gota en ambos ojos al acostarse');
    expect(spanishLabel('2 gtts ad tid')).toBe('Aplique 2 gotas en el oído derecho tres veces al día');
    expect(spanishLabel('2 sprays each nostril daily')).toBe('Use 2 atomizaciones en cada fosa nasal una vez al día');
  });

  it('writes an inhaler as needed, with the reason in Spanish', () => {
    expect(spanishLabel('2 puffs inh q4-6h prn SOB/wheezing')).toBe(
      'Inhale 2 inhalaciones por la boca cada 4 a 6 horas si es necesario para la falta de aire o las sibilancias',
    );
  });

  it('writes insulin in units under the skin', () => {
    expect(spanishLabel('35 u subq qhs')).toBe('Inyecte 35 unidades debajo de la piel al acostarse');
  });

  it('writes as-needed doses with the reason and a range', () => {
    expect(spanishLabel('i-ii tabs po q4-6h prn pain')).toBe(
      'Tome 1 a 2 tabletas por vía oral cada 4 a 6 horas si es necesario para el dolor',
    );
    expect(spanishLabel('1 tab po q6h prn itching')).toBe('Tome 1 tableta por vía oral cada 6 horas si es necesario para la comezón');
  });

  it('says meal times once per relation, with the contraction "del"', () => {
    expect(spanishLabel('1 tab po before breakfast and dinner')).toBe('Tome 1 tableta por vía oral antes del desayuno y la cena');
  });
});
