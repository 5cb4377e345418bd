import { SaxesParser } from 'saxes';
import { GENERATOR_NAME, WORKBOOK_PROPERTIES } from '../model/constants.js';
import { unzipEntries, xmlIsSafe } from './archive.js';

const CUSTOM_PART = 'docProps/custom.xml';

/**
 * The custom properties of an Office package (docProps/custom.xml), name →
 * text; empty when it has none or is not a package that can be read.
 */
export function customProperties(bytes: Uint8Array): Map<string, string> {
  const properties = new Map<string, string>();
  let xml: string;
  try {
    const part = unzipEntries(bytes, (name) => name === CUSTOM_PART).get(CUSTOM_PART);
    if (!part) return properties;
    xml = new TextDecoder().decode(part);
  } catch {
    return properties;
  }
  if (!xmlIsSafe(xml)) return properties;
  // <property name="…"><vt:lpwstr>text</vt:lpwstr></property>: the property's text is its one value.
  const parser = new SaxesParser({ xmlns: false, position: false });
  let name: string | null = null;
  let value = '';
  parser.on('opentag', (tag) => {
    if (tag.name !== 'property') return;
    name = typeof tag.attributes.name === 'string' ? tag.attributes.name : null;
    value = '';
  });
  parser.on('text', (text) => {
    if (name !== null) value += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name !== 'property' || name === null) return;
    properties.set(name, value);
    name = null;
  });
  try {
    parser.write(xml).close();
  } catch {
    return new Map();
  }
  return properties;
}

/** A workbook planlint wrote: its generator property names planlint. */
export function writtenByPlanlint(bytes: Uint8Array): boolean {
  return customProperties(bytes).get(WORKBOOK_PROPERTIES.generator)?.startsWith(GENERATOR_NAME) === true;
}
