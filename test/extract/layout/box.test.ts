import { describe, expect, it } from 'vitest';
import { recoverLayout } from '../../../src/extract/layout/index.js';
import { textToBlocks } from '../../../src/read/text.js';
import { table, tasksOf } from './recovered.js';

/** Lines as pages leave them: runs of spaces collapsed, so no column lines up with the one above. */
const lines = (...rows: string[]) => rows.join('\n');

describe('box-drawing tables (text pages that draw cells with ┌ ┬ ┐ │ ├ ┼ ┤ └ ┴ ┘ ─)', () => {
  it('lines are read as │-separated segments, one per column, however the columns drifted', () => {
    const text = lines(
      '┌──────────┬────┬──────┐',
      '│重点任务 │责任单位│完成时限│',
      '├──────────┼────┼──────┤',
      '│建成社区养老服务站12个 │区民政局│6月底前│',
      '└──────────┴────┴──────┘',
    );
    expect(table(text)).toEqual([
      ['重点任务', '责任单位', '完成时限'],
      ['建成社区养老服务站12个', '区民政局', '6月底前'],
    ]);
  });

  it('a header cell wrapped over two lines joins without a break (责任领 + 导 → 责任领导)', () => {
    const text = lines(
      '┌──────────┬───┬──────┐',
      '│ 工 作 任 务 │责任领│牵头单位│',
      '│ │ 导 │ │',
      '├──────────┼───┼──────┤',
      '│改造老旧小区30个 │王建国│区住建局│',
      '└──────────┴───┴──────┘',
    );
    expect(table(text)[0]).toEqual(['工 作 任 务', '责任领导', '牵头单位']);
  });

  it('a rule segment closes the cell of its own column only: the cells beside it span on, merged into the next rows', () => {
    const text = lines(
      '┌──────────┬───┬──────┐',
      '│主要任务 │分管领导│完成时限│',
      '├──────────┼───┼──────┤',
      '│推进城区雨污分流改造 │李红梅│年底前│',
      '├──────────┤ │ │',
      '│新建污水管网15公里 │ │ │',
      '└──────────┴───┴──────┘',
    );
    expect(table(text).slice(1)).toEqual([
      ['推进城区雨污分流改造', '李红梅', '年底前'],
      ['新建污水管网15公里', '^李红梅', '^年底前'],
    ]);
  });

  it('a line that fills its column was wrapped and goes on without a break; a shorter line ends the text', () => {
    const text = lines(
      '┌────────────┬────────┐',
      '│工作措施 │牵头单位 │',
      '├────────────┼────────┤',
      '│完善农村生活垃圾收运处置体│县城管局、县生态│',
      '│系,实现行政村全覆盖 │环境分局 │',
      '│1.每季度开展一次督查 │ │',
      '└────────────┴────────┘',
    );
    expect(table(text)[1]).toEqual(['完善农村生活垃圾收运处置体系,实现行政村全覆盖\n1.每季度开展一次督查', '县城管局、县生态环境分局']);
  });

  it('owner names listed one per line keep their line breaks', () => {
    const text = lines(
      '┌────────────┬──────┐',
      '│工作任务 │责任单位│',
      '├────────────┼──────┤',
      '│开展食品安全专项整治 │县市场监管局│',
      '│ │县公安局 │',
      '└────────────┴──────┘',
    );
    expect(table(text)[1][1]).toBe('县市场监管局\n县公安局');
  });

  it('a task cell of several bulleted items is several rows, each taking the owner cell its own lines overlap', () => {
    const text = lines(
      '┌──────────────┬────────┬────┐',
      '│工作任务 │牵头单位 │完成时限│',
      '├──────────────┼────────┼────┤',
      '│▲加快建设智慧停车平台,推进城区│市交通局 │年内完成│',
      '│停车泊位联网 ├────────┤ │',
      '│▲整治占道经营,规范沿街店铺 │市城管局 │ │',
      '│▲清理“僵尸车”,畅通消防通道 │ │ │',
      '└──────────────┴────────┴────┘',
    );
    expect(table(text).slice(1)).toEqual([
      ['▲加快建设智慧停车平台,推进城区停车泊位联网', '市交通局', '年内完成'],
      ['▲整治占道经营,规范沿街店铺', '市城管局', '^年内完成'],
      ['▲清理“僵尸车”,畅通消防通道', '^市城管局', '^年内完成'],
    ]);
  });

  it('a row written across every column is a section row: its text in the first column, the others spanned', () => {
    const text = lines(
      '┌──┬──────────┬──────┐',
      '│序号│工作任务 │责任单位│',
      '├──┼──────────┼──────┤',
      '│一、城市更新 │',
      '├──┬──────────┬──────┤',
      '│1 │改造背街小巷20条 │区住建局│',
      '└──┴──────────┴──────┘',
    );
    expect(table(text).slice(1)).toEqual([
      ['一、城市更新', '^', '^'],
      ['1', '改造背街小巷20条', '区住建局'],
    ]);
  });

  it('the ASCII form (+---+ rules, | between cells) reads the same way', () => {
    const text = lines(
      '+----------+------+------+',
      '| 工作任务 | 责任单位 | 完成时限 |',
      '+----------+------+------+',
      '| 建设5G基站300个 | 市工信局 | 9月底前 |',
      '+----------+ | |',
      '| 推进千兆光网进小区 | | |',
      '+----------+------+------+',
    );
    expect(table(text).slice(1)).toEqual([
      ['建设5G基站300个', '市工信局', '9月底前'],
      ['推进千兆光网进小区', '^市工信局', '^9月底前'],
    ]);
  });

  it('the double-line form (╔ ╦ ╗ ║ ╠ ╬ ╣ ═) reads the same way', () => {
    const text = lines(
      '╔══════════╦══════╗',
      '║整改措施 ║责任单位║',
      '╠══════════╬══════╣',
      '║清理违规收费项目 ║县发改局║',
      '╚══════════╩══════╝',
    );
    expect(table(text)).toEqual([
      ['整改措施', '责任单位'],
      ['清理违规收费项目', '县发改局'],
    ]);
  });

  it('a box with no task header (an index of contents) passes through as its lines', () => {
    const blocks = recoverLayout(textToBlocks(lines('┌────┬────┐', '│索引号│001 │', '└────┴────┘')).blocks);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('a lone stroke on a line of its own draws no cell: the lines pass through', () => {
    const blocks = recoverLayout(textToBlocks('│\n一、工作目标\n┌').blocks);
    expect(blocks.map((b) => b.text)).toEqual(['│', '一、工作目标', '┌']);
  });

  it('end to end: every bulleted row is a task with the leader, unit and deadline of the cells its lines overlap', async () => {
    const text = lines(
      '2023年城区环境整治任务分解表',
      '┌──────────────┬───┬────────┬────┐',
      '│工作任务 │分管领│牵头单位 │完成时限│',
      '│ │ 导 │ │ │',
      '├──────────────┼───┼────────┼────┤',
      '│△开展城区河道清淤,恢复河道行洪│赵立新│区水利局、区│6月底前 │',
      '│能力 │ │城管局 │ │',
      '│ │ ├────────┤ │',
      '│△整治城中村环境卫生 │ │各街道办事处 │ │',
      '└──────────────┴───┴────────┴────┘',
    );
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => [t.owners.leaders, t.owners.units, t.deadline?.end])).toEqual([
      [['赵立新'], ['区水利局', '区城管局'], '2023-06-30'],
      [['赵立新'], ['各街道办事处'], '2023-06-30'],
    ]);
  });
});
