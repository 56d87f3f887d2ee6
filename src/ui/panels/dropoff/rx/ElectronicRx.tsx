import type { ReactNode } from 'react';
import { prescriberName, refillWords, usDate } from '../../../format';
import { Altered } from './Altered';
import type { Prescription } from '../../../../core';

/** An e-prescription as the pharmacy's e-Rx inbox shows it: labelled fields, no handwriting. */
export function ElectronicRx({ rx }: { rx: Prescription }) {
  const p = rx.prescriber;
  const rows: [string, ReactNode][] = [
    ['Prescriber', `${prescriberName(p)}${p.practice ? ` · ${p.practice}` : ''}`],
    ['DEA / NPI', `${p.dea ?? '—'} / ${p.npi ?? '—'}`],
    ['Patient', rx.patientName],
    ['Date of birth', usDate(rx.patientDateOfBirth) || '—'],
    [
      'Written',
      <Altered rx={rx} field="date">
        {usDate(rx.dateWritten)}
      </Altered>,
    ],
    [
      'Drug',
      <Altered rx={rx} field="drug">
        {rx.drugAsWritten}
      </Altered>,
    ],
    [
      'Sig',
      <Altered rx={rx} field="sig">
        {rx.sig}
      </Altered>,
    ],
    ['Quantity', <Altered rx={rx} field="quantity">{`${rx.quantity}${rx.quantityInWords ? ` (${rx.quantityInWords})` : ''}`}</Altered>],
    [
      'Refills',
      <Altered rx={rx} field="refills">
        {refillWords(rx.refills)}
      </Altered>,
    ],
    ['Substitution', rx.daw === 1 ? 'Not allowed (DAW 1)' : `Allowed (DAW ${rx.daw})`],
    ['Signature', rx.signed ? '✔ Electronically signed' : '✖ Not signed'],
  ];
  if (rx.earliestFillDate) rows.push(['Earliest fill', usDate(rx.earliestFillDate)]);
  if (rx.indication) rows.push(['Indication', rx.indication]);
  return (
    <article className="rx-doc rx-erx" aria-label={`E-prescription from ${prescriberName(p)}`}>
      <header className="rx-erx-head">e-Rx inbox · {rx.request === 'refill' ? 'Refill request' : 'New prescription'}</header>
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
