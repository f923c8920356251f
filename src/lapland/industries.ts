/**
 * Which clusters serve which industries, by TOL 2008 division (the first two digits of the
 * code). A judgement of the clusters' own descriptions, used as one signal among the text match;
 * editors' content decides the rest.
 */
const clustersByDivision: [from: number, to: number, clusters: string[]][] = [
  [1, 3, ['arctic-smart-rural-community']],
  [5, 9, ['arctic-industry-and-circular-economy', 'arctic-development-environments']],
  [10, 12, ['arctic-smart-rural-community']],
  [13, 15, ['arctic-design']],
  [16, 17, ['arctic-industry-and-circular-economy', 'arctic-smart-rural-community']],
  [18, 18, ['arctic-design']],
  [19, 30, ['arctic-industry-and-circular-economy', 'arctic-development-environments']],
  [31, 32, ['arctic-design']],
  [33, 39, ['arctic-industry-and-circular-economy']],
  [41, 43, ['arctic-industry-and-circular-economy', 'arctic-safety']],
  [49, 53, ['arctic-safety']],
  [55, 56, ['smart-and-sustainable-arctic-tourism']],
  [58, 63, ['arctic-development-environments', 'arctic-design']],
  [71, 72, ['arctic-development-environments']],
  [73, 74, ['arctic-design']],
  [77, 77, ['smart-and-sustainable-arctic-tourism']],
  [79, 79, ['smart-and-sustainable-arctic-tourism']],
  [80, 80, ['arctic-safety']],
  [84, 84, ['arctic-safety', 'arctic-smart-rural-community']],
  [85, 88, ['arctic-smart-rural-community', 'arctic-safety']],
  [90, 91, ['arctic-design', 'smart-and-sustainable-arctic-tourism']],
  [93, 93, ['smart-and-sustainable-arctic-tourism']],
]

/** A TOL 2008 code as given on forms: `55`, `55.1`, `55101`, `I55101`. */
export const industryPattern = /^[A-Ua-u]?\s?(\d{2})(\.?\d{1,3})?$/

/** The two-digit division of a TOL 2008 code, or undefined when it is not one. */
export function industryDivision(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined
  const division = industryPattern.exec(code.trim())?.[1]
  return division && Number(division) >= 1 && Number(division) <= 99 ? division : undefined
}

export function clustersForIndustry(code: unknown): string[] {
  const division = Number(industryDivision(code))
  return clustersByDivision.find(([from, to]) => division >= from && division <= to)?.[2] ?? []
}
