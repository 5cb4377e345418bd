import { describe, expect, it } from 'vitest';
import { leadOf, type LeadOwner } from '../../src/extract/lead.js';
import type { DraftField } from '../../src/extract/draft.js';

const field = (role: DraftField['role'], label: string, value: string): DraftField => ({ role, label, value, index: 0, form: 'inline' });
const brief = (owners: readonly LeadOwner[]) => owners.map((o) => `${o.written}:${o.kind}${o.person ? `:${o.person}` : ''}`);

describe('leadOf', () => {
  it('classifies units: named, masked, collective, vague, redacted', () => {
    const lead = leadOf({ leaders: [], units: ['县文化局', '××縣建設局', '各村', '街道', '各有關單位', '市直各有关单位', '村', '*'], partners: [] }, [field('unit', '责任单位', '')]);
    expect(brief(lead.units)).toEqual([
      '县文化局:named',
      '××縣建設局:masked',
      '各村:collective',
      '街道:collective',
      '各有關單位:vague',
      '市直各有关单位:vague',
      '村:vague',
      '*:redacted',
    ]);
  });

  it('reads leaders: names without padding or titles; posts, placeholders and masks are not names', () => {
    const lead = leadOf({ leaders: ['陈忠新', '陈凯', '王伟局长', '张华（副局长）', '分管副局长', '局长', '主要负责人', '相关领导', '陈*', '某某', '*'], units: [], partners: [] }, []);
    expect(brief(lead.leaders)).toEqual([
      '陈忠新:named:陈忠新',
      '陈凯:named:陈凯',
      '王伟局长:named:王伟',
      '张华（副局长）:named:张华',
      '分管副局长:title',
      '局长:title',
      '主要负责人:title',
      '相关领导:vague',
      '陈*:masked',
      '某某:redacted',
      '*:redacted',
    ]);
    expect(lead.leaders[2].key).toBe('王伟');
  });

  it('takes 牵头 and 配合 marks off unit names', () => {
    const lead = leadOf({ leaders: [], units: ['县文化局牵头', '各有关单位配合'], partners: [] }, [field('unit', '责任单位', '')]);
    expect(brief(lead.units)).toEqual(['县文化局:named']);
    expect(brief(lead.partners)).toEqual(['各有关单位:vague']);
    expect(lead.marked).toEqual({ leaders: false, units: true });
    expect(leadOf({ leaders: [], units: ['县文化局（牵头）', '县财政局'], partners: [] }, []).marked.units).toBe(true);
  });

  it('reads a 牵头 label as marking the lead, for units and leaders apart', () => {
    expect(leadOf({ leaders: ['陈某'], units: ['县文化局', '县财政局'], partners: [] }, [field('unit', '牵头单位', ''), field('leader', '责任领导', '')]).marked).toEqual({
      leaders: false,
      units: true,
    });
    expect(leadOf({ leaders: ['陈某', '王某'], units: [], partners: [] }, [field('leader', '牽頭領導', '')]).marked).toEqual({ leaders: true, units: false });
  });

  it('keeps only owner fields', () => {
    const lead = leadOf({ leaders: [], units: ['县文化局'], partners: [] }, [field('deadline', '完成时限', '2021年'), field('unit', '责任单位', '县文化局')]);
    expect(lead.fields.map((f) => f.label)).toEqual(['责任单位']);
  });
});
