import * as XLSX from 'xlsx';
import fs from 'node:fs';
for (const f of ['tasks.ods','tasks.xlsx']) {
const wb = XLSX.read(fs.readFileSync('fixtures/sheets/'+f), {type:'buffer', cellDates:true, dense:true, dateNF:'yyyy/m/d'});
const d = wb.Sheets['任务表']['!data'];
console.log(f, JSON.stringify(d[2][5]), JSON.stringify(d[4][5]), JSON.stringify(d[6][5]), JSON.stringify(d[2][0]));
console.log(XLSX.SSF.format('General', 0.1+0.2), XLSX.SSF.format('General', 2019.0000001), XLSX.SSF.format('General', 123456789012), XLSX.SSF.format('General', 0.000012345));
}
