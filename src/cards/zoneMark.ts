/** A coloured square for a zone colour, so the scale reads the same in every Teams theme. */
export function zoneMark(colour: string | undefined): string {
  if (!colour) return '⬜';
  const [r, g] = [parseInt(colour.slice(1, 3), 16), parseInt(colour.slice(3, 5), 16)];
  if (r > 180 && g < 80) return '🟥';
  if (r > 200 && g < 140) return '🟧';
  if (r > 200) return '🟨';
  return '🟩';
}
