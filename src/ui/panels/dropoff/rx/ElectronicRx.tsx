import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { prescriberName, refillWords, usDate } from '../../../format';
import { Altered } from './Altered';
import type { Prescription } from '../../../../core';

/** An e-prescription as the pharmacy's e-Rx inbox shows it: labelled fields, no handwriting. */
export function ElectronicRx({ rx }: { rx: Prescription }) {
  const { t } = useTranslation();
  const p = rx.prescriber;
  const rows: [string, ReactNode][] = [
    [t('rx.erx.prescriber'), `${prescriberName(p)}${p.practice ? ` · ${p.practice}` : ''}`],
    [t('rx.erx.ids'), `${p.dea ?? '—'} / ${p.npi ?? '—'}`],
    [t('rx.erx.patient'), rx.patientName],
    [t('rx.erx.dob'), usDate(rx.patientDateOfBirth) || '—'],
    [
      t('rx.erx.written'),
      <Altered rx={rx} field="date">
        {usDate(rx.dateWritten)}
      </Altered>,
    ],
    [
      t('rx.erx.drug'),
      <Altered rx={rx} field="drug">
        {rx.drugAsWritten}
      </Altered>,
    ],
    [
      t('rx.erx.sig'),
      <Altered rx={rx} field="sig">
        {rx.sig}
      </Altered>,
    ],
    [
      t('rx.erx.quantity'),
      <Altered rx={rx} field="quantity">{`${rx.quantity}${rx.quantityInWords ? ` (${rx.quantityInWords})` : ''}`}</Altered>,
    ],
    [
      t('rx.erx.refills'),
      <Altered rx={rx} field="refills">
        {refillWords(rx.refills, t)}
      </Altered>,
    ],
    [t('rx.erx.substitution'), rx.daw === 1 ? t('rx.erx.dawNo') : t('rx.erx.dawYes', { daw: rx.daw })],
    [t('rx.erx.signature'), rx.signed ? t('rx.erx.signed') : t('rx.erx.unsigned')],
  ];
  if (rx.earliestFillDate) rows.push([t('rx.erx.earliestFill'), usDate(rx.earliestFillDate)]);
  if (rx.indication) rows.push([t('rx.erx.indication'), rx.indication]);
  return (
    <article className="rx-doc rx-erx" aria-label={t('rx.electronic', { prescriber: prescriberName(p) })}>
      <header className="rx-erx-head">{t('rx.erxHead', { kind: rx.request === 'refill' ? t('rx.refillRequest') : t('rx.newRx') })}</header>
      <dl className="rx-erx-fields">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
