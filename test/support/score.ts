import type { PlanDocument, Task } from '../../src/model/plan.js';

/** A truth file from fixtures/truth: what a careful reader extracts from a seed. */
export interface TruthTask {
  anchor: string;
  leaders: string[];
  units: string[];
  partners: string[];
  deadline: { start: string | null; end: string | null } | null;
  targets: Array<{ value: number; unit: string }>;
}
export interface Truth {
  tasks: TruthTask[];
  expect?: Array<{ rule: string; anchor: string }>;
  /** Corpus documents: `clean` keeps its line structure, `mangled` lost line breaks or cell boundaries. */
  form?: 'clean' | 'mangled';
}

export interface Score {
  truthTasks: number;
  found: number;
  extracted: number;
  extra: number;
  owners: Prf;
  deadlineEnd: { exact: number; of: number };
  /** The same, over the found tasks whose truth states a deadline end (null = null is easy). */
  datedEnd: { exact: number; of: number };
  targets: Prf;
  misses: string[];
}
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

/** Whitespace ignored, full-width （）：；， folded to ASCII (the corpus README's scoring). */
const FULL_WIDTH: Readonly<Record<string, string>> = { '（': '(', '）': ')', '：': ':', '；': ';', '，': ',' };
export const squash = (s: string) => s.replace(/\s+/g, '').replace(/[（）：；，]/g, (ch) => FULL_WIDTH[ch]);

/**
 * Score extraction the way a reviewer would (issue 2): a truth task is found
 * when its anchor lies inside exactly one extracted task's text (whitespace
 * ignored); owners are compared as multisets per role, deadline ends exactly,
 * targets by value and unit.
 */
export function scoreDocument(doc: PlanDocument, truth: Truth): Score {
  const texts = doc.tasks.map((t) => squash(t.text));
  const score: Score = {
    truthTasks: truth.tasks.length,
    found: 0,
    extracted: doc.tasks.length,
    extra: 0,
    owners: { tp: 0, fp: 0, fn: 0 },
    deadlineEnd: { exact: 0, of: 0 },
    datedEnd: { exact: 0, of: 0 },
    targets: { tp: 0, fp: 0, fn: 0 },
    misses: [],
  };
  const anchored = new Set<number>();
  for (const expected of truth.tasks) {
    const anchor = squash(expected.anchor);
    const hits = texts.flatMap((t, k) => (t.includes(anchor) ? [k] : []));
    hits.forEach((k) => anchored.add(k));
    if (hits.length !== 1) {
      score.misses.push(`${hits.length === 0 ? 'not found' : `in ${hits.length} tasks`}: ${expected.anchor}`);
      continue;
    }
    score.found++;
    const task = doc.tasks[hits[0]];
    for (const role of ['leaders', 'units', 'partners'] as const) add(score.owners, multiset(expected[role].map(squash), task.owners[role].map(squash)));
    score.deadlineEnd.of++;
    const end = task.deadline?.end ?? null;
    if (expected.deadline?.end) score.datedEnd.of++;
    if (end === (expected.deadline?.end ?? null)) {
      score.deadlineEnd.exact++;
      if (expected.deadline?.end) score.datedEnd.exact++;
    }
    else score.misses.push(`deadline ${end} ≠ ${expected.deadline?.end ?? null}: ${expected.anchor}`);
    const targets = compareTargets(expected.targets, task);
    add(score.targets, targets);
    if (targets.fp + targets.fn > 0)
      score.misses.push(`targets [${task.targets.map((t) => `${t.value}${t.unit}`).join(' ')}] ≠ [${expected.targets.map((t) => `${t.value}${t.unit}`).join(' ')}]: ${expected.anchor}`);
    const ownerDiff = (['leaders', 'units', 'partners'] as const).filter((r) => multiset(expected[r].map(squash), task.owners[r].map(squash)).fp + multiset(expected[r].map(squash), task.owners[r].map(squash)).fn > 0);
    if (ownerDiff.length) score.misses.push(`owners ${ownerDiff.map((r) => `${r}=[${task.owners[r].join('|')}] want [${expected[r].join('|')}]`).join('; ')}: ${expected.anchor}`);
  }
  score.extra = doc.tasks.length - anchored.size;
  doc.tasks.forEach((t, k) => {
    if (!anchored.has(k)) score.misses.push(`extra task ${t.id} ${t.number}: ${t.text.slice(0, 40)}`);
  });
  return score;
}

function multiset(expected: string[], got: string[]): Prf {
  const left = [...got];
  let tp = 0;
  for (const e of expected) {
    const k = left.indexOf(e);
    if (k >= 0) {
      tp++;
      left.splice(k, 1);
    }
  }
  return { tp, fp: left.length, fn: expected.length - tp };
}

function compareTargets(expected: TruthTask['targets'], task: Task): Prf {
  const left = [...task.targets];
  let tp = 0;
  for (const e of expected) {
    const k = left.findIndex((t) => t.unit === e.unit && Math.abs(t.value - e.value) <= Math.max(1e-3, Math.abs(e.value) * 1e-3));
    if (k >= 0) {
      tp++;
      left.splice(k, 1);
    }
  }
  return { tp, fp: left.length, fn: expected.length - tp };
}

function add(into: Prf, more: Prf): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

export function f1(p: Prf): number {
  const denominator = 2 * p.tp + p.fp + p.fn;
  return denominator === 0 ? 1 : (2 * p.tp) / denominator;
}
