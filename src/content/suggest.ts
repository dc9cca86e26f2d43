/** Edit distance between two ids, for "did you mean" hints. */
function levenshtein(a: string, b: string) {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(
        above + 1,
        row[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * ` (did you mean "induction"?)` when a known id is close enough to be the
 * likely typo, else an empty string.
 */
export function suggest(id: string, known: Iterable<string>) {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = levenshtein(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(id.length / 3));
  return best !== undefined && bestDistance <= limit
    ? ` (did you mean "${best}"?)`
    : '';
}
