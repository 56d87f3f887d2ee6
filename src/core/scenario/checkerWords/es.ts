import type { Coded } from '../../coded';
import type { Result } from '../../engine/results';
import type { FindingParams } from '../../findings/params';
import type { SupplyProblem } from '../../rules/daysSupply';
import { DEFAULT_LANGUAGE, LANGUAGES, renderFeedback, renderFinding, renderSupplyProblem, type Language } from '../../wording';
import type { CHECKER_EN } from './en';
import type { Got } from './got';
import type { FactWhat, FieldHint, FileWhat, InnerProblem, LimitWhat, Owner, QuoteHint } from './params';
import { problemText } from './render';

/** The core's own sentences (findings, feedback) in Spanish once that catalogue is there, else in English. */
const CORE: Language = (LANGUAGES as readonly string[]).includes('es') ? ('es' as Language) : DEFAULT_LANGUAGE;

const got = (g: Got): string => {
  switch (g.t) {
    case 'text':
    case 'raw':
      return g.s;
    case 'nothing':
      return 'nada';
    case 'null':
      return 'null';
    case 'emptyList':
      return 'una lista vacía';
    case 'list':
      return 'una lista';
    case 'object':
      return 'un objeto';
  }
};

const EXPECTED: Record<string, string> = {
  string: 'texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'true o false',
  array: 'una lista ([ … ])',
  object: 'un objeto ({ … })',
  record: 'un objeto ({ … })',
  null: 'null',
};
const expected = (type: string, nullable: boolean): string => {
  const words = EXPECTED[type] ?? type;
  return nullable && type !== 'null' ? `${words} o null` : words;
};

const QUOTE_HINTS: Record<QuoteHint, (raw: string) => string> = {
  unquoteNumber: () => ' — quite las comillas: los números se escriben sin ellas',
  unquoteBoolean: () => ' — quite las comillas: escriba true o false sin ellas',
  quoteText: (raw) => ` — póngalo entre comillas dobles: "${raw}"`,
};

const NOUNS: Record<string, string> = {
  prescriptions: 'receta',
  products: 'producto',
  localProducts: 'producto local',
  encounters: 'entrada de "encounters"',
  allergies: 'alergia',
  medications: 'medicamento',
  fillHistory: 'entrada del historial de surtidos',
  findings: 'hallazgo de intent',
  alterations: 'alteración',
  interactions: 'interacción',
  dropOff: 'línea de diálogo',
  pickUp: 'línea de diálogo',
  insurance: 'registro de seguro',
};
/** The schema's part titles (its `title` metadata), as an author reads them in Spanish. */
const TITLES: Record<string, string> = {
  prescription: 'receta',
  'dialogue line': 'línea de diálogo',
  reply: 'respuesta',
  appearance: 'apariencia',
  'stated identity': 'identidad declarada',
  'text in several languages': 'texto en varios idiomas',
  'techshift encounter': 'encuentro',
  'techshift shift': 'turno',
  product: 'producto',
};
const FILE_NOUNS: Record<FileWhat, string> = { encounter: 'encuentro', shift: 'turno', catalog: 'catálogo', scenario: 'escenario' };
const owner = (o: Owner): string => {
  switch (o.t) {
    case 'file':
      return FILE_NOUNS[o.what];
    case 'list':
      return NOUNS[o.key] ?? `"${o.key}"`;
    case 'title':
      return TITLES[o.title.toLowerCase()] ?? o.title.toLowerCase();
    case 'field':
      return `"${o.key}"`;
    case 'item':
      return 'elemento';
  }
};
// The schema's descriptions are written in English: a Spanish message gives the example or the values instead.
const hint = (h: FieldHint | undefined): string => {
  if (h === undefined) return '';
  switch (h.t) {
    case 'example':
      return `, p. ej. ${h.json}`;
    case 'values':
      return ` (uno de: ${h.values.join(', ')})`;
    case 'value':
      return `: ${h.json}`;
    case 'description':
      return ' (vea la descripción del campo en docs/scenario-reference.md)';
  }
};

const FACTS: Record<FactWhat, string> = {
  born: 'el paciente nació el',
  medicationSince: 'este medicamento se toma desde el',
  pastFill: 'este surtido anterior tiene fecha',
  written: 'la receta está escrita el',
  rxBirthDate: 'la receta da una fecha de nacimiento del',
  presenterBorn: 'la persona en la ventanilla nació el',
};
const LIMITS: Record<LimitWhat, string> = {
  quantity: 'una cantidad',
  daysSupply: 'unos días de suministro',
  refills: 'un número de resurtidos',
};
const on = (rx: string | undefined): string => (rx === undefined ? '' : ` en ${rx}`);
const LANGUAGE_NAMES: Record<string, string> = { en: 'inglés', es: 'español' };
const languageName = (l: string) => LANGUAGE_NAMES[l] ?? l;

/** Every message of the scenario checker, in Spanish (neutral Latin-American, usted). */
export const CHECKER_ES: { readonly [K in keyof typeof CHECKER_EN]: (typeof CHECKER_EN)[K] } = {
  badDate: (p: { got: Got; realShape: boolean }) =>
    p.realShape
      ? `no es una fecha real del calendario — se encontró ${got(p.got)}: revise el mes (01–12) y el día`
      : `debe ser una fecha escrita AAAA-MM-DD, p. ej. 2026-03-14 — se encontró ${got(p.got)}`,
  badYear: (p: { got: Got; first: number; last: number }) =>
    `el año debe estar entre ${p.first} y ${p.last} — se encontró ${got(p.got)}: revise el año`,
  badSlug: (p: { got: Got; fixed?: string }) =>
    `debe ser un id de letras minúsculas, dígitos y guiones sueltos, p. ej. "amoxicillin-500-cap" — se encontró ${got(p.got)}${p.fixed !== undefined ? ` — pruebe "${p.fixed}"` : ''}`,
  badNdc: (p: { got: Got }) =>
    `debe ser un NDC con guiones en formato 4-4-2, 5-3-2, 5-4-1 o 5-4-2, p. ej. "0093-3109-01" — se encontró ${got(p.got)}`,
  badColour: (p: { got: Got }) =>
    `debe ser un color escrito # y seis dígitos hexadecimales (#rrggbb), p. ej. "#4f7cac" — se encontró ${got(p.got)}`,
  badTime: (p: { got: Got }) =>
    `debe ser una hora escrita HH:MM en formato de 24 horas, p. ej. "09:00" o "14:30" — se encontró ${got(p.got)}`,
  noLanguage: () => 'necesita el texto en al menos un idioma, p. ej. {"en": "Good morning", "es": "Buenos días"}',
  empty: () => 'no puede estar vacío: escriba algo entre las comillas',
  badFormat: (p: { got: Got }) => `no tiene el formato esperado — se encontró ${got(p.got)}`,
  tooShortText: (p: { min: number }) => `debe tener al menos ${p.min} caracteres`,
  emptyList: (p: { min: number }) => `necesita al menos ${p.min} ${p.min === 1 ? 'elemento' : 'elementos'} — la lista está vacía`,
  tooFewItems: (p: { min: number; n: number }) => `necesita al menos ${p.min} elementos — tiene ${p.n}`,
  tooSmall: (p: { min: number; got: Got; exclusive: boolean }) =>
    `debe ser ${p.exclusive ? 'mayor que' : 'al menos'} ${p.min} — se encontró ${got(p.got)}`,
  tooLongText: (p: { max: number }) => `es demasiado largo: como máximo ${p.max} caracteres`,
  tooManyItems: (p: { max: number }) => `tiene demasiados elementos: como máximo ${p.max}`,
  tooBig: (p: { max: number; got: Got; exclusive: boolean }) =>
    `debe ser ${p.exclusive ? 'menor que' : 'como máximo'} ${p.max} — se encontró ${got(p.got)}`,
  wrongType: (p: { expected: string; nullable: boolean; got: Got; quote?: QuoteHint; raw?: string }) =>
    `se esperaba ${expected(p.expected, p.nullable)}, se encontró ${got(p.got)}${p.quote !== undefined ? QUOTE_HINTS[p.quote](p.raw ?? '') : ''}`,
  mustBe: (p: { value: string; got: Got }) => `debe ser ${JSON.stringify(p.value)} — se encontró ${got(p.got)}`,
  mustBeOneOf: (p: { values: string[]; got: Got; guess?: string }) =>
    `debe ser uno de: ${p.values.join(', ')} — se encontró ${got(p.got)}${p.guess !== undefined ? ` — ¿quiso decir "${p.guess}"?` : ''}`,
  notMultipleOf: (p: { divisor: number; got: Got }) => `debe ser múltiplo de ${p.divisor} — se encontró ${got(p.got)}`,
  notTextOrLanguages: (p: { got: Got }) =>
    `debe ser texto entre comillas, o el mismo texto en cada idioma, p. ej. {"en": "Good morning", "es": "Buenos días"} — se encontró ${got(p.got)}`,
  notValidHere: (p: { got: Got }) => `no es válido aquí — se encontró ${got(p.got)}`,
  unknownField: (p: { key: string; guess?: string; allowed: string[] }) =>
    p.guess !== undefined
      ? `campo desconocido "${p.key}" — ¿quiso decir "${p.guess}"?`
      : p.allowed.length > 0
        ? `campo desconocido "${p.key}" — los campos permitidos aquí son: ${p.allowed.join(', ')}`
        : `campo desconocido "${p.key}": elimínelo`,
  missingField: (p: { field: string; owner: Owner; shape: 'array' | 'object' | 'value'; hint?: FieldHint }) => {
    const who = owner(p.owner);
    if (p.shape === 'array') return `falta: cada ${who} necesita una lista "${p.field}": [ … ]${hint(p.hint)}`;
    if (p.shape === 'object') return `falta: cada ${who} necesita "${p.field}": { … }${hint(p.hint)}`;
    return `falta: cada ${who} necesita el campo "${p.field}"${hint(p.hint)}`;
  },

  badNumber: (p: { word: string }) => `el número ${p.word} no está bien escrito: use dígitos, con punto para los decimales, p. ej. 2.5`,
  fieldNameExpected: () => 'aquí se esperaba un nombre de campo entre comillas dobles, p. ej. "sig": …',
  endsEarly: () =>
    'el archivo termina antes de tiempo: falta un valor (texto entre comillas dobles, un número, true, false, null, una lista [ … ] o un objeto { … })',
  valueExpected: () =>
    'aquí se esperaba un valor: texto entre comillas dobles, un número, true, false, null, una lista [ … ] o un objeto { … }',
  colonMissing: () => 'faltan los dos puntos (:) después del nombre del campo',
  leadingZero: () => 'un número no puede empezar con 0: escriba 7, no 07',
  commaMissing: () => 'falta una coma (,) antes de esto: separe los elementos y los campos con comas',
  braceNotClosed: () => 'un objeto abierto con { no se cierra: falta una } (o falta una coma antes de esto)',
  bracketNotClosed: () => 'una lista abierta con [ no se cierra: falta un ] (o falta una coma antes de esto)',
  moreAfterEnd: (p: { what: FileWhat }) =>
    `hay algo más después del final del ${FILE_NOUNS[p.what]}: todo debe estar dentro de un solo { … } (¿hay una } de más arriba?)`,
  commentNotClosed: () => 'un comentario abierto con /* nunca se cierra; los archivos JSON no pueden tener comentarios: elimínelo',
  textNotClosed: () => 'este texto no tiene comillas dobles de cierre ("): añádalas al final del texto, en la misma línea',
  badUnicode: () => '\\u debe ir seguido de cuatro dígitos hexadecimales, p. ej. \\u00e9 para é',
  badEscape: () =>
    'una barra invertida (\\) en un texto debe iniciar un código como \\n o \\"; para escribir la barra misma, escriba dos: \\\\',
  controlCharacter: () =>
    'un texto entre comillas no puede contener un tabulador o un salto de línea escritos directamente: use un espacio, o \\n para una línea nueva',
  notValidJsonHere: () => 'esto no es JSON válido aquí',
  notValidJson: () => 'esto no es JSON válido',
  singleQuotes: () => 'los textos y los nombres de campo necesitan comillas dobles ("), no comillas simples (\')',
  notAJsonValue: (p: { word: string }) => `${p.word} no es un valor JSON: escriba un número, o null`,
  unquotedFieldName: (p: { word: string }) => `los nombres de campo necesitan comillas dobles: escriba "${p.word}", no ${p.word}`,
  notJsonFile: (p: { what: FileWhat }) =>
    `este archivo no es JSON: un archivo de ${FILE_NOUNS[p.what]} empieza con { y contiene pares "campo": valor`,
  unexpectedWord: (p: { word: string }) =>
    `${p.word} no se esperaba: el texto debe ir entre comillas dobles, p. ej. "${p.word}" (y true, false, null en minúsculas)`,
  unexpectedCharacter: (p: { char: string }) => `carácter inesperado ${JSON.stringify(p.char)} aquí`,
  comment: () =>
    'los archivos JSON no pueden tener comentarios: elimine este comentario (una nota para los estudiantes puede ir en "intent": { "teachingNotes": … })',
  trailingComma: () => 'quite la coma después del último elemento (JSON no permite una coma antes de } o ])',
  tooDeep: (p: { max: number }) =>
    `los datos están anidados a más de ${p.max} niveles; un escenario necesita menos de 10 — revise si hay corchetes de más`,
  byteOrderMark: () =>
    'el archivo empieza con una marca de orden de bytes (BOM) invisible; se ignoró — guarde el archivo como "UTF-8" en lugar de "UTF-8 con BOM" para quitar esta advertencia',
  tooLarge: (p: { size: string; max: string; what: FileWhat }) =>
    `este archivo ocupa ${p.size} MB; los archivos de ${FILE_NOUNS[p.what]} ocupan como máximo ${p.max} MB`,
  emptyFile: (p: { what: FileWhat }) => `el archivo está vacío; un ${FILE_NOUNS[p.what]} empieza con {`,
  duplicateField: (p: { key: string }) =>
    `el campo "${p.key}" aparece dos veces en este objeto: deje solo uno (el segundo ganaría sin avisar)`,

  notOneObject: () => 'un archivo de escenario debe ser un solo objeto { … } que diga "kind": "encounter" o "kind": "shift"',
  wrongKind: (p: { kind?: string; catalog: boolean }) =>
    `el archivo debe decir "kind": "encounter" o "kind": "shift"${p.kind !== undefined ? ` — dice "kind": ${p.kind}` : ''}${p.catalog ? ' (esto es un catálogo: va en scenarios/catalog/)' : ''}`,
  loaderBug: (p: { why: string }) => `TechShift no pudo leer este archivo (${p.why}); es un error de TechShift, por favor repórtelo`,
  moreProblems: (p: { extra: number }) => `… y ${p.extra} problemas más: corrija primero los de arriba`,

  localAlreadyInCatalog: (p: { id: string }) =>
    `"${p.id}" ya es un producto del catálogo: dele otro id a este producto local, o elimínelo y use el del catálogo`,
  localUsedTwice: (p: { id: string; first: number }) =>
    `el id de producto "${p.id}" se usa dos veces en localProducts (primero en localProducts[${p.first}]): cada producto necesita su propio id`,
  noProduct: (p: { id: string; guess?: string; noCatalog: boolean }) =>
    `no hay ningún producto "${p.id}" en el catálogo${
      p.guess !== undefined
        ? ` — ¿quiso decir "${p.guess}"?`
        : p.noCatalog
          ? ' (no se cargó ningún catálogo, así que no se puede encontrar ningún id)'
          : ' ni en los localProducts de este archivo — compare la ortografía con scenarios/catalog/'
    }`,
  ownLookAlike: () => 'un producto no puede ser su propio parecido (look-alike)',
  rxIdTwice: (p: { id: string; first: number }) =>
    `el id de receta "${p.id}" ya lo usa prescriptions[${p.first}]: cada receta necesita su propio id`,
  lineIdTwice: (p: { id: string; first: string }) =>
    `el id de línea "${p.id}" ya lo usa ${p.first}: cada línea de diálogo necesita su propio id`,
  noRx: (p: { rx: string; guess?: string; ids: string[] }) =>
    `no hay ninguna receta con id "${p.rx}" en este archivo${p.guess !== undefined ? ` — ¿quiso decir "${p.guess}"?` : ` — los ids de receta de este archivo son: ${p.ids.join(', ')}`}`,
  productIdInBase: (p: { id: string; source: string }) =>
    `el id de producto "${p.id}" ya se usa en ${p.source}: cada producto necesita su propio id`,
  productIdTwice: (p: { id: string; first: number }) =>
    `el id de producto "${p.id}" ya lo usa products[${p.first}]: cada producto necesita su propio id`,
  noCatalogProduct: (p: { id: string; guess?: string }) =>
    `no hay ningún producto "${p.id}" en el catálogo${p.guess !== undefined ? ` — ¿quiso decir "${p.guess}"?` : ''}`,

  afterToday: (p: { what: FactWhat; date: string; today: string }) =>
    `${FACTS[p.what]} ${p.date}, después del "today" del escenario (${p.today}): eso todavía no puede haber pasado — revise el año, o cambie "today"`,
  beforeBirth: (p: { what: FactWhat; date: string; born: string }) =>
    `${FACTS[p.what]} ${p.date}, antes de que naciera el paciente (patient.dateOfBirth es ${p.born}) — revise el año`,
  pastLimit: (p: { what: LimitWhat; value: number; limit: number }) =>
    `${LIMITS[p.what]} de ${p.value} es más de lo que puede registrar cualquier sistema de farmacia (como máximo ${p.limit.toLocaleString('es-US')}) — revise si hay un error de escritura`,
  refillsUsed: (p: { used: number; refills: number }) =>
    `se usaron ${p.used} resurtidos, pero la receta autoriza solo ${p.refills}: no se pueden usar más resurtidos de los escritos`,

  schemaNotOurs: () =>
    '"$schema" debe apuntar a scenario.schema.json de TechShift (por ejemplo "../scenario.schema.json" desde scenarios/encounters/), para que su editor revise este archivo mientras escribe',
  schemaNotFound: (p: { ref: string }) =>
    `no existe "${p.ref}" desde la carpeta de este archivo: un "$schema" relativo se lee desde la carpeta donde está este archivo; ponga la ruta a scenarios/scenario.schema.json desde aquí, o su ruta absoluta o dirección web`,
  idNotFileName: (p: { id: string; stem: string }) =>
    `el id "${p.id}" no es el nombre del archivo "${p.stem}": cambie el nombre del archivo a ${p.id}.json o ponga "id": "${p.stem}", para que ambos nombren el mismo escenario`,
  missingLanguage: (p: { missing: string[]; example: string; plain: boolean }) =>
    `este texto no tiene versión en ${p.missing.map((l) => `${languageName(l)} ("${l}")`).join(' ni en ')}, aunque ${p.example} sí la tiene: ${
      p.plain
        ? `escríbalo como {"en": "…", ${p.missing.map((l) => `"${l}": "…"`).join(', ')}}`
        : `añada ${p.missing.map((l) => `"${l}": "…"`).join(' y ')} junto a los demás`
    }, o un estudiante que juegue en ${p.missing.map(languageName).join(' o ')} leerá este en otro idioma`,

  declaredNotFound: (p: { code: string; rx?: string }) =>
    `usted declaró ${p.code}${on(p.rx)}, pero las reglas no lo encuentran: revise los datos de este archivo que deberían causarlo, o quítelo de intent.findings`,
  foundNotDeclared: (p: { finding: Coded<FindingParams>; rx?: string; entry: string }) =>
    `las reglas encuentran ${p.finding.code}${on(p.rx)} (${renderFinding(p.finding, CORE).replace(/\.$/, '')}), pero intent.findings no lo incluye: añada ${p.entry} si era su intención, o cambie los datos que lo causan`,
  notOnShelf: (p: { product: string }) =>
    `el producto recetado "${p.product}" no está en el estante, así que el estudiante nunca podrá tomar el frasco correcto: añádalo a "shelf"`,
  lasaWithoutLookAlike: (p: { rx?: string }) =>
    `usted declaró LASA_RISK${on(p.rx)}, pero no hay en el estante ningún producto parecido al recetado: ponga uno a su lado (vea los "lookAlikes" del producto en el catálogo)`,
  catchWithNothing: () =>
    'este es un encuentro "catch", pero las reglas no encuentran nada que haya que detener: plante un problema (vea docs/finding-codes.md) o hágalo un "fill"',
  fillThatStops: (p: { codes: string[] }) =>
    `este es un encuentro "fill", pero las reglas encuentran algo que hay que detener (${p.codes.join(', ')}): hágalo un "catch", o cambie los datos que lo causan`,
  handoffWithoutQuestion: () =>
    'este es un encuentro "handoff", pero ninguna línea de diálogo es una pregunta clínica: marque la pregunta con "pharmacistOnly": true',
  noDaysSupply: (p: { sig: string; why: SupplyProblem }) =>
    `las reglas no pueden calcular los días de suministro a partir de "${p.sig}" (${renderSupplyProblem(p.why, CORE)}), así que se acepta cualquier número que ingrese el estudiante: añada con qué frecuencia (por ejemplo "q6h prn" o "max 2 per day"); docs/authoring.md enumera las expresiones que el lector entiende`,
  noteNeverShown: (p: { code: string }) =>
    `esta nota es para ${p.code}, pero las reglas no encuentran ${p.code} en este archivo, así que ningún estudiante la verá: asígnela a un paso, o a un hallazgo que las reglas encuentren`,

  rulesCrashed: (p: { why: string }) =>
    `las reglas no pudieron juzgar este encuentro (${p.why}); es un error de TechShift, por favor repórtelo`,
  expertUnfinished: (p: { actions: number }) =>
    `el camino experto (${p.actions} acciones) no termina este encuentro; probablemente es un error de TechShift, por favor repórtelo`,
  expertBelow100: (p: { score: number; lost: Result[] }) =>
    `el camino experto obtiene ${p.score}/100, no 100${p.lost.length > 0 ? `: ${p.lost.map((r) => renderFeedback(r, CORE).what).join('; ')}` : ''}`,
  expertCrashed: (p: { why: string }) =>
    `el juego no pudo jugar este encuentro completo (${p.why}); probablemente es un error de TechShift, por favor repórtelo`,

  notShipped: () => 'ningún escenario con esa ruta viene con TechShift',
  notJsonName: () => 'solo se pueden abrir archivos de escenario .json',
  fileTooBig: (p: { size: string; max: string }) =>
    `este archivo ocupa ${p.size} MB; los archivos de escenario ocupan como máximo ${p.max} MB`,

  noSuchFile: (p: { file: string }) => `no existe el archivo "${p.file}": la ruta se lee desde la carpeta donde está este archivo de turno`,
  notAnEncounterFile: (p: { file: string; kind: 'shift' | 'catalog' }) =>
    `"${p.file}" es un archivo de ${p.kind === 'shift' ? 'turno' : 'catálogo'}, no un encuentro: un turno solo enumera archivos de encuentro`,
  entryNotOpened: (p: { file: string; inner?: InnerProblem }) =>
    `no se pudo abrir "${p.file}": ábralo junto con este turno, o indique un archivo que venga con TechShift — ${p.inner !== undefined ? problemText(p.inner, 'es') : ''}`,
  entryDoesNotLoad: (p: { file: string; inner?: InnerProblem }) =>
    `"${p.file}" no se carga como encuentro${p.inner !== undefined ? ` (en ${p.inner.line}:${p.inner.column}: ${problemText(p.inner, 'es')})` : ''}: corrija ese archivo, o enumere otro`,

  mistakeWithoutError: () =>
    'este es un encuentro "mistake", pero no tiene "errorDiscovered": describa el error que hay que asumir, o cambie el tipo',
  errorButNotMistake: (p: { type: string }) =>
    `este encuentro tiene un "errorDiscovered", así que su tipo debería ser "mistake", no "${p.type}"`,
  harmCategoryA: () =>
    'la categoría A significa que no hubo error (solo las circunstancias para uno): use B si no llegó al paciente, C o una posterior si llegó',
  harmCategoryBReached: () =>
    'la categoría B significa que el error no llegó al paciente, pero "reachedPatient" es true: use C o una posterior, o ponga "reachedPatient" en false',
  harmCategoryNotReached: (p: { category: string }) =>
    `la categoría ${p.category} significa que el error llegó al paciente, pero "reachedPatient" es false: use B, o ponga "reachedPatient" en true`,
  takenNotReached: () => '"taken" es true, pero "reachedPatient" es false: un paciente no puede tomar lo que nunca le llegó',
  onlyBlame: () =>
    'incluya al menos un factor que no sea culpa (por ejemplo lookAlikeNames, interruption, workload): un informe sin culpas se califica con esos',
  dispensedIsPrescribed: (p: { dispensed: string; rx: string; kind: string }) =>
    `"${p.dispensed}" es el producto recetado en ${p.rx}: para un error ${p.kind}, "dispensed" es el producto que se entregó en su lugar`,
  linkNotEarlier: (p: { target: string; index: number }) =>
    `"${p.target}" (encounters[${p.index}]) no llega antes que esta entrada: un error sale a la luz solo después del surtido del que trata`,
  linkUnknown: (p: { target: string; ids: string[] }) =>
    `no hay ningún encuentro "${p.target}" antes en este turno — los encuentros anteriores son: ${p.ids.join(', ') || 'ninguno'}`,

  callButNotPhone: (p: { channel: string }) =>
    `este encuentro tiene una "call" pero su channel es "${p.channel}": ponga "channel": "phone"`,
  phoneWithoutCall: () => 'este encuentro llega por teléfono pero no tiene "call": añada una con su "kind", "caller" y "says"',
  emergencyNotCII: () => 'una emergencia solo importa para una C-II dictada por teléfono; esta receta no es C-II',
  registerOnCall: () => 'una llamada no tiene recogida, así que la caja nunca se usa: quite "register"',
  registerNothingToCollect: () => 'la caja no tiene nada que cobrar: dé a cada receta un "copay"',
  shownTotalMatches: (p: { sum: string }) =>
    `el total de la caja ya coincide con los copagos ($${p.sum}); omita "shownTotal", o haga que difiera para plantar un error que detectar`,

  stockNotOnShelf: (p: { id: string }) =>
    `hay existencias para "${p.id}", que no está en el estante: añádalo a "shelf", o elimine esta entrada`,
  noLotInDate: (p: { product: string; days: number; dates: string }) =>
    `todos los lotes de "${p.product}" están vencidos o vencen dentro de ${p.days} días a partir de hoy (${p.dates}), así que el estudiante nunca podrá tomar un frasco vigente: añada un lote que venza más tarde`,
  shortWithoutDecision: (p: { have: number; product: string; quantity: number }) =>
    `solo hay ${p.have} de "${p.product}" para una cantidad de ${p.quantity}: añada "shortage": { "resolution": "partialFill" } (o "orderTomorrow" o "transfer") para decir qué decide el farmacéutico`,
  shortageButNotShort: (p: { have: number | null; product: string; quantity: number }) =>
    `se da "shortage", pero el estante no está corto (${p.have !== null ? `${p.have} disponibles` : 'no se da stock.onHand'} para una cantidad de ${p.quantity}): ponga stock["${p.product}"].onHand por debajo de la cantidad, o quite "shortage"`,
  partialFillWithNothing: (p: { product: string }) =>
    `un surtido parcial necesita algo disponible, pero stock["${p.product}"].onHand es 0: use "orderTomorrow" o "transfer", o ponga existencias`,
  nothingToReconstitute: (p: { product: string }) =>
    `"${p.product}" no tiene datos de "reconstitution" en el catálogo (volumen de agua, almacenamiento, días de uso), así que no hay nada que preparar: elija un polvo para suspensión, o quite "reconstitute"`,

  claimWithoutPlan: () =>
    'este es un encuentro "claim", pero el seguro del paciente no nombra ningún plan: añada "planId" a patient.insurance (vea docs/authoring.md, "Insurance claims")',
  claimUnfixable: (p: { rx: string; code: string }) =>
    `la reclamación de ${p.rx} se rechaza con ${p.code} aun facturada desde la tarjeta y el registro NPI, así que ningún estudiante puede corregirla: revise el número de miembro, el código de persona, la fecha de nacimiento, el NPI (npiOnFile) y la cantidad de la receta`,
  claimCodeNotReturned: (p: { code: string; answers: string[]; rx: string }) =>
    `el id dice que es un caso ${p.code}, pero el plan responde ${p.answers.length > 0 ? p.answers.join(', luego ') : 'pagado'} para ${p.rx}: revise el formulario del plan, sus límites, las fechas de cobertura y los surtidos que conoce`,
  planIdInBase: (p: { id: string; source: string }) => `el id de plan "${p.id}" ya se usa en ${p.source}: cada plan necesita su propio id`,
  planIdTwice: (p: { id: string; first: number }) => `el id de plan "${p.id}" ya lo usa plans[${p.first}]: cada plan necesita su propio id`,
  noPlan: (p: { id: string; guess?: string; plans: string[] }) =>
    `no hay ningún plan "${p.id}" en el catálogo ni en los plans de este archivo${
      p.guess !== undefined
        ? ` — ¿quiso decir "${p.guess}"?`
        : p.plans.length === 0
          ? ' (no se cargó ningún plan: añada el plan a scenarios/catalog/ o a los "plans" de este archivo)'
          : ` — los planes son: ${p.plans.join(', ')}`
    }`,
  // Recibir un pedido.
  noPrescriptions: () => 'un caso necesita al menos una receta; solo un pedido (type "receive") no tiene ninguna',
  receiveWithoutDelivery: () => 'el tipo "receive" es un pedido: añada "delivery" con su "wholesaler", "invoice" y "tote"',
  deliveryNotReceive: (p: { type: string }) => `este caso tiene "delivery" pero su tipo es "${p.type}": ponga "type": "receive"`,
  receiveWithPrescriptions: () => 'un pedido no es un surtido: deje "prescriptions" vacío ([])',
  receiveNotBackRoom: (p: { channel: string }) =>
    `un pedido llega a la trastienda, pero su canal es "${p.channel}": ponga "channel": "backRoom"`,
  invoiceLineTwice: (p: { id: string; first: number }) =>
    `la línea de factura "${p.id}" se usa dos veces (la primera en invoice[${p.first}]): dé a cada línea su propio id`,
  toteNoInvoiceLine: (p: { id: string; ids: string[] }) =>
    `ninguna línea de factura se llama "${p.id}"; las líneas de factura son ${p.ids.map((i) => `"${i}"`).join(', ')}`,
  toteLineTwice: (p: { id: string }) =>
    `dos líneas de la caja responden a la línea de factura "${p.id}": ponga una línea de caja por línea de factura`,
  toteOverShipped: (p: { quantity: number; invoiced: number }) =>
    `llegaron ${p.quantity} pero solo se facturaron ${p.invoiced}; el juego no puede juzgar un envío de más: ponga como mucho ${p.invoiced}`,
  pullNotExpired: (p: { expires: string; today: string }) =>
    `este frasco vence el ${p.expires}, después de hoy (${p.today}), así que no está vencido y no hay nada que retirar: ponga una fecha igual o anterior a hoy, o quítelo`,
};
