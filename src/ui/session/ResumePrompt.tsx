import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef } from 'react';
import { useFormats } from '../i18n/formats';
import { lastPlayedText, type ResumeOffer } from './resumeOffer';
import { useAuthorText } from '../language';

/**
 * Saved work is never picked up silently on a shared machine: this says whose shift it looks like
 * (shift, patient, when it was last played) and lets the person at the keyboard continue it or start fresh.
 */
export function ResumePrompt({ offer, onContinue, onStartFresh }: { offer: ResumeOffer; onContinue(): void; onStartFresh(): void }) {
  const { t } = useTranslation();
  const authored = useAuthorText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const when = lastPlayedText(offer.savedAt, useFormats());
  return (
    <main className="menu resume-prompt" aria-labelledby={`${id}-title`}>
      <h1>TechShift</h1>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {offer.shift ? t('session.resumeShift') : t('session.resumePatient')}
      </h2>
      <dl className="resume-details">
        {offer.shift && (
          <>
            <dt>{t('session.shift')}</dt>
            <dd>
              {t('session.shiftWhere', {
                title: authored(offer.shift.title),
                n: offer.shift.patientNumber,
                total: offer.shift.patientCount,
              })}
            </dd>
          </>
        )}
        <dt>{t('session.patient')}</dt>
        <dd>{t('session.patientWhat', { patient: offer.patient, title: authored(offer.title) })}</dd>
        <dt>{t('session.mode')}</dt>
        <dd>{offer.mode === 'assessment' ? t('session.assessment') : t('session.practice')}</dd>
        <dt>{t('session.lastPlayed')}</dt>
        <dd>{when ?? t('session.notRecorded')}</dd>
      </dl>
      <p>{t('session.resumeAsk')}</p>
      <div className="menu-actions">
        <button type="button" className="primary" onClick={onContinue}>
          {t('session.continue')}
        </button>
        <button type="button" onClick={onStartFresh}>
          {t('session.fresh')}
        </button>
      </div>
    </main>
  );
}
