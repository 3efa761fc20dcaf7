import type { Diagram } from '../diagrams'

const LINE = 16

/**
 * A diagram as server-rendered SVG: role="img" with a title and a description (its short text
 * alternative); the full text alternative is the list or table printed next to it.
 */
export function DiagramSvg({
  diagram,
  id,
  title,
  description,
}: {
  diagram: Diagram
  id: string
  title: string
  description: string
}) {
  const margin = 12
  const width = diagram.width + margin * 2
  const height = diagram.height + margin * 2
  return (
    <svg
      className="coop-diagram"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`${-margin} ${-margin} ${width} ${height}`}
      width={width}
      height={height}
      preserveAspectRatio="xMinYMin meet"
      data-diagram={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      {diagram.headings.map((box, index) => (
        <text key={`h${index}`} x={box.x} y={box.y + 14} className="coop-diagram__heading">
          {box.lines.map((line, n) => (
            <tspan key={n} x={box.x} dy={n === 0 ? 0 : LINE}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {diagram.arrows.map((arrow, index) => (
        <g key={`a${index}`} className={`coop-diagram__arrow coop-diagram__arrow--${arrow.kind}`}>
          <line
            x1={arrow.x1}
            y1={arrow.y1}
            x2={arrow.x2}
            y2={arrow.y2}
            markerEnd={`url(#${id}-arrow)`}
          />
          {arrow.label ? (
            <text
              x={(arrow.x1 + arrow.x2) / 2}
              y={(arrow.y1 + arrow.y2) / 2 - 4}
              textAnchor="middle"
            >
              {arrow.label}
            </text>
          ) : null}
        </g>
      ))}
      {diagram.boxes.map((box, index) => (
        <g key={`b${index}`} className={`coop-diagram__box coop-diagram__box--${box.kind}`}>
          <rect x={box.x} y={box.y} width={box.width} height={box.height} rx="6" />
          <text x={box.x + 8} y={box.y + 8 + 12}>
            {box.lines.map((line, n) => (
              <tspan key={n} x={box.x + 8} dy={n === 0 ? 0 : LINE}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  )
}
