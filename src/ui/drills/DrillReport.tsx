import { useEffect, useId, useRef } from 'react';
import { drillTopicName, renderDrillExplanation, renderDrillPrompt, topicsToReview, type Drill, type DrillMark } from '../../core';
import { useLanguage } from '../language';
import { givenAnswerText, rightAnswerText } from './answerText';
import { DrillExplanation } from './DrillExplanation';
import { drillsWords as w } from './drillsWords';

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
  const id = useId();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const review = topicsToReview(drill, marks);
  const correct = marks.filter((m) => m.right).length;

  return (
    <section className="drill-report" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {w.reportTitle}
      </h2>
      <p className="drill-score">{w.score(correct, drill.questions.length)}</p>
      <p className="drill-seed-was">{w.seedWas(drill.seed)}</p>
      <h3>{w.reviewTitle}</h3>
      {review.length === 0 ? (
        <p>{w.nothingToReview}</p>
      ) : (
        review.map(({ topic, missed }) => (
          <section key={topic} className="drill-review-topic" aria-label={drillTopicName(topic, language)}>
            <h4>{drillTopicName(topic, language)}</h4>
            <ul>
              {missed.map((m, i) => (
                <li key={i}>
                  <p className="drill-prompt">{renderDrillPrompt(m.question, language)}</p>
                  <p>{w.youAnswered(givenAnswerText(m.question, m.answered, language))}</p>
                  <p>{w.rightAnswer(rightAnswerText(m.question, language))}</p>
                  <DrillExplanation entry={renderDrillExplanation(m.question, language)} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <div className="drill-actions">
        <button type="button" className="primary" onClick={onAgain}>
          {w.again}
        </button>
        <button type="button" onClick={onMenu}>
          {w.menu}
        </button>
      </div>
    </section>
  );
}
