import { STYLE_RANK, type NumberingStyle } from '../extract/numbering.js';
import { walk, type OutlineNode } from '../extract/outline.js';
import { firstSentence } from '../extract/tables.js';
import type { SourceLocation } from '../model/location.js';
import { defineRule } from './define.js';
import { pushTo } from '../extract/collections.js';
import { copyWith } from '../text/objects.js';

/** Forms that are one level written two ways: 1、 is a mis-written 1., 1） a mis-written （1）. */
const SAME_LEVEL: Readonly<Partial<Record<NumberingStyle, NumberingStyle>>> = { 'ar-dun': 'ar-dot', 'ar-half-paren': 'ar-paren' };
/** Label blocks (整改项目3：) and a flattened table's row numbers name items, they are not hierarchy markers. */
const NOT_HIERARCHY = new Set<NumberingStyle>(['label', 'bullet', 'row']);
const TRAILING_PUNCTUATION = /^[、，,．.：:]/;

type FormProblem = 'dun' | 'cnPunctuation' | 'halfWidth' | 'halfParen' | 'trailing';

interface Occurrence {
  written: string;
  expected: string;
  nodes: OutlineNode[];
}

/**
 * GB/T 9704: the levels are marked 一、 →（一）→ 1. →（1）. A level may be
 * skipped (一、 → 1.), but each depth keeps one form throughout, and each
 * form is written exactly. Problems of one kind are reported once per
 * document with their count, so a clerk gets a short list to fix.
 */
export default defineRule({
  id: 'numbering-style',
  severity: 'warning',
  docs: {
    zh: '层次序数不规范（应依次为一、（一）1.（1）），或同一层级混用不同序数',
    en: 'A hierarchy marker has the wrong form (一、 （一） 1. （1）), or one depth mixes forms',
  },
  messages: {
    form: {
      zh: '层次序数“{written}”不规范，应写作“{expected}”（共{count}处）：请统一修改',
      en: 'Hierarchy marker “{written}” should be written “{expected}” ({count} places): change them all',
    },
    halfWidth: {
      zh: '层次序数“{written}”用了半角括号，应写作全角“{expected}”（共{count}处）：从网页转存的文本常有此问题，定稿时请统一改为全角',
      en: 'Hierarchy marker “{written}” uses half-width brackets; write “{expected}” ({count} places). Text copied from web pages often has this: fix it in the final copy',
    },
    order: {
      zh: '“{child}”用在“{parent}”之下，层次颠倒（共{count}处）：层次序数应依次为“一、”“（一）”“1.”“（1）”，请调整',
      en: '“{child}” is used below “{parent}”, which inverts the levels ({count} places): the order is 一、, （一）, 1., （1）',
    },
    mixed: {
      zh: '“{parent}”下的条目用“{written}”编号，而同一层级的其他条目用“{expected}”：同一层级请使用同一种层次序数',
      en: 'Items under “{parent}” are numbered “{written}” while the other items at this depth use “{expected}”: use one form per depth',
    },
    mixedTop: {
      zh: '一级标题“{written}”与其他一级标题的“{expected}”不一致：同一层级请使用同一种层次序数',
      en: 'Top-level heading “{written}” differs from the other top-level headings (“{expected}”): use one form per depth',
    },
  },
  examples: {
    valid: [
      '一、工作目标\n全面提升服务水平。\n二、重点任务\n（一）科学规划引领行动。\n（二）公共服务提升行动。\n1.建成文化礼堂30家。\n2.完成送书4万册。\n三、保障措施\n（一）加强组织领导。',
      '一、工作目标\n全面提升服务水平。\n二、重点任务\n1.建成文化礼堂30家。\n2.完成送书4万册。\n三、保障措施\n1.加强组织领导。',
    ],
    invalid: [
      {
        text: '二、總體目標\n1、貫徹落實科學發展觀的自覺性和堅定性得到增強。\n2、影響和制約文化事業發展的突出問題得到解決。',
        errors: [{ messageId: 'form', line: 2, data: { written: '1、', expected: '1.', count: 2 } }],
      },
      {
        text: '一、工作思路和目标\n(一)总体思路。深入贯彻落实党的十九大精神。\n(二)工作目标。全年培养文艺骨干100人以上。',
        errors: [{ messageId: 'halfWidth', line: 2, data: { written: '(一)', expected: '（一）', count: 2 } }],
      },
      {
        text: '三、指标任务\n1. 将村级图书室与旅游咨询点整合进综合服务平台。\n2. 制定相关功能室使用具体措施。\n四、工作措施\n（一）组织学习。各乡镇要认真组织专题学习一次。\n（二）召开会议。6月中旬召开工作会议。\n五、工作要求\n（一）加强领导。\n（二）明确责任。',
        errors: [{ messageId: 'mixed', line: 2, data: { written: '1.', expected: '（一）', parent: '三、指标任务' } }],
      },
      { text: '一、重点任务\n1.建设设施。\n（一）建设图书馆。\n（二）建设文化馆。\n2.开展活动。', errors: [{ messageId: 'order', line: 3, data: { child: '（一）', parent: '1.', count: 2 } }] },
      {
        text: '## 工作目标\n\n（一）全面提升服务水平。\n\n（二）完善文化设施。\n\n（三）培养文艺骨干。\n\n## 重点任务\n\n一、建设图书馆。\n\n二、建设文化馆。',
        file: 'plan.md',
        errors: [{ messageId: 'mixedTop', line: 11, data: { written: '一、', expected: '（一）' } }],
      },
    ],
  },
  check({ facts }, report) {
    const outline = facts.outline;
    if (!outline) return;
    const forms = new Map<string, Occurrence & { problem: FormProblem }>();
    const orders = new Map<string, Occurrence>();
    for (const root of [outline.root, ...outline.attachments]) {
      const depths = new Map<number, OutlineNode[][]>();
      for (const parent of walk(root, [root])) {
        const children = parent.children.filter((c) => c.label && !NOT_HIERARCHY.has(c.label.style));
        for (const child of children) {
          for (const problem of formProblems(child)) {
            const key = `${problem.problem}\u0000${problem.expected.replace(/[0-9０-９〇零一二三四五六七八九十百两]+/g, 'N')}`;
            const seen = forms.get(key) ?? copyWith(problem, { nodes: [] });
            seen.nodes.push(child);
            forms.set(key, seen);
          }
          if (parent.label && !NOT_HIERARCHY.has(parent.label.style) && STYLE_RANK[child.label!.style] <= STYLE_RANK[parent.label.style]) {
            const key = `${parent.label.style}\u0000${child.label!.style}`;
            const seen = orders.get(key) ?? { written: child.label!.label, expected: parent.label.label, nodes: [] };
            seen.nodes.push(child);
            orders.set(key, seen);
          }
        }
        for (const group of groupByLevel(children)) {
          const depth = depthOf(parent) + 1;
          pushTo(depths, depth, group);
        }
      }
      for (const groups of depths.values()) for (const finding of mixedForms(groups)) report(finding);
    }
    for (const { problem, written, expected, nodes } of forms.values()) {
      const messageId = problem === 'halfWidth' ? 'halfWidth' : 'form';
      report({ messageId, loc: nodes[0].lines[0].loc, data: { written, expected, count: nodes.length } });
    }
    for (const { written, expected, nodes } of orders.values()) {
      report({ messageId: 'order', loc: nodes[0].lines[0].loc, data: { child: written, parent: expected, count: nodes.length } });
    }
  },
});

function levelOf(style: NumberingStyle): NumberingStyle {
  return SAME_LEVEL[style] ?? style;
}

/** Siblings that share a level form, in document order. */
function groupByLevel(children: readonly OutlineNode[]): OutlineNode[][] {
  const groups = new Map<NumberingStyle, OutlineNode[]>();
  for (const child of children) {
    const level = levelOf(child.label!.style);
    pushTo(groups, level, child);
  }
  return [...groups.values()];
}

function depthOf(node: OutlineNode): number {
  let depth = 0;
  for (let p: OutlineNode | null = node; p; p = p.parent) if (p.label) depth++;
  return depth;
}

interface MixedFinding {
  messageId: 'mixed' | 'mixedTop';
  loc: SourceLocation;
  data: Record<string, string>;
}

/** At one depth, the groups whose form differs from the form most items there use. */
function mixedForms(groups: readonly OutlineNode[][]): MixedFinding[] {
  const counts = new Map<NumberingStyle, number>();
  for (const group of groups) {
    const level = levelOf(group[0].label!.style);
    counts.set(level, (counts.get(level) ?? 0) + group.length);
  }
  if (counts.size < 2) return [];
  // The most used form is the document's own; on a tie, the first one used.
  const main = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  const model = groups.find((g) => levelOf(g[0].label!.style) === main)![0];
  return groups
    .filter((group) => levelOf(group[0].label!.style) !== main)
    .map((group) => {
      const first = group[0];
      const parent = first.parent;
      const data = { written: first.label!.label.trim(), expected: model.label!.label.trim() };
      const loc = first.lines[0].loc;
      return parent?.label
        ? { messageId: 'mixed', loc, data: copyWith(data, { parent: parent.label.label + firstSentence(parent.label.rest).replace(/[。．.]$/, '') }) }
        : { messageId: 'mixedTop', loc, data };
    });
}

/** What is wrong with how one marker is written, with the form to use. */
function formProblems(node: OutlineNode): Array<{ problem: FormProblem; written: string; expected: string }> {
  const label = node.label!;
  const written = label.label.trim();
  const n = label.number;
  const problems: Array<{ problem: FormProblem; written: string; expected: string }> = [];
  switch (label.style) {
    case 'ar-dun':
      problems.push({ problem: 'dun', written, expected: `${n}.` });
      break;
    case 'cn-dun':
      if (written.replace(/\s+/g, '') !== `${n}、`) problems.push({ problem: 'cnPunctuation', written, expected: `${n}、` });
      break;
    case 'cn-paren':
    case 'ar-paren':
      if (/[()]/.test(written)) problems.push({ problem: 'halfWidth', written, expected: `（${n}）` });
      break;
    case 'ar-half-paren':
      problems.push({ problem: 'halfParen', written, expected: `（${n}）` });
      break;
    default:
      break;
  }
  if ((label.style === 'cn-paren' || label.style === 'ar-paren') && TRAILING_PUNCTUATION.test(label.rest)) {
    problems.push({ problem: 'trailing', written: `${written}${label.rest[0]}`, expected: `（${n}）` });
  }
  return problems;
}
