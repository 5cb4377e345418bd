import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/format.js';

describe('formatMessage', () => {
  const message = { zh: '任务 {task} 缺少{field}（{task}）', en: 'task {task} has no {field}' };

  it('fills every placeholder, each time it is written, in the language asked for', () => {
    expect(formatMessage(message, 'zh', { task: '3', field: '责任单位' })).toBe('任务 3 缺少责任单位（3）');
    expect(formatMessage(message, 'en', { task: 3, field: 'owner' })).toBe('task 3 has no owner');
  });

  it('leaves a placeholder without data as written, and a template without any as it is', () => {
    expect(formatMessage(message, 'en', { task: 'T1' })).toBe('task T1 has no {field}');
    expect(formatMessage({ zh: '无', en: 'none {}' }, 'en')).toBe('none {}');
  });
});
