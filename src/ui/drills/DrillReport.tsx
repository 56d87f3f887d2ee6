import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { drillTopicName, renderDrillExplanation, renderDrillPrompt, topicsToReview, type Drill, type DrillMark } from '../../core';
import { useLanguage } from '../language';
import { givenAnswerText, rightAnswerText } from './answerText';
import { DrillExplanation } from './DrillExplanation';

/** The end of a drill: the score, each missed topic with its questions explained, and where to go next. */
export function DrillReport({
  drill,
  marks,
  onAgain,
  onMenu,
}: {
  drill: Drill;
  marks: readonly DrillMark[];
  onAgain(): void;
  onMenu(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const review = topicsToReview(drill, marks);
  const correct = marks.filter((m) => m.right).length;

  return (
    <section className="drill-report" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('drills.reportTitle')}
      </h2>
      <p className="drill-score">{t('drills.score', { correct, total: drill.questions.length })}</p>
      <p className="drill-seed-was">{t('drills.seedWas', { seed: drill.seed })}</p>
      <h3>{t('drills.reviewTitle')}</h3>
      {review.length === 0 ? (
        <p>{t('drills.nothingToReview')}</p>
      ) : (
        review.map(({ topic, missed }) => (
          <section key={topic} className="drill-review-topic" aria-label={drillTopicName(topic, language)}>
            <h4>{drillTopicName(topic, language)}</h4>
            <ul>
              {missed.map((m, i) => (
                <li key={i}>
                  <p className="drill-prompt">{renderDrillPrompt(m.question, language)}</p>
                  <p>{t('drills.youAnswered', { answer: givenAnswerText(m.question, m.answered, language) })}</p>
                  <p>{t('drills.rightAnswer', { answer: rightAnswerText(m.question, language) })}</p>
                  <DrillExplanation entry={renderDrillExplanation(m.question, language)} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <div className="drill-actions">
        <button type="button" className="primary" onClick={onAgain}>
          {t('drills.again')}
        </button>
        <button type="button" onClick={onMenu}>
          {t('drills.menu')}
        </button>
      </div>
    </section>
  );
}
