import { version } from '../../../package.json';

/** TechShift's own version (package.json), written into every results file. */
export const APP_VERSION: string = version;
