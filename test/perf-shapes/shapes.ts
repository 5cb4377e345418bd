/**
 * The pathological text shapes of issue 11, generated at any size: each is a
 * small plan whose one part (a field value, a task, a title line, a table)
 * grows until the file reaches the size asked for.
 */

export interface Shape {
  name: string;
  /** The file name given to the reader: its extension picks nothing (the bytes do), but it is reported. */
  file: string;
  /** The document at about `bytes` bytes of UTF-8. */
  make(bytes: number): string;
  /** The largest size the growth test affords (1 MB unless the reader alone costs seconds there). */
  largest?: number;
}

const PLAN_HEAD = '2021年某区文化广电和旅游局\n“城乡提质工程”工作方案\n\n一、工作目标\n全力加快建设和谐宜居的现代化文明城市。\n二、重点任务\n';

/** Distinct unit names (区文化局, 区财政局 …, then 第2区文化局 …) so that no two items of a run are the same. */
export function unitName(k: number): string {
  const bodies = ['文化', '财政', '教育', '交通', '水务', '卫健', '民政', '商务', '住建', '应急', '城管', '农业', '科技', '审计', '统计', '人社'];
  const kinds = ['局', '委', '办', '中心', '科', '所'];
  const body = bodies[k % bodies.length];
  const kind = kinds[Math.floor(k / bodies.length) % kinds.length];
  const round = Math.floor(k / (bodies.length * kinds.length));
  return `${round > 0 ? `第${round + 1}` : ''}区${body}${kind}`;
}

/** Thirty Han characters that differ from task to task (xorshift over the CJK block, seeded by k). */
function hanWords(k: number): string {
  let x = Math.imul(k + 1, 0x9e3779b1) >>> 0 || 1;
  let text = '';
  for (let n = 0; n < 30; n++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    text += String.fromCharCode(0x4e00 + (x % 0x5000));
  }
  return text;
}

const UNITS_OF_MEASURE = ['个', '户', '座', '公里', '万元', '人次', '家', '所'];

/** `part(k)` repeated between `head` and `tail` until the whole reaches `bytes`. */
function grow(head: string, part: (k: number) => string, tail: string, bytes: number): string {
  const parts: string[] = [];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let k = 0; size < bytes; k++) {
    const piece = part(k);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return head + parts.join('') + tail;
}

/** A field value that is one long run of short items separated by `separator`. */
function fieldRun(separator: string): (bytes: number) => string {
  return (bytes) =>
    grow(`${PLAN_HEAD}1.完善专项规划编制工作。\n责任单位：`, (k) => (k > 0 ? separator : '') + unitName(k), '\n完成时限：2025年12月底前\n', bytes);
}

export const SHAPES: readonly Shape[] = [
  { name: 'field value: a run of 、 items', file: 'run.txt', make: fieldRun('、') },
  { name: 'field value: a run of ， items', file: 'run.txt', make: fieldRun('，') },
  {
    name: 'quantities in one task',
    file: 'quantities.txt',
    make: (bytes) =>
      grow(`${PLAN_HEAD}1.全年`, (k) => `${k > 0 ? '，' : ''}完成改造${(k % 97) + 3}${UNITS_OF_MEASURE[k % UNITS_OF_MEASURE.length]}`, '。（责任单位：区住建局；完成时限：2025年底）\n', bytes),
  },
  {
    name: 'a listed sum (总…其中…)',
    file: 'sum.txt',
    make: (bytes) =>
      grow(`${PLAN_HEAD}1.实施重点项目，总投资1200亿元，其中`, (k) => `${k > 0 ? '、' : ''}${unitName(k)}项目${(k % 90) + 10}亿元`, '。（责任单位：区发改委）\n', bytes),
  },
  {
    name: 'a run-together table (document-sharing site): many rows of text then owners',
    file: 'fused.txt',
    make: (bytes) => grow('序号项目名称主要内容分管领导牵头单位配合单位', (k) => `${k + 1}建设项目${hanWords(k).slice(0, 10)}。王建国${unitName(k)}${unitName(k + 1)}`, '', bytes),
  },
  {
    name: 'a run-together table with one row of endless sentences, each followed by unit-like text',
    file: 'fused-row.txt',
    make: (bytes) => grow('序号工作任务责任单位完成时限1', (k) => `完成${hanWords(k).slice(0, 6)}。各街道${unitName(k)}`, '。区财政局2启动项目。区财政局', bytes),
  },
  {
    name: 'a duty list’s heading of bodies joined by 、 before its duties (（一）A、B、…。负责…)',
    file: 'duty.txt',
    make: (bytes) => grow(`${PLAN_HEAD}（一）`, (k) => (k > 0 ? '、' : '') + unitName(k), '。负责组织实施。\n', bytes),
  },
  {
    name: 'whitespace in the title line',
    file: 'title.txt',
    make: (bytes) => grow('2021年某区文化广电和旅游局', (k) => (k % 7 === 6 ? '　' : ' '), '工作方案\n\n一、工作目标\n建设文明城市。\n二、重点任务\n1.完善专项规划编制工作。（责任单位：区文化局）\n', bytes),
  },
  {
    name: 'a clause naming units joined by 和 with no verb after them',
    file: 'subject.txt',
    make: (bytes) => grow(`${PLAN_HEAD}1.`, (k) => (k > 0 ? '和' : '') + unitName(k), '·区局负责组织实施。\n', bytes),
  },
  {
    name: 'an owner value of names joined by 及 that end like no organisation',
    file: 'and.txt',
    make: (bytes) => grow(`${PLAN_HEAD}1.完善专项规划编制工作。\n责任单位：`, (k) => `${k > 0 ? '及' : ''}${unitName(k)}工作`, '\n', bytes),
  },
  {
    name: 'an owner line after the last item, padded with white space before a second sentence',
    file: 'padded.txt',
    make: (bytes) => grow(`${PLAN_HEAD}（一）规划\n1.完善专项规划编制工作。\n2.推进重点项目建设。\n责任单位：区文化局`, (k) => (k % 5 === 4 ? '\u3000' : ' '), '。另行通知\n', bytes),
  },
  {
    name: 'markdown pipe-table rows',
    file: 'table.md',
    // remark alone takes seconds and 600 MB on a megabyte of table rows: the growth is measured from 30 KB to 300 KB.
    largest: 300_000,
    make: (bytes) =>
      grow(
        '# 工作方案\n\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n',
        (k) => `| ${k + 1} | 完成第${k + 1}批老旧小区改造${(k % 50) + 1}个 | ${unitName(k)} | 2025年${(k % 12) + 1}月底前 |\n`,
        '',
        bytes,
      ),
  },
  {
    name: 'html table cell holding a run of 、 items',
    file: 'cell.html',
    make: (bytes) =>
      grow(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作方案</title></head><body><h1>工作方案</h1><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr><tr><td>1</td><td>完善专项规划编制工作</td><td>',
        (k) => (k > 0 ? '、' : '') + unitName(k),
        '</td><td>2025年12月底前</td></tr></table></body></html>\n',
        bytes,
      ),
  },
  {
    name: 'a plan naming many units, its 附表 restating each task and one row restating them all',
    file: 'units.txt',
    make: (bytes) => {
      // Half the size for the body, half for the 附表 rewording it row by row (its own words: the
      // items stay); every body task also carries the phrase of the table's first row, which so restates them all.
      const shared = '全面推进城乡提质工程建设';
      const body: string[] = [];
      const rows = [`1\t${shared}\t王某\t区政府\n`];
      let size = 0;
      for (let k = 0; size < bytes; k++) {
        const words = hanWords(k);
        // Items numbered 1–100 under groups （1）（2）…, as long plans do: labels stay short.
        const group = k % 100 === 0 ? `（${k / 100 + 1}）第${k / 100 + 1}组任务\n` : '';
        const line = `${group}${(k % 100) + 1}.${words}，${shared}。（责任领导：陈某；责任单位：${unitName(k)}、${unitName(k + 1)}）\n`;
        const row = `${k + 2}\t${words.slice(0, 15)}，${shared}\t陈某\t${unitName(k)}\n`;
        body.push(line);
        rows.push(row);
        size += Buffer.byteLength(line) + Buffer.byteLength(row);
      }
      return `${PLAN_HEAD}${body.join('')}附件\n重点工作清单\n序号\t工作任务\t责任领导\t责任单位\n${rows.join('')}`;
    },
  },
  {
    name: 'a 附表 whose rows all open with the words every body task opens with',
    file: 'opening.txt',
    make: (bytes) => {
      // 加快推进重点项目建设 opens every item and every row: only the words after it tell which row restates which item.
      const opening = '加快推进重点项目建设，';
      const body: string[] = [];
      const rows: string[] = [];
      let size = 0;
      for (let k = 0; size < bytes; k++) {
        const words = hanWords(k);
        const group = k % 100 === 0 ? `（${k / 100 + 1}）第${k / 100 + 1}组任务\n` : '';
        const line = `${group}${(k % 100) + 1}.${opening}${words}。\n`;
        const row = `${k + 1}\t${opening}${words.slice(0, 12)}\t${unitName(k)}\n`;
        body.push(line);
        rows.push(row);
        size += Buffer.byteLength(line) + Buffer.byteLength(row);
      }
      return `${PLAN_HEAD}${body.join('')}附件\n重点工作清单\n序号\t工作任务\t责任单位\n${rows.join('')}`;
    },
  },
];
