import { useTranslation } from 'react-i18next';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useFocusTrap } from '../panels/shared/useFocusTrap';
import '../panels.css';
import { useLabSession } from './labSessionContext';

/** "End session…" for a shared machine: asks first, then wipes everything the game kept for this student. */
export function EndSessionButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const lab = useLabSession();
  const [asking, setAsking] = useState(false);
  if (!lab) return null;
  return (
    <>
      <button type="button" className={className} onClick={() => setAsking(true)}>
        {t('session.end')}
      </button>
      {asking && <EndSessionDialog onCancel={() => setAsking(false)} onConfirm={lab.endSession} />}
    </>
  );
}

/** The confirmation: plain words, keyboard only if need be, focus kept inside, Escape cancels. */
function EndSessionDialog({ onCancel, onConfirm }: { onCancel(): void; onConfirm(): Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [ending, setEnding] = useState(false);
  const trap = useFocusTrap(ref, onCancel);
  const onKeyDown = (e: KeyboardEvent) => {
    trap(e);
    // The pharmacy's shortcuts (F, 1–9) must not act behind the question.
    e.stopPropagation();
  };
  const confirm = () => {
    setEnding(true);
    void onConfirm();
  };

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-what`}
        className="modal"
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{t('session.endTitle')}</h2>
        <p id={`${id}-what`}>{t('session.endWhat')}</p>
        <div className="btn-row">
          <button type="button" className="btn" onClick={onCancel} disabled={ending}>
            {t('session.keep')}
          </button>
          <button type="button" className="btn btn-primary" onClick={confirm} disabled={ending}>
            {ending ? t('session.wiping') : t('session.wipe')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
