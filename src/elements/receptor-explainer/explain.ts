import type {
  Her2Value,
  Marker,
  MenopauseValue,
  ReasonId,
  ReceptorValue,
  SubtypeId,
  TreatmentId,
} from '../../content/schema.js';

/** The results the explanation is about. Anything missing counts as `unknown`. */
export interface ReceptorStatus {
  readonly er: ReceptorValue;
  readonly pr: ReceptorValue;
  readonly her2: Her2Value;
  readonly menopause: MenopauseValue;
}

/** One treatment family to talk about, and the content key saying why. */
export interface TreatmentOption {
  readonly treatment: TreatmentId;
  readonly reason: ReasonId;
  /** A main option for this combination (shown first). */
  readonly main: boolean;
}

/**
 * What to say about a set of results, as keys into the receptor content (`catalog.receptors`):
 * no text, no DOM, so it can be tested over every combination and rendered in any locale.
 */
export interface ReceptorExplanation {
  readonly status: ReceptorStatus;
  /** `subtypes` key: the plain-language name of the combination. */
  readonly subtype: SubtypeId;
  /** Hormone receptor group: positive when ER or PR is positive, negative when both are negative. */
  readonly hormoneReceptor: ReceptorValue;
  /** No hormone receptors and not HER2-positive: other tests (`tripleNegativeTests`) may matter. */
  readonly tripleNegative: boolean;
  /** Show how a report may write HER2-low (`her2Low`). */
  readonly her2Low: boolean;
  /** The markers in report order, each with its result (`markers[marker].results[value]`). */
  readonly markers: readonly { readonly marker: Marker; readonly value: Her2Value }[];
  /** Treatment families the care team may discuss: main options first, then the others. */
  readonly options: readonly TreatmentOption[];
  /** `menopause` key, only when hormonal therapy is on the list; otherwise null. */
  readonly menopause: MenopauseValue | null;
  /** Markers without a result: each gets its "what is missing" text and question. */
  readonly missing: readonly Marker[];
}

export const RECEPTOR_VALUES: readonly ReceptorValue[] = ['positive', 'negative', 'unknown'];
export const HER2_VALUES: readonly Her2Value[] = ['positive', 'low', 'negative', 'unknown'];
export const MENOPAUSE_VALUES: readonly MenopauseValue[] = ['pre', 'post', 'not-applicable', 'unknown'];
export const MARKERS: readonly Marker[] = ['er', 'pr', 'her2'];

function hormoneGroup(er: ReceptorValue, pr: ReceptorValue): ReceptorValue {
  if (er === 'positive' || pr === 'positive') return 'positive';
  if (er === 'negative' && pr === 'negative') return 'negative';
  return 'unknown';
}

function subtypeOf(hr: ReceptorValue, her2: Her2Value): SubtypeId {
  if (hr === 'negative' && her2 === 'negative') return 'triple-negative';
  if (hr === 'negative' && her2 === 'low') return 'triple-negative-her2-low';
  return `hr-${hr}-her2-${her2}` as SubtypeId;
}

/** Maps receptor results to what the explainer says about them. Pure: same input, same output. */
export function explainReceptors(input: Partial<ReceptorStatus> = {}): ReceptorExplanation {
  const status: ReceptorStatus = {
    er: input.er ?? 'unknown',
    pr: input.pr ?? 'unknown',
    her2: input.her2 ?? 'unknown',
    menopause: input.menopause ?? 'unknown',
  };
  const hr = hormoneGroup(status.er, status.pr);
  const her2Positive = status.her2 === 'positive';
  const tripleNegative = hr === 'negative' && (status.her2 === 'negative' || status.her2 === 'low');

  const options: TreatmentOption[] = [];
  const add = (treatment: TreatmentId, reason: ReasonId, main: boolean) => options.push({ treatment, reason, main });
  // Hormonal therapy: a main option with hormone receptors; with results not known, an option that depends on them.
  if (hr === 'positive') add('hormonal', 'hormonal', true);
  if (her2Positive) add('targeted', 'her2-targeted', true);
  // Without hormone receptors, chemotherapy is a main drug treatment (with HER2-targeted drugs when HER2-positive).
  if (hr === 'negative') add('chemotherapy', her2Positive ? 'chemotherapy-with-her2' : 'chemotherapy-main', true);
  if (hr === 'unknown') add('hormonal', 'hormonal-if-positive', false);
  // HER2-low: one targeted drug is approved whatever the hormone receptor status.
  if (status.her2 === 'low') add('targeted', hr === 'positive' ? 'her2-low-hormone-positive' : 'her2-low', false);
  else if (hr === 'positive' && !her2Positive) add('targeted', 'targeted-with-hormonal', false);
  if (hr !== 'negative') add('chemotherapy', her2Positive ? 'chemotherapy-her2-positive' : 'chemotherapy', false);
  add('radiation', 'radiation', false);
  add('surgery', 'surgery', false);

  return {
    status,
    subtype: subtypeOf(hr, status.her2),
    hormoneReceptor: hr,
    tripleNegative,
    her2Low: status.her2 === 'low',
    markers: MARKERS.map((marker) => ({ marker, value: status[marker] })),
    options,
    menopause: hr === 'positive' ? status.menopause : null,
    missing: MARKERS.filter((marker) => status[marker] === 'unknown'),
  };
}
