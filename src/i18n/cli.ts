import type { Message } from './format.js';

/** Everything the command line says to a person, in both languages. */
export const CLI_MESSAGES = {
  location: { zh: '位置', en: 'Location' },
  severity: { zh: '级别', en: 'Severity' },
  task: { zh: '任务', en: 'Task' },
  problem: { zh: '问题', en: 'Problem' },
  rule: { zh: '规则', en: 'Rule' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  summary: {
    zh: '共 {problems} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示），{documents} 个文件，{tasks} 项任务',
    en: '{problems} problems ({errors} errors, {warnings} warnings, {infos} infos) in {documents} files, {tasks} tasks',
  },
  clean: { zh: '未发现问题：{documents} 个文件，{tasks} 项任务', en: 'No problems: {documents} files, {tasks} tasks' },
  fileError: { zh: '无法处理：{message}', en: 'could not be processed: {message}' },
  fileWarning: { zh: '注意：{message}', en: 'note: {message}' },
  missingInput: { zh: '找不到文件：{path}', en: 'no such file or no match: {path}' },
  noInputs: { zh: '没有要检查的文件（支持 {extensions}）', en: 'no files to check (supported: {extensions})' },
  tooManyWarnings: {
    zh: '警告数 {warnings} 超过 --max-warnings {max}',
    en: '{warnings} warnings exceed --max-warnings {max}',
  },
  number: { zh: '序号', en: 'No.' },
  leaders: { zh: '责任领导', en: 'Leaders' },
  units: { zh: '责任单位', en: 'Units' },
  partners: { zh: '配合单位', en: 'Partners' },
  deadline: { zh: '完成时限', en: 'Deadline' },
  targets: { zh: '量化指标', en: 'Targets' },
  noTasks: { zh: '未识别出任务', en: 'no tasks found' },
  wrote: { zh: '已写入 {file}', en: 'wrote {file}' },
  wroteLedgers: { zh: '已写入 {count} 个台账到 {dir}', en: 'wrote {count} ledgers to {dir}' },
  listedFailures: { zh: '未能处理的文件列于 {file}', en: 'the files that failed are listed in {file}' },
  configWritten: { zh: '已创建 {file}', en: 'created {file}' },
  configExists: { zh: '{file} 已存在，未覆盖', en: '{file} exists; not overwritten' },
  outputIsInput: { zh: '输出文件 {file} 是输入文件之一，已拒绝写入', en: 'output {file} is one of the inputs; refusing to write' },
  outputNotAFile: {
    zh: '输出 {file} 是文件夹、块设备或套接字，不能写入，已拒绝',
    en: 'output {file} is a folder, a block device or a socket; refusing to write',
  },
  noFilesIn: {
    zh: '{path} 中没有可检查的文件（支持的类型：{extensions}；被忽略或跳过的文件：{skipped} 个）',
    en: 'no files to check in {path} (supported: {extensions}; ignored or skipped: {skipped})',
  },
  skippedOwnOutput: {
    zh: '已跳过 {file}：这是 planlint 生成的台账（如需检查，请直接指定该文件）',
    en: 'skipped {file}: a ledger written by planlint (name the file itself to check it)',
  },
  nothingChecked: { zh: '未检查任何文件', en: 'no files were checked' },
  unmatchedInputs: { zh: '另有 {count} 个输入没有找到文件', en: '{count} more inputs matched no file' },
  quietHidden: {
    zh: '--quiet 未显示 {warnings} 个警告、{infos} 个提示',
    en: '--quiet hid {warnings} warnings and {infos} infos',
  },
  quietClean: { zh: '未发现错误：{documents} 个文件，{tasks} 项任务', en: 'No errors: {documents} files, {tasks} tasks' },
  stdinWithPaths: {
    zh: '--stdin 从标准输入读取文档，不能同时指定文件（{paths}）',
    en: '--stdin reads the document from standard input; do not name files as well ({paths})',
  },
  stdinFilenameAlone: { zh: '--stdin-filename 只能与 --stdin 一起使用', en: '--stdin-filename applies only with --stdin' },
  badAsOf: {
    zh: '--as-of 应为实际存在的日期，格式 YYYY-MM-DD（收到 {value}）',
    en: '--as-of expects a real day as YYYY-MM-DD (got {value})',
  },
  unknownRuleOptions: {
    zh: 'rules.{rule}：没有选项 {options}（此规则的选项：{allowed}）',
    en: 'rules.{rule}: no option {options} (this rule’s options: {allowed})',
  },
  badRuleOptions: { zh: 'rules.{rule}：选项不正确：{detail}', en: 'rules.{rule}: bad options: {detail}' },
  none: { zh: '无', en: 'none' },
} satisfies Record<string, Message>;

export type CliMessageId = keyof typeof CLI_MESSAGES;
