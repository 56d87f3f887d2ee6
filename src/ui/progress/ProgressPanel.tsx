import { useId, useRef, useState } from 'react';
import { progressView, renderBadge, type BadgeStanding } from '../../core';
import { localStamp } from '../../platform/progress/localStamp';
import { progressFileName, progressFileText, readProgressFile } from '../../platform/progress/progressFile';
import type { LibraryEntry } from '../../platform/scenarioLibrary';
import { useAuthorText, useLanguage } from '../language';
import { saveTextFile } from '../results/saveTextFile';
import './progress.css';
import { progressWords as w } from './progressWords';
import { useProgress } from './useProgress';

/** How many bests the menu lists; the rest are in the progress file. */
const BESTS_SHOWN = 6;

/**
 * The menu's progress panel: points, the practice streak, badges earned and still to earn (with
 * how), personal bests, and the progress file to take it all to another computer.
 */
export function ProgressPanel({ entries }: { entries: readonly LibraryEntry[] }) {
  const { book, record, kept } = useProgress();
  const language = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const now = localStamp(Date.now());
  const view = progressView(record, now.slice(0, 10));
  const authored = useAuthorText();
  const titleOf = (kind: LibraryEntry['kind'], scenarioId: string) => {
    const title = entries.find((e) => e.kind === kind && e.id === scenarioId)?.title;
    return title === undefined ? scenarioId : authored(title);
  };
  const bests = [
    ...view.shiftBests.map(([sid, score]) => ({ key: `s:${sid}`, label: w.shiftLabel(titleOf('shift', sid)), score })),
    ...view.encounterBests.map(([eid, score]) => ({ key: `e:${eid}`, label: titleOf('encounter', eid), score })),
  ].slice(0, BESTS_SHOWN);

  const badge = (b: BadgeStanding) => {
    const words = renderBadge(b.code, language);
    return (
      <li key={b.code} className={b.earnedOn ? 'badge earned' : 'badge'}>
        <span className="badge-icon" aria-hidden="true">
          {b.earnedOn ? '★' : '☆'}
        </span>
        <span className="badge-name">{words.name}</span>
        <span className="badge-about">
          {b.earnedOn ? `${words.description} (${w.earnedOn(b.earnedOn)})` : words.how}
          {b.progress && ` ${w.progress(b.progress.have, b.progress.need)}`}
        </span>
      </li>
    );
  };

  const open = async (files: FileList) => {
    const file = files[0];
    if (!file) return;
    const opened = readProgressFile(file.name, await file.text());
    if (!opened.ok) return setStatus(opened.message);
    book.merge(opened.progress);
    setStatus(w.opened(file.name));
  };

  return (
    <section className="progress-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.title}</h2>
      <p className="progress-points" data-testid="progress-points">
        {w.points(view.points)}
      </p>
      <p className="progress-streak">{w.streak(view.streak)}</p>
      {!kept && <p className="progress-not-kept">{w.notKept}</p>}
      <h3>{w.earnedTitle}</h3>
      {view.earned.length ? <ul className="badge-list">{view.earned.map(badge)}</ul> : <p>{w.noneEarned}</p>}
      <details className="progress-to-earn">
        <summary>
          {w.toEarnTitle} ({view.toEarn.length})
        </summary>
        <ul className="badge-list">{view.toEarn.map(badge)}</ul>
      </details>
      <h3>{w.bestsTitle}</h3>
      {bests.length ? (
        <ul className="progress-bests">
          {bests.map((b) => (
            <li key={b.key}>
              <span>{b.label}</span> <span className="progress-best-score">{w.bestScore(b.score)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.noBests}</p>
      )}
      <h3>{w.fileTitle}</h3>
      <p id={`${id}-file`}>{w.fileAbout}</p>
      <div className="btn-row">
        <button
          type="button"
          aria-describedby={`${id}-file`}
          onClick={() => {
            const name = progressFileName(now);
            saveTextFile(name, `${progressFileText(record, now)}\n`, 'application/json');
            setStatus(w.saved(name));
          }}
        >
          {w.saveFile}
        </button>
        <button type="button" aria-describedby={`${id}-file`} onClick={() => input.current?.click()}>
          {w.openFile}
        </button>
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="progress-file-input"
        onChange={(e) => {
          if (e.target.files?.length) void open(e.target.files);
          e.target.value = '';
        }}
      />
      <p className="progress-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
