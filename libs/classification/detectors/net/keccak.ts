/**
 * Keccak-256 (the pre-SHA-3 padding Ethereum uses; node:crypto only ships SHA3-256, which pads
 * differently). Lanes are kept as 32-bit halves so no BigInt is needed: hashing the 40-byte hex of
 * an address costs one permutation, a few microseconds.
 */

// Round constants, low and high 32 bits interleaved.
const RC = new Uint32Array([
  0x00000001, 0x00000000, 0x00008082, 0x00000000, 0x0000808a, 0x80000000, 0x80008000, 0x80000000, 0x0000808b, 0x00000000, 0x80000001,
  0x00000000, 0x80008081, 0x80000000, 0x00008009, 0x80000000, 0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000,
  0x8000000a, 0x00000000, 0x8000808b, 0x00000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003, 0x80000000, 0x00008002,
  0x80000000, 0x00000080, 0x80000000, 0x0000800a, 0x00000000, 0x8000000a, 0x80000000, 0x80008081, 0x80000000, 0x00008080, 0x80000000,
  0x80000001, 0x00000000, 0x80008008, 0x80000000,
]);

// Rotation offset of lane x + 5y.
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

const RATE = 136; // bytes absorbed per permutation for a 256-bit output

const state = new Uint32Array(50);
const b = new Uint32Array(50);
const c = new Uint32Array(10);

function permute(s: Uint32Array): void {
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      c[2 * x] =
        (s[2 * x] as number) ^
        (s[2 * x + 10] as number) ^
        (s[2 * x + 20] as number) ^
        (s[2 * x + 30] as number) ^
        (s[2 * x + 40] as number);
      c[2 * x + 1] =
        (s[2 * x + 1] as number) ^
        (s[2 * x + 11] as number) ^
        (s[2 * x + 21] as number) ^
        (s[2 * x + 31] as number) ^
        (s[2 * x + 41] as number);
    }
    for (let x = 0; x < 5; x++) {
      const nx = ((x + 1) % 5) * 2;
      const px = ((x + 4) % 5) * 2;
      const lo = (c[px] as number) ^ (((c[nx] as number) << 1) | ((c[nx + 1] as number) >>> 31));
      const hi = (c[px + 1] as number) ^ (((c[nx + 1] as number) << 1) | ((c[nx] as number) >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] = (s[2 * (x + y)] as number) ^ lo;
        s[2 * (x + y) + 1] = (s[2 * (x + y) + 1] as number) ^ hi;
      }
    }
    // rho and pi: B[y, 2x + 3y] = rot(A[x, y])
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y;
        const lo = s[2 * i] as number;
        const hi = s[2 * i + 1] as number;
        const r = ROT[i] as number;
        const j = y + 5 * ((2 * x + 3 * y) % 5);
        if (r === 0) {
          b[2 * j] = lo;
          b[2 * j + 1] = hi;
        } else if (r < 32) {
          b[2 * j] = (lo << r) | (hi >>> (32 - r));
          b[2 * j + 1] = (hi << r) | (lo >>> (32 - r));
        } else if (r === 32) {
          b[2 * j] = hi;
          b[2 * j + 1] = lo;
        } else {
          const m = r - 32;
          b[2 * j] = (hi << m) | (lo >>> (32 - m));
          b[2 * j + 1] = (lo << m) | (hi >>> (32 - m));
        }
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = 2 * (x + y);
        const i1 = 2 * (((x + 1) % 5) + y);
        const i2 = 2 * (((x + 2) % 5) + y);
        s[i] = (b[i] as number) ^ (~(b[i1] as number) & (b[i2] as number));
        s[i + 1] = (b[i + 1] as number) ^ (~(b[i1 + 1] as number) & (b[i2 + 1] as number));
      }
    }
    // iota
    s[0] = (s[0] as number) ^ (RC[2 * round] as number);
    s[1] = (s[1] as number) ^ (RC[2 * round + 1] as number);
  }
}

function absorbByte(pos: number, byte: number): void {
  const lane = pos >> 2;
  state[lane] = (state[lane] as number) ^ (byte << ((pos & 3) * 8));
}

/** Keccak-256 of `data`, as 32 bytes. */
export function keccak256(data: Uint8Array): Uint8Array {
  state.fill(0);
  let pos = 0;
  for (let i = 0; i < data.length; i++) {
    absorbByte(pos++, data[i] as number);
    if (pos === RATE) {
      permute(state);
      pos = 0;
    }
  }
  absorbByte(pos, 0x01); // Keccak padding (SHA-3 would use 0x06)
  absorbByte(RATE - 1, 0x80);
  permute(state);
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = ((state[i >> 2] as number) >>> ((i & 3) * 8)) & 0xff;
  return out;
}
