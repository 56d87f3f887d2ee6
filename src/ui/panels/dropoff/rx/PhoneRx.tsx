import { prescriberName, refillWords, usDate } from '../../../format';
import type { Prescription } from '../../../../core';
import { AuthorText } from '../../../AuthorText';

/** A telephoned prescription, as the pharmacist wrote it down on the transcription pad. */
export function PhoneRx({ rx }: { rx: Prescription }) {
  const p = rx.prescriber;
  return (
    <article className="rx-doc rx-phone" aria-label={`Telephone prescription from ${prescriberName(p)}`}>
      <header className="rx-phone-head">
        <span aria-hidden="true">☎ </span>Telephone prescription — transcribed {usDate(rx.dateWritten)}
      </header>
      <p>
        Called in by the office of {prescriberName(p)}
        {p.phone ? ` (call-back ${p.phone})` : ''}. DEA {p.dea ?? '—'}, NPI {p.npi ?? '—'}.
      </p>
      <p>
        For {rx.patientName}
        {rx.patientDateOfBirth ? `, born ${usDate(rx.patientDateOfBirth)}` : ''}.
      </p>
      <p className="rx-hand">
        {rx.drugAsWritten} — {rx.sig} — #{rx.quantity} — {refillWords(rx.refills)}
      </p>
      {rx.alterations.map((c, i) => (
        <p key={i} className="rx-alteration-note">
          <span aria-hidden="true">✎ </span>Note: <AuthorText text={c.description} />
        </p>
      ))}
    </article>
  );
}
