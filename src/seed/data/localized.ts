export type Localized<T> = { fi: T; sv: T; en: T }
