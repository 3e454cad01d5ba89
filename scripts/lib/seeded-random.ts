/** Small deterministic PRNG (xorshift32): benches and randomised tests see the same sequence every run. */
export function seededRandom(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
