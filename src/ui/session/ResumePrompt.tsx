import { useEffect, useId, useRef } from 'react';
import { lastPlayedText, type ResumeOffer } from './resumeOffer';
import { AuthorText } from '../AuthorText';

/**
 * Saved work is never picked up silently on a shared machine: this says whose shift it looks like
 * (shift, patient, when it was last played) and lets the person at the keyboard continue it or start fresh.
 */
export function ResumePrompt({ offer, onContinue, onStartFresh }: { offer: ResumeOffer; onContinue(): void; onStartFresh(): void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const when = lastPlayedText(offer.savedAt);
  return (
    <main className="menu resume-prompt" aria-labelledby={`${id}-title`}>
      <h1>TechShift</h1>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {offer.shift ? 'A shift was left open on this computer' : 'A patient was left open on this computer'}
      </h2>
      <dl className="resume-details">
        {offer.shift && (
          <>
            <dt>Shift</dt>
            <dd>
              <AuthorText text={offer.shift.title} /> (patient {offer.shift.patientNumber} of {offer.shift.patientCount})
            </dd>
          </>
        )}
        <dt>Patient</dt>
        <dd>
          {offer.patient}: <AuthorText text={offer.title} />
        </dd>
        <dt>Mode</dt>
        <dd>{offer.mode === 'assessment' ? 'Assessment' : 'Practice'}</dd>
        <dt>Last played</dt>
        <dd>{when ?? 'not recorded (saved by an older version of TechShift)'}</dd>
      </dl>
      <p>If this is your work, continue where it was left. If not, start fresh: the saved work is deleted.</p>
      <div className="menu-actions">
        <button type="button" className="primary" onClick={onContinue}>
          Continue
        </button>
        <button type="button" onClick={onStartFresh}>
          Start fresh
        </button>
      </div>
    </main>
  );
}
