import { useTranslation } from 'react-i18next';
import { prescriberName, refillWords, usDate } from '../../../format';
import { i18n } from '../../../i18n';
import { Altered } from './Altered';
import { alterationsOn } from './alterations';
import type { Prescription } from '../../../../core';
import { useAuthorText } from '../../../language';

/** A paper prescription as it looks on the prescriber's pad. */
export function WrittenRx({ rx }: { rx: Prescription }) {
  const { t } = useTranslation();
  const authored = useAuthorText();
  // The prescriber's pad is printed in English, as written: only the game's own notes follow the UI's language.
  const pad = i18n.getFixedT('en');
  const p = rx.prescriber;
  const other = alterationsOn(rx, 'other');
  return (
    <article className="rx-doc rx-pad" aria-label={t('rx.written', { prescriber: prescriberName(p) })}>
      <header className="rx-pad-head">
        <p className="rx-pad-prescriber">{prescriberName(p)}</p>
        {p.practice && <p>{p.practice}</p>}
        {p.address && <p>{p.address}</p>}
        {p.phone && <p>{pad('rx.pad.tel', { phone: p.phone })}</p>}
        <p className="rx-pad-ids">
          <span>{pad('rx.pad.dea', { dea: p.dea ?? '—' })}</span> <span>{pad('rx.pad.npi', { npi: p.npi ?? '—' })}</span>
        </p>
      </header>
      <p className="rx-pad-line">
        <span className="rx-pad-label">{pad('rx.pad.patient')}</span> <span className="rx-hand">{rx.patientName}</span>
      </p>
      {rx.patientDateOfBirth && (
        <p className="rx-pad-line">
          <span className="rx-pad-label">{pad('rx.pad.dob')}</span> <span className="rx-hand">{usDate(rx.patientDateOfBirth)}</span>
        </p>
      )}
      {rx.patientAddress && (
        <p className="rx-pad-line">
          <span className="rx-pad-label">{pad('rx.pad.address')}</span> <span className="rx-hand">{rx.patientAddress}</span>
        </p>
      )}
      <p className="rx-pad-line">
        <span className="rx-pad-label">{pad('rx.pad.date')}</span>{' '}
        <Altered rx={rx} field="date">
          <span className="rx-hand">{usDate(rx.dateWritten)}</span>
        </Altered>
      </p>
      <div className="rx-pad-body">
        <span className="rx-symbol" aria-label={t('rx.symbol')}>
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
          {pad('rx.pad.sig')}{' '}
          <Altered rx={rx} field="sig">
            {rx.sig}
          </Altered>
        </p>
        <p className="rx-hand">
          {pad('rx.pad.disp')}{' '}
          <Altered rx={rx} field="quantity">
            #{rx.quantity}
            {rx.quantityInWords ? ` (${rx.quantityInWords})` : ''}
          </Altered>
        </p>
        <p className="rx-hand">
          {pad('rx.pad.refills')}{' '}
          <Altered rx={rx} field="refills">
            {refillWords(rx.refills, pad)}
          </Altered>
        </p>
        {rx.earliestFillDate && <p className="rx-hand">{pad('rx.pad.notBefore', { date: usDate(rx.earliestFillDate) })}</p>}
        {rx.indication && <p className="rx-hand">{pad('rx.pad.for', { what: rx.indication })}</p>}
      </div>
      <footer className="rx-pad-sign">
        <span className="rx-pad-label">{rx.daw === 1 ? pad('rx.pad.daw') : pad('rx.pad.substitution')}</span>
        {rx.signed ? (
          <span className="rx-signature">{`${p.firstName.charAt(0)}. ${p.lastName}`}</span>
        ) : (
          <span className="rx-unsigned">{t('rx.notSigned')}</span>
        )}
      </footer>
      {other.map((c, i) => (
        <p key={i} className="rx-alteration-note">
          <span aria-hidden="true">✎ </span>
          {t('rx.looksChanged', { what: authored(c.description) })}
        </p>
      ))}
    </article>
  );
}
