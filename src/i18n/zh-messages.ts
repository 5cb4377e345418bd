/**
 * Chinese for the English messages of the readers, the config loader, the
 * option parser and the operating system, matched by pattern; `$1`… are the
 * parts kept (file names, sizes, option names). Data only: translate.ts
 * applies it. A message no pattern matches is said by its code instead
 * (FILE_ERROR_BY_CODE), so no English reaches a clerk in --lang zh.
 */
export type Translation = readonly [RegExp, string];

export const FILE_ERRORS: readonly Translation[] = [
  [/^the file is empty$/, '文件是空的'],
  [/^the file has no text$/, '文件中没有文字'],
  [/no cells with content/, '表格中没有内容'],
  [/^no such file$/, '文件不存在'],
  [/^permission denied$/, '没有读取权限'],
  [/^is a directory$/, '这是文件夹，不是文件'],
  [/^too many open files$/, '同时打开的文件过多，请减少一次处理的文件数'],
  [/^this is a PDF file/, '这是 PDF 文件：planlint 读取 Word、表格、Markdown、网页和文本，请先将 PDF 导出为 Word 或文本'],
  [/password-protected|encrypted/, '文件设有密码（已加密）：请另存一份不加密的副本'],
  [/^not a text document \(binary content\)$/, '不是文本文档（二进制内容）'],
  [/^a ZIP archive that is neither/, '这是压缩包，但不是 Word 或表格文件'],
  [/^the file is named \.(\w+) \(.*\) but holds (.*?):/, '文件扩展名是 .$1，但内容不是该格式：请用原程序重新保存，或改用与内容相符的扩展名'],
  [/^file is (\S+), above the (\S+) limit/, '文件大小 $1，超过上限 $2（--max-file-size）'],
  [/^archive expands to more than (\S+)/, '压缩包解压后超过 $1，已拒绝（疑似压缩炸弹）'],
  [/^archive has (\d+) entries/, '压缩包内有 $1 个文件，超过上限，已拒绝'],
  [/^archive entry (\S+) expands to (\S+)/, '压缩包内的 $1 解压后为 $2，超过上限，已拒绝'],
  [/compression ratio/, '压缩比异常（疑似压缩炸弹），已拒绝'],
  [/^a table spans (\d+) rows × (\d+) columns/, '表格有 $1 行 × $2 列，超过上限，已拒绝'],
  [/^unknown encoding "([^"]*)"/, '未知编码“$1”（可用 utf-8、gb18030、gbk、big5、utf-16le、utf-16be）'],
  [/^not a valid Word \.docx file: it is an OLE compound file/, '不是有效的 .docx 文件：这是旧版 Word 97–2003 文件（.doc）被改了扩展名'],
  [/^not a valid Word \.docx file/, '不是有效的 Word（.docx）文件：文件已损坏'],
  [/^not a valid Word \.doc file/, '不是有效的 Word（.doc）文件：文件已损坏'],
  [/^not a valid (ZIP archive|Office file)/, '文件已损坏：不是有效的 Office 文件'],
  [/^the spreadsheet is damaged/, '表格文件已损坏，或不是表格文件'],
  [/uses compression method/, '压缩包使用了不支持的压缩方式'],
  [/too complex|time budget|time limit/, '文件过于复杂，超出处理时限，已跳过'],
];

/** By ReadError code, for a message no pattern knows. */
export const FILE_ERROR_BY_CODE: Readonly<Record<string, string>> = {
  unreadable: '无法读取文件',
  empty: '文件是空的',
  binary: '不是文本文档（二进制内容）',
  'too-large': '文件过大，已拒绝',
  unsupported: '不支持的文件格式',
  corrupt: '文件已损坏',
  encrypted: '文件设有密码（已加密）',
  encoding: '无法识别文件编码',
};
export const FILE_ERROR_UNKNOWN = '无法读取文件';

export const FILE_WARNINGS: readonly Translation[] = [
  [/^sheet "(.*)" repeats rows of sheet "(.*)" and was skipped$/, '工作表“$1”重复了工作表“$2”的行，已跳过'],
  [/^hidden sheet "(.*)" was skipped$/, '隐藏的工作表“$1”已跳过'],
  [/^only hidden sheets have content; read (.*)$/, '只有隐藏的工作表有内容，已读取 $1'],
  [/^LibreOffice could not convert the file/, 'LibreOffice 未能转换该文件，已按纯文本读取'],
  [/LibreOffice/, '未安装 LibreOffice：.doc 文件按纯文本读取，表格和编号可能不完整'],
  [/^table (\d+): (\d+) row\(s\) have fewer cells/, '表 $1：有 $2 行的单元格比其他行少（合并单元格？），这些单元格可能错列'],
  [/^the text was (\S+) misread as Latin-1/, '文本是被误当作西文编码读取的 $1 乱码（如“ÔðÈÎ”），已还原为中文'],
];
export const FILE_WARNING_UNKNOWN = '读取时有内容未能完整读出';

/** Messages of the command line's own checks and of the option parser (commander). */
export const USAGE_ERRORS: readonly Translation[] = [
  [/^(?:error: )?unknown option '([^']*)'(?:\s*\(Did you mean (\S+)\?\))?/, '未知选项 $1'],
  [/^(?:error: )?unknown command '([^']*)'/, '未知命令 $1'],
  [/^(?:error: )?missing required argument '([^']*)'/, '缺少参数 $1'],
  [/^(?:error: )?option '([^']*)' argument missing/, '选项 $1 缺少取值'],
  [/^(?:error: )?too many arguments/, '参数过多'],
  [/^(?:error: )?option '([^']*)' argument '([^']*)' is invalid/, '选项 $1 的取值 $2 不正确'],
  [/^--lang must be zh or en$/, '--lang 的取值应为 zh 或 en'],
  [/^(--[\w-]+) must be one of (.*)$/, '$1 的取值应为以下之一：$2'],
  [/^(--[\w-]+) must be (.*)$/, '$1 的取值应为 $2'],
  [/^(--[\w-]+) expects a whole number of at least (\d+)$/, '$1 应为不小于 $2 的整数'],
  [/^(--[\w-]+) expects a whole number$/, '$1 应为整数'],
  [/^(--[\w-]+) expects a number of megabytes$/, '$1 应为兆字节数'],
  [/^give either -o or --out-dir, not both$/, '-o 与 --out-dir 只能选一个'],
  [/^--out-dir writes one Excel ledger per input/, '--out-dir 为每个输入写一个 Excel 台账（--format xlsx）'],
  [/^--by-owner applies to the Excel ledger/, '--by-owner 只用于 Excel 台账（--format xlsx）'],
  [/^an Excel ledger is written to a file/, 'Excel 台账须写入文件：请用 -o 台账.xlsx 或 --out-dir 目录'],
  [/^--rule expects id=level, got "(.*)"$/, '--rule 的格式应为 规则=级别（收到“$1”）'],
  [/^--rule (\S+): unknown rule/, '--rule $1：没有这条规则（运行 planlint rules 查看全部规则）'],
  [/^--rule (\S+): level must be one of (.*?)(?: \(warn = warning\))?$/, '--rule $1：级别应为 $2'],
  [/^unknown rule "?([^"\s]*)"?/, '没有规则 $1'],
];
export const USAGE_UNKNOWN = '命令用法有误，运行 planlint --help 查看用法';

export const CONFIG_ERRORS: readonly Translation[] = [
  [/^cannot read the config file$/, '无法读取配置文件'],
  [/^not valid JSON/, '不是有效的 JSON'],
  [/^unknown key (.*?) \(allowed: (.*)\)$/, '未知的配置项 $1（可用：$2）'],
  [/^(rules\.[^:]+): expected one of/, '$1：级别应为 off、info、warning 或 error，或 [级别, {选项}]'],
  [/^(extends[^:]*): expected (.*)$/, '$1：应为 $2'],
];
export const CONFIG_UNKNOWN = '配置内容不正确';

/** The operating system's error codes, for files planlint writes. */
export const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  EACCES: '没有写入权限',
  EPERM: '没有权限',
  ENOSPC: '磁盘空间不足',
  EROFS: '文件系统只读，不能写入',
  ENOTDIR: '路径中有一段不是文件夹',
  ENOENT: '路径不存在',
  EISDIR: '这是文件夹，不是文件',
  EEXIST: '文件已存在',
  EMFILE: '同时打开的文件过多',
  EDQUOT: '磁盘配额已满',
  EIO: '读写出错（磁盘或网络故障）',
};
