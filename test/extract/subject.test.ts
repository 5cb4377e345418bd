import { describe, expect, it } from 'vitest';
import { clauseSubject } from '../../src/extract/subject.js';
import { ORG_SUFFIXES, OWNER_VERBS, PARTNER_VERBS, SUBJECT_PEOPLE_WORDS } from '../../src/lexicon/organisations.js';
import { piecedTexts } from './pieced-texts.js';

/** The backtracking regex the subject matcher replaces: its answers on short clauses are the reference. */
const ORG = `各?[\\u4e00-\\u9fff（）()“”xX×*＊]{0,40}?(?:${ORG_SUFFIXES.join('|')})(?:[（(][^（）()]{1,12}[）)])?`;
const SUBJECT = `${ORG}(?:(?:、|及|和|与)${ORG})*`;
const PEOPLE = `(?:${SUBJECT_PEOPLE_WORDS.join('|')})?`;
const VERBS = [...OWNER_VERBS, ...PARTNER_VERBS];
const REFERENCE = new RegExp(`^(${SUBJECT})${PEOPLE}(?:${VERBS.join('|')})`);

const followedByVerb = (text: string) => (end: number) => {
  const verbAt = (at: number) => VERBS.some((verb) => text.startsWith(verb, at));
  const people = SUBJECT_PEOPLE_WORDS.find((word) => text.startsWith(word, end));
  return verbAt(end) || (people !== undefined && verbAt(end + people.length)) ? true : null;
};

/** Clauses pieced together from names, suffixes, separators, brackets, people words and verbs. */
const PIECES = ['区', '文化', '局', '各', '乡镇', '和', '及', '、', '与', '（', '工业区', '）', '(', ')', '相关人员', '负责同志', '参加', '负责', '要', '配合', '会', '县', '政府', '办公室', '中心', '小组', '领导', 'X', '1', '“', '”'];
const clauses = (count: number) => piecedTexts(PIECES, count, 14, 11);

describe('the subject a clause opens with', () => {
  it('is the one the backtracking regex finds, on 20,000 generated clauses', () => {
    let subjects = 0;
    for (const clause of clauses(20_000)) {
      const expected = REFERENCE.exec(clause)?.[1] ?? null;
      const found = clauseSubject(clause, 0, followedByVerb(clause));
      expect(found && clause.slice(0, found.end), clause).toBe(expected);
      if (expected) subjects++;
    }
    expect(subjects).toBeGreaterThan(1000);
  });

  it('a template or a public copy may hold a name’s place with xx, ×× or ** (县xx局要…)', () => {
    for (const text of ['县xx局要认真组织', '县××局负责', '县**局配合']) expect(clauseSubject(text, 0, followedByVerb(text))?.end).toBe(4);
  });

  it('reads lists of organisations joined by 和, 及, 与 and 、', () => {
    const text = '区文旅广体局及各乡镇(工业区)、街道和长春经开区要认真组织';
    expect(clauseSubject(text, 0, followedByVerb(text))?.end).toBe(text.indexOf('要'));
  });

  it('takes time linear in a list of names joined by 和 that no verb follows', () => {
    // The regex takes seconds at 24 names and doubles with each further one.
    const list = (names: number) => `${Array.from({ length: names }, () => '区文化局').join('和')}·区局负责`;
    const cost = (names: number) => {
      const text = list(names);
      const started = process.cpuUsage();
      expect(clauseSubject(text, 0, followedByVerb(text))).toBeNull();
      const { user, system } = process.cpuUsage(started);
      return user + system;
    };
    cost(200); // warm
    const small = Math.max(cost(400), 20_000);
    // Ten times the names: a linear matcher costs about ten times the CPU.
    expect(cost(4000) / small).toBeLessThan(20);
  });
});
