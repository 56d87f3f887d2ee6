import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDrill, drillOutcome, drillTopicName, markAnswer, type DrillMark, type DrillOutcome, type DrillSetup } from '../../core';
import { shippedCatalog } from '../../platform/scenarioLibrary';
import { useLanguage } from '../language';
import { DrillQuestionView } from './DrillQuestionView';
import { DrillReport } from './DrillReport';
import './drills.css';

interface Props {
  setup: DrillSetup;
  /** Called once when the last explanation is closed, with the outcome for points and badges. */
  onDrillFinished(outcome: DrillOutcome): void;
  onMenu(): void;
  /** "Same seed again": the same ten questions from the start. */
  onAgain(): void;
}

/** A drill: one question at a time, each explained, then the drill report. */
export function DrillScreen({ setup, onDrillFinished, onMenu, onAgain }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const drill = useMemo(() => buildDrill(setup, shippedCatalog()), [setup]);
  const [marks, setMarks] = useState<DrillMark[]>([]);
  // True while the last answer's explanation is on screen.
  const [explaining, setExplaining] = useState(false);
  const total = drill.questions.length;
  const index = explaining ? marks.length - 1 : marks.length;
  const question = drill.questions[index];

  const answer = useCallback(
    (given: string) => {
      if (explaining || !question) return;
      setMarks((m) => [...m, markAnswer(question, given)]);
      setExplaining(true);
    },
    [explaining, question],
  );
  const next = () => {
    setExplaining(false);
    // The time is stamped here, in the UI: the core has no clock.
    if (marks.length === total) onDrillFinished(drillOutcome(drill, marks, new Date().toISOString()));
  };

  return (
    <main className="drill" aria-label={t('drills.menuLegend')}>
      <h1>{t('drills.menuLegend')}</h1>
      {question ? (
        <>
          <DrillQuestionView
            key={index}
            question={question}
            number={index + 1}
            total={total}
            topicName={drillTopicName(question.topic, language)}
            mark={explaining ? marks[index] : undefined}
            onAnswer={answer}
            onNext={next}
            last={index === total - 1}
          />
          <button type="button" className="drill-quit" onClick={onMenu}>
            {t('drills.quit')}
          </button>
        </>
      ) : (
        <DrillReport drill={drill} marks={marks} onAgain={onAgain} onMenu={onMenu} />
      )}
    </main>
  );
}
