import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { selectDispatch, selectEncounter, selectLog, selectMode } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { useAuthorText, useLanguage } from '../../language';
import { OUTCOME_ICONS } from '../../outcomeIcons';
import { repliesFor } from './questionReplies';
import { actions, type DialogueLine, questionLines, renderFeedback, type Result } from '../../../core';

/** What is said at the counter, each line labelled with who says it (the patient unless the line names another speaker); each question offers several replies, some in a technician's scope and some not. */
export function PatientLines({ speaker, lines }: { speaker: string; lines: readonly DialogueLine[] }) {
  const { t } = useTranslation();
  const dispatch = useAppStore(selectDispatch);
  const encounter = useAppStore(selectEncounter);
  const log = useAppStore(selectLog);
  const mode = useAppStore(selectMode);
  const language = useLanguage();
  const authored = useAuthorText();
  // The engine decides which lines are clinical (a clinical remark counts even without a "?").
  const clinical = useMemo(
    () =>
      new Set(
        encounter
          ? questionLines(encounter.scenario, encounter.findings)
              .filter((q) => q.clinical)
              .map((q) => q.line.id)
          : [],
      ),
    [encounter],
  );
  if (lines.length === 0) return null;
  const questions = encounter?.questions;
  const saidTo = (id: string): string | undefined => {
    for (let i = log.length - 1; i >= 0; i--) {
      const a = log[i];
      if (a?.type === 'respondToQuestion' && a.question === id) return a.said;
    }
    return undefined;
  };
  // The judgement of the response, not the notes about repeats or timing.
  const verdictOn = (id: string): Result | undefined => encounter?.results.find((r) => r.question === id && r.outcome !== 'info');
  return (
    <section className="panel-block" aria-label={t('speech.says', { speaker })}>
      <ul className="speech-list">
        {lines.map((line) => {
          const status = questions?.[line.id];
          const said = status === 'answered' || status === 'referred' ? saidTo(line.id) : undefined;
          const verdict = mode === 'practice' && (status === 'answered' || status === 'referred') ? verdictOn(line.id) : undefined;
          const words = verdict ? renderFeedback(verdict, language) : undefined;
          return (
            <li key={line.id} className="speech">
              <p className="speech-bubble">
                <span className="speech-speaker">{line.speaker === undefined ? speaker : authored(line.speaker)}:</span> “
                {authored(line.text)}”
              </p>
              {status === 'pending' && (
                <div className="btn-row reply-choices" role="group" aria-label={t('speech.respondTo', { line: authored(line.text) })}>
                  {repliesFor(line, clinical.has(line.id), language).map((reply) => (
                    <button
                      key={reply.text}
                      type="button"
                      className="btn"
                      onClick={() => dispatch(actions.respondToQuestion(line.id, reply.refers ? 'refer' : 'answer', reply.text))}
                    >
                      “{reply.text}”
                    </button>
                  ))}
                </div>
              )}
              {(status === 'answered' || status === 'referred') && (
                <p className="reply-said">
                  {said !== undefined ? (
                    <>
                      <span className="speech-speaker">{t('speech.youSaid')}</span> “{said}”
                    </>
                  ) : status === 'answered' ? (
                    t('speech.answered')
                  ) : (
                    t('speech.referred')
                  )}
                </p>
              )}
              {verdict && words && (
                <div className={`reply-verdict outcome-${verdict.outcome}`}>
                  <p className="reply-verdict-what">
                    <span aria-hidden="true">{OUTCOME_ICONS[verdict.outcome]} </span>
                    {verdict.outcome === 'critical' ? t('speech.outOfScope') : ''}
                    {words.what}
                  </p>
                  {verdict.outcome !== 'good' && <p className="reply-verdict-why">{words.why}</p>}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
