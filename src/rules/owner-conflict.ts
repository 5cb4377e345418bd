import type { LeadFacts, LeadOwner } from '../extract/lead.js';
import type { Task } from '../model/plan.js';
import { defineRule } from './define.js';
import { pushTo } from '../extract/collections.js';

/**
 * The body and the 附表 row restating a task must name the same leads: a row
 * that adds a leader ("陈某" → "陈某、王某") or a unit ("文保科" → "文保科、各直属单位")
 * leaves two answers to "who is accountable". Compared: leaders, and units;
 * a side that omits one of them, or redacts it, is not compared on it. A row
 * may add partners, and may list the body's partners among its units (a table
 * with no 配合 column); a row that merges several body tasks may merge their owners.
 */
export default defineRule({
  id: 'owner-conflict',
  severity: 'warning',
  docs: { zh: '正文与附表责任主体不一致', en: 'The body and the table give the same task different owners' },
  messages: {
    conflict: {
      zh: '任务“{title}”的责任主体在正文与附表中不一致：正文为“{body}”，附表“{row}”一行为“{table}”：请核对后统一责任领导和牵头单位（附表可另列配合单位）',
      en: 'Task “{title}” has different owners in the body and the table: the body says “{body}”, the table row “{row}” says “{table}”: make the responsible leaders and lead units agree (the table may list partners separately)',
    },
  },
  examples: {
    valid: [
      '二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：办公室）\n附件\n重点工作清单\n序号\t项目名称\t建设内容\t责任领导\t责任科室\t配合单位\n1\t专项规划编制\t完善专项规划编制工作。\t陈  某\t办公室\t各直属单位',
    ],
    invalid: [
      {
        text: '二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：办公室）\n附件\n重点工作清单\n序号\t项目名称\t建设内容\t责任领导\t责任科室\n1\t专项规划编制\t完善专项规划编制工作。\t陈某\t办公室、各直属单位',
        errors: [{ messageId: 'conflict', task: 1, data: { body: '陈某；办公室', row: '专项规划编制', table: '陈某；办公室、各直属单位' } }],
      },
      {
        text: '二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：办公室）\n附件\n重点工作清单\n序号\t项目名称\t建设内容\t责任领导\t责任科室\n1\t专项规划编制\t完善专项规划编制工作。\t陈某、王某\t办公室',
        errors: [{ messageId: 'conflict', task: 1, data: { body: '陈某；办公室', table: '陈某、王某；办公室' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    const byId = new Map(doc.tasks.map((t) => [t.id, t]));
    const leadOf = (task: Task) => facts.tasks.get(task.id)?.lead;
    // A row restating several body tasks (one 附表 line for two items) may carry all their owners.
    const bodiesOf = new Map<string, Task[]>();
    for (const [bodyId, rowIds] of facts.restatedBy) {
      for (const rowId of rowIds) pushTo(bodiesOf, rowId, byId.get(bodyId)!);
    }
    // Per row, computed once however many body tasks it restates: the merged owners and whether they disagree with it.
    const mergedDisagrees = new Map<string, Partial<Record<'leaders' | 'units', boolean>>>();
    const mergedOf = new Map<string, LeadFacts>();
    const disagreesMerged = (rowId: string, table: LeadFacts, side: 'leaders' | 'units') => {
      const verdicts = mergedDisagrees.get(rowId) ?? {};
      mergedDisagrees.set(rowId, verdicts);
      if (verdicts[side] === undefined) {
        let merged = mergedOf.get(rowId);
        if (!merged) mergedOf.set(rowId, (merged = mergedLeads((bodiesOf.get(rowId) ?? []).map(leadOf).filter((l): l is LeadFacts => l !== undefined))));
        verdicts[side] = disagree(merged, table, side);
      }
      return verdicts[side];
    };
    for (const task of doc.tasks) {
      const body = leadOf(task);
      if (task.origin !== 'body' || !body) continue;
      for (const rowId of facts.restatedBy.get(task.id) ?? []) {
        const row = byId.get(rowId);
        const table = row && leadOf(row);
        if (!row || !table) continue;
        const differs = (side: 'leaders' | 'units') => disagree(body, table, side) && disagreesMerged(rowId, table, side);
        if (differs('leaders') || differs('units')) {
          report({ messageId: 'conflict', task, data: { title: task.title, body: describe(body), row: row.title, table: describe(table) } });
        }
      }
    }
  },
});

/**
 * Do the two sides name different leads? Each side's partners are set aside
 * from the other's units; a side with no owner of this kind, or a redacted one, says nothing.
 */
function disagree(body: LeadFacts, table: LeadFacts, side: 'leaders' | 'units'): boolean {
  const comparable = (owners: readonly LeadOwner[]) => owners.length > 0 && owners.every((o) => o.kind !== 'redacted');
  if (!comparable(body[side]) || !comparable(table[side])) return false;
  const aside = (other: LeadFacts) => new Set(side === 'units' ? other.partners.map((p) => p.key) : []);
  const keys = (owners: readonly LeadOwner[], skip: Set<string>) => new Set(owners.map((o) => o.key).filter((k) => !skip.has(k)));
  const a = keys(body[side], aside(table));
  const b = keys(table[side], aside(body));
  return a.size !== b.size || [...a].some((k) => !b.has(k));
}

function mergedLeads(leads: readonly LeadFacts[]): LeadFacts {
  // The first owner of each key, in order: a set of keys seen, not a search back through the list.
  const unique = (owners: LeadOwner[]) => {
    const seen = new Set<string>();
    return owners.filter((o) => {
      if (seen.has(o.key)) return false;
      seen.add(o.key);
      return true;
    });
  };
  return {
    leaders: unique(leads.flatMap((l) => l.leaders)),
    units: unique(leads.flatMap((l) => l.units)),
    partners: unique(leads.flatMap((l) => l.partners)),
    marked: { leaders: false, units: false },
    fields: [],
  };
}

/** "陈某；办公室、各直属单位": leaders, then units, as written. */
function describe(lead: LeadFacts): string {
  return [lead.leaders, lead.units]
    .map((owners) => owners.map((o) => o.written).join('、'))
    .filter(Boolean)
    .join('；');
}
