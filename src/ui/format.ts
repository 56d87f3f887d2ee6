import { DEFAULT_LANGUAGE, renderDate } from '../core';
import type { Prescription } from '../core';
import type { TFunction } from 'i18next';

/** 2026-03-14 → 03/14/2026: the catalogue's one date format (`renderDate`), so panels and feedback sentences agree. */
export function usDate(iso: string | undefined): string {
  return iso ? renderDate(iso, DEFAULT_LANGUAGE) : '';
}

/** The date `days` after an ISO date, as an ISO date (UTC, so no time-zone drift). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "Dr. Alan Reyes, MD" (no "Dr." for NPs and PAs, who are not all doctors). */
export function prescriberName(p: Prescription['prescriber']): string {
  const doctor = ['MD', 'DO', 'DDS', 'DMD', 'DPM', 'OD', 'DVM'].includes(p.credentials);
  return `${doctor ? 'Dr. ' : ''}${p.firstName} ${p.lastName}, ${p.credentials}`;
}

/** "1 refill" / "3 refills" / "No refills", in the language of `t`. */
export function refillWords(n: number, t: TFunction): string {
  return n === 0 ? t('rx.noRefills') : t('rx.refills', { count: n });
}
