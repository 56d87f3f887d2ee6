import type { FeedbackSlice } from '../../catalogue';
import type { PrepCode } from '../../families';

/** Reconstituting a powder for suspension and its beyond-use date. */
export const PREP_FEEDBACK: FeedbackSlice<PrepCode> = {
  'order.reconstituteFirst': {
    what: '{detail}',
    why: 'A dry powder cannot be measured in millilitres; the dose is only right once the water is in.',
    how: 'Read the water volume on the bottle, add it in portions, shaking after each, then measure.',
  },
  'reconstitute.correct': {
    what: '{detail}',
    why: 'The exact water volume gives the strength on the label; adding it in portions lets the powder wet and mix evenly.',
    how: 'Keep reading the volume from the bottle each time: it differs by product and bottle size.',
  },
  'reconstitute.wrongVolume': {
    what: '{detail}',
    why: 'Too much water makes every dose weaker; too little makes it stronger than the label says.',
    how: 'Read the water volume on this bottle, measure it in a graduated cylinder at eye level, and add exactly that.',
  },
  'reconstitute.onePortion': {
    what: '{detail}',
    why: 'Water added all at once can leave dry powder caked at the bottom, so the doses are uneven.',
    how: 'Add about half the water, shake well, then add the rest and shake again.',
  },
  'reconstitute.notNeeded': {
    what: '{detail}',
    why: 'Adding water to a ready-made liquid dilutes every dose.',
    how: 'Only make up a bottle whose label says to add water.',
  },
  'reconstitute.missed': {
    what: '{detail}',
    why: 'The patient cannot use a bottle of dry powder, and the dose would be wrong if they mixed it themselves.',
    how: 'At the counting station, make up the powder with the water on its label before measuring.',
  },
  'label.beyondUse.ok': {
    what: '{detail}',
    why: 'Once made up, the suspension only lasts a set number of days; the date and storage tell the patient when to throw it out.',
    how: "Keep working out the date from today and the product's beyond-use days every time you make one up.",
  },
  'label.beyondUse.wrong': {
    what: '{detail}',
    why: 'A date too late lets the patient take medicine that no longer works; too early wastes the course.',
    how: "Count the product's beyond-use days from today, the day you add the water.",
  },
  'label.beyondUse.missing': {
    what: '{detail}',
    why: 'Without a date the patient cannot know when the suspension stops working.',
    how: "Write the beyond-use date (today plus the product's days) on every reconstituted suspension.",
  },
};
