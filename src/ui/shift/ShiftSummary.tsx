import { useEffect, useRef, useState } from 'react';
import { selectShiftSummary, useAppStore, useAppStoreApi } from '../../state';
import { useAuthorText, useLanguage } from '../language';
import { ReportScreen } from '../report/ReportScreen';
import { EndSessionButton } from '../session/EndSessionButton';
import { DownloadResults } from '../results/DownloadResults';
import { shiftEncounters } from '../results/playedEncounters';
import '../results/results.css';
import { renderFeedback } from '../../core';
import { AuthorText } from '../AuthorText';
import { PrioritySummary } from './PrioritySummary';

/**
 * End of shift: each patient's score, pass or fail and critical errors, and the average, replayed from the shift's logs.
 * Each patient's report opens below the table; the results download; the summary is kept until End session.
 */
export function ShiftSummary({ onMenu }: { onMenu(): void }) {
  const store = useAppStoreApi();
  const summary = useAppStore(selectShiftSummary);
  const encounters = useAppStore((s) => s.shiftEncounters);
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState<number | null>(null);
  const language = useLanguage();
  const authored = useAuthorText();
  useEffect(() => heading.current?.focus(), []);
  if (!summary) return null;
  const { title, rows, timeUp } = summary;
  const scored = rows.filter((r) => r.report);
  const average = scored.length ? Math.round(scored.reduce((sum, r) => sum + (r.report?.score ?? 0), 0) / scored.length) : 0;
  const passed = scored.filter((r) => r.report?.passed).length;
  const shown = open === null ? null : rows[open];
  // The report is worded against that patient's own scenario, not the last one played.
  const shownScenario = shown ? [...encounters.values()].find((e) => e.source === shown.source) : undefined;
  return (
    <section className="shift-summary" aria-labelledby="shift-summary-heading">
      <h2 id="shift-summary-heading" ref={heading} tabIndex={-1}>
        End of shift: <AuthorText text={title} />
      </h2>
      {timeUp && (
        <p className="shift-timeup">
          <span aria-hidden="true">⏰ </span>The shift's time limit was reached before every patient was seen.
        </p>
      )}
      <p className="shift-average">
        Average score <strong>{average}</strong> out of 100 · {passed} of {rows.length} patients passed
      </p>
      <PrioritySummary decisions={summary.priorities} />
      <table>
        <caption>Patients in this shift</caption>
        <thead>
          <tr>
            <th scope="col">Patient</th>
            <th scope="col">Case</th>
            <th scope="col">Score</th>
            <th scope="col">Result</th>
            <th scope="col">Critical errors</th>
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.source}-${i}`}>
              <td>{row.patient}</td>
              <td>
                <AuthorText text={row.title} />
              </td>
              <td>{row.report ? Math.round(row.report.score) : '—'}</td>
              <td>{row.report ? (row.report.passed ? '✔ Pass' : '✖ Fail') : 'this scenario file can no longer be loaded'}</td>
              <td>{row.report?.critical.map((c) => renderFeedback(c, language).what).join(' ') || 'None'}</td>
              <td>
                {row.report && (
                  <button
                    type="button"
                    aria-expanded={open === i}
                    aria-label={`Report for ${row.patient}`}
                    onClick={() => setOpen(open === i ? null : i)}
                  >
                    {open === i ? 'Hide report' : 'Report'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="btn-row">
        <DownloadResults encounters={() => shiftEncounters(store.getState())} className="primary" />
        <button type="button" onClick={onMenu}>
          Back to the menu
        </button>
        <EndSessionButton />
      </div>
      <p className="hint">This summary stays in the browser until you end the session; your downloaded results stay with you.</p>
      {shown?.report && shownScenario && (
        <div className="shift-report" aria-label={`Report for ${shown.patient}: ${authored(shown.title)}`} role="region">
          <ReportScreen report={shown.report} scenario={shownScenario} />
          <button type="button" onClick={() => setOpen(null)}>
            Close the report
          </button>
        </div>
      )}
    </section>
  );
}
