import type { BadgeWords } from '../catalogue';
import type { BadgeCode } from '../../progress/badgeCodes';

/** Each badge's name, what it stands for, and how to earn it. */
export const BADGES: Record<BadgeCode, BadgeWords> = {
  'encounter.first': {
    name: 'First patient',
    description: 'You finished your first encounter.',
    how: 'Finish any encounter, in practice or assessment.',
  },
  'assessment.perfect': {
    name: 'Flawless assessment',
    description: 'You scored 100 on an assessment.',
    how: 'Score 100 on an encounter played in assessment mode.',
  },
  'shift.noCritical': {
    name: 'Safe shift',
    description: 'You worked a whole shift without a critical error.',
    how: 'Finish a shift with no critical error at any patient.',
  },
  'shift.allDeaCaught': {
    name: 'DEA detective',
    description: 'You caught every DEA problem in a shift.',
    how: "In a shift with a prescriber's DEA problem, catch every one of them before verification.",
  },
  'fills.cleanTen': {
    name: 'Ten clean fills',
    description: 'You filled ten encounters in a row with no mistake at selection, counting, labelling or verification.',
    how: 'Fill ten encounters in a row with no mistake at selection, counting, labelling or verification.',
  },
  'findings.allCaught': {
    name: 'Seen it all',
    description: 'You caught every kind of prescription problem at least once.',
    how: 'Catch each kind of prescription problem (DEA, refills, allergy, interaction and the rest) at least once.',
  },
  'drill.perfect': {
    name: 'Perfect drill',
    description: 'You answered every question of a board-exam drill right.',
    how: 'Answer every question of a board-exam drill right.',
  },
  'streak.threeDays': {
    name: 'Three days running',
    description: 'You practised three days in a row.',
    how: 'Practise on three days in a row.',
  },
  'streak.sevenDays': {
    name: 'A week of practice',
    description: 'You practised seven days in a row.',
    how: 'Practise on seven days in a row.',
  },
};
