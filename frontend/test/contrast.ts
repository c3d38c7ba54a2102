/** WCAG 2 contrast of sRGB colours, and CSS color-mix(in srgb) of opaque ones, for tests. */

export type Rgb = readonly [number, number, number];

export const rgb = (hex: string): Rgb => {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

/** color-mix(in srgb, a percent%, b) of two opaque colours. */
export const mix = (a: Rgb, percent: number, b: Rgb): Rgb =>
  [0, 1, 2].map((index) => ((a[index] ?? 0) * percent + (b[index] ?? 0) * (100 - percent)) / 100) as unknown as Rgb;

const linear = (channel: number): number => {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2's relative luminance. */
export const luminance = ([red, green, blue]: Rgb): number =>
  0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);

/** WCAG 2's contrast ratio, lighter over darker: 1 to 21. */
export const contrast = (a: Rgb, b: Rgb): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};
