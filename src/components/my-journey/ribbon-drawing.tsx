import { t } from '#src/content/i18n.ts';
import type { Ribbon } from './ribbon.ts';

/**
 * Inline SVG with sizes in %: it scales with the page, prints, and needs no
 * inline styles (the Content-Security-Policy allows none).
 */
export function RibbonDrawing({ ribbon }: { ribbon: Ribbon }) {
  const { todayAt, current } = ribbon;
  return (
    <svg className="ribbon-drawing" aria-hidden="true" focusable="false">
      {ribbon.segments.map((segment, index) => {
        const fraction =
          segment.status === 'current' ? (current?.fraction ?? null) : null;
        return (
          <g
            key={segment.phase.id}
            data-phase-id={segment.phase.id}
            className={[
              'ribbon-segment',
              `is-${segment.status}`,
              segment.weeks === null ? 'is-open' : 'is-scaled',
            ].join(' ')}
          >
            <rect
              className="ribbon-fill"
              x={`${segment.x}%`}
              y="42%"
              width={`${segment.width}%`}
              height="54%"
              rx="4"
            />
            {fraction !== null && fraction > 0 ? (
              <rect
                className="ribbon-done"
                x={`${segment.x}%`}
                y="42%"
                width={`${segment.width * fraction}%`}
                height="54%"
                rx="4"
              />
            ) : null}
            <rect
              className="ribbon-edge"
              x={`${segment.x}%`}
              y="42%"
              width={`${segment.width}%`}
              height="54%"
              rx="4"
            />
            <text
              x={`${segment.x + segment.width / 2}%`}
              y="69%"
              textAnchor="middle"
              dominantBaseline="central"
            >
              {index + 1}
            </text>
          </g>
        );
      })}
      {todayAt !== null ? (
        <g className="ribbon-today">
          <line x1={`${todayAt}%`} x2={`${todayAt}%`} y1="24%" y2="100%" />
          <text
            x={`${todayAt}%`}
            y="14%"
            dominantBaseline="central"
            // Keeps the word inside the drawing at either end.
            textAnchor={todayAt < 50 ? 'start' : 'end'}
          >
            {t('my-journey.ribbonToday')}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
