/**
 * A plugin as a user writes one: a plain module, no import of planlint,
 * whose one rule (`id`) reports every task. `exportAs` picks how it exports
 * its rules: `export const rules` or `export default { rules }`.
 */
export function pluginModule({ id = 'acme/has-task', exportAs = 'named' }: { id?: string; exportAs?: 'named' | 'default' } = {}): string {
  const rule = `{
  id: '${id}',
  severity: 'info',
  docs: { zh: '每项任务', en: 'Every task' },
  messages: { task: { zh: '任务“{title}”', en: 'Task “{title}”' } },
  check({ doc }, report) {
    for (const task of doc.tasks) report({ messageId: 'task', task, data: { title: task.title } });
  },
}`;
  return exportAs === 'named' ? `export const rules = [${rule}];\n` : `export default { rules: [${rule}] };\n`;
}
