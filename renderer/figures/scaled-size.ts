export interface Size {
  width: number;
  height: number;
}

/** The size that fits `longestSide` on the long side, never enlarged, at least one pixel. */
export const scaledSize = ({ width, height }: Size, longestSide: number): Size => {
  const scale = Math.min(1, longestSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
};
