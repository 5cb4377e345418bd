import { Zip, type ZipInputFile } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { crc32Combine } from './crc32.js';

/** zlib level 3: half the time of the default 6 on sheet XML, for a file 9% larger. */
const DEFLATE_LEVEL = 3;
/** Text gathered before it is compressed, in UTF-16 code units (~190 KB of UTF-8 Chinese). */
const SEGMENT_CHARS = 1 << 16;

/**
 * Text compressed as it comes: zlib (native, several times faster than a
 * JavaScript deflate) compresses each segment, flushed to a byte boundary
 * so that segments, and runs of them, join into one deflate stream. Only
 * the compressed bytes are kept, with the CRC and length of the text.
 */
export class DeflatedText {
  readonly chunks: Array<ReturnType<typeof deflateRawSync>> = [];
  crc = 0;
  size = 0;
  private pending: Array<string | Uint8Array> = [];
  private pendingChars = 0;
  /** The deflate stream is finished: nothing can follow it. */
  private ended = false;

  static of(content: string | Uint8Array): DeflatedText {
    const text = new DeflatedText();
    text.write(content);
    return text;
  }

  write(content: string | Uint8Array): void {
    if (this.ended) throw new Error('zip: text added after its entry ended');
    this.pending.push(content);
    this.pendingChars += content.length;
    if (this.pendingChars >= SEGMENT_CHARS) this.flush();
  }

  /**
   * The parts as one text compressed in one call, when none of them has
   * been compressed yet: a small sheet's head, rows and tail then cost one
   * zlib stream, not three. Null when some part is compressed already.
   */
  static joined(parts: readonly DeflatedText[]): DeflatedText | null {
    if (parts.some((part) => part.ended || part.chunks.length > 0)) return null;
    const text = new DeflatedText();
    for (const part of parts) for (const piece of part.pending) text.write(piece);
    return text;
  }

  /** End the stream unless it has ended: a part compressed once and kept, written in many packages. */
  end(): this {
    return this.ended ? this : this.flush(true);
  }

  /** Compress what is pending; `final` ends the deflate stream (the last part of an entry). */
  flush(final = false): this {
    if (this.ended) throw new Error('zip: an entry ended twice');
    if (this.pending.length === 0 && !final) return this;
    this.ended = final;
    const data = Buffer.concat(this.pending.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)));
    this.pending = [];
    this.pendingChars = 0;
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    this.chunks.push(deflateRawSync(data, { level: DEFLATE_LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
    return this;
  }
}

/** A zip package written entry by entry from compressed parts; fflate lays out the archive. */
export class PackageWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });

  /** An entry made of parts in order; each is flushed here, the last one as the end of the stream. */
  add(path: string, parts: readonly DeflatedText[]): void {
    if (parts.length === 0) parts = [new DeflatedText()];
    if (parts.length > 1) parts = [DeflatedText.joined(parts) ?? parts].flat();
    const file: ZipInputFile = { filename: path, size: 0, crc: 0, compression: 8 };
    this.zip.add(file);
    parts.forEach((part, k) => (k === parts.length - 1 ? part.end() : part.flush()));
    for (const part of parts) {
      file.crc = crc32Combine(file.crc, part.crc, part.size);
      file.size += part.size;
    }
    const chunks = parts.flatMap((part) => part.chunks);
    chunks.forEach((chunk, k) => file.ondata!(null, chunk, k === chunks.length - 1));
  }

  finish(): Uint8Array {
    this.zip.end();
    return Buffer.concat(this.chunks);
  }
}
