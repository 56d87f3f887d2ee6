import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state';
import { waitingWork } from '../../state/waitingWork';
import { useAuthorText } from '../language';

/**
 * "Next patient" in a shift. When a back-room task waits alongside other work, the student chooses
 * which comes next, and the shift summary judges how they prioritised.
 */
export function NextWorkChoice({ onNext }: { onNext(next?: number): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const authored = useAuthorText();
  const state = useAppStore((s) => s.shiftState);
  const encounters = useAppStore((s) => s.shiftEncounters);
  // A finished encounter's clock has stopped, so this reading holds while the report is open.
  const waiting = state ? waitingWork(state, encounters, store.getState().shiftClock()) : [];
  // Patients alike are served in the order they came; a choice is offered only when a task is among them.
  if (waiting.length < 2 || !waiting.some((w) => w.task || w.urgent)) {
    return (
      <button type="button" className="btn btn-primary" onClick={() => onNext()}>
        {t('nextWork.nextPatient')}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('nextWork.legend')} className="btn-row next-work">
      {waiting.map((w) => (
        <button key={w.turn} type="button" className="btn" onClick={() => onNext(w.turn)}>
          <span aria-hidden="true">{w.task ? '📦 ' : '🧍 '}</span>
          {w.task
            ? t(w.urgent ? 'nextWork.urgentTask' : 'nextWork.task', { name: authored(w.name) })
            : t('nextWork.person', { name: authored(w.name) })}
        </button>
      ))}
    </div>
  );
}
