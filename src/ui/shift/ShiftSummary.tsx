import { useEffect, useRef } from 'react';
import { renderFeedback } from '../../core/wording';
import { selectShiftSummary, useAppStore } from '../../state';
import { useLanguage } from '../language';

/** End of shift: each patient's score, pass or fail and critical errors, and the average, replayed from the shift's logs. */
export function ShiftSummary({ onMenu }: { onMenu(): void }) {
  const summary = useAppStore(selectShiftSummary);
  const heading = useRef<HTMLHeadingElement>(null);
  const language = useLanguage();
  useEffect(() => heading.current?.focus(), []);
  if (!summary) return null;
  const { title, rows, timeUp } = summary;
  const scored = rows.filter((r) => r.report);
  const average = scored.length ? Math.round(scored.reduce((sum, r) => sum + (r.report?.score ?? 0), 0) / scored.length) : 0;
  const passed = scored.filter((r) => r.report?.passed).length;
  return (
    <section className="shift-summary" aria-labelledby="shift-summary-heading">
      <h2 id="shift-summary-heading" ref={heading} tabIndex={-1}>
        End of shift: {title}
      </h2>
      {timeUp && <p className="shift-timeup"><span aria-hidden="true">⏰ </span>The shift's time limit was reached before every patient was seen.</p>}
      <p className="shift-average">
        Average score <strong>{average}</strong> out of 100 · {passed} of {rows.length} patients passed
      </p>
      <table>
        <caption>Patients in this shift</caption>
        <thead>
          <tr>
            <th scope="col">Patient</th>
            <th scope="col">Case</th>
            <th scope="col">Score</th>
            <th scope="col">Result</th>
            <th scope="col">Critical errors</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.title}-${i}`}>
              <td>{row.patient}</td>
              <td>{row.title}</td>
              <td>{row.report ? Math.round(row.report.score) : '—'}</td>
              <td>{row.report ? (row.report.passed ? '✔ Pass' : '✖ Fail') : 'this scenario file can no longer be loaded'}</td>
              <td>{row.report?.critical.map((c) => renderFeedback(c, language).what).join(' ') || 'None'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn primary" onClick={onMenu}>
        Back to the menu
      </button>
    </section>
  );
}
