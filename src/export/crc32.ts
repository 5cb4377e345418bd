/**
 * CRC-32 of two byte runs joined, from the CRC of each and the second's
 * length (zlib's crc32_combine, which Node does not expose). A sheet's rows
 * are compressed as they arrive, before its head (column widths, range) can
 * be written: the entry's CRC is put together at the end, without the rows'
 * text, which is no longer held.
 */

/** The CRC-32 polynomial, reflected. */
const POLY = 0xedb88320;

/** a·b modulo the polynomial, in the reflected bit order (x^0 is the top bit). */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let mask = 0x80000000; mask !== 0; mask >>>= 1) {
    if (a & mask) {
      product ^= b;
      if ((a & (mask - 1)) === 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** X_POWERS[k] = x^(2^k) modulo the polynomial. */
const X_POWERS: number[] = [];
for (let power = 0x40000000, k = 0; k < 32; k++, power = multiplyModP(power, power)) X_POWERS.push(power);

/** x^(8·bytes) modulo the polynomial: appending `bytes` zero bytes shifts a CRC by this. */
function shiftFor(bytes: number): number {
  let product = 0x80000000;
  for (let n = bytes, k = 3; n > 0; n = Math.floor(n / 2), k++) {
    if (n % 2 === 1) product = multiplyModP(X_POWERS[k % 32], product);
  }
  return product;
}

/** crc32(A ‖ B) from crc32(A), crc32(B) and B's length in bytes. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(shiftFor(lengthB), crcA) ^ crcB) >>> 0;
}
