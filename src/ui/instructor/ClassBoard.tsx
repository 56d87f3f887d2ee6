import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderBadge } from '../../core';
import { classBoard, type BoardRow } from '../../platform/progress/classBoard';
import type { Rescored } from '../../platform/results/rescore';
import { useLanguage } from '../language';

/**
 * The optional class board: off until the instructor turns it on; points and badges per student
 * under the name each chose, and who improved most, with a large-type layout for a projector.
 */
export function ClassBoard({ rescored }: { rescored: readonly Rescored[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [projector, setProjector] = useState(false);
  const language = useLanguage();
  const id = useId();
  const board = useMemo(() => classBoard(rescored), [rescored]);
  let unnamed = 0;
  const nameOf = new Map<BoardRow, string>(board.rows.map((r) => [r, r.name ?? t('classBoard.unnamed', { n: ++unnamed })]));

  return (
    <section className="class-board-section" aria-labelledby={`${id}-toggle`}>
      <label className="class-board-toggle" id={`${id}-toggle`}>
        <input type="checkbox" checked={shown} aria-describedby={`${id}-hint`} onChange={(e) => setShown(e.target.checked)} />
        {t('classBoard.toggle')}
      </label>
      <p id={`${id}-hint`} className="class-board-hint">
        {t('classBoard.toggleHint')}
      </p>
      {shown && (
        <div className={projector ? 'class-board projector' : 'class-board'} data-testid="class-board">
          <label>
            <input type="checkbox" checked={projector} onChange={(e) => setProjector(e.target.checked)} />
            {t('classBoard.projector')}
          </label>
          <h2>{t('classBoard.title')}</h2>
          <p className="class-board-improved">
            {board.mostImproved
              ? t('classBoard.mostImproved', { name: nameOf.get(board.mostImproved)!, count: board.mostImproved.improvement! })
              : t('classBoard.noneImproved')}
          </p>
          <table>
            <caption>{t('classBoard.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classBoard.student')}</th>
                <th scope="col">{t('classBoard.points')}</th>
                <th scope="col">{t('classBoard.badges')}</th>
                <th scope="col">{t('classBoard.encounters')}</th>
              </tr>
            </thead>
            <tbody>
              {board.rows.map((row) => (
                <tr key={nameOf.get(row)}>
                  <th scope="row">{nameOf.get(row)}</th>
                  <td>{row.points}</td>
                  <td>
                    {row.badges.length
                      ? row.badges.map((b) => (
                          <span key={b} className="class-board-badge">
                            <span aria-hidden="true">★ </span>
                            {renderBadge(b, language).name}
                          </span>
                        ))
                      : t('classBoard.noBadges')}
                  </td>
                  <td>{row.encounters}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
