/** The roster of a 领导小组: role labels and the words that make a token a job title. */

export const ROSTER_ROLES: readonly string[] = [
  '组长', '副组长', '常务副组长', '执行组长', '成员', '组员', '主任', '副主任', '常务副主任', '顾问', '秘书长',
  '副秘书长', '办公室主任', '联络员', '总指挥', '副总指挥', '指挥长', '副指挥长',
];

/** A token ending with one of these is a job title, not a name. */
export const JOB_TITLE_ENDINGS: readonly string[] = [
  '局长', '主任', '书记', '负责人', '科长', '股长', '馆长', '院长', '站长', '所长', '处长', '部长', '县长',
  '区长', '市长', '镇长', '乡长', '主席', '委员', '成员', '同志', '经理', '校长', '队长', '组长', '秘书',
  '专员', '调研员', '干部', '副书记', '团长', '社长', '总监', '会长', '理事长', '厅长', '行长', '主管',
];
