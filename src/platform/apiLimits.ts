/** Limits of the public API, shared by the Payload config and the request guard. */
export const apiLimits = {
  defaultDepth: 1,
  maxDepth: 3,
  maxPageSize: 100,
  maxGraphQLDepth: 7,
  maxGraphQLRootFields: 10,
  maxGraphQLComplexity: 600,
  maxJsonBodyBytes: 1024 * 1024,
  maxUploadBytes: 20 * 1024 * 1024,
} as const
