import { prescriberName, refillWords, usDate } from '../../../format';
import { Altered } from './Altered';
import { alterationsOn } from './alterations';
import type { Prescription } from '../../../../core';
import { AuthorText } from '../../../AuthorText';

/** A paper prescription as it looks on the prescriber's pad. */
export function WrittenRx({ rx }: { rx: Prescription }) {
  const p = rx.prescriber;
  const other = alterationsOn(rx, 'other');
  return (
    <article className="rx-doc rx-pad" aria-label={`Written prescription from ${prescriberName(p)}`}>
      <header className="rx-pad-head">
        <p className="rx-pad-prescriber">{prescriberName(p)}</p>
        {p.practice && <p>{p.practice}</p>}
        {p.address && <p>{p.address}</p>}
        {p.phone && <p>Tel. {p.phone}</p>}
        <p className="rx-pad-ids">
          <span>DEA: {p.dea ?? '—'}</span> <span>NPI: {p.npi ?? '—'}</span>
        </p>
      </header>
      <p className="rx-pad-line">
        <span className="rx-pad-label">Patient</span> <span className="rx-hand">{rx.patientName}</span>
      </p>
      {rx.patientDateOfBirth && (
        <p className="rx-pad-line">
          <span className="rx-pad-label">DOB</span> <span className="rx-hand">{usDate(rx.patientDateOfBirth)}</span>
        </p>
      )}
      {rx.patientAddress && (
        <p className="rx-pad-line">
          <span className="rx-pad-label">Address</span> <span className="rx-hand">{rx.patientAddress}</span>
        </p>
      )}
      <p className="rx-pad-line">
        <span className="rx-pad-label">Date</span>{' '}
        <Altered rx={rx} field="date">
          <span className="rx-hand">{usDate(rx.dateWritten)}</span>
        </Altered>
      </p>
      <div className="rx-pad-body">
        <span className="rx-symbol" aria-label="Prescription">
          ℞
        </span>
        <p className="rx-hand">
          <Altered rx={rx} field="drug">
            <Altered rx={rx} field="strength">
              {rx.drugAsWritten}
            </Altered>
          </Altered>
        </p>
        <p className="rx-hand">
          Sig:{' '}
          <Altered rx={rx} field="sig">
            {rx.sig}
          </Altered>
        </p>
        <p className="rx-hand">
          Disp:{' '}
          <Altered rx={rx} field="quantity">
            #{rx.quantity}
            {rx.quantityInWords ? ` (${rx.quantityInWords})` : ''}
          </Altered>
        </p>
        <p className="rx-hand">
          Refills:{' '}
          <Altered rx={rx} field="refills">
            {refillWords(rx.refills)}
          </Altered>
        </p>
        {rx.earliestFillDate && <p className="rx-hand">Do not fill before {usDate(rx.earliestFillDate)}</p>}
        {rx.indication && <p className="rx-hand">For: {rx.indication}</p>}
      </div>
      <footer className="rx-pad-sign">
        <span className="rx-pad-label">{rx.daw === 1 ? 'Dispense as written' : 'Substitution permitted'}</span>
        {rx.signed ? (
          <span className="rx-signature">{`${p.firstName.charAt(0)}. ${p.lastName}`}</span>
        ) : (
          <span className="rx-unsigned">— not signed —</span>
        )}
      </footer>
      {other.map((c, i) => (
        <p key={i} className="rx-alteration-note">
          <span aria-hidden="true">✎ </span>Looks changed: <AuthorText text={c.description} />
        </p>
      ))}
    </article>
  );
}
