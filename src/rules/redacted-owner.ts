import type { LeadFacts, LeadOwner } from '../extract/lead.js';
import { defineRule } from './define.js';

/**
 * "責任領導:*、*、*": the owner is only redaction glyphs (*, ××, XXX, 某).
 * Public copies are redacted on purpose, so this is a warning; in a draft
 * (--draft) the glyphs are placeholders nobody filled in, worded so, and the
 * planlint:draft preset that --draft turns on makes them errors.
 * A name with only part masked ("××县建设局") still names one body.
 */
export default defineRule({
  id: 'redacted-owner',
  severity: 'warning',
  docs: { zh: '责任人被涂抹/占位', en: 'The owner is *, ××, XXX or 某' },
  messages: {
    redacted: {
      zh: '任务“{title}”的责任人被涂抹，只剩占位符（{fields}），无法据此督办：如为公开版有意隐去可忽略；否则请填写责任领导姓名和具体责任单位',
      en: 'Task “{title}” has its owner redacted to placeholder marks ({fields}), so nobody can be held to it: ignore this in a deliberately redacted public copy, otherwise fill in the leader’s name and the unit',
    },
    blank: {
      zh: '任务“{title}”的“{label}”一栏为空，责任人被隐去：如为公开版有意隐去可忽略；否则请填写责任领导姓名',
      en: 'Task “{title}” has its “{label}” field left blank, the person removed: ignore this in a deliberately redacted public copy, otherwise fill in the leader’s name',
    },
    placeholder: {
      zh: '草稿中任务“{title}”的责任人仍是占位符（{fields}）：定稿前请填写责任领导姓名和具体责任单位',
      en: 'In this draft, task “{title}” still has placeholder owners ({fields}): fill in the leader’s name and the unit before the plan is issued',
    },
  },
  examples: {
    valid: [
      '二、整改措施\n整改项目1：积极争创历史文化名城。\n责任领导：陈某\n责任单位：××县建设局、××县文化局',
    ],
    invalid: [
      {
        text: '二、整改措施\n整改项目1：规范文化市场管理，提高监管能力。\n整改措施：加强执法检查。\n责任领导：*、*\n责任股室：*\n整改时限：2009年12月',
        errors: [{ messageId: 'redacted', task: 1, data: { fields: '责任领导：*、*；责任股室：*' } }],
      },
      { text: '二、重点任务\n1.推进图书馆总分馆建设。（责任领导：XXX；责任单位：县图书馆）', errors: [{ messageId: 'redacted', task: 1, data: { fields: '责任领导：XXX' } }] },
      { text: '二、整治内容\n1.清理农村生活垃圾，日产日清。（牵头领导：责任部门：城管中队、各行政村）', errors: [{ messageId: 'blank', task: 1, data: { label: '牵头领导' } }] },
      {
        text: '二、整改措施\n整改项目1：规范文化市场管理，提高监管能力。\n整改措施：加强执法检查。\n责任领导：*\n责任单位：县文化局',
        draft: true,
        errors: [{ messageId: 'placeholder', task: 1, data: { fields: '责任领导：*' } }],
      },
    ],
  },
  check({ doc, facts, draft }, report) {
    for (const task of doc.tasks) {
      const lead = facts.tasks.get(task.id)?.lead;
      if (!lead) continue;
      const fields = redactedFields(lead);
      if (fields.length === 0) {
        const blank = lead.fields.find((f) => f.role === 'leader' && f.value.trim() === '');
        if (blank) report({ messageId: 'blank', task, data: { title: task.title, label: blank.label } });
        continue;
      }
      const data = { title: task.title, fields: fields.join('；') };
      report({ messageId: draft ? 'placeholder' : 'redacted', task, data });
    }
  },
});

/** "責任領導：*、*、*" for each owner role that has a redacted entry, under the label the document uses. */
function redactedFields(lead: LeadFacts): string[] {
  const roles: Array<[string, readonly LeadOwner[], string]> = [
    ['leader', lead.leaders, '责任领导'],
    ['unit', lead.units, '责任单位'],
    ['partner', lead.partners, '配合单位'],
  ];
  return roles
    .filter(([, owners]) => owners.some((o) => o.kind === 'redacted'))
    .map(([role, owners, fallback]) => `${lead.fields.find((f) => f.role === role)?.label ?? fallback}：${owners.map((o) => o.written).join('、')}`);
}
