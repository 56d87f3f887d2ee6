import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHOICE_KEYS,
  readChoice,
  renderDrillExplanation,
  renderDrillPrompt,
  renderDrillUnit,
  type DrillMark,
  type DrillQuestion,
} from '../../core';
import { useLanguage } from '../language';
import { choiceText, rightAnswerText } from './answerText';
import { DrillExplanation } from './DrillExplanation';

interface Props {
  question: DrillQuestion;
  number: number;
  total: number;
  topicName: string;
  /** The mark once answered; the explanation is shown until Next. */
  mark: DrillMark | undefined;
  onAnswer(given: string): void;
  onNext(): void;
  last: boolean;
}

/** One question: type a number and Enter, or press A–D / 1–4; then the explanation, announced, and Next. */
export function DrillQuestionView({ question, number, total, topicName, mark, onAnswer, onNext, last }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const [typed, setTyped] = useState('');
  const nextRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const firstChoiceRef = useRef<HTMLButtonElement>(null);
  const { answer } = question;

  // A new question takes the focus to where it is answered; an answered one to Next.
  useEffect(() => {
    if (mark) nextRef.current?.focus();
    else if (answer.kind === 'number') inputRef.current?.focus();
    else firstChoiceRef.current?.focus();
  }, [mark, answer.kind]);

  // A–D and 1–4 answer a choice question wherever the focus is on the page.
  useEffect(() => {
    if (mark || answer.kind !== 'choice') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const index = readChoice(e.key, answer.choices.length);
      if (index === undefined) return;
      e.preventDefault();
      onAnswer(CHOICE_KEYS[index] ?? '');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mark, answer, onAnswer]);

  const unit = answer.kind === 'number' ? renderDrillUnit(answer.unit, 2, language) : '';
  return (
    <section className="drill-question" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('drills.progress', { n: number, total })} <span className="drill-topic">{topicName}</span>
      </h2>
      <p className="drill-prompt" id={`${id}-prompt`}>
        {renderDrillPrompt(question, language)}
      </p>
      {answer.kind === 'number' ? (
        <form
          className="drill-number"
          onSubmit={(e) => {
            e.preventDefault();
            if (!mark && typed.trim() !== '') onAnswer(typed.trim());
          }}
        >
          <label htmlFor={`${id}-answer`}>{t('drills.answerLabel')}</label>
          <input
            id={`${id}-answer`}
            ref={inputRef}
            value={typed}
            readOnly={mark !== undefined}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            inputMode="decimal"
            aria-describedby={`${id}-prompt ${id}-hint`}
          />
          {unit !== '' && <span className="drill-unit">{unit}</span>}
          <button type="submit" disabled={mark !== undefined}>
            {t('drills.check')}
          </button>
          <p id={`${id}-hint`} className="drill-hint">
            {t('drills.numberHint')}
          </p>
        </form>
      ) : (
        <div className="drill-choices" role="group" aria-labelledby={`${id}-prompt`} aria-describedby={`${id}-hint`}>
          {answer.choices.map((_, i) => (
            <button
              key={i}
              type="button"
              ref={i === 0 ? firstChoiceRef : undefined}
              className={mark ? (i === answer.correct ? 'drill-choice right' : 'drill-choice') : 'drill-choice'}
              aria-keyshortcuts={`${CHOICE_KEYS[i]} ${i + 1}`}
              aria-pressed={mark ? mark.answered === CHOICE_KEYS[i] : undefined}
              disabled={mark !== undefined}
              onClick={() => onAnswer(CHOICE_KEYS[i] ?? '')}
            >
              {choiceText(question, i, language)}
            </button>
          ))}
          <p id={`${id}-hint`} className="drill-hint">
            {t('drills.choiceHint')}
          </p>
        </div>
      )}
      {/* Always mounted, so the explanation is announced when it appears. */}
      <div className="drill-feedback" role="status" aria-live="polite">
        {mark && (
          <>
            <p className={mark.right ? 'drill-verdict right' : 'drill-verdict wrong'}>
              {mark.right ? `✔ ${t('drills.right')}` : `✖ ${t('drills.wrong', { answer: rightAnswerText(question, language) })}`}
            </p>
            <DrillExplanation entry={renderDrillExplanation(question, language)} />
          </>
        )}
      </div>
      {mark && (
        <button type="button" className="primary" ref={nextRef} onClick={onNext}>
          {last ? t('drills.toReport') : t('drills.next')}
        </button>
      )}
    </section>
  );
}
