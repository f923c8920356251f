import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql'

import { apiLimits } from '@/platform/apiLimits'
import type { Problem } from '@/platform/problems'

export const graphQLLimits = {
  // Payload's default is 1,000; a page of 100 news with their clusters and experts stays below this.
  maxComplexity: apiLimits.maxGraphQLComplexity,
}

// Legitimate queries (GraphiQL's introspection included) nest fragments three or four deep.
// Payload's complexity rule and graphql-js's own rules recurse once per level.
const maxFragmentNesting = 10

/** What a selection set asks for once its fragments are written out. */
type Measure = {
  /** Fields at its own level: each top-level field is a database query of its own. */
  rootFields: number
  /** Levels of fields with selections below it. */
  depth: number
  fields: number
  /** Levels of fragments spread within fragments. */
  nesting: number
}

class Refusal {
  constructor(readonly problem: Problem) {}
}

const refuse = (key: Problem['key'], values?: Problem['values']): never => {
  throw new Refusal({ key, values })
}

const none: Measure = { rootFields: 0, depth: 0, fields: 0, nesting: 0 }

const combine = (a: Measure, b: Measure): Measure => ({
  rootFields: a.rootFields + b.rootFields,
  depth: Math.max(a.depth, b.depth),
  fields: a.fields + b.fields,
  nesting: Math.max(a.nesting, b.nesting),
})

/**
 * Measures every operation and fragment of a document in one pass, each fragment once (so
 * fragments spreading fragments many times cost nothing to measure), refusing unknown
 * fragments, cycles, and fragments nested past the limit as soon as it meets them.
 */
function measurer(document: DocumentNode) {
  const definitions = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      definitions.set(definition.name.value, definition)
    }
  }
  const measured = new Map<string, Measure>()

  const fragment = (name: string, spreading: string[]): Measure => {
    const definition = definitions.get(name) ?? refuse('api.graphql.unknownFragment', { name })
    if (spreading.includes(name)) refuse('api.graphql.fragmentCycle', { name })
    const known = measured.get(name)
    if (spreading.length + 1 + (known?.nesting ?? 0) > maxFragmentNesting) {
      refuse('api.graphql.fragmentsTooNested', { max: maxFragmentNesting })
    }
    if (known) return known
    const measure = selections(definition.selectionSet, [...spreading, name])
    measured.set(name, measure)
    return measure
  }

  const selections = (set: SelectionSetNode, spreading: string[]): Measure => {
    let total = none
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection is bounded by the schema (and off in production); Payload's complexity
        // rule does not count it either.
        if (selection.name.value.startsWith('__')) continue
        const below = selection.selectionSet && selections(selection.selectionSet, spreading)
        total = combine(total, {
          rootFields: 1,
          depth: below ? below.depth + 1 : 0,
          fields: 1 + (below ? below.fields : 0),
          nesting: below ? below.nesting : 0,
        })
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total = combine(total, selections(selection.selectionSet, spreading))
      } else {
        const spread = fragment(selection.name.value, spreading)
        total = combine(total, { ...spread, nesting: spread.nesting + 1 })
      }
    }
    return total
  }

  return { fragment, operation: (set: SelectionSetNode) => selections(set, []) }
}

function checkDocument(document: DocumentNode): void {
  const measure = measurer(document)
  let fields = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      measure.fragment(definition.name.value, [])
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      const operation = measure.operation(definition.selectionSet)
      if (operation.depth > apiLimits.maxGraphQLDepth) {
        refuse('api.graphql.tooDeep', { max: apiLimits.maxGraphQLDepth })
      }
      const max = apiLimits.maxGraphQLRootFields
      if (operation.rootFields > max) {
        refuse('api.graphql.tooManyRootFields', { max, count: operation.rootFields })
      }
      fields += operation.fields
    }
  }
  // Payload's complexity counts at least 1 a field, so it would refuse these too, but only
  // after walking every copy of every fragment: exponential in the length of the text.
  if (fields > apiLimits.maxGraphQLComplexity) {
    refuse('api.graphql.tooLarge', { max: apiLimits.maxGraphQLComplexity })
  }
}

/**
 * What Payload's GraphQL validation would count wrongly or crash on, checked before it runs:
 * syntax, fragments that are unknown or cyclic (Payload's complexity rule recurses through
 * them forever: a 500), and depth, top-level fields and size counted through inline and named
 * fragments (aliases inside `... on Query { }` would pass a count of the top level only).
 */
export function checkGraphQLQuery(query: string): Problem | undefined {
  try {
    checkDocument(parse(query))
    return undefined
  } catch (error) {
    if (error instanceof Refusal) return error.problem
    if (error instanceof GraphQLError) {
      return { key: 'api.graphql.syntax', values: { reason: error.message } }
    }
    // The parser, or the measuring, ran out of stack on fields or fragments nested thousands deep.
    if (error instanceof RangeError) {
      return { key: 'api.graphql.tooDeep', values: { max: apiLimits.maxGraphQLDepth } }
    }
    throw error
  }
}
