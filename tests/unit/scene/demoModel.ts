import type { PatientFigure, SceneModel, ShelfBottle } from '../../../src/scene/sceneContract';

type Stock = [
  productId: string,
  labelName: string,
  strength: string,
  form: string,
  ndc: string,
  container: ShelfBottle['container'],
  capColour: string,
];

/** Demo stock. NDCs are made up in the 5-4-2 shape; tall-man names as pharmacies print them. */
const STOCK: readonly Stock[] = [
  ['albuterol-hfa-90', 'albuterol HFA', '90 mcg/actuation', 'inhaler', '59310-0579-22', 'inhaler', '#e86f5a'],
  ['alprazolam-0.5', 'ALPRAZolam', '0.5 mg', 'tablet', '00228-2029-10', 'bottle', '#9b6fb0'],
  ['amlodipine-5', 'amLODIPine', '5 mg', 'tablet', '00093-7171-98', 'bottle', '#3e7fb8'],
  ['amoxicillin-400-susp', 'amoxicillin', '400 mg/5 mL', 'for suspension', '65862-0070-50', 'bottle', '#e9b949'],
  ['bupropion-xl-150', 'buPROPion XL', '150 mg', 'ER tablet', '00591-3331-30', 'bottle', '#5fa37a'],
  ['buspirone-10', 'busPIRone', '10 mg', 'tablet', '00591-0718-01', 'bottle', '#4aa3a1'],
  ['ceftriaxone-1g', 'cefTRIAXone', '1 g', 'vial for injection', '60505-0751-04', 'vial', '#d9534f'],
  ['clonazepam-0.5', 'clonazePAM', '0.5 mg', 'tablet', '00093-0832-01', 'bottle', '#f2a65a'],
  ['clonidine-0.1', 'cloNIDine', '0.1 mg', 'tablet', '00228-2127-10', 'bottle', '#3e7fb8'],
  ['glipizide-5', 'glipiZIDE', '5 mg', 'tablet', '00093-1733-01', 'bottle', '#e86f5a'],
  ['glyburide-5', 'glyBURIDE', '5 mg', 'tablet', '00093-8344-01', 'bottle', '#24466b'],
  ['hydralazine-25', 'hydrALAZINE', '25 mg', 'tablet', '23155-0002-01', 'bottle', '#5fa37a'],
  ['hydroxyzine-hcl-25', 'hydrOXYzine HCl', '25 mg', 'tablet', '00591-5302-01', 'bottle', '#9b6fb0'],
  ['lamotrigine-100', 'lamoTRIgine', '100 mg', 'tablet', '13668-0047-01', 'bottle', '#e9b949'],
  ['levetiracetam-500', 'levETIRAcetam', '500 mg', 'tablet', '31722-0536-01', 'bottle', '#4aa3a1'],
  ['lisinopril-10', 'lisinopril', '10 mg', 'tablet', '68180-0513-01', 'bottle', '#d9534f'],
  ['metformin-500', 'metFORMIN', '500 mg', 'tablet', '65162-0175-10', 'bottle', '#3e7fb8'],
  ['methylprednisolone-4', 'methylPREDNISolone', '4 mg (21 tabs)', 'dose pack', '59746-0001-03', 'box', '#f2a65a'],
  ['metoprolol-tart-25', 'metoprolol tartrate', '25 mg', 'tablet', '00378-0018-01', 'bottle', '#e86f5a'],
  ['mupirocin-2', 'mupirocin', '2% (22 g)', 'ointment', '45802-0112-22', 'tube', '#5fa37a'],
  ['ofloxacin-ophth-0.3', 'ofloxacin ophthalmic', '0.3% (5 mL)', 'eye drops', '61314-0015-05', 'dropper', '#e9b949'],
  ['paroxetine-20', 'PARoxetine', '20 mg', 'tablet', '60505-0083-03', 'bottle', '#9b6fb0'],
  ['sertraline-50', 'sertraline', '50 mg', 'tablet', '16729-0213-01', 'bottle', '#24466b'],
  ['trazodone-50', 'traZODone', '50 mg', 'tablet', '50111-0560-01', 'bottle', '#4aa3a1'],
];

/** 24 products in alphabetical order, with look-alike pairs (hydrALAZINE / hydrOXYzine, glipiZIDE / glyBURIDE…) side by side. */
export const DEMO_SHELF: readonly ShelfBottle[] = STOCK.map(([productId, labelName, strength, form, ndc, container, capColour]) => ({
  productId,
  labelName,
  strength,
  form,
  ndc,
  container,
  capColour,
}));

/** Three patients who look different from one another: one at drop-off, one at pick-up, one in line. */
export const DEMO_PATIENTS: readonly PatientFigure[] = [
  {
    id: 'pt-maria',
    displayName: 'Maria Alvarez',
    height: 1.62,
    shirtColour: '#d9534f',
    skinTone: '#c68e64',
    hairColour: '#2b1d14',
    place: 'dropoff',
  },
  {
    id: 'pt-james',
    displayName: 'James Carter',
    height: 1.88,
    shirtColour: '#3e7fb8',
    skinTone: '#5c3b28',
    hairColour: '#151112',
    place: 'queue',
  },
  {
    id: 'pt-linh',
    displayName: 'Linh Nguyen',
    height: 1.54,
    shirtColour: '#e9b949',
    skinTone: '#e8c39e',
    hairColour: '#6b4a2b',
    place: 'pickup',
  },
];

/** A scene model to look at until the store is wired in. */
export const DEMO_MODEL: SceneModel = {
  station: 'waiting',
  shelf: [...DEMO_SHELF],
  pickedProductId: null,
  trayCount: 30,
  patients: [...DEMO_PATIENTS],
  bench: {
    monitor: ['Drug: Lisinopril 10 mg tablet', 'Sig: 1 tab po qam', 'Qty: 30'],
    label: ['MARIA ALVAREZ', 'Take 1 tablet by mouth every morning.', 'Lisinopril 10 mg tablet', 'Qty 30   RF 2'],
    liquid: false,
  },
  pharmacistChecking: true,
  reducedMotion: false,
  quality: 'high',
};
