import { readFileSync } from 'node:fs';
import { readMarkdown } from '../src/read/markdown.js';
const r = await readMarkdown(readFileSync('fixtures/formats/004.md'), { fileName: '004.md' });
const norm = (s: string) => s.replace(/\s+/g, '');
const lines = readFileSync('fixtures/004_ddf377d826d8cb0f.txt', 'utf8').split('\n').map(norm).filter(Boolean);
const blocks = r.blocks.map(b => norm(b.text));
console.log(lines.length, blocks.length);
for (let i = 0; i < Math.max(lines.length, blocks.length); i++) if (lines[i] !== blocks[i]) console.log(i, lines[i]?.slice(0, 40), '|', blocks[i]?.slice(0, 40));
