import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { parseFile } from '../../src/parse.js';
import { CORPUS_DOCS, corpusDoc, corpusTruth } from '../support/corpus.js';
import { checkExpectations } from '../support/expect.js';
import { f1, type Prf, type Score, scoreDocument } from '../support/score.js';
import { CORPUS_FLOORS, type CorpusFloor } from '../support/thresholds.js';

/**
 * Issue 10: the real plans of fixtures/corpus, scored like the seeds, per
 * document and in total for each form (clean / mangled). The floors live in
 * test/support/thresholds.ts.
 */
type Form = 'clean' | 'mangled';
interface Row {
  name: string;
  form: Form;
  score: Score;
  findings: { reported: number; of: number };
}
const rows: Row[] = [];

interface Totals {
  truth: number;
  found: number;
  extracted: number;
  extra: number;
  owners: Prf;
  deadline: { exact: number; of: number };
  dated: { exact: number; of: number };
  targets: Prf;
  findings: { reported: number; of: number };
}

function totals(form: Form): Totals {
  const t: Totals = {
    truth: 0, found: 0, extracted: 0, extra: 0,
    owners: { tp: 0, fp: 0, fn: 0 }, deadline: { exact: 0, of: 0 }, dated: { exact: 0, of: 0 },
    targets: { tp: 0, fp: 0, fn: 0 }, findings: { reported: 0, of: 0 },
  };
  for (const { score: s, findings } of rows.filter((r) => r.form === form)) {
    t.truth += s.truthTasks;
    t.found += s.found;
    t.extracted += s.extracted;
    t.extra += s.extra;
    for (const k of ['tp', 'fp', 'fn'] as const) {
      t.owners[k] += s.owners[k];
      t.targets[k] += s.targets[k];
    }
    t.deadline.exact += s.deadlineEnd.exact;
    t.deadline.of += s.deadlineEnd.of;
    t.dated.exact += s.datedEnd.exact;
    t.dated.of += s.datedEnd.of;
    t.findings.reported += findings.reported;
    t.findings.of += findings.of;
  }
  return t;
}

const ratio = (n: number, of: number) => (of === 0 ? 1 : n / of);

function measures(t: Totals): CorpusFloor {
  return {
    recall: ratio(t.found, t.truth),
    precision: ratio(t.extracted - t.extra, t.extracted),
    ownerF1: f1(t.owners),
    deadlineEnd: ratio(t.deadline.exact, t.deadline.of),
    targetF1: f1(t.targets),
    findings: ratio(t.findings.reported, t.findings.of),
  };
}

describe('real plans of the corpus against their truth', () => {
  it.each(CORPUS_DOCS.map((name) => [name]))('%s', async (name) => {
    const truth = corpusTruth(name);
    const parsed = await parseFile(corpusDoc(name));
    expect(parsed.document.errors).toEqual([]);
    const diagnostics = lint(parsed, { lang: 'en', asOf: '2026-01-01' });
    const expectations = checkExpectations(parsed, diagnostics, truth);
    rows.push({
      name,
      form: truth.form ?? 'clean',
      score: scoreDocument(parsed.document, truth),
      findings: { reported: expectations.filter((e) => e.reported).length, of: expectations.length },
    });
  });

  afterAll(() => {
    const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
    const lines = rows.map(({ name, form, score: s, findings }) =>
      [
        `${form[0]} ${name.slice(0, 44).padEnd(44)}`,
        `${s.found}/${s.truthTasks}`.padStart(6),
        String(s.extra).padStart(4),
        pct(f1(s.owners)),
        pct(ratio(s.deadlineEnd.exact, s.deadlineEnd.of)),
        pct(f1(s.targets)),
        `${findings.reported}/${findings.of}`.padStart(6),
      ].join(' '),
    );
    const summary = (['clean', 'mangled'] as const).map((form) => {
      const t = totals(form);
      const m = measures(t);
      return `${form}: ${t.found}/${t.truth} tasks found (recall ${m.recall.toFixed(3)}), precision ${m.precision.toFixed(3)}, owner F1 ${m.ownerF1.toFixed(3)}, deadline end ${m.deadlineEnd.toFixed(3)} (dated ${ratio(t.dated.exact, t.dated.of).toFixed(3)} of ${t.dated.of}), target F1 ${m.targetF1.toFixed(3)}, findings ${t.findings.reported}/${t.findings.of}`;
    });
    console.log(['', `${'  document'.padEnd(46)}  found extra owner   dl  tgt  finds`, ...lines, ...summary].join('\n'));
    const below = (['clean', 'mangled'] as const).flatMap((form) => {
      const m = measures(totals(form));
      const floor = CORPUS_FLOORS[form];
      return (Object.keys(floor) as Array<keyof CorpusFloor>).filter((key) => m[key] < floor[key]).map((key) => `${form} ${key} ${m[key].toFixed(3)} < ${floor[key]}`);
    });
    expect(below).toEqual([]);
  });
});
