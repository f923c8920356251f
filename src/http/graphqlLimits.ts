import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

import { apiLimits } from './apiLimits'

/**
 * Payload bounds a query's complexity but not its nesting: news → clusters → coordinator →
 * photo → … can be asked for as deep as relationships go. Fragments count where they are used.
 */
export function maxQueryDepth(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((d) =>
          d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
        ),
    )
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0
      let deepest = 0
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD && selection.name.value.startsWith('__')) {
          // Introspection is bounded by the schema itself (and off in production).
          continue
        } else if (selection.kind === Kind.FIELD) {
          deepest = Math.max(
            deepest,
            selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 0,
          )
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen))
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value)
          deepest = Math.max(
            deepest,
            depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])),
          )
        }
      }
      return deepest
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the maximum of ${max}.`, {
              nodes: [operation],
            }),
          )
        }
      },
    }
  }
}

/**
 * Each top-level field is its own database query; aliases would let one request ask for
 * hundreds of them.
 */
export function maxRootFields(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = operation.selectionSet.selections.length
      if (count > max) {
        context.reportError(
          new GraphQLError(`A query may have at most ${max} top-level fields, not ${count}.`, {
            nodes: [operation],
          }),
        )
      }
    },
  })
}

export const graphQLLimits = {
  // Payload's default is 1,000; a page of 100 news with their clusters and experts stays below this.
  maxComplexity: apiLimits.maxGraphQLComplexity,
  validationRules: () => [
    maxQueryDepth(apiLimits.maxGraphQLDepth),
    maxRootFields(apiLimits.maxGraphQLRootFields),
  ],
}
