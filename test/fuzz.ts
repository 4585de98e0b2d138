/**
 * fast-check settings for every property: in `npm test`, a fixed seed, so a
 * failure is the same on every run; under `npm run fuzz` (`FUZZ=N`), a fresh
 * seed (fast-check prints it on failure, to replay) and N times the runs.
 */
const times = Number(process.env.FUZZ ?? 0)

export const fuzz = (numRuns: number): { seed?: number; numRuns: number } => (times > 0 ? { numRuns: numRuns * times } : { seed: 20261202, numRuns })
