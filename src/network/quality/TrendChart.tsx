import { chartGeometry, formatScore, type Point } from './trend'

type Series = { label: string; points: Point[]; variant: 'network' | 'municipality' }

/**
 * One indicator's development as a server-rendered SVG line chart (no script), with the same
 * numbers as a table: the chart is hidden from screen readers, the table is their alternative.
 */
export function TrendChart({
  id,
  statement,
  series,
  labels,
}: {
  id: string
  statement: string
  series: Series[]
  labels: {
    year: string
    answers: string
    chartOf: (s: string) => string
    tableCaption: (s: string) => string
  }
}) {
  const geometries = series.map((line) => ({ line, geometry: chartGeometry(line.points) }))
  const frame = geometries[0]?.geometry ?? chartGeometry([])
  const { plot } = frame
  return (
    <figure className="quality-chart" data-indicator={id}>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        width={frame.width}
        height={frame.height}
        aria-hidden="true"
        focusable="false"
        data-chart=""
      >
        <title>{labels.chartOf(statement)}</title>
        {frame.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#d0d4da" />
            <text x={plot.left - 8} y={tick.y + 4} textAnchor="end" fontSize="11" fill="#33373d">
              {tick.value}
            </text>
          </g>
        ))}
        {frame.xTicks.map((tick) => (
          <text
            key={tick.year}
            x={tick.x}
            y={plot.bottom + 18}
            textAnchor="middle"
            fontSize="11"
            fill="#33373d"
          >
            {tick.year}
          </text>
        ))}
        {geometries.map(({ line, geometry }) => (
          <g key={line.label} data-series={line.variant}>
            {geometry.segments.map((points) => (
              <polyline
                key={points}
                points={points}
                fill="none"
                stroke={line.variant === 'network' ? '#1d4f91' : '#8a3b12'}
                strokeWidth={line.variant === 'network' ? 3 : 2}
                strokeDasharray={line.variant === 'network' ? undefined : '6 4'}
              />
            ))}
            {geometry.dots.map((dot) => (
              <circle
                key={dot.year}
                cx={dot.x}
                cy={dot.y}
                r={4}
                fill={line.variant === 'network' ? '#1d4f91' : '#8a3b12'}
                data-year={dot.year}
                data-value={dot.value}
              />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="quality-chart__legend">
        {series.map((line) => (
          <span
            key={line.label}
            className={`quality-chart__key quality-chart__key--${line.variant}`}
          >
            {line.label}
          </span>
        ))}
      </figcaption>
      <table className="quality-table" data-table="">
        <caption>{labels.tableCaption(statement)}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.year}</th>
            {series.map((line) => (
              <th key={line.label} scope="col">
                {line.label}
              </th>
            ))}
            <th scope="col">{labels.answers}</th>
          </tr>
        </thead>
        <tbody>
          {(series[0]?.points ?? []).map((point, index) => (
            <tr key={point.year}>
              <th scope="row">{point.year}</th>
              {series.map((line) => (
                <td key={line.label}>{formatScore(line.points[index]?.value ?? null)}</td>
              ))}
              <td>{point.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
