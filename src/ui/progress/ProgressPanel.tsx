import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progressView, renderBadge, type BadgeStanding } from '../../core';
import { localStamp } from '../../platform/progress/localStamp';
import { progressFileName, progressFileText, readProgressFile } from '../../platform/progress/progressFile';
import type { LibraryEntry } from '../../platform/scenarioLibrary';
import { useAuthorText, useLanguage } from '../language';
import { useFormats } from '../i18n/formats';
import { saveTextFile } from '../results/saveTextFile';
import './progress.css';
import { useProgress } from './useProgress';

/** How many bests the menu lists; the rest are in the progress file. */
const BESTS_SHOWN = 6;

/**
 * The menu's progress panel: points, the practice streak, badges earned and still to earn (with
 * how), personal bests, and the progress file to take it all to another computer.
 */
export function ProgressPanel({ entries }: { entries: readonly LibraryEntry[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
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
    ...view.shiftBests.map(([sid, score]) => ({
      key: `s:${sid}`,
      label: t('progress.shiftLabel', { title: titleOf('shift', sid) }),
      score,
    })),
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
          {b.earnedOn ? `${words.description} (${t('progress.earnedOn', { day: b.earnedOn })})` : words.how}
          {b.progress && ` ${t('progress.progress', { have: b.progress.have, need: b.progress.need })}`}
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
    setStatus(t('progress.opened', { name: file.name }));
  };

  return (
    <section className="progress-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('progress.title')}</h2>
      <p className="progress-points" data-testid="progress-points">
        {t('progress.points', { count: view.points, points: formats.number(view.points) })}
      </p>
      <p className="progress-streak">{view.streak === 0 ? t('progress.noStreak') : t('progress.streak', { count: view.streak })}</p>
      {!kept && <p className="progress-not-kept">{t('progress.notKept')}</p>}
      <h3>{t('progress.earnedTitle')}</h3>
      {view.earned.length ? <ul className="badge-list">{view.earned.map(badge)}</ul> : <p>{t('progress.noneEarned')}</p>}
      <details className="progress-to-earn">
        <summary>
          {t('progress.toEarnTitle')} ({view.toEarn.length})
        </summary>
        <ul className="badge-list">{view.toEarn.map(badge)}</ul>
      </details>
      <h3>{t('progress.bestsTitle')}</h3>
      {bests.length ? (
        <ul className="progress-bests">
          {bests.map((b) => (
            <li key={b.key}>
              <span>{b.label}</span> <span className="progress-best-score">{t('progress.bestScore', { score: b.score })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('progress.noBests')}</p>
      )}
      <h3>{t('progress.fileTitle')}</h3>
      <p id={`${id}-file`}>{t('progress.fileAbout')}</p>
      <div className="btn-row">
        <button
          type="button"
          aria-describedby={`${id}-file`}
          onClick={() => {
            const name = progressFileName(now);
            saveTextFile(name, `${progressFileText(record, now)}\n`, 'application/json');
            setStatus(t('progress.saved', { name }));
          }}
        >
          {t('progress.saveFile')}
        </button>
        <button type="button" aria-describedby={`${id}-file`} onClick={() => input.current?.click()}>
          {t('progress.openFile')}
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
