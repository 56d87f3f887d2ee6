import { useSyncExternalStore } from 'react';
import { lmsStatusBoard } from './lmsStatus';
import './lmsStatus.css';

/** A small line at the bottom of the page: who the course says is playing, and any refusal, in plain words. */
export function LmsStatusLine() {
  const status = useSyncExternalStore(lmsStatusBoard.subscribe, lmsStatusBoard.get);
  if (!status.via && !status.alert) return null;
  return (
    <aside className="lms-status" aria-label="Your course">
      {status.via && (
        <p className="lms-learner" role="status">
          {status.learner ? (
            <>
              Playing as <strong>{status.learner}</strong> for your course
            </>
          ) : (
            'Playing for your course'
          )}
          {status.sent ? ' · your result has been sent to your course' : ''}
        </p>
      )}
      {status.alert && (
        <div className="lms-alert" role="alert">
          <p>{status.alert}</p>
          <button type="button" onClick={() => lmsStatusBoard.update({ alert: null })}>
            Dismiss
          </button>
        </div>
      )}
    </aside>
  );
}
