import { foldToSimplified } from '../lexicon/hant.js';
import { GLOSS_SOURCE, stripGlosses } from './gloss.js';
import { ORG_NAME_END } from '../lexicon/organisations.js';
import type { TaskDraft } from './draft.js';
import type { Line } from './outline.js';
import { copyWith } from '../text/objects.js';

/**
 * Reports on 民生实事 and key projects name their items in running prose,
 * each in quotation marks with its responsible unit in brackets after it:
 * "“老旧小区改造”（市住建局）、“公共场所新增AED”（市红十字会）等5个项目…".
 * Two or more such items in one paragraph are a list of tasks: each item is
 * a task whose unit is the bracketed name. One quoted phrase with a bracket
 * is too little to tell a list from a citation.
 */
const MIN_ITEMS = 2;
const MAX_NAME = 40;
const MAX_UNIT = 20;

/** “name”（unit）, the brackets full- or half-width, curly or straight quotes; a mirror's pinyin gloss may stand in the unit (市住建局(jú)). */
const QUOTED_ITEM = new RegExp(`[“"]([^“”"\\n]{2,${MAX_NAME}})[”"][（(]((?:[^（）()\\n]|${GLOSS_SOURCE}){2,${MAX_UNIT}})[)）]`, 'gu');

export interface QuotedItem {
  name: string;
  unit: string;
  /** The item as written, quotes and bracket included. */
  written: string;
  /** Where the item starts in the paragraph. */
  start: number;
}

/** The quoted items of a paragraph whose brackets name an organisation, when there are enough to be a list. */
export function quotedItems(text: string): QuotedItem[] {
  const items: QuotedItem[] = [];
  for (const match of text.matchAll(QUOTED_ITEM)) {
    const unit = stripGlosses(match[2]).trim();
    if (ORG_NAME_END.test(foldToSimplified(unit))) items.push({ name: match[1].trim(), unit, written: match[0], start: match.index });
  }
  return items.length >= MIN_ITEMS ? items : [];
}

export function quotedItemDrafts(lines: readonly Line[]): TaskDraft[] {
  return lines.flatMap((line) =>
    quotedItems(line.text).map(
      (item): TaskDraft => ({
        origin: 'body',
        number: '',
        path: [],
        title: item.name,
        text: item.written,
        loc: copyWith(line.loc, { column: (line.loc.column ?? 1) + item.start }),
        order: line.order,
        row: item.start,
        fields: [{ role: 'unit', label: '', value: item.unit, index: 0, form: 'inline' }],
        inheritedFields: [],
        ownerText: '',
        targetText: item.name,
        timeText: item.name,
        phase: false,
        numberInherited: false,
      }),
    ),
  );
}
