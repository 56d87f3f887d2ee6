import { useTranslation } from 'react-i18next';
import { prescriberName, refillWords, usDate } from '../../../format';
import type { Prescription } from '../../../../core';
import { useAuthorText } from '../../../language';

/** A telephoned prescription, as the pharmacist wrote it down on the transcription pad. */
export function PhoneRx({ rx }: { rx: Prescription }) {
  const { t } = useTranslation();
  const authored = useAuthorText();
  const p = rx.prescriber;
  return (
    <article className="rx-doc rx-phone" aria-label={t('rx.phone', { prescriber: prescriberName(p) })}>
      <header className="rx-phone-head">
        <span aria-hidden="true">☎ </span>
        {t('rx.phoneHead', { date: usDate(rx.dateWritten) })}
      </header>
      <p>
        {t('rx.calledIn', { prescriber: prescriberName(p) })}
        {p.phone ? t('rx.callBack', { phone: p.phone }) : ''}
        {t('rx.phoneIds', { dea: p.dea ?? '—', npi: p.npi ?? '—' })}
      </p>
      <p>
        {t('rx.forPatient', { patient: rx.patientName })}
        {rx.patientDateOfBirth ? t('rx.born', { date: usDate(rx.patientDateOfBirth) }) : ''}.
      </p>
      <p className="rx-hand">
        {rx.drugAsWritten} — {rx.sig} — #{rx.quantity} — {refillWords(rx.refills, t)}
      </p>
      {rx.alterations.map((c, i) => (
        <p key={i} className="rx-alteration-note">
          <span aria-hidden="true">✎ </span>
          {t('rx.note', { what: authored(c.description) })}
        </p>
      ))}
    </article>
  );
}
