import { encode } from 'uqr';

type QrCodeProps = { text: string; label: string };

/**
 * A QR code drawn on the device as SVG squares (no network, no innerHTML).
 * Always dark on white with a quiet zone, whatever the colour scheme, so
 * phone cameras read it.
 */
export function QrCode({ text, label }: QrCodeProps) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const runs: { x: number; y: number; width: number }[] = [];
  data.forEach((row, y) => {
    let start = -1;
    row.forEach((isDark, x) => {
      if (isDark && start < 0) start = x;
      if ((!isDark || x === row.length - 1) && start >= 0) {
        const end = isDark ? x + 1 : x;
        runs.push({ x: start, y, width: end - start });
        start = -1;
      }
    });
  });
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      {runs.map((run) => (
        <rect
          key={`${run.x}-${run.y}`}
          x={run.x}
          y={run.y}
          width={run.width}
          height={1}
          fill="#000000"
        />
      ))}
    </svg>
  );
}
