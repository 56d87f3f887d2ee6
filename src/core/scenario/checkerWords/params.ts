/** The kind of file a message talks about. */
export type FileWhat = 'encounter' | 'shift' | 'catalog' | 'scenario';

/** Whose field is missing: the file, an item of a known list, a titled part of the schema, a named field, or an item. */
export type Owner =
  { t: 'file'; what: FileWhat } | { t: 'list'; key: string } | { t: 'title'; title: string } | { t: 'field'; key: string } | { t: 'item' };

/** What a message adds about a missing field: an example, its allowed values, its one value, or the schema's description. */
export type FieldHint =
  { t: 'example'; json: string } | { t: 'values'; values: string[] } | { t: 'value'; json: string } | { t: 'description'; text: string };

/** The commonest type slips: quotes around a number or true/false, or none around text. */
export type QuoteHint = 'unquoteNumber' | 'unquoteBoolean' | 'quoteText';

/** A date that must lie in the past, by what it is the date of. */
export type FactWhat = 'born' | 'medicationSince' | 'pastFill' | 'written' | 'rxBirthDate' | 'presenterBorn';

/** A figure a pharmacy system can only hold so large. */
export type LimitWhat = 'quantity' | 'daysSupply' | 'refills';

/** A problem inside another file, as a message about that file quotes it. */
export interface InnerProblem {
  line: number;
  column: number;
  message: string;
  said?: unknown;
}
