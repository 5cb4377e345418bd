/**
 * What each quantitative target measures and how it is written: the metric
 * named before the number ("农村公路通达率达98%" → 农村公路通达率, a
 * share), whether the number is a total or a change, the precision of its
 * last digit, a non-standard unit symbol (3050m2), a range shorthand (30-40%).
 * Rules compare these with the target's unit; the JSON model does not carry them.
 */
import { foldToSimplified } from '../lexicon/hant.js';
import {
  BREAKDOWN_MARKERS,
  METRIC_HEADS,
  METRIC_VERBS,
  NONSTANDARD_UNIT_SYMBOLS,
  NOT_TOTAL_PREFIXES,
  TOTAL_PREFIXES,
  type MetricKind,
} from '../lexicon/metrics.js';
import { MORE_THAN_INFIXES, RANGE_SEPARATORS } from '../lexicon/units.js';
import { readMagnitude } from '../text/numeral.js';
import { findQuantities, resolveUnit, type QuantityMatch } from './quantity.js';
import { longestBefore, wordTable } from './word-table.js';
import { findSums, type SumStatement } from './sums.js';

export interface TargetFact {
  /** The words naming what the number measures, as written, without verbs and parentheses: "农村公路通达率", "地上面积"; "" when none. */
  metric: string;
  kind: MetricKind | null;
  /** 提高20%: the number is a change, not a level. */
  change: boolean;
  /** 总投资…, …共计96万元: the number is stated as a total. */
  total: boolean;
  /** Where the target's text starts and ends in the task's target text. */
  start: number;
  end: number;
  /** One unit of the last written digit, in the target's unit: 1.43万平方米 → 100, 96萬元 → 10000, 3050m2 → 1. */
  step: number;
  /** The magnitude written after the number (万 → 10000) and the unit as written with it ("万平方米"), to state sums the same way. */
  scale: number;
  unitText: string;
  /** A unit symbol standards write otherwise (m2 → 平方米（m²）). */
  symbol: { written: string; standard: string } | null;
  /** Both bounds of a range as written ("30", "40%"): the lower one may have lost its unit. */
  range: { lower: string; upper: string } | null;
  /** The target stands inside brackets ("A项目600万元（含设备200万元）"): an aside, not a part of the sentence's sum. */
  nested: boolean;
}

/** The facts of every target of a text, aligned with `findQuantities(text)`, and the sums among them. */
export function describeQuantities(text: string, matches: readonly QuantityMatch[] = findQuantities(text)): { targets: TargetFact[]; sums: SumStatement[] } {
  if (matches.length === 0) return { targets: [], sums: [] };
  const depths = bracketDepths(text);
  const targets = matches.map((match, k) => describeTarget(text, match, floorOf(matches, k), depths));
  return { targets, sums: findSums(text, matches, targets) };
}

/** The metric of a target is looked for after the previous target, never across it. */
function floorOf(matches: readonly QuantityMatch[], k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    if (matches[j].index < matches[k].index) return matches[j].index + matches[j].text.length;
  }
  return 0;
}

const BOUNDARY = new Set([...'，,。；;：:、！？!?\n\t“”"']);
const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
/** A metric name is a noun phrase; a longer run is a whole clause and says nothing about units. */
const MAX_METRIC = 30;

/** Matched at the end of the folded metric words, longest first. */
const HEADS = wordTable(METRIC_HEADS);
const VERBS = wordTable(METRIC_VERBS.map((verb) => [verb[0], verb] as const));
const SYMBOLS = [...NONSTANDARD_UNIT_SYMBOLS].sort((a, b) => b[0].length - a[0].length);
const RANGE_SEPS = new Set(RANGE_SEPARATORS);
const ARABIC_HEAD = /^[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．]([0-9０-９]+))?/;

function describeTarget(text: string, match: QuantityMatch, floor: number, depths: Uint32Array): TargetFact {
  const { metric, change, total } = stripVerbs(phraseBefore(text, match.index, floor));
  const folded = foldToSimplified(metric);
  return {
    metric,
    kind: longestBefore(HEADS, folded, folded.length) ?? null,
    change,
    total: total || (TOTAL_PREFIXES.some((p) => folded.startsWith(p)) && !NOT_TOTAL_PREFIXES.some((p) => folded.startsWith(p))),
    start: match.index,
    end: match.index + match.text.length,
    ...precisionOf(match),
    symbol: symbolOf(match.text),
    range: rangeOf(match.text),
    nested: depths[match.index] > 0,
  };
}

const SENTENCE_END = new Set([...'。；;\n\t']);

/**
 * How many brackets are open before each position of the text, counted from
 * the start of its sentence (a closer with none open is ignored): a target at a
 * position with one open stands inside brackets. One pass for all the targets
 * of a text, which may hold thousands in one sentence.
 */
function bracketDepths(text: string): Uint32Array {
  const depths = new Uint32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (SENTENCE_END.has(ch)) depth = 0;
    else if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    depths[i + 1] = depth;
  }
  return depths;
}

/**
 * The words before `index` back to a clause boundary: "社区卫生服务站（室）标准化建设率达"
 * → "社区卫生服务站标准化建设率达". A parenthesis before the number is skipped
 * whole ("配备率（含上网终端、宽带网络等）达到100%"); an unclosed one ends the phrase.
 */
function phraseBefore(text: string, index: number, floor: number): string {
  // Runs of kept characters, right to left: each ends where a skipped parenthesis began.
  const runs: string[] = [];
  let kept = 0;
  let runEnd = index;
  let i = index - 1;
  while (i >= floor && kept < MAX_METRIC) {
    const ch = text[i];
    if (CLOSE.has(ch)) {
      const open = matchingOpen(text, i, floor);
      if (open < 0) break;
      runs.push(text.slice(i + 1, runEnd));
      runEnd = open;
      i = open - 1;
      continue;
    }
    if (OPEN.has(ch) || BOUNDARY.has(ch)) break;
    kept++;
    i--;
  }
  runs.push(text.slice(i + 1, runEnd));
  return runs.reverse().join('').trim();
}

function matchingOpen(text: string, close: number, floor: number): number {
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    if (CLOSE.has(text[i])) depth++;
    else if (OPEN.has(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** "覆盖率提高到" → 覆盖率 (a level); "总投资约" → 总投资; "其中地上约" → 地上. */
function stripVerbs(phrase: string): { metric: string; change: boolean; total: boolean } {
  let metric = phrase;
  let change = false;
  let total = false;
  for (;;) {
    const folded = foldToSimplified(metric);
    // A verb at the end, never the whole phrase
    const verb = longestBefore(VERBS, folded, folded.length, 1);
    if (!verb) break;
    metric = metric.slice(0, metric.length - verb[0].length).trimEnd();
    if (verb[1] === 'change') change = true;
    if (verb[1] === 'total') total = true;
  }
  const marker = BREAKDOWN_MARKERS.find((m) => metric.startsWith(m));
  return { metric: marker ? metric.slice(marker.length) : metric, change, total };
}

/**
 * How the number is written: 1.43万平方米 → step 100, scale 10000, "万平方米";
 * 96萬元 → 10000, 10000, "萬元"; 3050m2 → 1, 1, "m2". Chinese numerals count as exact.
 */
function precisionOf(match: QuantityMatch): Pick<TargetFact, 'step' | 'scale' | 'unitText'> {
  const written = match.text;
  const arabic = ARABIC_HEAD.exec(written);
  if (!arabic || match.dimension === 'ratio') return { step: 1, scale: 1, unitText: match.unit };
  let pos = arabic[0].length;
  if (MORE_THAN_INFIXES.includes(written[pos] ?? '')) pos++;
  // 3千米 is 3 公里: a unit that starts like a magnitude has none.
  const unit = resolveUnit(written.slice(pos));
  const exponent = unit ? Math.round(Math.log10(unit.factor)) : readMagnitude(written, pos).exponent;
  return { step: 10 ** (exponent - (arabic[1]?.length ?? 0)), scale: 10 ** exponent, unitText: written.slice(pos) };
}

function symbolOf(written: string): TargetFact['symbol'] {
  for (const [symbol, standard] of SYMBOLS) {
    if (!written.endsWith(symbol)) continue;
    const before = written[written.length - symbol.length - 1] ?? '';
    if (/[A-Za-z]/.test(before)) continue;
    return { written: symbol, standard };
  }
  return null;
}

/** "30-40%" → 30 / 40%; null for a single number. */
function rangeOf(written: string): TargetFact['range'] {
  for (let k = 1; k < written.length; k++) {
    if (!RANGE_SEPS.has(written[k])) continue;
    const next = written[k + 1] === written[k] ? k + 2 : k + 1;
    return { lower: written.slice(0, k), upper: written.slice(next) };
  }
  return null;
}
