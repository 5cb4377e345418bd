/** Encoders for legacy encodings and the ways text gets misread, for tests (the runtime only decodes them). */

/** Encodes text in a legacy double-byte encoding by inverting the runtime's decoder. */
export function legacyEncoder(encoding: string): (text: string) => Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else out.push(...(table.get(ch) ?? [0x3f]));
    }
    return Uint8Array.from(out);
  };
}

/** Windows-1252's characters for the bytes 0x80–0x9F (five of them undefined, kept as their C1 code points). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Bytes read as Windows-1252, the way a tool that assumed a Western encoding shows them. */
export function misreadAsWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** Bytes read as ISO Latin-1 proper: every byte the code point of its value (C1 controls included). */
export function misreadAsLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}
