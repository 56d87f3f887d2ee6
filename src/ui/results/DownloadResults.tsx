import { useTranslation } from 'react-i18next';
import { useId, useRef, useState } from 'react';
import type { PlayedEncounter } from '../../platform/results/resultsFile';
import { buildResultsFile, resultsFileName } from '../../platform/results/resultsFile';
import './results.css';
import { saveTextFile } from './saveTextFile';

/**
 * "Download my results…": a dialog that asks for a name (never required) and saves the
 * results as a JSON file or a CSV, built from the logs at the moment of the click.
 */
export function DownloadResults({ encounters, className = 'btn' }: { encounters(): readonly PlayedEncounter[]; className?: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [shownAs, setShownAs] = useState('');
  const [status, setStatus] = useState('');
  const id = useId();

  const download = async (kind: 'json' | 'csv') => {
    const file = buildResultsFile(encounters(), { exportedAt: new Date().toISOString(), studentName: name, displayName: shownAs });
    const fileName = resultsFileName(file, kind);
    if (kind === 'json') saveTextFile(fileName, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    else {
      // The CSV writer (and its library) loads only when a student asks for a CSV.
      const { resultsCsv, rowsOfFile } = await import('../../platform/results/resultsCsv');
      saveTextFile(fileName, resultsCsv(rowsOfFile(file)), 'text/csv');
    }
    const scores = file.encounters.map((e) => e.score).join(', ');
    setStatus(t('results.saved', { file: fileName, scores, count: file.encounters.length }));
  };

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          setStatus('');
          dialog.current?.showModal();
        }}
      >
        <span aria-hidden="true">⬇ </span>
        {t('results.button')}
      </button>
      <dialog ref={dialog} className="modal results-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-about`}>
        <h2 id={`${id}-title`}>{t('results.title')}</h2>
        <p id={`${id}-about`}>{t('results.about')}</p>
        <label className="results-name">
          {t('results.name')}
          <input type="text" value={name} maxLength={120} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="results-name">
          {t('displayName.label')}
          <input
            type="text"
            value={shownAs}
            maxLength={40}
            autoComplete="nickname"
            aria-describedby={`${id}-board`}
            onChange={(e) => setShownAs(e.target.value)}
          />
        </label>
        <p id={`${id}-board`} className="results-board-hint">
          {t('displayName.hint')}
        </p>
        <div className="btn-row">
          <button type="button" className="btn btn-primary" onClick={() => void download('json')}>
            {t('results.json')}
          </button>
          <button type="button" className="btn" onClick={() => void download('csv')}>
            {t('results.csv')}
          </button>
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            {t('results.close')}
          </button>
        </div>
        <p className="results-status" role="status" aria-live="polite">
          {status}
        </p>
      </dialog>
    </>
  );
}
